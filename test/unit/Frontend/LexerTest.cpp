//===- LexerTest.cpp - Unit tests for the Python lexer --------------------===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//

#include "tsc/Frontend/Lexer.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tsc;
using TK = TokenKind;

namespace {

struct CapturedDiag {
  unsigned line;
  unsigned column;
  std::string message;
};

/// A context whose errors are recorded instead of printed.
struct LexFixture {
  mlir::MLIRContext ctx{mlir::MLIRContext::Threading::DISABLED};
  std::vector<CapturedDiag> diags;
  mlir::ScopedDiagnosticHandler handler{
      &ctx, [this](mlir::Diagnostic &d) {
        unsigned line = 0, col = 0;
        if (auto loc =
                llvm::dyn_cast<mlir::FileLineColRange>(d.getLocation())) {
          line = loc.getStartLine();
          col = loc.getStartColumn();
        }
        diags.push_back({line, col, d.str()});
        return mlir::success();
      }};

  /// Lexes everything up to and including EOF (bounded, so a lexer bug
  /// cannot hang the test).
  std::vector<Token> lex(llvm::StringRef src) {
    Lexer lexer(src, "test.py", &ctx);
    std::vector<Token> tokens;
    for (int i = 0; i < 100000; ++i) {
      tokens.push_back(lexer.next());
      if (tokens.back().is(TK::Eof))
        break;
    }
    return tokens;
  }

  std::vector<TK> kinds(llvm::StringRef src) {
    std::vector<TK> result;
    for (const Token &tok : lex(src))
      result.push_back(tok.getKind());
    return result;
  }

  bool hasError(unsigned line, unsigned col, llvm::StringRef substr) const {
    for (const CapturedDiag &d : diags)
      if (d.line == line && d.column == col &&
          llvm::StringRef(d.message).contains(substr))
        return true;
    return false;
  }
};

} // namespace

