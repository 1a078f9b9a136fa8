//===- ParseExpr.cpp - Python/TorchScript expressions ---------------------===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//
//
// Expressions, with Python's precedence and associativity, and the
// standalone expressions of `# type:` comments.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace tsc;
using namespace tsc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

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
