//===- ParserImpl.h - Internals shared by the parser's files ----*- C++ -*-===//
//
// Parser.cpp (module and statements) and ParseExpr.cpp (expressions) share
// the recursion guards and the token helpers defined here.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_LIB_FRONTEND_PARSERIMPL_H
#define TSC_LIB_FRONTEND_PARSERIMPL_H

#include "tsc/Frontend/Parser.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Casting.h"

namespace tsc {
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

inline std::string describe(const Token &tok) {
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
inline int getBinaryPrecedence(TokenKind kind, BinaryOpKind &op) {
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

inline std::optional<BinaryOpKind> getAugAssignOp(TokenKind kind) {
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
inline llvm::StringRef describeForAssignment(const Expr *e) {
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


} // namespace tsc

#endif // TSC_LIB_FRONTEND_PARSERIMPL_H
