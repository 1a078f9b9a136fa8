//===- Lexer.cpp - Python/TorchScript lexer -------------------------------===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//

#include "tsc/Frontend/Lexer.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <cassert>
#include <limits>

using namespace tsc;

//===----------------------------------------------------------------------===//
// Token helpers
//===----------------------------------------------------------------------===//

llvm::StringRef tsc::getTokenKindSpelling(TokenKind kind) {
  switch (kind) {
  // clang-format off
  case TokenKind::Eof: return "end of file";
  case TokenKind::Error: return "invalid token";
  case TokenKind::Newline: return "newline";
  case TokenKind::Indent: return "indent";
  case TokenKind::Dedent: return "dedent";
  case TokenKind::TypeComment: return "type comment";
  case TokenKind::Identifier: return "identifier";
  case TokenKind::Integer: return "integer literal";
  case TokenKind::Float: return "float literal";
  case TokenKind::Imaginary: return "imaginary literal";
  case TokenKind::String: return "string literal";
  case TokenKind::KwFalse: return "False";
  case TokenKind::KwNone: return "None";
  case TokenKind::KwTrue: return "True";
  case TokenKind::KwAnd: return "and";
  case TokenKind::KwAs: return "as";
  case TokenKind::KwAssert: return "assert";
  case TokenKind::KwAsync: return "async";
  case TokenKind::KwAwait: return "await";
  case TokenKind::KwBreak: return "break";
  case TokenKind::KwClass: return "class";
  case TokenKind::KwContinue: return "continue";
  case TokenKind::KwDef: return "def";
  case TokenKind::KwDel: return "del";
  case TokenKind::KwElif: return "elif";
  case TokenKind::KwElse: return "else";
  case TokenKind::KwExcept: return "except";
  case TokenKind::KwFinally: return "finally";
  case TokenKind::KwFor: return "for";
  case TokenKind::KwFrom: return "from";
  case TokenKind::KwGlobal: return "global";
  case TokenKind::KwIf: return "if";
  case TokenKind::KwImport: return "import";
  case TokenKind::KwIn: return "in";
  case TokenKind::KwIs: return "is";
  case TokenKind::KwLambda: return "lambda";
  case TokenKind::KwNonlocal: return "nonlocal";
  case TokenKind::KwNot: return "not";
  case TokenKind::KwOr: return "or";
  case TokenKind::KwPass: return "pass";
  case TokenKind::KwRaise: return "raise";
  case TokenKind::KwReturn: return "return";
  case TokenKind::KwTry: return "try";
  case TokenKind::KwWhile: return "while";
  case TokenKind::KwWith: return "with";
  case TokenKind::KwYield: return "yield";
  case TokenKind::LParen: return "(";
  case TokenKind::RParen: return ")";
  case TokenKind::LSquare: return "[";
  case TokenKind::RSquare: return "]";
  case TokenKind::LBrace: return "{";
  case TokenKind::RBrace: return "}";
  case TokenKind::Comma: return ",";
  case TokenKind::Colon: return ":";
  case TokenKind::Dot: return ".";
  case TokenKind::Semi: return ";";
  case TokenKind::Equal: return "=";
  case TokenKind::Arrow: return "->";
  case TokenKind::Ellipsis: return "...";
  case TokenKind::ColonEqual: return ":=";
  case TokenKind::At: return "@";
  case TokenKind::Plus: return "+";
  case TokenKind::Minus: return "-";
  case TokenKind::Star: return "*";
  case TokenKind::Slash: return "/";
  case TokenKind::DoubleSlash: return "//";
  case TokenKind::Percent: return "%";
  case TokenKind::DoubleStar: return "**";
  case TokenKind::Amp: return "&";
  case TokenKind::Pipe: return "|";
  case TokenKind::Caret: return "^";
  case TokenKind::Tilde: return "~";
  case TokenKind::LShift: return "<<";
  case TokenKind::RShift: return ">>";
  case TokenKind::Less: return "<";
  case TokenKind::Greater: return ">";
  case TokenKind::LessEqual: return "<=";
  case TokenKind::GreaterEqual: return ">=";
  case TokenKind::EqEqual: return "==";
  case TokenKind::NotEqual: return "!=";
  case TokenKind::PlusEqual: return "+=";
  case TokenKind::MinusEqual: return "-=";
  case TokenKind::StarEqual: return "*=";
  case TokenKind::SlashEqual: return "/=";
  case TokenKind::DoubleSlashEqual: return "//=";
  case TokenKind::PercentEqual: return "%=";
  case TokenKind::DoubleStarEqual: return "**=";
  case TokenKind::AtEqual: return "@=";
  case TokenKind::AmpEqual: return "&=";
  case TokenKind::PipeEqual: return "|=";
  case TokenKind::CaretEqual: return "^=";
  case TokenKind::LShiftEqual: return "<<=";
  case TokenKind::RShiftEqual: return ">>=";
    // clang-format on
  }
  return "token";
}

