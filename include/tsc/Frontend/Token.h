//===- Token.h - TorchScript source tokens ----------------------*- C++ -*-===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//
//
// Tokens produced by the Python lexer. Every token carries an mlir::Location
// so that diagnostics can be emitted through MLIR's diagnostic engine and be
// rendered (and verified by -verify-diagnostics) at the right spot.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_FRONTEND_TOKEN_H
#define TSC_FRONTEND_TOKEN_H

#include "mlir/IR/Location.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace tsc {

enum class TokenKind : uint8_t {
  // Markers.
  Eof,
  Error, ///< A malformed token; the lexer already reported it.
  Newline,
  Indent,
  Dedent,
  TypeComment, ///< `# type: ...`; the payload is the text after `type:`.

  // Atoms.
  Identifier,
  Integer,
  Float,
  Imaginary,
  String,

  // Keywords.
  KwFalse,
  KwNone,
  KwTrue,
  KwAnd,
  KwAs,
  KwAssert,
  KwAsync,
  KwAwait,
  KwBreak,
  KwClass,
  KwContinue,
  KwDef,
  KwDel,
  KwElif,
  KwElse,
  KwExcept,
  KwFinally,
  KwFor,
  KwFrom,
  KwGlobal,
  KwIf,
  KwImport,
  KwIn,
  KwIs,
  KwLambda,
  KwNonlocal,
  KwNot,
  KwOr,
  KwPass,
  KwRaise,
  KwReturn,
  KwTry,
  KwWhile,
  KwWith,
  KwYield,

  // Delimiters.
  LParen,
  RParen,
  LSquare,
  RSquare,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Dot,
  Semi,
  Equal,
  Arrow,
  Ellipsis,
  ColonEqual,
  At,

  // Operators.
  Plus,
  Minus,
  Star,
  Slash,
  DoubleSlash,
  Percent,
  DoubleStar,
  Amp,
  Pipe,
  Caret,
  Tilde,
  LShift,
  RShift,
  Less,
  Greater,
  LessEqual,
  GreaterEqual,
  EqEqual,
  NotEqual,

  // Augmented assignment operators.
  PlusEqual,
  MinusEqual,
  StarEqual,
  SlashEqual,
  DoubleSlashEqual,
  PercentEqual,
  DoubleStarEqual,
  AtEqual,
  AmpEqual,
  PipeEqual,
  CaretEqual,
  LShiftEqual,
  RShiftEqual,
};

/// Returns the source spelling of punctuation and keywords (e.g. "+=",
/// "def") and a human readable description for the other kinds (e.g.
/// "newline", "identifier").
llvm::StringRef getTokenKindSpelling(TokenKind kind);

/// Returns true for the Kw* kinds.
bool isKeyword(TokenKind kind);

class Token {
public:
  Token(TokenKind kind, mlir::Location loc, llvm::StringRef spelling,
        unsigned line, unsigned column)
      : kind(kind), loc(loc), spelling(spelling), line(line), column(column) {}

  TokenKind getKind() const { return kind; }
  bool is(TokenKind k) const { return kind == k; }
  bool isNot(TokenKind k) const { return kind != k; }
  bool isKeyword() const { return tsc::isKeyword(kind); }

  mlir::Location getLoc() const { return loc; }
  /// 1-based line and byte column of the first character.
  unsigned getLine() const { return line; }
  unsigned getColumn() const { return column; }

  /// The raw source text of the token (points into the lexed buffer; empty
  /// for synthesized tokens such as INDENT/DEDENT/EOF).
  llvm::StringRef getSpelling() const { return spelling; }

  /// Identifier name, decoded string literal contents, or type comment text.
  const std::string &getStringValue() const { return strValue; }
  int64_t getIntValue() const { return intValue; }
  double getFloatValue() const { return floatValue; }
  bool isFString() const { return fString; }
  bool isBytes() const { return bytes; }

  void setStringValue(std::string value) { strValue = std::move(value); }
  void setIntValue(int64_t value) { intValue = value; }
  void setFloatValue(double value) { floatValue = value; }
  void setStringFlags(bool isF, bool isB) {
    fString = isF;
    bytes = isB;
  }

private:
  TokenKind kind;
  mlir::Location loc;
  llvm::StringRef spelling;
  unsigned line;
  unsigned column;
  std::string strValue;
  int64_t intValue = 0;
  double floatValue = 0.0;
  bool fString = false;
  bool bytes = false;
};

} // namespace tsc

#endif // TSC_FRONTEND_TOKEN_H
