//===- Lexer.h - Python/TorchScript lexer -----------------------*- C++ -*-===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//
//
// A Python 3 tokenizer producing NEWLINE/INDENT/DEDENT tokens and
// `# type:` comments. Errors are emitted through mlir::emitError so the usual
// MLIR diagnostic handlers (and -verify-diagnostics) see them.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_FRONTEND_LEXER_H
#define TSC_FRONTEND_LEXER_H

#include "tsc/Frontend/Token.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"

#include <deque>
#include <optional>

namespace tsc {

/// Counts the errors of one compilation unit. It is shared by the lexer, the
/// parser and the nested lexers used for type comments so that a single cap
/// on the number of reported errors applies to the whole file.
class ErrorReporter {
public:
  explicit ErrorReporter(unsigned maxErrors = 20) : maxErrors(maxErrors) {}

  /// Emits `msg` as an error at `loc` unless the cap was already reached.
  /// The error that reaches the cap gets a note saying we stop there.
  void emitError(mlir::Location loc, const llvm::Twine &msg);

  unsigned getNumErrors() const { return numErrors; }
  /// True once the cap is reached: lexers then pretend the input ended so
  /// that every loop in the parser terminates quickly.
  bool shouldStop() const { return numErrors >= maxErrors; }

private:
  unsigned numErrors = 0;
  unsigned maxErrors;
};

class Lexer {
public:
  /// Lexes `buffer`, which must outlive the lexer and its tokens' spellings.
  /// `errors` may be shared with other lexers/parsers; when null the lexer
  /// uses a private reporter. `startLine`/`startColumn` give the position of
  /// the first byte of `buffer` in `filename`; they are used to lex text
  /// embedded in a larger file (type comments) with correct locations.
  Lexer(llvm::StringRef buffer, llvm::StringRef filename,
        mlir::MLIRContext *ctx, ErrorReporter *errors = nullptr,
        unsigned startLine = 1, unsigned startColumn = 1);

  /// Returns the next token. After EOF it keeps returning EOF.
  Token next();

  mlir::MLIRContext *getContext() const { return ctx; }
  ErrorReporter &getErrorReporter() { return *errors; }
  unsigned getNumErrors() const { return errors->getNumErrors(); }

  /// Builds a location inside this lexer's file.
  mlir::Location getLoc(unsigned line, unsigned column) const;

private:
  Token lexImpl();
  /// Handles the start of a logical line: blank and comment-only lines,
  /// INDENT/DEDENT. Returns true and sets `out` if it produced a token.
  bool lexLineStart(llvm::SmallVectorImpl<Token> &out);
  Token lexIdentifierOrString();
  Token lexString(size_t start, bool isRaw, bool isBytes, bool isF);
  Token lexNumber();
  /// Skips a comment; returns a TYPE_COMMENT token if it is one.
  std::optional<Token> lexComment();
  Token lexOperator();
  Token lexEof();
  /// True if the line at `pos` starts with a keyword that only begins
  /// statements (`def`, `return`, ...).
  bool lineStartsStatement() const;
  Token recoverFromUnclosedBracket();

  Token makeToken(TokenKind kind, size_t start);
  Token makeTokenAt(TokenKind kind, size_t start, size_t end);
  Token errorToken(size_t start, const llvm::Twine &msg);
  void error(size_t offset, const llvm::Twine &msg);

  /// Line/column of a buffer offset on the current line.
  unsigned columnOf(size_t offset) const;
  /// Consumes a newline sequence (\n, \r\n or \r) at `pos`.
  void consumeNewline();
  bool atEnd() const { return pos >= buffer.size(); }
  char peekChar(size_t ahead = 0) const {
    return pos + ahead < buffer.size() ? buffer[pos + ahead] : '\0';
  }

  llvm::StringRef buffer;
  mlir::MLIRContext *ctx;
  mlir::StringAttr filenameAttr;
  ErrorReporter ownErrors;
  ErrorReporter *errors;

  size_t pos = 0;
  unsigned line;
  size_t lineStart = 0;
  /// Column of the first byte of the buffer; only applies to the first line.
  unsigned firstLineColumn;
  unsigned startLine;

  llvm::SmallVector<unsigned, 8> indentStack;
  /// Open brackets (kind and location): lines are joined while any is open,
  /// and an unclosed one is reported at its location.
  llvm::SmallVector<std::pair<char, mlir::Location>, 8> brackets;
  bool atLineStart = true;
  /// True once the current logical line produced a token, i.e. a NEWLINE is
  /// owed at its end.
  bool lineHasTokens = false;
  bool reachedEof = false;
  std::deque<Token> pending;
};

} // namespace tsc

#endif // TSC_FRONTEND_LEXER_H