bool tsc::isKeyword(TokenKind kind) {
  return kind >= TokenKind::KwFalse && kind <= TokenKind::KwYield;
}

static TokenKind getKeywordKind(llvm::StringRef name) {
  return llvm::StringSwitch<TokenKind>(name)
      .Case("False", TokenKind::KwFalse)
      .Case("None", TokenKind::KwNone)
      .Case("True", TokenKind::KwTrue)
      .Case("and", TokenKind::KwAnd)
      .Case("as", TokenKind::KwAs)
      .Case("assert", TokenKind::KwAssert)
      .Case("async", TokenKind::KwAsync)
      .Case("await", TokenKind::KwAwait)
      .Case("break", TokenKind::KwBreak)
      .Case("class", TokenKind::KwClass)
      .Case("continue", TokenKind::KwContinue)
      .Case("def", TokenKind::KwDef)
      .Case("del", TokenKind::KwDel)
      .Case("elif", TokenKind::KwElif)
      .Case("else", TokenKind::KwElse)
      .Case("except", TokenKind::KwExcept)
      .Case("finally", TokenKind::KwFinally)
      .Case("for", TokenKind::KwFor)
      .Case("from", TokenKind::KwFrom)
      .Case("global", TokenKind::KwGlobal)
      .Case("if", TokenKind::KwIf)
      .Case("import", TokenKind::KwImport)
      .Case("in", TokenKind::KwIn)
      .Case("is", TokenKind::KwIs)
      .Case("lambda", TokenKind::KwLambda)
      .Case("nonlocal", TokenKind::KwNonlocal)
      .Case("not", TokenKind::KwNot)
      .Case("or", TokenKind::KwOr)
      .Case("pass", TokenKind::KwPass)
      .Case("raise", TokenKind::KwRaise)
      .Case("return", TokenKind::KwReturn)
      .Case("try", TokenKind::KwTry)
      .Case("while", TokenKind::KwWhile)
      .Case("with", TokenKind::KwWith)
      .Case("yield", TokenKind::KwYield)
      .Default(TokenKind::Identifier);
}

//===----------------------------------------------------------------------===//
// ErrorReporter
//===----------------------------------------------------------------------===//

void ErrorReporter::emitError(mlir::Location loc, const llvm::Twine &msg) {
  if (shouldStop())
    return;
  ++numErrors;
  mlir::InFlightDiagnostic diag = mlir::emitError(loc) << msg;
  if (shouldStop())
    diag.attachNote() << "too many errors emitted, stopping now";
}

//===----------------------------------------------------------------------===//
// Lexer
//===----------------------------------------------------------------------===//

static bool isIdentStart(char c) { return llvm::isAlpha(c) || c == '_'; }
static bool isIdentChar(char c) { return llvm::isAlnum(c) || c == '_'; }

