//===- Parser.cpp - Python/TorchScript parser -----------------------------===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//
//
// The grammar follows CPython's (3.8-era) Grammar/Grammar for the statements
// and expressions TorchScript can compile. Constructs TorchScript rejects
// anyway (try, lambda, yield, async, walrus, generators, sets) are diagnosed
// here with a clear message instead of a generic syntax error.
//
//===----------------------------------------------------------------------===//

#include "tsc/Frontend/Parser.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Casting.h"

using namespace tsc;
using namespace tsc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// Counts recursion through expressions; every recursive cycle of the
/// expression grammar passes through one of these, which bounds the stack.
class Parser::DepthGuard {
public:
  explicit DepthGuard(Parser &p) : p(p) {
    ++p.exprDepth;
    ++p.treeDepth;
    ok = p.exprDepth <= MaxExprDepth && p.treeDepth <= MaxTreeDepth;
    if (!ok)
      p.emitError(p.cur.getLoc(), "expression nested too deeply");
  }
  ~DepthGuard() {
    --p.exprDepth;
    --p.treeDepth;
  }
  explicit operator bool() const { return ok; }

private:
  Parser &p;
  bool ok;
};

/// Accounts for the depth that left-associative chains (`a+b+c`, `f()()`)
/// add to the tree without recursing in the parser.
class Parser::TreeDepthGuard {
public:
  explicit TreeDepthGuard(Parser &p) : p(p) {}
  ~TreeDepthGuard() { p.treeDepth -= added; }
  /// Records one more level; returns false (after reporting) past the cap.
  bool step() {
    ++added;
    ++p.treeDepth;
    if (p.treeDepth <= MaxTreeDepth)
      return true;
    p.emitError(p.cur.getLoc(), "expression nested too deeply");
    return false;
  }

private:
  Parser &p;
  unsigned added = 0;
};

/// Redirects the parser to a nested lexer over a type comment's text for
/// the lifetime of the scope, then restores the main token stream.
class Parser::SubLexerScope {
public:
  SubLexerScope(Parser &p, const Token &comment)
      : p(p), text(comment.getStringValue()),
        sub(text, p.filename, p.ctx, &p.errors, comment.getLine(),
            comment.getColumn()),
        savedLex(p.lex), savedCur(std::move(p.cur)),
        savedAhead(std::move(p.ahead)), savedPrev(p.prevKind) {
    p.lex = &sub;
    p.ahead.clear();
    p.cur = sub.next();
  }
  ~SubLexerScope() {
    p.lex = savedLex;
    p.cur = std::move(savedCur);
    p.ahead = std::move(savedAhead);
    p.prevKind = savedPrev;
  }
  /// True if the whole comment was consumed (reports otherwise).
  bool atEnd() {
    while (p.cur.is(TokenKind::Newline) || p.cur.is(TokenKind::Dedent))
      p.consume();
    if (p.cur.is(TokenKind::Eof))
      return true;
    p.errorExpected("end of type comment");
    return false;
  }

private:
  Parser &p;
  std::string text;
  Lexer sub;
  Lexer *savedLex;
  Token savedCur;
  std::deque<Token> savedAhead;
  TokenKind savedPrev;
};

static std::string describe(const Token &tok) {
  switch (tok.getKind()) {
  case TokenKind::Identifier:
    return "identifier '" + tok.getStringValue() + "'";
  case TokenKind::Eof:
  case TokenKind::Error:
  case TokenKind::Newline:
  case TokenKind::Indent:
  case TokenKind::Dedent:
  case TokenKind::TypeComment:
  case TokenKind::Integer:
  case TokenKind::Float:
  case TokenKind::Imaginary:
  case TokenKind::String:
    return getTokenKindSpelling(tok.getKind()).str();
  default:
    return "'" + getTokenKindSpelling(tok.getKind()).str() + "'";
  }
}

/// Binary operator precedence for the `expr` level of the grammar; 0 means
/// "not a binary operator".
static int getBinaryPrecedence(TokenKind kind, BinaryOpKind &op) {
  switch (kind) {
  // clang-format off
  case TokenKind::Pipe: op = BinaryOpKind::BitOr; return 1;
  case TokenKind::Caret: op = BinaryOpKind::BitXor; return 2;
  case TokenKind::Amp: op = BinaryOpKind::BitAnd; return 3;
  case TokenKind::LShift: op = BinaryOpKind::LShift; return 4;
  case TokenKind::RShift: op = BinaryOpKind::RShift; return 4;
  case TokenKind::Plus: op = BinaryOpKind::Add; return 5;
  case TokenKind::Minus: op = BinaryOpKind::Sub; return 5;
  case TokenKind::Star: op = BinaryOpKind::Mul; return 6;
  case TokenKind::At: op = BinaryOpKind::MatMul; return 6;
  case TokenKind::Slash: op = BinaryOpKind::Div; return 6;
  case TokenKind::DoubleSlash: op = BinaryOpKind::FloorDiv; return 6;
  case TokenKind::Percent: op = BinaryOpKind::Mod; return 6;
  default: return 0;
    // clang-format on
  }
}

static std::optional<BinaryOpKind> getAugAssignOp(TokenKind kind) {
  switch (kind) {
  // clang-format off
  case TokenKind::PlusEqual: return BinaryOpKind::Add;
  case TokenKind::MinusEqual: return BinaryOpKind::Sub;
  case TokenKind::StarEqual: return BinaryOpKind::Mul;
  case TokenKind::SlashEqual: return BinaryOpKind::Div;
  case TokenKind::DoubleSlashEqual: return BinaryOpKind::FloorDiv;
  case TokenKind::PercentEqual: return BinaryOpKind::Mod;
  case TokenKind::DoubleStarEqual: return BinaryOpKind::Pow;
  case TokenKind::AtEqual: return BinaryOpKind::MatMul;
  case TokenKind::AmpEqual: return BinaryOpKind::BitAnd;
  case TokenKind::PipeEqual: return BinaryOpKind::BitOr;
  case TokenKind::CaretEqual: return BinaryOpKind::BitXor;
  case TokenKind::LShiftEqual: return BinaryOpKind::LShift;
  case TokenKind::RShiftEqual: return BinaryOpKind::RShift;
  default: return std::nullopt;
    // clang-format on
  }
}

/// What Python calls an expression that cannot be assigned to.
static llvm::StringRef describeForAssignment(const Expr *e) {
  switch (e->getKind()) {
  case ExprKind::IntLiteral:
  case ExprKind::FloatLiteral:
  case ExprKind::StringLiteral:
  case ExprKind::EllipsisLiteral:
  case ExprKind::Dict:
    return "literal";
  case ExprKind::BoolLiteral:
    return cast<BoolLiteralExpr>(e)->getValue() ? "True" : "False";
  // clang-format off
  case ExprKind::NoneLiteral: return "None";
  case ExprKind::Call: return "function call";
  case ExprKind::Compare: return "comparison";
  case ExprKind::IfExp: return "conditional expression";
  case ExprKind::ListComp: return "list comprehension";
  case ExprKind::DictComp: return "dict comprehension";
  default: return "expression";
    // clang-format on
  }
}

