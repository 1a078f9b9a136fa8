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

#include "ParserImpl.h"

using namespace tsc;
using namespace tsc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

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