Lexer::Lexer(llvm::StringRef buffer, llvm::StringRef filename,
             mlir::MLIRContext *ctx, ErrorReporter *errors, unsigned startLine,
             unsigned startColumn)
    : buffer(buffer), ctx(ctx),
      filenameAttr(mlir::StringAttr::get(ctx, filename)),
      errors(errors ? errors : &ownErrors), line(startLine),
      firstLineColumn(startColumn), startLine(startLine) {
  indentStack.push_back(0);
  // A UTF-8 byte order mark is legal at the start of a Python file.
  if (buffer.starts_with("\xEF\xBB\xBF"))
    pos = lineStart = 3;
}

mlir::Location Lexer::getLoc(unsigned line, unsigned column) const {
  return mlir::FileLineColLoc::get(filenameAttr, line, column);
}

unsigned Lexer::columnOf(size_t offset) const {
  unsigned base = line == startLine ? firstLineColumn : 1;
  return base + static_cast<unsigned>(offset - lineStart);
}

void Lexer::consumeNewline() {
  if (peekChar() == '\r' && peekChar(1) == '\n')
    pos += 2;
  else
    ++pos;
  ++line;
  lineStart = pos;
}

Token Lexer::makeTokenAt(TokenKind kind, size_t start, size_t end) {
  unsigned col = columnOf(start);
  return Token(kind, getLoc(line, col), buffer.slice(start, end), line, col);
}

Token Lexer::makeToken(TokenKind kind, size_t start) {
  return makeTokenAt(kind, start, pos);
}

void Lexer::error(size_t offset, const llvm::Twine &msg) {
  errors->emitError(getLoc(line, columnOf(offset)), msg);
}

Token Lexer::errorToken(size_t start, const llvm::Twine &msg) {
  error(start, msg);
  return makeToken(TokenKind::Error, start);
}

Token Lexer::next() {
  if (!pending.empty()) {
    Token tok = std::move(pending.front());
    pending.pop_front();
    return tok;
  }
  // Once the error cap is reached, pretend the input ended so that callers
  // wind down quickly without reporting anything else.
  if (errors->shouldStop() && !reachedEof) {
    pos = buffer.size();
    reachedEof = true;
    return makeToken(TokenKind::Eof, pos);
  }
  return lexImpl();
}

Token Lexer::lexEof() {
  pos = buffer.size();
  if (reachedEof)
    return makeToken(TokenKind::Eof, pos);
  reachedEof = true;
  if (!brackets.empty()) {
    // Report the innermost unclosed bracket; the Error token keeps the
    // parser from adding a confusing "expected ..." on top.
    errors->emitError(brackets.back().second,
                      llvm::Twine("'") + llvm::Twine(brackets.back().first) +
                          "' was never closed");
    pending.push_back(makeToken(TokenKind::Error, pos));
    brackets.clear();
  }
  if (lineHasTokens) {
    lineHasTokens = false;
    pending.push_back(makeToken(TokenKind::Newline, pos));
  }
  while (indentStack.size() > 1) {
    indentStack.pop_back();
    pending.push_back(makeToken(TokenKind::Dedent, pos));
  }
  pending.push_back(makeToken(TokenKind::Eof, pos));
  Token tok = std::move(pending.front());
  pending.pop_front();
  return tok;
}

bool Lexer::lexLineStart(llvm::SmallVectorImpl<Token> &out) {
  // Measure the indentation; tabs advance to the next multiple of 8 like
  // CPython's tokenizer does.
  unsigned width = 0;
  while (!atEnd()) {
    char c = peekChar();
    if (c == ' ')
      ++width;
    else if (c == '\t')
      width = (width / 8 + 1) * 8;
    else if (c == '\f')
      width = 0;
    else
      break;
    ++pos;
  }
  if (atEnd())
    return false;

  char c = peekChar();
  if (c == '\n' || c == '\r') {
    // Blank lines do not produce NEWLINE or change the indentation.
    consumeNewline();
    return false;
  }
  if (c == '#') {
    std::optional<Token> tok = lexComment();
    if (!tok) {
      if (!atEnd())
        consumeNewline();
      return false;
    }
    // A type comment on its own line (typically the signature comment
    // after a `def`) becomes TYPE_COMMENT NEWLINE without touching the
    // indentation stack, so it can sit before the body's INDENT.
    atLineStart = false;
    lineHasTokens = true;
    out.push_back(std::move(*tok));
    return true;
  }

  atLineStart = false;
  size_t start = pos;
  if (width > indentStack.back()) {
    indentStack.push_back(width);
    out.push_back(makeToken(TokenKind::Indent, start));
    return true;
  }
  while (width < indentStack.back()) {
    indentStack.pop_back();
    out.push_back(makeToken(TokenKind::Dedent, start));
  }
  if (width != indentStack.back()) {
    // Recover by adopting this level so that following lines at the same
    // indentation do not cascade into more errors.
    error(start, "unindent does not match any outer indentation level");
    indentStack.push_back(width);
  }
  return !out.empty();
}