//===----------------------------------------------------------------------===//
// Token stream
//===----------------------------------------------------------------------===//

Parser::Parser(llvm::StringRef buffer, llvm::StringRef filename,
               mlir::MLIRContext *ctx, unsigned maxErrors)
    : errors(maxErrors), filename(filename.str()), ctx(ctx),
      mainLexer(buffer, filename, ctx, &errors), lex(&mainLexer),
      cur(mainLexer.next()) {}

void Parser::consume() {
  prevKind = cur.getKind();
  ++numConsumed;
  if (!ahead.empty()) {
    cur = std::move(ahead.front());
    ahead.pop_front();
  } else {
    cur = lex->next();
  }
}

bool Parser::consumeIf(TokenKind kind) {
  if (cur.isNot(kind))
    return false;
  consume();
  return true;
}

const Token &Parser::peek() {
  if (ahead.empty())
    ahead.push_back(lex->next());
  return ahead.front();
}

void Parser::emitError(mlir::Location loc, const llvm::Twine &msg) {
  errors.emitError(loc, msg);
}

void Parser::errorExpected(const llvm::Twine &what) {
  if (cur.is(TokenKind::Error))
    return;
  emitError(cur.getLoc(), "expected " + what + ", found " + describe(cur));
}

bool Parser::expect(TokenKind kind) {
  if (consumeIf(kind))
    return true;
  errorExpected("'" + getTokenKindSpelling(kind) + "'");
  return false;
}

bool Parser::atSimpleStmtEnd() const {
  return cur.is(TokenKind::Newline) || cur.is(TokenKind::Semi) ||
         cur.is(TokenKind::TypeComment) || cur.is(TokenKind::Eof);
}

bool Parser::startsExpression() const {
  switch (cur.getKind()) {
  case TokenKind::Identifier:
  case TokenKind::Integer:
  case TokenKind::Float:
  case TokenKind::Imaginary:
  case TokenKind::String:
  case TokenKind::KwNone:
  case TokenKind::KwTrue:
  case TokenKind::KwFalse:
  case TokenKind::KwNot:
  case TokenKind::KwLambda:
  case TokenKind::KwAwait:
  case TokenKind::LParen:
  case TokenKind::LSquare:
  case TokenKind::LBrace:
  case TokenKind::Minus:
  case TokenKind::Plus:
  case TokenKind::Tilde:
  case TokenKind::Star:
  case TokenKind::Ellipsis:
    return true;
  default:
    return false;
  }
}

//===----------------------------------------------------------------------===//
// Error recovery
//===----------------------------------------------------------------------===//

void Parser::synchronize(size_t stmtStart) {
  // A statement that failed after consuming its NEWLINE (e.g. a missing
  // indented block) leaves us at the next statement already.
  bool atNextLine = numConsumed > stmtStart && prevKind == TokenKind::Newline;
  if (!atNextLine) {
    // NEWLINE always precedes INDENT/DEDENT, so this never leaves a block.
    while (cur.isNot(TokenKind::Eof) && cur.isNot(TokenKind::Newline))
      consume();
    consumeIf(TokenKind::Newline);
  }
  // The body of a broken compound statement is skipped as a whole.
  if (cur.is(TokenKind::Indent))
    skipBlock();
}

void Parser::skipBlock() {
  unsigned depth = 0;
  do {
    if (cur.is(TokenKind::Indent))
      ++depth;
    else if (cur.is(TokenKind::Dedent))
      --depth;
    consume();
  } while (depth > 0 && cur.isNot(TokenKind::Eof));
}