TEST_CASE("lexer: simple statement tokens and locations", "[lexer]") {
  LexFixture f;
  std::vector<Token> toks = f.lex("x = foo(1, 2.5)\n");
  std::vector<TK> expected = {
      TK::Identifier, TK::Equal, TK::Identifier, TK::LParen,  TK::Integer,
      TK::Comma,      TK::Float, TK::RParen,     TK::Newline, TK::Eof};
  REQUIRE(toks.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    CHECK(toks[i].getKind() == expected[i]);
  CHECK(toks[0].getStringValue() == "x");
  CHECK(toks[2].getStringValue() == "foo");
  CHECK(toks[2].getLine() == 1);
  CHECK(toks[2].getColumn() == 5);
  CHECK(toks[4].getIntValue() == 1);
  CHECK(toks[4].getColumn() == 9);
  CHECK(toks[6].getFloatValue() == 2.5);
  CHECK(toks[6].getColumn() == 12);
  CHECK(toks[8].getColumn() == 16);

  auto loc = llvm::dyn_cast<mlir::FileLineColLoc>(toks[6].getLoc());
  REQUIRE(loc);
  CHECK(loc.getFilename().getValue() == "test.py");
  CHECK(loc.getLine() == 1);
  CHECK(loc.getColumn() == 12);
  CHECK(f.diags.empty());
}

TEST_CASE("lexer: keywords", "[lexer]") {
  LexFixture f;
  CHECK(f.kinds("def class return if elif else while for in not and or is "
                "None True False break continue pass assert raise import "
                "from as with lambda del global nonlocal yield try except "
                "finally async await defx") ==
        std::vector<TK>{
            TK::KwDef,      TK::KwClass,    TK::KwReturn, TK::KwIf,
            TK::KwElif,     TK::KwElse,     TK::KwWhile,  TK::KwFor,
            TK::KwIn,       TK::KwNot,      TK::KwAnd,    TK::KwOr,
            TK::KwIs,       TK::KwNone,     TK::KwTrue,   TK::KwFalse,
            TK::KwBreak,    TK::KwContinue, TK::KwPass,   TK::KwAssert,
            TK::KwRaise,    TK::KwImport,   TK::KwFrom,   TK::KwAs,
            TK::KwWith,     TK::KwLambda,   TK::KwDel,    TK::KwGlobal,
            TK::KwNonlocal, TK::KwYield,    TK::KwTry,    TK::KwExcept,
            TK::KwFinally,  TK::KwAsync,    TK::KwAwait,  TK::Identifier,
            TK::Newline,    TK::Eof});
}

TEST_CASE("lexer: operators and delimiters", "[lexer]") {
  LexFixture f;
  CHECK(f.kinds("+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> ( ) [ "
                "] { } , : . ; = += -= *= /= //= %= **= @= &= |= ^= >>= <<= "
                "... :=") == std::vector<TK>{TK::Plus,
                                             TK::Minus,
                                             TK::Star,
                                             TK::Slash,
                                             TK::DoubleSlash,
                                             TK::Percent,
                                             TK::DoubleStar,
                                             TK::At,
                                             TK::LShift,
                                             TK::RShift,
                                             TK::Amp,
                                             TK::Pipe,
                                             TK::Caret,
                                             TK::Tilde,
                                             TK::Less,
                                             TK::Greater,
                                             TK::LessEqual,
                                             TK::GreaterEqual,
                                             TK::EqEqual,
                                             TK::NotEqual,
                                             TK::Arrow,
                                             TK::LParen,
                                             TK::RParen,
                                             TK::LSquare,
                                             TK::RSquare,
                                             TK::LBrace,
                                             TK::RBrace,
                                             TK::Comma,
                                             TK::Colon,
                                             TK::Dot,
                                             TK::Semi,
                                             TK::Equal,
                                             TK::PlusEqual,
                                             TK::MinusEqual,
                                             TK::StarEqual,
                                             TK::SlashEqual,
                                             TK::DoubleSlashEqual,
                                             TK::PercentEqual,
                                             TK::DoubleStarEqual,
                                             TK::AtEqual,
                                             TK::AmpEqual,
                                             TK::PipeEqual,
                                             TK::CaretEqual,
                                             TK::RShiftEqual,
                                             TK::LShiftEqual,
                                             TK::Ellipsis,
                                             TK::ColonEqual,
                                             TK::Newline,
                                             TK::Eof});
  CHECK(f.diags.empty());
}

TEST_CASE("lexer: INDENT and DEDENT", "[lexer]") {
  LexFixture f;
  const char *src = "if x:\n"
                    "    if y:\n"
                    "        a\n"
                    "\n"
                    "    # comment at another indentation\n"
                    "  \n"
                    "    b\n"
                    "c\n";
  CHECK(f.kinds(src) ==
        std::vector<TK>{TK::KwIf, TK::Identifier, TK::Colon, TK::Newline,
                        TK::Indent, TK::KwIf, TK::Identifier, TK::Colon,
                        TK::Newline, TK::Indent, TK::Identifier, TK::Newline,
                        TK::Dedent, TK::Identifier, TK::Newline, TK::Dedent,
                        TK::Identifier, TK::Newline, TK::Eof});
  CHECK(f.diags.empty());

  std::vector<Token> toks = f.lex(src);
  // INDENT/DEDENT point at the first token of their line.
  CHECK(toks[4].getLine() == 2);
  CHECK(toks[4].getColumn() == 5);
  CHECK(toks[12].getLine() == 7);
}

TEST_CASE("lexer: pending NEWLINE and DEDENTs at EOF", "[lexer]") {
  LexFixture f;
  CHECK(f.kinds("def f():\n  if x:\n    return") ==
        std::vector<TK>{TK::KwDef, TK::Identifier, TK::LParen, TK::RParen,
                        TK::Colon, TK::Newline, TK::Indent, TK::KwIf,
                        TK::Identifier, TK::Colon, TK::Newline, TK::Indent,
                        TK::KwReturn, TK::Newline, TK::Dedent, TK::Dedent,
                        TK::Eof});
  CHECK(f.kinds("") == std::vector<TK>{TK::Eof});
  CHECK(f.kinds("\n\n  # only a comment\n") == std::vector<TK>{TK::Eof});
  CHECK(f.diags.empty());
}

TEST_CASE("lexer: tabs count to the next multiple of 8", "[lexer]") {
  LexFixture f;
  CHECK(f.kinds("if x:\n\ty\n        z\n") ==
        std::vector<TK>{TK::KwIf, TK::Identifier, TK::Colon, TK::Newline,
                        TK::Indent, TK::Identifier, TK::Newline, TK::Identifier,
                        TK::Newline, TK::Dedent, TK::Eof});
  CHECK(f.diags.empty());
}

TEST_CASE("lexer: inconsistent dedent", "[lexer]") {
  LexFixture f;
  f.lex("if x:\n    y\n  z\n");
  REQUIRE(f.diags.size() == 1);
  CHECK(f.hasError(3, 3,
                   "unindent does not match any outer indentation "
                   "level"));
}

TEST_CASE("lexer: line joining", "[lexer]") {
  LexFixture f;
  // Inside brackets newlines and indentation are insignificant.
  CHECK(f.kinds("x = (1,\n        2,\n\n  3)\ny") ==
        std::vector<TK>{TK::Identifier, TK::Equal, TK::LParen, TK::Integer,
                        TK::Comma, TK::Integer, TK::Comma, TK::Integer,
                        TK::RParen, TK::Newline, TK::Identifier, TK::Newline,
                        TK::Eof});
  std::vector<Token> toks = f.lex("x = 1 + \\\n      2\n");
  REQUIRE(toks.size() == 7);
  CHECK(toks[4].getKind() == TK::Integer);
  CHECK(toks[4].getLine() == 2);
  CHECK(toks[4].getColumn() == 7);
  CHECK(toks[5].getKind() == TK::Newline);

  f.lex("x = 1 \\ 2\n");
  CHECK(f.hasError(1, 7, "unexpected character after line continuation"));
}

TEST_CASE("lexer: type comments", "[lexer]") {
  LexFixture f;
  std::vector<Token> toks = f.lex("x = []  # type: List[int]\n");
  REQUIRE(toks.size() == 7);
  CHECK(toks[4].getKind() == TK::TypeComment);
  CHECK(toks[4].getStringValue() == "List[int]");
  CHECK(toks[4].getLine() == 1);
  CHECK(toks[4].getColumn() == 17);
  CHECK(toks[5].getKind() == TK::Newline);

  // On its own line after a def: TYPE_COMMENT NEWLINE before the INDENT.
  CHECK(f.kinds("def f(x):\n    #type:(int) -> int\n    return x\n") ==
        std::vector<TK>{TK::KwDef, TK::Identifier, TK::LParen, TK::Identifier,
                        TK::RParen, TK::Colon, TK::Newline, TK::TypeComment,
                        TK::Newline, TK::Indent, TK::KwReturn, TK::Identifier,
                        TK::Newline, TK::Dedent, TK::Eof});
  toks = f.lex("def f(x):\n    #type:(int) -> int\n    return x\n");
  CHECK(toks[7].getStringValue() == "(int) -> int");
  CHECK(toks[7].getLine() == 2);
  CHECK(toks[7].getColumn() == 11);

  // `type: ignore`, ordinary comments and comments inside brackets are
  // skipped.
  CHECK(f.kinds("x = 1  # type: ignore[attr]\n") ==
        std::vector<TK>{TK::Identifier, TK::Equal, TK::Integer, TK::Newline,
                        TK::Eof});
  CHECK(f.kinds("x = 1  # a type: int\n") ==
        std::vector<TK>{TK::Identifier, TK::Equal, TK::Integer, TK::Newline,
                        TK::Eof});
  CHECK(f.kinds("f(a,  # type: int\n  b)\n") ==
        std::vector<TK>{TK::Identifier, TK::LParen, TK::Identifier, TK::Comma,
                        TK::Identifier, TK::RParen, TK::Newline, TK::Eof});
  CHECK(f.diags.empty());
}

TEST_CASE("lexer: integer literals", "[lexer]") {
  LexFixture f;
  auto intValue = [&](llvm::StringRef src) {
    std::vector<Token> toks = f.lex(src);
    REQUIRE(toks[0].getKind() == TK::Integer);
    return toks[0].getIntValue();
  };
  CHECK(intValue("0") == 0);
  CHECK(intValue("42") == 42);
  CHECK(intValue("1_000_000") == 1000000);
  CHECK(intValue("0x1f") == 31);
  CHECK(intValue("0XFF") == 255);
  CHECK(intValue("0o17") == 15);
  CHECK(intValue("0b101") == 5);
  CHECK(intValue("0x_ff") == 255);
  CHECK(intValue("000") == 0);
  CHECK(intValue("9223372036854775807") == INT64_MAX);
  CHECK(f.diags.empty());

  f.lex("x = 9223372036854775808\n");
  CHECK(f.hasError(1, 5, "too large"));
  f.lex("x = 0xffffffffffffffffff\n");
  CHECK(f.hasError(1, 5, "too large"));
  f.lex("x = 012\n");
  CHECK(f.hasError(1, 5, "leading zeros"));
  f.lex("x = 1__0\n");
  CHECK(f.hasError(1, 5, "invalid decimal literal"));
  f.lex("x = 10_\n");
  CHECK(f.hasError(1, 5, "invalid decimal literal"));
  f.lex("x = 1abc\n");
  CHECK(f.hasError(1, 5, "invalid decimal literal"));
  f.lex("x = 0x\n");
  CHECK(f.hasError(1, 5, "invalid hexadecimal literal"));
  f.lex("x = 0b102\n");
  CHECK(f.hasError(1, 5, "invalid binary literal"));
  CHECK(f.diags.size() == 8);
}

TEST_CASE("lexer: float and imaginary literals", "[lexer]") {
  LexFixture f;
  auto floatValue = [&](llvm::StringRef src) {
    std::vector<Token> toks = f.lex(src);
    REQUIRE(toks[0].getKind() == TK::Float);
    return toks[0].getFloatValue();
  };
  CHECK(floatValue("1.") == 1.0);
  CHECK(floatValue(".5") == 0.5);
  CHECK(floatValue("1e-3") == 0.001);
  CHECK(floatValue("1.5E+2") == 150.0);
  CHECK(floatValue("1_0.2_5") == 10.25);
  CHECK(floatValue("3e2") == 300.0);
  CHECK(floatValue("0.1") == 0.1);

  std::vector<Token> toks = f.lex("2j 1.5J");
  CHECK(toks[0].getKind() == TK::Imaginary);
  CHECK(toks[1].getKind() == TK::Imaginary);
  CHECK(toks[1].getFloatValue() == 1.5);

  // `1..real` is the float `1.` followed by `.real`.
  CHECK(f.kinds("1..real") == std::vector<TK>{TK::Float, TK::Dot,
                                              TK::Identifier, TK::Newline,
                                              TK::Eof});
  CHECK(f.diags.empty());
  f.lex("x = 1e\n");
  CHECK(f.hasError(1, 5, "invalid decimal literal"));
}

TEST_CASE("lexer: string literals", "[lexer]") {
  LexFixture f;
  auto str = [&](llvm::StringRef src) {
    std::vector<Token> toks = f.lex(src);
    REQUIRE(toks[0].getKind() == TK::String);
    return toks[0].getStringValue();
  };
  CHECK(str("'abc'") == "abc");
  CHECK(str("\"abc\"") == "abc");
  CHECK(str("'a\\nb\\tc'") == "a\nb\tc");
  CHECK(str("'\\\\ \\' \\\"'") == "\\ ' \"");
  CHECK(str("'\\x41\\u00e9'") == "A\xC3\xA9");
  CHECK(str("'\\U0001F600'") == "\xF0\x9F\x98\x80");
  CHECK(str("'\\101'") == "A");
  CHECK(str("'\\d'") == "\\d"); // Unknown escapes are kept.
  CHECK(str("r'\\d\\n'") == "\\d\\n");
  CHECK(str("R'\\''") == "\\'");
  CHECK(str("u'x'") == "x");
  CHECK(str("'caf\xC3\xA9'") == "caf\xC3\xA9");
  CHECK(str("'''a\n'b'\nc'''") == "a\n'b'\nc");
  CHECK(str("\"\"\"x\"\"\"") == "x");
  CHECK(str("'a\\\nb'") == "ab");

  std::vector<Token> toks = f.lex("f'{x}' Rb'y' fr'z'");
  CHECK(toks[0].isFString());
  CHECK(!toks[0].isBytes());
  CHECK(toks[0].getStringValue() == "{x}");
  CHECK(toks[1].isBytes());
  CHECK(toks[2].isFString());

  // Tokens after a multi-line string have the right line and column.
  toks = f.lex("x = '''a\nbc''' + y\n");
  REQUIRE(toks.size() == 7);
  CHECK(toks[2].getLine() == 1);
  CHECK(toks[2].getColumn() == 5);
  CHECK(toks[4].getLine() == 2);
  CHECK(toks[4].getColumn() == 9);
  CHECK(f.diags.empty());

  // A prefix-like identifier not followed by a quote is an identifier.
  CHECK(f.kinds("rb br fx") == std::vector<TK>{TK::Identifier, TK::Identifier,
                                               TK::Identifier, TK::Newline,
                                               TK::Eof});
}

TEST_CASE("lexer: string errors", "[lexer]") {
  LexFixture f;
  f.lex("x = 'abc\ny = 1\n");
  CHECK(f.hasError(1, 5, "unterminated string literal"));
  f.lex("x = '''abc\ny = 1\n");
  CHECK(f.hasError(1, 5, "unterminated triple-quoted string literal"));
  f.lex("x = '\\x4'\n");
  CHECK(f.hasError(1, 6, "truncated \\x escape"));
  f.lex("x = '\\N{DASH}'\n");
  CHECK(f.hasError(1, 6, "\\N{...} escapes are not supported"));
  CHECK(f.diags.size() == 4);
}

TEST_CASE("lexer: invalid characters", "[lexer]") {
  LexFixture f;
  std::vector<Token> toks = f.lex("a $ b ? c\n");
  CHECK(toks[1].getKind() == TK::Error);
  CHECK(f.hasError(1, 3, "unexpected character '$'"));
  CHECK(f.hasError(1, 7, "unexpected character '?'"));
  f.lex("x = \x01\n");
  CHECK(f.hasError(1, 5, "unexpected control character 0x1"));
  // One error per multi-byte character, with the column of its first byte.
  f.lex("caf\xC3\xA9 = 1\n");
  CHECK(f.hasError(1, 4, "non-ASCII character"));
  f.lex("x = !y\n");
  CHECK(f.hasError(1, 5, "unexpected character '!'"));
  CHECK(f.diags.size() == 5);
}

TEST_CASE("lexer: nested lexer keeps the outer file's positions", "[lexer]") {
  LexFixture f;
  Lexer lexer("List[int]", "outer.py", &f.ctx, nullptr, /*startLine=*/7,
              /*startColumn=*/12);
  Token list = lexer.next();
  Token bracket = lexer.next();
  CHECK(list.getLine() == 7);
  CHECK(list.getColumn() == 12);
  CHECK(bracket.getColumn() == 16);
}

TEST_CASE("lexer: error cap stops the lexer", "[lexer]") {
  LexFixture f;
  std::string src;
  for (int i = 0; i < 100; ++i)
    src += "$\n";
  std::vector<Token> toks = f.lex(src);
  CHECK(f.diags.size() == 20);
  CHECK(toks.back().is(TK::Eof));
  CHECK(toks.size() < 60);
}