Token Lexer::lexImpl() {
  while (true) {
    if (atLineStart) {
      if (brackets.empty()) {
        llvm::SmallVector<Token, 4> out;
        bool produced = lexLineStart(out);
        if (produced) {
          for (size_t i = 1, e = out.size(); i < e; ++i)
            pending.push_back(std::move(out[i]));
          return std::move(out.front());
        }
        if (atLineStart && !atEnd())
          continue; // Skipped a blank or comment-only line.
        atLineStart = false;
      } else {
        atLineStart = false;
        if (lineStartsStatement())
          return recoverFromUnclosedBracket();
      }
    }

    while (!atEnd() &&
           (peekChar() == ' ' || peekChar() == '\t' || peekChar() == '\f'))
      ++pos;
    if (atEnd())
      return lexEof();

    size_t start = pos;
    char c = peekChar();
    if (c == '\n' || c == '\r') {
      Token tok = makeTokenAt(TokenKind::Newline, start, start + 1);
      consumeNewline();
      atLineStart = true;
      // Inside brackets lines are joined implicitly, and lines without
      // tokens (e.g. only a comment) do not end a logical line.
      if (brackets.empty() && lineHasTokens) {
        lineHasTokens = false;
        return tok;
      }
      continue;
    }
    if (c == '#') {
      if (std::optional<Token> tok = lexComment())
        return std::move(*tok);
      continue;
    }
    if (c == '\\') {
      char n = peekChar(1);
      if (n == '\n' || n == '\r') {
        ++pos;
        consumeNewline();
        continue;
      }
      ++pos;
      return errorToken(start, "unexpected character after line continuation "
                               "character");
    }

    lineHasTokens = true;
    if (isIdentStart(c))
      return lexIdentifierOrString();
    if (llvm::isDigit(c) || (c == '.' && llvm::isDigit(peekChar(1))))
      return lexNumber();
    if (c == '"' || c == '\'')
      return lexString(start, /*isRaw=*/false, /*isBytes=*/false,
                       /*isF=*/false);
    return lexOperator();
  }
}

bool Lexer::lineStartsStatement() const {
  size_t p = pos;
  while (p < buffer.size() &&
         (buffer[p] == ' ' || buffer[p] == '\t' || buffer[p] == '\f'))
    ++p;
  size_t start = p;
  while (p < buffer.size() && isIdentChar(buffer[p]))
    ++p;
  switch (getKeywordKind(buffer.slice(start, p))) {
  case TokenKind::KwDef:
  case TokenKind::KwClass:
  case TokenKind::KwReturn:
  case TokenKind::KwImport:
  case TokenKind::KwGlobal:
  case TokenKind::KwNonlocal:
  case TokenKind::KwPass:
  case TokenKind::KwBreak:
  case TokenKind::KwContinue:
  case TokenKind::KwDel:
  case TokenKind::KwAssert:
  case TokenKind::KwRaise:
  case TokenKind::KwTry:
  case TokenKind::KwExcept:
  case TokenKind::KwFinally:
  case TokenKind::KwWhile:
  case TokenKind::KwWith:
  case TokenKind::KwElif:
    return true;
  default:
    return false;
  }
}