void Parser::skipClause() {
  while (cur.isNot(TokenKind::Eof) && cur.isNot(TokenKind::Newline))
    consume();
  consumeIf(TokenKind::Newline);
  if (cur.is(TokenKind::Indent))
    skipBlock();
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

std::unique_ptr<Module> Parser::parseModule() {
  StmtList body;
  parseStatementList(body, /*inBlock=*/false);
  if (errors.getNumErrors())
    return nullptr;
  return std::make_unique<Module>(mainLexer.getLoc(1, 1), filename,
                                  std::move(body));
}

void Parser::parseStatementList(StmtList &out, bool inBlock) {
  while (cur.isNot(TokenKind::Eof)) {
    if (inBlock && cur.is(TokenKind::Dedent))
      break;
    size_t stmtStart = numConsumed;
    switch (cur.getKind()) {
    case TokenKind::Newline:
    case TokenKind::Dedent:
    case TokenKind::TypeComment:
      // Leftovers of error recovery, or a type comment that annotates
      // nothing (e.g. on its own line): nothing to parse.
      consume();
      continue;
    case TokenKind::Indent:
      emitError(cur.getLoc(), "unexpected indent");
      skipBlock();
      continue;
    default:
      break;
    }
    if (parseStatement(out))
      continue;
    synchronize(stmtStart);
    // Guarantee progress whatever the failure was.
    if (numConsumed == stmtStart && cur.isNot(TokenKind::Eof))
      consume();
  }
}

bool Parser::parseStatement(StmtList &out) {
  auto push = [&](StmtPtr stmt) {
    if (!stmt)
      return false;
    out.push_back(std::move(stmt));
    return true;
  };
  switch (cur.getKind()) {
  case TokenKind::KwDef:
    return push(parseFunctionDef({}));
  case TokenKind::KwClass:
    return push(parseClassDef({}));
  case TokenKind::At:
    return parseDecorated(out);
  case TokenKind::KwIf:
    return push(parseIf());
  case TokenKind::KwWhile:
    return push(parseWhile());
  case TokenKind::KwFor:
    return push(parseFor());
  case TokenKind::KwWith:
    return push(parseWith());
  case TokenKind::KwTry:
    return skipUnsupportedCompound("'try' is not supported in TorchScript");
  case TokenKind::KwAsync:
    emitError(cur.getLoc(), "'async' is not supported in TorchScript");
    return false;
  case TokenKind::KwElif:
  case TokenKind::KwElse:
  case TokenKind::KwExcept:
  case TokenKind::KwFinally:
    emitError(cur.getLoc(), "unexpected '" +
                                getTokenKindSpelling(cur.getKind()) +
                                "' without a matching statement");
    return false;
  default:
    return parseSimpleStatements(out);
  }
}

bool Parser::skipUnsupportedCompound(const llvm::Twine &msg) {
  emitError(cur.getLoc(), msg);
  // Skip the whole statement including its handler clauses, so that one
  // unsupported construct gives one error.
  skipClause();
  while (cur.is(TokenKind::KwExcept) || cur.is(TokenKind::KwFinally) ||
         cur.is(TokenKind::KwElse))
    skipClause();
  return true;
}

bool Parser::parseSimpleStatements(StmtList &out) {
  size_t firstOnLine = out.size();
  while (true) {
    StmtPtr stmt = parseSmallStatement();
    if (!stmt)
      return false;
    out.push_back(std::move(stmt));
    if (!consumeIf(TokenKind::Semi) || atSimpleStmtEnd())
      break;
  }
  if (cur.is(TokenKind::TypeComment)) {
    // Only assignments take a type comment; others (e.g. on an expression
    // statement) are ignored like any comment.
    if (auto *assign = dyn_cast<AssignStmt>(out.back().get());
        assign && out.size() - firstOnLine == 1) {
      Token comment = cur;
      if (ExprPtr type = parseTypeCommentExpr(comment))
        assign->setTypeComment(comment.getStringValue(), std::move(type));
    }
    consume();
  }
  if (cur.is(TokenKind::Eof))
    return true;
  if (cur.isNot(TokenKind::Newline)) {
    errorExpected("end of line");
    return false;
  }
  consume();
  return true;
}

StmtPtr Parser::parseSmallStatement() {
  mlir::Location loc = cur.getLoc();
  switch (cur.getKind()) {
  case TokenKind::KwPass:
    consume();
    return std::make_unique<PassStmt>(loc);
  case TokenKind::KwBreak:
    consume();
    return std::make_unique<BreakStmt>(loc);
  case TokenKind::KwContinue:
    consume();
    return std::make_unique<ContinueStmt>(loc);
  case TokenKind::KwReturn: {
    consume();
    ExprPtr value;
    if (!atSimpleStmtEnd()) {
      value = parseTestListStarExpr();
      if (!value || !checkNotStarred(value.get()))
        return nullptr;
    }
    return std::make_unique<ReturnStmt>(loc, std::move(value));
  }
  case TokenKind::KwRaise: {
    consume();
    ExprPtr exc;
    if (!atSimpleStmtEnd()) {
      exc = parseTest();
      if (!exc)
        return nullptr;
      if (cur.is(TokenKind::KwFrom)) {
        emitError(cur.getLoc(),
                  "'raise ... from ...' is not supported in TorchScript");
        return nullptr;
      }
    }
    return std::make_unique<RaiseStmt>(loc, std::move(exc));
  }
  case TokenKind::KwGlobal:
  case TokenKind::KwNonlocal: {
    bool isNonlocal = cur.is(TokenKind::KwNonlocal);
    consume();
    std::vector<Identifier> names;
    do {
      if (cur.isNot(TokenKind::Identifier)) {
        errorExpected("name");
        return nullptr;
      }
      names.emplace_back(cur.getStringValue(), cur.getLoc());
      consume();
    } while (consumeIf(TokenKind::Comma));
    return std::make_unique<ScopeDeclStmt>(loc, isNonlocal, std::move(names));
  }
  case TokenKind::KwAssert: {
    consume();
    ExprPtr test = parseTest();
    if (!test)
      return nullptr;
    ExprPtr msg;
    if (consumeIf(TokenKind::Comma)) {
      msg = parseTest();
      if (!msg)
        return nullptr;
    }
    return std::make_unique<AssertStmt>(loc, std::move(test), std::move(msg));
  }
  case TokenKind::KwDel: {
    consume();
    ExprList targets;
    do {
      if (!targets.empty() && atSimpleStmtEnd())
        break; // Trailing comma.
      ExprPtr target = parseBinary(1);
      if (!target || !checkDeleteTarget(target.get()))
        return nullptr;
      targets.push_back(std::move(target));
    } while (consumeIf(TokenKind::Comma));
    return std::make_unique<DeleteStmt>(loc, std::move(targets));
  }
  case TokenKind::KwImport:
    return parseImport();
  case TokenKind::KwFrom:
    return parseImportFrom();
  case TokenKind::KwYield:
    emitError(loc, "'yield' is not supported in TorchScript");
    return nullptr;
  default:
    return parseExprOrAssignment();
  }
}

bool Parser::checkNotStarred(const Expr *e) {
  if (!isa<StarredExpr>(e))
    return true;
  emitError(e->getLoc(), "can't use starred expression here");
  return false;
}

bool Parser::checkSingleTarget(const Expr *target, llvm::StringRef what) {
  if (isa<NameExpr, AttributeExpr, SubscriptExpr>(target))
    return true;
  emitError(target->getLoc(),
            "cannot " + what + " " + describeForAssignment(target));
  return false;
}

bool Parser::checkDeleteTarget(const Expr *target) {
  llvm::ArrayRef<ExprPtr> elements;
  if (auto *tuple = dyn_cast<TupleExpr>(target))
    elements = tuple->getElements();
  else if (auto *list = dyn_cast<ListExpr>(target))
    elements = list->getElements();
  else
    return checkSingleTarget(target, "delete");
  for (const ExprPtr &element : elements)
    if (!checkDeleteTarget(element.get()))
      return false;
  return true;
}

bool Parser::checkAssignTarget(const Expr *target) {
  llvm::ArrayRef<ExprPtr> elements;
  if (auto *tuple = dyn_cast<TupleExpr>(target))
    elements = tuple->getElements();
  else if (auto *list = dyn_cast<ListExpr>(target))
    elements = list->getElements();
  else if (isa<StarredExpr>(target)) {
    emitError(target->getLoc(),
              "starred assignment target must be in a list or tuple");
    return false;
  } else {
    return checkSingleTarget(target, "assign to");
  }

  bool seenStar = false;
  for (const ExprPtr &element : elements) {
    const Expr *inner = element.get();
    if (auto *starred = dyn_cast<StarredExpr>(inner)) {
      if (seenStar) {
        emitError(inner->getLoc(),
                  "multiple starred expressions in assignment");
        return false;
      }
      seenStar = true;
      inner = starred->getValue();
      if (isa<StarredExpr>(inner)) {
        emitError(inner->getLoc(), "cannot assign to starred expression");
        return false;
      }
    }
    if (!checkAssignTarget(inner))
      return false;
  }
  return true;
}

StmtPtr Parser::parseExprOrAssignment() {
  mlir::Location loc = cur.getLoc();
  ExprPtr first = parseTestListStarExpr();
  if (!first)
    return nullptr;

  if (cur.is(TokenKind::Equal)) {
    ExprList targets;
    ExprPtr value = std::move(first);
    while (consumeIf(TokenKind::Equal)) {
      targets.push_back(std::move(value));
      if (cur.is(TokenKind::KwYield)) {
        emitError(cur.getLoc(), "'yield' is not supported in TorchScript");
        return nullptr;
      }
      value = parseTestListStarExpr();
      if (!value)
        return nullptr;
    }
    for (const ExprPtr &target : targets)
      if (!checkAssignTarget(target.get()))
        return nullptr;
    if (!checkNotStarred(value.get()))
      return nullptr;
    return std::make_unique<AssignStmt>(loc, std::move(targets),
                                        std::move(value));
  }

  if (cur.is(TokenKind::Colon)) {
    if (!checkSingleTarget(first.get(), "annotate"))
      return nullptr;
    consume();
    ExprPtr annotation = parseTest();
    if (!annotation)
      return nullptr;
    ExprPtr value;
    if (consumeIf(TokenKind::Equal)) {
      value = parseTestListStarExpr();
      if (!value || !checkNotStarred(value.get()))
        return nullptr;
    }
    return std::make_unique<AnnAssignStmt>(
        loc, std::move(first), std::move(annotation), std::move(value));
  }

  if (std::optional<BinaryOpKind> op = getAugAssignOp(cur.getKind())) {
    if (!checkSingleTarget(first.get(), "augmented-assign to"))
      return nullptr;
    mlir::Location opLoc = cur.getLoc();
    consume();
    ExprPtr value = parseTestListStarExpr();
    if (!value || !checkNotStarred(value.get()))
      return nullptr;
    return std::make_unique<AugAssignStmt>(loc, std::move(first), *op,
                                           std::move(value), opLoc);
  }

  if (!checkNotStarred(first.get()))
    return nullptr;
  return std::make_unique<ExprStmt>(loc, std::move(first));
}

bool Parser::parseSuite(StmtList &body, std::optional<Token> *typeComment) {
  if (!expect(TokenKind::Colon))
    return false;
  if (cur.is(TokenKind::TypeComment)) {
    if (typeComment)
      typeComment->emplace(cur);
    consume();
  }
  if (cur.isNot(TokenKind::Newline))
    return parseSimpleStatements(body); // `if x: return y`
  consume();
  while (cur.is(TokenKind::TypeComment)) {
    if (typeComment && !*typeComment)
      typeComment->emplace(cur);
    consume();
    consumeIf(TokenKind::Newline);
  }
  if (cur.isNot(TokenKind::Indent)) {
    errorExpected("an indented block");
    return false;
  }
  if (blockDepth >= MaxBlockDepth) {
    emitError(cur.getLoc(), "too many levels of indentation");
    skipBlock();
    return true;
  }
  consume();
  ++blockDepth;
  parseStatementList(body, /*inBlock=*/true);
  --blockDepth;
  consumeIf(TokenKind::Dedent);
  return true;
}

StmtPtr Parser::parseIf(unsigned elifCount) {
  // Also parses `elif`, which becomes a nested IfStmt.
  mlir::Location loc = cur.getLoc();
  consume();
  ExprPtr test = parseTest();
  if (!test)
    return nullptr;
  StmtList body, orelse;
  if (!parseSuite(body))
    return nullptr;
  if (cur.is(TokenKind::KwElif)) {
    if (elifCount >= MaxElifChain) {
      // Each `elif` nests one level deeper in the AST; bound the depth that
      // later recursive walks see.
      emitError(cur.getLoc(), "too many 'elif' clauses");
      while (cur.is(TokenKind::KwElif) || cur.is(TokenKind::KwElse))
        skipClause();
      // Return what we have: we are already at the next statement, which a
      // failure would make the caller skip.
      return std::make_unique<IfStmt>(loc, std::move(test), std::move(body),
                                      std::move(orelse));
    }
    StmtPtr elif = parseIf(elifCount + 1);
    if (!elif)
      return nullptr;
    orelse.push_back(std::move(elif));
  } else if (consumeIf(TokenKind::KwElse)) {
    if (!parseSuite(orelse))
      return nullptr;
  }
  return std::make_unique<IfStmt>(loc, std::move(test), std::move(body),
                                  std::move(orelse));
}

StmtPtr Parser::parseWhile() {
  mlir::Location loc = cur.getLoc();
  consume();
  ExprPtr test = parseTest();
  if (!test)
    return nullptr;
  StmtList body;
  if (!parseSuite(body))
    return nullptr;
  if (cur.is(TokenKind::KwElse)) {
    emitError(cur.getLoc(),
              "'else' clauses on loops are not supported in TorchScript");
    skipClause();
  }
  return std::make_unique<WhileStmt>(loc, std::move(test), std::move(body));
}

StmtPtr Parser::parseFor() {
  mlir::Location loc = cur.getLoc();
  consume();
  ExprPtr target = parseTargetList();
  if (!target || !checkAssignTarget(target.get()))
    return nullptr;
  if (!expect(TokenKind::KwIn))
    return nullptr;
  ExprPtr iter = parseTestListStarExpr();
  if (!iter || !checkNotStarred(iter.get()))
    return nullptr;
  StmtList body;
  if (!parseSuite(body))
    return nullptr;
  if (cur.is(TokenKind::KwElse)) {
    emitError(cur.getLoc(),
              "'else' clauses on loops are not supported in TorchScript");
    skipClause();
  }
  return std::make_unique<ForStmt>(loc, std::move(target), std::move(iter),
                                   std::move(body));
}

StmtPtr Parser::parseWith() {
  mlir::Location loc = cur.getLoc();
  consume();
  std::vector<WithItem> items;
  do {
    ExprPtr context = parseTest();
    if (!context)
      return nullptr;
    ExprPtr var;
    if (consumeIf(TokenKind::KwAs)) {
      // A single `expr`: a comma here separates with-items.
      var = parseBinary(1);
      if (!var || !checkAssignTarget(var.get()))
        return nullptr;
    }
    items.emplace_back(std::move(context), std::move(var));
  } while (consumeIf(TokenKind::Comma));
  StmtList body;
  if (!parseSuite(body))
    return nullptr;
  return std::make_unique<WithStmt>(loc, std::move(items), std::move(body));
}

bool Parser::parseDecorated(StmtList &out) {
  ExprList decorators;
  while (cur.is(TokenKind::At)) {
    consume();
    ExprPtr decorator = parseTest();
    if (!decorator)
      return false;
    if (cur.isNot(TokenKind::Newline)) {
      errorExpected("end of line after decorator");
      return false;
    }
    consume();
    decorators.push_back(std::move(decorator));
  }
  StmtPtr def;
  if (cur.is(TokenKind::KwDef)) {
    def = parseFunctionDef(std::move(decorators));
  } else if (cur.is(TokenKind::KwClass)) {
    def = parseClassDef(std::move(decorators));
  } else if (cur.is(TokenKind::KwAsync)) {
    emitError(cur.getLoc(), "'async' is not supported in TorchScript");
    return false;
  } else {
    errorExpected("'def' or 'class' after decorator");
    return false;
  }
  if (!def)
    return false;
  out.push_back(std::move(def));
  return true;
}

StmtPtr Parser::parseFunctionDef(ExprList decorators) {
  mlir::Location loc = cur.getLoc();
  consume();
  if (cur.isNot(TokenKind::Identifier)) {
    errorExpected("function name");
    return nullptr;
  }
  std::string name = cur.getStringValue();
  mlir::Location nameLoc = cur.getLoc();
  consume();
  if (!expect(TokenKind::LParen))
    return nullptr;

  std::vector<Param> params;
  llvm::StringSet<> seen;
  bool keywordOnly = false, sawDefault = false;
  while (cur.isNot(TokenKind::RParen)) {
    if (cur.is(TokenKind::Star)) {
      mlir::Location starLoc = cur.getLoc();
      consume();
      if (cur.is(TokenKind::Identifier)) {
        emitError(starLoc, "variadic parameters (*args) are not supported "
                           "in TorchScript");
        return nullptr;
      }
      if (keywordOnly) {
        emitError(starLoc, "'*' may appear only once in a parameter list");
        return nullptr;
      }
      keywordOnly = true;
    } else if (cur.is(TokenKind::DoubleStar)) {
      emitError(cur.getLoc(), "variadic keyword parameters (**kwargs) are "
                              "not supported in TorchScript");
      return nullptr;
    } else if (cur.is(TokenKind::Slash)) {
      // Positional-only marker: it does not change how TorchScript calls
      // the function, so it is accepted and dropped.
      consume();
    } else if (cur.is(TokenKind::Identifier)) {
      std::string paramName = cur.getStringValue();
      mlir::Location paramLoc = cur.getLoc();
      consume();
      if (!seen.insert(paramName).second) {
        emitError(paramLoc, "duplicate argument '" + paramName +
                                "' in function definition");
        return nullptr;
      }
      ExprPtr annotation, defaultValue;
      if (consumeIf(TokenKind::Colon)) {
        annotation = parseTest();
        if (!annotation)
          return nullptr;
      }
      if (consumeIf(TokenKind::Equal)) {
        defaultValue = parseTest();
        if (!defaultValue)
          return nullptr;
        sawDefault = true;
      } else if (sawDefault && !keywordOnly) {
        emitError(paramLoc, "non-default argument follows default argument");
        return nullptr;
      }
      params.emplace_back(std::move(paramName), paramLoc, std::move(annotation),
                          std::move(defaultValue), keywordOnly);
    } else {
      errorExpected("parameter name");
      return nullptr;
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!expect(TokenKind::RParen))
    return nullptr;

  ExprPtr returns;
  if (consumeIf(TokenKind::Arrow)) {
    returns = parseTest();
    if (!returns)
      return nullptr;
  }

  std::optional<Token> typeCommentTok;
  StmtList body;
  if (!parseSuite(body, &typeCommentTok))
    return nullptr;
  std::unique_ptr<FunctionTypeComment> typeComment;
  if (typeCommentTok)
    typeComment = parseFunctionTypeComment(*typeCommentTok);
  return std::make_unique<FunctionDef>(
      loc, std::move(name), nameLoc, std::move(decorators), std::move(params),
      std::move(returns), std::move(typeComment), std::move(body));
}

StmtPtr Parser::parseClassDef(ExprList decorators) {
  mlir::Location loc = cur.getLoc();
  consume();
  if (cur.isNot(TokenKind::Identifier)) {
    errorExpected("class name");
    return nullptr;
  }
  std::string name = cur.getStringValue();
  mlir::Location nameLoc = cur.getLoc();
  consume();
  ExprList bases;
  if (consumeIf(TokenKind::LParen)) {
    while (cur.isNot(TokenKind::RParen)) {
      if (cur.is(TokenKind::Identifier) && peek().is(TokenKind::Equal)) {
        emitError(cur.getLoc(), "keyword arguments in class bases are not "
                                "supported in TorchScript");
        return nullptr;
      }
      ExprPtr base = parseTest();
      if (!base)
        return nullptr;
      bases.push_back(std::move(base));
      if (!consumeIf(TokenKind::Comma))
        break;
    }
    if (!expect(TokenKind::RParen))
      return nullptr;
  }
  StmtList body;
  if (!parseSuite(body))
    return nullptr;
  return std::make_unique<ClassDef>(loc, std::move(name), nameLoc,
                                    std::move(decorators), std::move(bases),
                                    std::move(body));
}

bool Parser::parseDottedName(std::string &name) {
  if (cur.isNot(TokenKind::Identifier)) {
    errorExpected("module name");
    return false;
  }
  name = cur.getStringValue();
  consume();
  while (consumeIf(TokenKind::Dot)) {
    if (cur.isNot(TokenKind::Identifier)) {
      errorExpected("name");
      return false;
    }
    name += "." + cur.getStringValue();
    consume();
  }
  return true;
}

bool Parser::parseAlias(std::vector<Alias> &names, bool dotted) {
  mlir::Location loc = cur.getLoc();
  std::string name, asName;
  if (dotted) {
    if (!parseDottedName(name))
      return false;
  } else {
    if (cur.isNot(TokenKind::Identifier)) {
      errorExpected("name");
      return false;
    }
    name = cur.getStringValue();
    consume();
  }
  if (consumeIf(TokenKind::KwAs)) {
    if (cur.isNot(TokenKind::Identifier)) {
      errorExpected("name");
      return false;
    }
    asName = cur.getStringValue();
    consume();
  }
  names.emplace_back(std::move(name), std::move(asName), loc);
  return true;
}

StmtPtr Parser::parseImport() {
  mlir::Location loc = cur.getLoc();
  consume();
  std::vector<Alias> names;
  do {
    if (!parseAlias(names, /*dotted=*/true))
      return nullptr;
  } while (consumeIf(TokenKind::Comma));
  return std::make_unique<ImportStmt>(loc, std::move(names));
}

StmtPtr Parser::parseImportFrom() {
  mlir::Location loc = cur.getLoc();
  consume();
  unsigned level = 0;
  while (cur.is(TokenKind::Dot) || cur.is(TokenKind::Ellipsis)) {
    level += cur.is(TokenKind::Dot) ? 1 : 3;
    consume();
  }
  std::string module;
  if (level == 0 || cur.is(TokenKind::Identifier))
    if (!parseDottedName(module))
      return nullptr;
  if (!expect(TokenKind::KwImport))
    return nullptr;

  std::vector<Alias> names;
  if (cur.is(TokenKind::Star)) {
    names.emplace_back("*", "", cur.getLoc());
    consume();
  } else {
    bool parenthesized = consumeIf(TokenKind::LParen);
    do {
      if (parenthesized && cur.is(TokenKind::RParen) && !names.empty())
        break; // Trailing comma.
      if (!parseAlias(names, /*dotted=*/false))
        return nullptr;
    } while (consumeIf(TokenKind::Comma));
    if (parenthesized && !expect(TokenKind::RParen))
      return nullptr;
  }
  return std::make_unique<ImportFromStmt>(loc, std::move(module), level,
                                          std::move(names));
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

bool Parser::parseCommaTail(ExprList &elements,
                            llvm::function_ref<ExprPtr()> parseElement,
                            TokenKind closer) {
  while (consumeIf(TokenKind::Comma)) {
    // A trailing comma is allowed before the closer, or (for bare lists)
    // before anything that cannot start an expression.
    if (closer == TokenKind::Eof ? !startsExpression() : cur.is(closer))
      break;
    ExprPtr element = parseElement();
    if (!element)
      return false;
    elements.push_back(std::move(element));
  }
  return true;
}

ExprPtr Parser::parseBareTuple(llvm::function_ref<ExprPtr()> parseElement) {
  mlir::Location loc = cur.getLoc();
  ExprPtr first = parseElement();
  if (!first || cur.isNot(TokenKind::Comma))
    return first;
  ExprList elements;
  elements.push_back(std::move(first));
  if (!parseCommaTail(elements, parseElement, TokenKind::Eof))
    return nullptr;
  return std::make_unique<TupleExpr>(loc, std::move(elements));
}

ExprPtr Parser::parseTestListStarExpr() {
  return parseBareTuple([&] { return parseStarOrTest(); });
}

ExprPtr Parser::parseTargetList() {
  return parseBareTuple([&] { return parseStarOrExpr(); });
}

ExprPtr Parser::parseStarOrTest() {
  if (cur.is(TokenKind::Star))
    return parseStarOrExpr();
  return parseTest();
}

ExprPtr Parser::parseStarOrExpr() {
  if (cur.isNot(TokenKind::Star))
    return parseBinary(1);
  mlir::Location loc = cur.getLoc();
  consume();
  ExprPtr value = parseBinary(1);
  if (!value)
    return nullptr;
  return std::make_unique<StarredExpr>(loc, std::move(value));
}

ExprPtr Parser::parseTest() {
  DepthGuard guard(*this);
  if (!guard)
    return nullptr;
  if (cur.is(TokenKind::KwLambda)) {
    emitError(cur.getLoc(), "lambda is not supported in TorchScript");
    return nullptr;
  }
  mlir::Location loc = cur.getLoc();
  ExprPtr body = parseOrTest();
  if (!body)
    return nullptr;
  if (consumeIf(TokenKind::KwIf)) {
    ExprPtr test = parseOrTest();
    if (!test || !expect(TokenKind::KwElse))
      return nullptr;
    ExprPtr orelse = parseTest();
    if (!orelse)
      return nullptr;
    body = std::make_unique<IfExpExpr>(loc, std::move(test), std::move(body),
                                       std::move(orelse));
  }
  if (cur.is(TokenKind::ColonEqual)) {
    emitError(cur.getLoc(),
              "assignment expressions (':=') are not supported in TorchScript");
    return nullptr;
  }
  return body;
}

ExprPtr Parser::parseOrTest() {
  mlir::Location loc = cur.getLoc();
  ExprPtr first = parseAndTest();
  if (!first || cur.isNot(TokenKind::KwOr))
    return first;
  ExprList values;
  values.push_back(std::move(first));
  while (consumeIf(TokenKind::KwOr)) {
    ExprPtr value = parseAndTest();
    if (!value)
      return nullptr;
    values.push_back(std::move(value));
  }
  return std::make_unique<BoolOpExpr>(loc, BoolOpKind::Or, std::move(values));
}

ExprPtr Parser::parseAndTest() {
  mlir::Location loc = cur.getLoc();
  ExprPtr first = parseNotTest();
  if (!first || cur.isNot(TokenKind::KwAnd))
    return first;
  ExprList values;
  values.push_back(std::move(first));
  while (consumeIf(TokenKind::KwAnd)) {
    ExprPtr value = parseNotTest();
    if (!value)
      return nullptr;
    values.push_back(std::move(value));
  }
  return std::make_unique<BoolOpExpr>(loc, BoolOpKind::And, std::move(values));
}

ExprPtr Parser::parseNotTest() {
  if (cur.isNot(TokenKind::KwNot))
    return parseComparison();
  mlir::Location loc = cur.getLoc();
  consume();
  DepthGuard guard(*this);
  if (!guard)
    return nullptr;
  ExprPtr operand = parseNotTest();
  if (!operand)
    return nullptr;
  return std::make_unique<UnaryOpExpr>(loc, UnaryOpKind::Not,
                                       std::move(operand));
}

ExprPtr Parser::parseComparison() {
  mlir::Location loc = cur.getLoc();
  ExprPtr left = parseBinary(1);
  if (!left)
    return nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<mlir::Location> opLocs;
  ExprList comparators;
  // Maps the current token(s) to a comparison operator, consuming `not` of
  // `not in` but leaving the main operator token in place.
  auto getCmpOp = [&]() -> std::optional<CmpOpKind> {
    switch (cur.getKind()) {
    // clang-format off
    case TokenKind::Less: return CmpOpKind::Lt;
    case TokenKind::Greater: return CmpOpKind::Gt;
    case TokenKind::LessEqual: return CmpOpKind::Le;
    case TokenKind::GreaterEqual: return CmpOpKind::Ge;
    case TokenKind::EqEqual: return CmpOpKind::Eq;
    case TokenKind::NotEqual: return CmpOpKind::Ne;
    case TokenKind::KwIn: return CmpOpKind::In;
    case TokenKind::KwIs: return CmpOpKind::Is;
    case TokenKind::KwNot:
      // clang-format on
      if (peek().isNot(TokenKind::KwIn))
        return std::nullopt;
      consume();
      return CmpOpKind::NotIn;
    default:
      return std::nullopt;
    }
  };
  while (true) {
    mlir::Location opLoc = cur.getLoc();
    std::optional<CmpOpKind> op = getCmpOp();
    if (!op)
      break;
    consume();
    if (*op == CmpOpKind::Is && consumeIf(TokenKind::KwNot))
      op = CmpOpKind::IsNot;
    ExprPtr right = parseBinary(1);
    if (!right)
      return nullptr;
    ops.push_back(*op);
    opLocs.push_back(opLoc);
    comparators.push_back(std::move(right));
  }
  if (ops.empty())
    return left;
  return std::make_unique<CompareExpr>(loc, std::move(left), std::move(ops),
                                       std::move(comparators),
                                       std::move(opLocs));
}

ExprPtr Parser::parseBinary(int minPrec) {
  mlir::Location loc = cur.getLoc();
  ExprPtr lhs = parseFactor();
  if (!lhs)
    return nullptr;
  TreeDepthGuard chain(*this);
  while (true) {
    BinaryOpKind op;
    int prec = getBinaryPrecedence(cur.getKind(), op);
    if (prec == 0 || prec < minPrec)
      return lhs;
    mlir::Location opLoc = cur.getLoc();
    consume();
    // Left-associative: the right operand only takes tighter operators.
    ExprPtr rhs = parseBinary(prec + 1);
    if (!rhs || !chain.step())
      return nullptr;
    lhs = std::make_unique<BinaryOpExpr>(loc, op, std::move(lhs),
                                         std::move(rhs), opLoc);
  }
}

ExprPtr Parser::parseFactor() {
  UnaryOpKind op;
  switch (cur.getKind()) {
  // clang-format off
  case TokenKind::Minus: op = UnaryOpKind::Neg; break;
  case TokenKind::Plus: op = UnaryOpKind::Pos; break;
  case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
  default: return parsePower();
    // clang-format on
  }
  mlir::Location loc = cur.getLoc();
  consume();
  DepthGuard guard(*this);
  if (!guard)
    return nullptr;
  ExprPtr operand = parseFactor();
  if (!operand)
    return nullptr;
  return std::make_unique<UnaryOpExpr>(loc, op, std::move(operand));
}

ExprPtr Parser::parsePower() {
  mlir::Location loc = cur.getLoc();
  ExprPtr base = parsePrimary();
  if (!base || cur.isNot(TokenKind::DoubleStar))
    return base;
  mlir::Location opLoc = cur.getLoc();
  consume();
  // `**` is right-associative and its right operand may be a unary
  // expression (`2 ** -1`), while its left operand may not (`-2 ** 2` is
  // `-(2 ** 2)`), hence parseFactor on the right only.
  DepthGuard guard(*this);
  if (!guard)
    return nullptr;
  ExprPtr exponent = parseFactor();
  if (!exponent)
    return nullptr;
  return std::make_unique<BinaryOpExpr>(loc, BinaryOpKind::Pow, std::move(base),
                                        std::move(exponent), opLoc);
}

ExprPtr Parser::parsePrimary() {
  if (cur.is(TokenKind::KwAwait)) {
    emitError(cur.getLoc(), "'await' is not supported in TorchScript");
    return nullptr;
  }
  mlir::Location loc = cur.getLoc();
  ExprPtr e = parseAtom();
  if (!e)
    return nullptr;
  TreeDepthGuard chain(*this);
  while (true) {
    if (cur.is(TokenKind::LParen)) {
      e = parseCall(std::move(e), loc);
    } else if (cur.is(TokenKind::LSquare)) {
      mlir::Location opLoc = cur.getLoc();
      consume();
      ExprPtr index = parseSubscriptList();
      if (!index || !expect(TokenKind::RSquare))
        return nullptr;
      e = std::make_unique<SubscriptExpr>(loc, std::move(e), std::move(index),
                                          opLoc);
    } else if (cur.is(TokenKind::Dot)) {
      consume();
      if (cur.isNot(TokenKind::Identifier)) {
        errorExpected("attribute name");
        return nullptr;
      }
      e = std::make_unique<AttributeExpr>(loc, std::move(e),
                                          cur.getStringValue(), cur.getLoc());
      consume();
    } else {
      return e;
    }
    if (!e || !chain.step())
      return nullptr;
  }
}

ExprPtr Parser::parseAtom() {
  mlir::Location loc = cur.getLoc();
  switch (cur.getKind()) {
  case TokenKind::Identifier: {
    auto e = std::make_unique<NameExpr>(loc, cur.getStringValue());
    consume();
    return e;
  }
  case TokenKind::Integer: {
    auto e = std::make_unique<IntLiteralExpr>(loc, cur.getIntValue());
    consume();
    return e;
  }
  case TokenKind::Float: {
    auto e = std::make_unique<FloatLiteralExpr>(loc, cur.getFloatValue());
    consume();
    return e;
  }
  case TokenKind::Imaginary:
    emitError(loc, "complex numbers are not supported in TorchScript");
    return nullptr;
  case TokenKind::String:
    return parseStrings();
  case TokenKind::KwNone:
    consume();
    return std::make_unique<NoneLiteralExpr>(loc);
  case TokenKind::KwTrue:
  case TokenKind::KwFalse: {
    bool value = cur.is(TokenKind::KwTrue);
    consume();
    return std::make_unique<BoolLiteralExpr>(loc, value);
  }
  case TokenKind::Ellipsis:
    consume();
    return std::make_unique<EllipsisLiteralExpr>(loc);
  case TokenKind::LParen:
    return parseParenthesized();
  case TokenKind::LSquare:
    return parseListDisplay();
  case TokenKind::LBrace:
    return parseDictDisplay();
  case TokenKind::KwLambda:
    emitError(loc, "lambda is not supported in TorchScript");
    return nullptr;
  case TokenKind::KwYield:
    emitError(loc, "'yield' is not supported in TorchScript");
    return nullptr;
  default:
    errorExpected("expression");
    return nullptr;
  }
}

/// Doubles braces so that plain text spliced into an f-string stays text.
static std::string escapeBraces(llvm::StringRef s) {
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '{' || c == '}')
      out += c;
  }
  return out;
}

ExprPtr Parser::parseStrings() {
  mlir::Location loc = cur.getLoc();
  // Adjacent literals concatenate; if any part is an f-string the result is
  // one, and plain parts must then have their braces escaped.
  llvm::SmallVector<std::pair<std::string, bool>, 2> parts;
  bool anyF = false, failed = false;
  while (cur.is(TokenKind::String)) {
    if (cur.isBytes() && !failed) {
      emitError(cur.getLoc(),
                "bytes literals are not supported in TorchScript");
      failed = true;
    }
    parts.emplace_back(cur.getStringValue(), cur.isFString());
    anyF |= cur.isFString();
    consume();
  }
  if (failed)
    return nullptr;
  std::string value;
  for (auto &[text, isF] : parts)
    value += (anyF && !isF) ? escapeBraces(text) : text;
  return std::make_unique<StringLiteralExpr>(loc, std::move(value), anyF);
}

ExprPtr Parser::parseParenthesized() {
  mlir::Location loc = cur.getLoc();
  consume();
  if (consumeIf(TokenKind::RParen))
    return std::make_unique<TupleExpr>(loc, ExprList());
  if (cur.is(TokenKind::KwYield)) {
    emitError(cur.getLoc(), "'yield' is not supported in TorchScript");
    return nullptr;
  }
  ExprPtr first = parseStarOrTest();
  if (!first)
    return nullptr;
  if (cur.is(TokenKind::KwFor)) {
    emitError(cur.getLoc(),
              "generator expressions are not supported in TorchScript");
    return nullptr;
  }
  if (cur.isNot(TokenKind::Comma)) {
    if (!checkNotStarred(first.get()) || !expect(TokenKind::RParen))
      return nullptr;
    return first;
  }
  ExprList elements;
  elements.push_back(std::move(first));
  if (!parseCommaTail(
          elements, [&] { return parseStarOrTest(); }, TokenKind::RParen) ||
      !expect(TokenKind::RParen))
    return nullptr;
  return std::make_unique<TupleExpr>(loc, std::move(elements));
}

ExprPtr Parser::parseListDisplay() {
  mlir::Location loc = cur.getLoc();
  consume();
  if (consumeIf(TokenKind::RSquare))
    return std::make_unique<ListExpr>(loc, ExprList());
  ExprPtr first = parseStarOrTest();
  if (!first)
    return nullptr;
  if (cur.is(TokenKind::KwFor)) {
    std::optional<Comprehension> comp = parseComprehension();
    if (!comp || !checkNotStarred(first.get()) || !expect(TokenKind::RSquare))
      return nullptr;
    return std::make_unique<ListCompExpr>(loc, std::move(first),
                                          std::move(*comp));
  }
  ExprList elements;
  elements.push_back(std::move(first));
  if (!parseCommaTail(
          elements, [&] { return parseStarOrTest(); }, TokenKind::RSquare) ||
      !expect(TokenKind::RSquare))
    return nullptr;
  return std::make_unique<ListExpr>(loc, std::move(elements));
}

ExprPtr Parser::parseDictDisplay() {
  mlir::Location loc = cur.getLoc();
  consume();
  if (consumeIf(TokenKind::RBrace))
    return std::make_unique<DictExpr>(loc, ExprList(), ExprList());

  ExprList keys, values;
  do {
    if (!keys.empty() && cur.is(TokenKind::RBrace))
      break; // Trailing comma.
    if (cur.is(TokenKind::DoubleStar)) {
      emitError(cur.getLoc(), "dictionary unpacking ('**') is not supported "
                              "in TorchScript");
      return nullptr;
    }
    ExprPtr key = parseStarOrTest();
    if (!key)
      return nullptr;
    if (cur.isNot(TokenKind::Colon)) {
      if (keys.empty()) {
        emitError(loc, "set literals are not supported in TorchScript");
        return nullptr;
      }
      errorExpected("':'");
      return nullptr;
    }
    if (!checkNotStarred(key.get()))
      return nullptr;
    consume();
    ExprPtr value = parseTest();
    if (!value)
      return nullptr;
    if (keys.empty() && cur.is(TokenKind::KwFor)) {
      std::optional<Comprehension> comp = parseComprehension();
      if (!comp || !expect(TokenKind::RBrace))
        return nullptr;
      return std::make_unique<DictCompExpr>(loc, std::move(key),
                                            std::move(value), std::move(*comp));
    }
    keys.push_back(std::move(key));
    values.push_back(std::move(value));
  } while (consumeIf(TokenKind::Comma));
  if (!expect(TokenKind::RBrace))
    return nullptr;
  return std::make_unique<DictExpr>(loc, std::move(keys), std::move(values));
}

std::optional<Comprehension> Parser::parseComprehension() {
  consume(); // 'for'
  ExprPtr target = parseTargetList();
  if (!target || !checkAssignTarget(target.get()) || !expect(TokenKind::KwIn))
    return std::nullopt;
  ExprPtr iter = parseOrTest();
  if (!iter)
    return std::nullopt;
  ExprList ifs;
  while (consumeIf(TokenKind::KwIf)) {
    ExprPtr cond = parseOrTest();
    if (!cond)
      return std::nullopt;
    ifs.push_back(std::move(cond));
  }
  if (cur.is(TokenKind::KwFor) || cur.is(TokenKind::KwAsync)) {
    emitError(cur.getLoc(), "comprehensions with more than one 'for' clause "
                            "are not supported in TorchScript");
    return std::nullopt;
  }
  return Comprehension(std::move(target), std::move(iter), std::move(ifs));
}

ExprPtr Parser::parseSubscriptList() {
  mlir::Location loc = cur.getLoc();
  ExprPtr first = parseSubscriptElement();
  if (!first || cur.isNot(TokenKind::Comma))
    return first;
  ExprList elements;
  elements.push_back(std::move(first));
  if (!parseCommaTail(
          elements, [&] { return parseSubscriptElement(); },
          TokenKind::RSquare))
    return nullptr;
  return std::make_unique<TupleExpr>(loc, std::move(elements));
}

ExprPtr Parser::parseSubscriptElement() {
  mlir::Location loc = cur.getLoc();
  ExprPtr lower;
  if (cur.isNot(TokenKind::Colon)) {
    lower = parseTest();
    if (!lower || cur.isNot(TokenKind::Colon))
      return lower;
  }
  consume(); // ':'
  auto endsPart = [&] {
    return cur.is(TokenKind::Colon) || cur.is(TokenKind::Comma) ||
           cur.is(TokenKind::RSquare);
  };
  ExprPtr upper, step;
  if (!endsPart()) {
    upper = parseTest();
    if (!upper)
      return nullptr;
  }
  if (consumeIf(TokenKind::Colon) && !endsPart()) {
    step = parseTest();
    if (!step)
      return nullptr;
  }
  return std::make_unique<SliceExpr>(loc, std::move(lower), std::move(upper),
                                     std::move(step));
}

ExprPtr Parser::parseCall(ExprPtr func, mlir::Location loc) {
  mlir::Location opLoc = cur.getLoc();
  consume(); // '('
  ExprList args;
  std::vector<Keyword> keywords;
  while (cur.isNot(TokenKind::RParen)) {
    if (cur.is(TokenKind::Star)) {
      mlir::Location starLoc = cur.getLoc();
      consume();
      ExprPtr value = parseTest();
      if (!value)
        return nullptr;
      args.push_back(std::make_unique<StarredExpr>(starLoc, std::move(value)));
    } else if (cur.is(TokenKind::DoubleStar)) {
      emitError(cur.getLoc(), "keyword argument unpacking ('**') is not "
                              "supported in TorchScript");
      return nullptr;
    } else if (cur.is(TokenKind::Identifier) && peek().is(TokenKind::Equal)) {
      std::string name = cur.getStringValue();
      mlir::Location nameLoc = cur.getLoc();
      consume();
      consume(); // '='
      for (const Keyword &kw : keywords) {
        if (kw.getName() == name) {
          emitError(nameLoc, "keyword argument repeated: '" + name + "'");
          return nullptr;
        }
      }
      ExprPtr value = parseTest();
      if (!value)
        return nullptr;
      keywords.emplace_back(std::move(name), nameLoc, std::move(value));
    } else {
      mlir::Location argLoc = cur.getLoc();
      ExprPtr arg = parseTest();
      if (!arg)
        return nullptr;
      if (cur.is(TokenKind::KwFor)) {
        emitError(cur.getLoc(),
                  "generator expressions are not supported in TorchScript");
        return nullptr;
      }
      if (!keywords.empty()) {
        emitError(argLoc, "positional argument follows keyword argument");
        return nullptr;
      }
      args.push_back(std::move(arg));
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!expect(TokenKind::RParen))
    return nullptr;
  return std::make_unique<CallExpr>(loc, std::move(func), std::move(args),
                                    std::move(keywords), opLoc);
}

//===----------------------------------------------------------------------===//
// Standalone expressions and type comments
//===----------------------------------------------------------------------===//

ExprPtr Parser::parseStandaloneExpr() {
  while (cur.is(TokenKind::Newline) || cur.is(TokenKind::Indent))
    consume();
  ExprPtr e = parseTestListStarExpr();
  if (e) {
    while (cur.is(TokenKind::Newline) || cur.is(TokenKind::Dedent))
      consume();
    if (cur.isNot(TokenKind::Eof)) {
      errorExpected("end of expression");
      e = nullptr;
    }
  }
  if (errors.getNumErrors())
    return nullptr;
  return e;
}

ExprPtr Parser::parseTypeCommentExpr(const Token &comment) {
  SubLexerScope scope(*this, comment);
  ExprPtr type = parseTest();
  if (!type || !scope.atEnd())
    return nullptr;
  return type;
}

std::unique_ptr<FunctionTypeComment>
Parser::parseFunctionTypeComment(const Token &comment) {
  SubLexerScope scope(*this, comment);
  if (!expect(TokenKind::LParen))
    return nullptr;
  ExprList paramTypes;
  while (cur.isNot(TokenKind::RParen)) {
    // PEP 484 allows `*T`/`**T` for variadics; TorchScript rejects those
    // parameters anyway, so the markers are just skipped.
    if (!consumeIf(TokenKind::Star))
      consumeIf(TokenKind::DoubleStar);
    ExprPtr type = parseTest();
    if (!type)
      return nullptr;
    paramTypes.push_back(std::move(type));
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!expect(TokenKind::RParen))
    return nullptr;
  ExprPtr returnType;
  if (consumeIf(TokenKind::Arrow)) {
    returnType = parseTest();
    if (!returnType)
      return nullptr;
  }
  if (!scope.atEnd())
    return nullptr;
  return std::make_unique<FunctionTypeComment>(
      comment.getLoc(), comment.getStringValue(), std::move(paramTypes),
      std::move(returnType));
}