Token Lexer::recoverFromUnclosedBracket() {
  // These keywords cannot occur inside an expression, so the bracket before
  // them was never closed. Report it and resume at this line as a new
  // logical line, so later errors in the file are still found.
  errors->emitError(brackets.back().second,
                    llvm::Twine("'") + llvm::Twine(brackets.back().first) +
                        "' was never closed");
  brackets.clear();
  Token err = makeToken(TokenKind::Error, pos);
  if (lineHasTokens) {
    lineHasTokens = false;
    pending.push_back(makeToken(TokenKind::Newline, pos));
  }
  atLineStart = true;
  return err;
}

std::optional<Token> Lexer::lexComment() {
  size_t start = pos;
  while (!atEnd() && peekChar() != '\n' && peekChar() != '\r')
    ++pos;
  llvm::StringRef text = buffer.slice(start + 1, pos);

  // Type comments are only meaningful outside brackets; per-argument type
  // comments in multi-line signatures are not supported and ignored.
  llvm::StringRef body = text.ltrim(" \t");
  if (!brackets.empty() || !body.consume_front("type:"))
    return std::nullopt;
  llvm::StringRef payload = body.ltrim(" \t").rtrim(" \t\f");
  // `# type: ignore...` is a mypy directive, not a type.
  if (payload.empty() || (payload.starts_with("ignore") &&
                          (payload.size() == 6 || !isIdentChar(payload[6]))))
    return std::nullopt;

  // The token is located at the payload so that the parser can re-lex it
  // with exact columns.
  unsigned col = columnOf(payload.data() - buffer.data());
  Token result(TokenKind::TypeComment, getLoc(line, col),
               buffer.slice(start, pos), line, col);
  result.setStringValue(payload.str());
  return result;
}

Token Lexer::lexIdentifierOrString() {
  size_t start = pos;
  while (!atEnd() && isIdentChar(peekChar()))
    ++pos;
  llvm::StringRef name = buffer.slice(start, pos);

  // A string prefix: any combination of r/b/u/f (case-insensitive) that
  // Python accepts, immediately followed by a quote.
  char q = peekChar();
  if ((q == '\'' || q == '"') && name.size() <= 2) {
    std::string lower = name.lower();
    bool isRaw = false, isBytes = false, isF = false, isU = false, valid = true;
    for (char p : lower) {
      bool *flag = p == 'r'   ? &isRaw
                   : p == 'b' ? &isBytes
                   : p == 'f' ? &isF
                   : p == 'u' ? &isU
                              : nullptr;
      if (!flag || *flag)
        valid = false;
      else
        *flag = true;
    }
    if (isU && lower.size() > 1)
      valid = false;
    if (isBytes && isF)
      valid = false;
    if (valid)
      return lexString(start, isRaw, isBytes, isF);
  }

  TokenKind kind = getKeywordKind(name);
  Token tok = makeToken(kind, start);
  if (kind == TokenKind::Identifier)
    tok.setStringValue(name.str());
  return tok;
}

static void appendUTF8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

Token Lexer::lexString(size_t start, bool isRaw, bool isBytes, bool isF) {
  // The token may span lines, so remember where it starts.
  unsigned startLineNo = line;
  unsigned startCol = columnOf(start);
  mlir::Location startLoc = getLoc(startLineNo, startCol);

  char quote = peekChar();
  bool triple = peekChar(1) == quote && peekChar(2) == quote;
  pos += triple ? 3 : 1;

  std::string value;
  bool terminated = false;
  while (!atEnd()) {
    char c = peekChar();
    if (c == quote) {
      if (!triple) {
        ++pos;
        terminated = true;
        break;
      }
      if (peekChar(1) == quote && peekChar(2) == quote) {
        pos += 3;
        terminated = true;
        break;
      }
      value += c;
      ++pos;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple)
        break;
      value += '\n';
      consumeNewline();
      continue;
    }
    if (c != '\\') {
      value += c;
      ++pos;
      continue;
    }

    // Escape sequences.
    size_t escStart = pos;
    char e = peekChar(1);
    if (e == '\0' && pos + 1 >= buffer.size()) {
      ++pos;
      break;
    }
    if (e == '\n' || e == '\r') {
      ++pos;
      if (isRaw) {
        value += '\\';
        value += '\n';
      }
      consumeNewline();
      continue;
    }
    pos += 2;
    if (isRaw) {
      // Raw strings keep the backslash, but it still protects the quote.
      value += '\\';
      value += e;
      continue;
    }
    switch (e) {
    // clang-format off
    case '\\': value += '\\'; break;
    case '\'': value += '\''; break;
    case '"': value += '"'; break;
    case 'a': value += '\a'; break;
    case 'b': value += '\b'; break;
    case 'f': value += '\f'; break;
    case 'n': value += '\n'; break;
    case 'r': value += '\r'; break;
    case 't': value += '\t'; break;
    case 'v': value += '\v'; break;
    case '0': case '1': case '2': case '3':
    // clang-format on
    case '4':
    case '5':
    case '6':
    case '7': {
      unsigned v = e - '0';
      for (int i = 0; i < 2 && peekChar() >= '0' && peekChar() <= '7'; ++i)
        v = v * 8 + (buffer[pos++] - '0');
      if (isBytes)
        value += static_cast<char>(v & 0xFF);
      else
        appendUTF8(value, v);
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      if (isBytes && e != 'x') {
        value += '\\';
        value += e;
        break;
      }
      unsigned numDigits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      unsigned i = 0;
      for (; i < numDigits && llvm::isHexDigit(peekChar()); ++i)
        v = v * 16 + llvm::hexDigitValue(buffer[pos++]);
      if (i != numDigits) {
        error(escStart, llvm::Twine("truncated \\") + llvm::Twine(e) +
                            " escape in string literal");
        break;
      }
      if (e == 'x' && isBytes) {
        value += static_cast<char>(v);
      } else if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        error(escStart, "invalid unicode code point in string literal");
      } else {
        appendUTF8(value, v);
      }
      break;
    }
    case 'N':
      error(escStart, "\\N{...} escapes are not supported");
      break;
    default:
      // Python keeps unknown escapes verbatim.
      value += '\\';
      value += e;
      break;
    }
  }

  Token tok(TokenKind::String, startLoc, buffer.slice(start, pos), startLineNo,
            startCol);
  if (!terminated)
    errors->emitError(startLoc,
                      triple ? "unterminated triple-quoted string literal"
                             : "unterminated string literal");
  tok.setStringValue(std::move(value));
  tok.setStringFlags(isF, isBytes);
  return tok;
}

/// Checks the placement of `_` separators in one run of digits: only
/// between two digits, so no leading/trailing or doubled underscores.
static bool hasValidUnderscores(llvm::StringRef digits, bool allowLeading) {
  for (size_t i = 0, e = digits.size(); i < e; ++i) {
    if (digits[i] != '_')
      continue;
    if (i + 1 == e || digits[i + 1] == '_')
      return false;
    if (i == 0 && !allowLeading)
      return false;
  }
  return true;
}

Token Lexer::lexNumber() {
  size_t start = pos;
  auto scanDigits = [&](auto isDigit) {
    size_t s = pos;
    while (!atEnd() && (isDigit(peekChar()) || peekChar() == '_'))
      ++pos;
    return buffer.slice(s, pos);
  };
  auto isDec = [](char c) { return llvm::isDigit(c); };

  // Numbers must not run into identifiers (`1abc`, `0x1g`).
  auto checkTail = [&](llvm::StringRef what) -> bool {
    if (atEnd() || !isIdentChar(peekChar()))
      return true;
    while (!atEnd() && isIdentChar(peekChar()))
      ++pos;
    error(start, llvm::Twine("invalid ") + what + " literal");
    return false;
  };

  char c0 = peekChar(), c1 = peekChar(1);
  if (c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' ||
                    c1 == 'b' || c1 == 'B')) {
    pos += 2;
    unsigned radix = (c1 == 'x' || c1 == 'X')   ? 16
                     : (c1 == 'o' || c1 == 'O') ? 8
                                                : 2;
    llvm::StringRef what = radix == 16  ? "hexadecimal"
                           : radix == 8 ? "octal"
                                        : "binary";
    llvm::StringRef digits = scanDigits([&](char c) {
      return radix == 16 ? llvm::isHexDigit(c)
                         : (c >= '0' && c < static_cast<char>('0' + radix));
    });
    Token tok = makeToken(TokenKind::Integer, start);
    if (!checkTail(what))
      return makeToken(TokenKind::Error, start);
    std::string clean = digits.str();
    llvm::erase(clean, '_');
    uint64_t value = 0;
    if (clean.empty() || !hasValidUnderscores(digits, /*allowLeading=*/true)) {
      error(start, llvm::Twine("invalid ") + what + " literal");
      return makeToken(TokenKind::Error, start);
    }
    if (llvm::StringRef(clean).getAsInteger(radix, value) ||
        value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      error(start, "integer literal is too large to be represented as a "
                   "64-bit signed integer");
      value = 0;
    }
    tok.setIntValue(static_cast<int64_t>(value));
    return tok;
  }

  bool isFloat = false;
  bool valid = true;
  llvm::StringRef intPart = scanDigits(isDec);
  valid &= hasValidUnderscores(intPart, /*allowLeading=*/false);
  if (peekChar() == '.') {
    ++pos;
    isFloat = true;
    llvm::StringRef frac = scanDigits(isDec);
    valid &= hasValidUnderscores(frac, /*allowLeading=*/false);
  }
  char e = peekChar();
  if (e == 'e' || e == 'E') {
    size_t save = pos;
    ++pos;
    if (peekChar() == '+' || peekChar() == '-')
      ++pos;
    if (llvm::isDigit(peekChar())) {
      isFloat = true;
      llvm::StringRef expDigits = scanDigits(isDec);
      valid &= hasValidUnderscores(expDigits, /*allowLeading=*/false);
    } else {
      pos = save; // Reported by checkTail below.
    }
  }
  bool isImag = false;
  if (peekChar() == 'j' || peekChar() == 'J') {
    ++pos;
    isImag = true;
  }
  if (!checkTail("decimal"))
    return makeToken(TokenKind::Error, start);
  if (!valid) {
    error(start, "invalid decimal literal");
    return makeToken(TokenKind::Error, start);
  }

  std::string clean = buffer.slice(start, pos).str();
  llvm::erase(clean, '_');
  if (isImag) {
    Token tok = makeToken(TokenKind::Imaginary, start);
    double v = 0;
    (void)llvm::StringRef(clean).drop_back().getAsDouble(v);
    tok.setFloatValue(v);
    return tok;
  }
  if (isFloat) {
    Token tok = makeToken(TokenKind::Float, start);
    double v = 0;
    if (llvm::StringRef(clean).getAsDouble(v, /*AllowInexact=*/true)) {
      error(start, "invalid float literal");
      return makeToken(TokenKind::Error, start);
    }
    tok.setFloatValue(v);
    return tok;
  }

  Token tok = makeToken(TokenKind::Integer, start);
  if (clean.size() > 1 && clean[0] == '0' &&
      clean.find_first_not_of('0') != std::string::npos) {
    error(start, "leading zeros in decimal integer literals are not "
                 "permitted; use an 0o prefix for octal integers");
    return tok;
  }
  uint64_t value = 0;
  if (llvm::StringRef(clean).getAsInteger(10, value) ||
      value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    error(start, "integer literal is too large to be represented as a 64-bit "
                 "signed integer");
    value = 0;
  }
  tok.setIntValue(static_cast<int64_t>(value));
  return tok;
}

Token Lexer::lexOperator() {
  size_t start = pos;
  char c = peekChar(), n = peekChar(1), n2 = peekChar(2);
  auto tok = [&](TokenKind kind, unsigned len) {
    pos += len;
    return makeToken(kind, start);
  };
  auto withEq = [&](TokenKind plain, TokenKind eq) {
    return n == '=' ? tok(eq, 2) : tok(plain, 1);
  };

  switch (c) {
  case '(':
  case '[':
  case '{': {
    Token open = tok(c == '('   ? TokenKind::LParen
                     : c == '[' ? TokenKind::LSquare
                                : TokenKind::LBrace,
                     1);
    brackets.emplace_back(c, open.getLoc());
    return open;
  }
  case ')':
  case ']':
  case '}':
    // Unbalanced closers are the parser's business; never go negative.
    if (!brackets.empty())
      brackets.pop_back();
    return tok(c == ')'   ? TokenKind::RParen
               : c == ']' ? TokenKind::RSquare
                          : TokenKind::RBrace,
               1);
  // clang-format off
  case ',': return tok(TokenKind::Comma, 1);
  case ';': return tok(TokenKind::Semi, 1);
  case '~': return tok(TokenKind::Tilde, 1);
  case ':': return withEq(TokenKind::Colon, TokenKind::ColonEqual);
  case '.':
    // clang-format on
    if (n == '.' && n2 == '.')
      return tok(TokenKind::Ellipsis, 3);
    return tok(TokenKind::Dot, 1);
  case '=':
    return withEq(TokenKind::Equal, TokenKind::EqEqual);
  case '!':
    if (n == '=')
      return tok(TokenKind::NotEqual, 2);
    ++pos;
    return errorToken(start, "unexpected character '!'");
  case '+':
    return withEq(TokenKind::Plus, TokenKind::PlusEqual);
  case '-':
    if (n == '>')
      return tok(TokenKind::Arrow, 2);
    return withEq(TokenKind::Minus, TokenKind::MinusEqual);
  case '*':
    if (n == '*')
      return n2 == '=' ? tok(TokenKind::DoubleStarEqual, 3)
                       : tok(TokenKind::DoubleStar, 2);
    return withEq(TokenKind::Star, TokenKind::StarEqual);
  case '/':
    if (n == '/')
      return n2 == '=' ? tok(TokenKind::DoubleSlashEqual, 3)
                       : tok(TokenKind::DoubleSlash, 2);
    return withEq(TokenKind::Slash, TokenKind::SlashEqual);
  // clang-format off
  case '%': return withEq(TokenKind::Percent, TokenKind::PercentEqual);
  case '@': return withEq(TokenKind::At, TokenKind::AtEqual);
  case '&': return withEq(TokenKind::Amp, TokenKind::AmpEqual);
  case '|': return withEq(TokenKind::Pipe, TokenKind::PipeEqual);
  case '^': return withEq(TokenKind::Caret, TokenKind::CaretEqual);
  case '<':
    // clang-format on
    if (n == '<')
      return n2 == '=' ? tok(TokenKind::LShiftEqual, 3)
                       : tok(TokenKind::LShift, 2);
    return withEq(TokenKind::Less, TokenKind::LessEqual);
  case '>':
    if (n == '>')
      return n2 == '=' ? tok(TokenKind::RShiftEqual, 3)
                       : tok(TokenKind::RShift, 2);
    return withEq(TokenKind::Greater, TokenKind::GreaterEqual);
  default:
    break;
  }

  unsigned char uc = static_cast<unsigned char>(c);
  if (uc >= 0x80) {
    // Skip a whole UTF-8 sequence so one character gives one error.
    ++pos;
    while (!atEnd() &&
           (static_cast<unsigned char>(peekChar()) & 0xC0) == 0x80 &&
           pos - start < 4)
      ++pos;
    return errorToken(start,
                      "non-ASCII character is not allowed outside of string "
                      "literals and comments");
  }
  ++pos;
  if (llvm::isPrint(c))
    return errorToken(start, llvm::Twine("unexpected character '") +
                                 llvm::Twine(c) + "'");
  return errorToken(start, llvm::Twine("unexpected control character 0x") +
                               llvm::utohexstr(uc, /*LowerCase=*/true));
}
