//===- Parser.h - Python/TorchScript parser ---------------------*- C++ -*-===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//
//
// A recursive-descent parser for the Python subset used by TorchScript. It
// reports errors through mlir::emitError, recovers at statement boundaries
// so that one run reports several errors, and never recurses without bound.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_FRONTEND_PARSER_H
#define TSC_FRONTEND_PARSER_H

#include "tsc/Frontend/AST.h"
#include "tsc/Frontend/Lexer.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace tsc {

class Parser {
public:
  /// Maximum nesting of parenthesized/unary/ternary expressions.
  static constexpr unsigned MaxExprDepth = 200;
  /// Maximum depth of an expression tree, counting left-associative chains
  /// such as `a + b + c` (bounds the recursion of later AST walks).
  static constexpr unsigned MaxTreeDepth = 4000;
  /// Maximum nesting of indented blocks (CPython's limit is 100 too).
  static constexpr unsigned MaxBlockDepth = 100;
  /// Maximum number of `elif` clauses of one `if` (each nests the AST).
  static constexpr unsigned MaxElifChain = 2000;

  /// `buffer` must outlive the parser; the AST does not refer to it.
  Parser(llvm::StringRef buffer, llvm::StringRef filename,
         mlir::MLIRContext *ctx, unsigned maxErrors = 20);

  /// Parses a whole file. Returns null if any error was reported.
  std::unique_ptr<ast::Module> parseModule();

  /// Parses the buffer as a single (possibly tuple) expression, as used for
  /// type comments and tests. Returns null if any error was reported.
  std::unique_ptr<ast::Expr> parseStandaloneExpr();

  unsigned getNumErrors() const { return errors.getNumErrors(); }

private:
  class DepthGuard;
  class TreeDepthGuard;
  class SubLexerScope;

  //===--------------------------------------------------------------------===//
  // Token stream
  //===--------------------------------------------------------------------===//

  void consume();
  bool consumeIf(TokenKind kind);
  /// The token after `cur`.
  const Token &peek();
  /// Consumes a token of the given kind or reports "expected ..." and
  /// returns false.
  bool expect(TokenKind kind);
  void emitError(mlir::Location loc, const llvm::Twine &msg);
  /// Reports "expected <what>, found <cur>", unless `cur` is a token the
  /// lexer already complained about.
  void errorExpected(const llvm::Twine &what);
  bool atSimpleStmtEnd() const;
  bool startsExpression() const;

  //===--------------------------------------------------------------------===//
  // Error recovery
  //===--------------------------------------------------------------------===//

  /// Skips to the start of the next statement after a failed statement that
  /// began when `numConsumed` was `stmtStart`.
  void synchronize(size_t stmtStart);
  /// Skips a balanced INDENT ... DEDENT region; `cur` must be INDENT.
  void skipBlock();
  /// Skips the rest of the current line and an indented block after it.
  void skipClause();

  //===--------------------------------------------------------------------===//
  // Statements
  //===--------------------------------------------------------------------===//

  void parseStatementList(ast::StmtList &out, bool inBlock);
  bool parseStatement(ast::StmtList &out);
  bool parseSimpleStatements(ast::StmtList &out);
  ast::StmtPtr parseSmallStatement();
  ast::StmtPtr parseExprOrAssignment();
  ast::StmtPtr parseIf(unsigned elifCount = 0);
  ast::StmtPtr parseWhile();
  ast::StmtPtr parseFor();
  ast::StmtPtr parseWith();
  ast::StmtPtr parseFunctionDef(ast::ExprList decorators);
  ast::StmtPtr parseClassDef(ast::ExprList decorators);
  ast::StmtPtr parseImport();
  ast::StmtPtr parseImportFrom();
  bool parseDecorated(ast::StmtList &out);
  bool parseDottedName(std::string &name);
  bool parseAlias(std::vector<ast::Alias> &names, bool dotted);
  /// Parses `: suite`. A `# type:` comment right after the colon (same or
  /// next line) is stored in `typeComment` when given.
  bool parseSuite(ast::StmtList &body,
                  std::optional<Token> *typeComment = nullptr);
  bool skipUnsupportedCompound(const llvm::Twine &msg);

  bool checkAssignTarget(const ast::Expr *target);
  bool checkDeleteTarget(const ast::Expr *target);
  bool checkSingleTarget(const ast::Expr *target, llvm::StringRef what);
  bool checkNotStarred(const ast::Expr *e);

  //===--------------------------------------------------------------------===//
  // Expressions
  //===--------------------------------------------------------------------===//

  /// Parses `(',' element)* [',']` after the first element of a list that
  /// ends at `closer` (or, for Eof, where no expression can start).
  bool parseCommaTail(ast::ExprList &elements,
                      llvm::function_ref<ast::ExprPtr()> parseElement,
                      TokenKind closer);
  /// An element list without brackets; a TupleExpr iff a comma appears.
  ast::ExprPtr parseBareTuple(llvm::function_ref<ast::ExprPtr()> parseElement);
  /// `a, *b, c` (testlist_star_expr): values of assignments, returns, ...
  ast::ExprPtr parseTestListStarExpr();
  /// Like parseTestListStarExpr but at `expr` precedence (for targets).
  ast::ExprPtr parseTargetList();
  ast::ExprPtr parseStarOrTest();
  ast::ExprPtr parseStarOrExpr();
  ast::ExprPtr parseTest();
  ast::ExprPtr parseOrTest();
  ast::ExprPtr parseAndTest();
  ast::ExprPtr parseNotTest();
  ast::ExprPtr parseComparison();
  ast::ExprPtr parseBinary(int minPrec);
  ast::ExprPtr parseFactor();
  ast::ExprPtr parsePower();
  ast::ExprPtr parsePrimary();
  ast::ExprPtr parseAtom();
  ast::ExprPtr parseStrings();
  ast::ExprPtr parseParenthesized();
  ast::ExprPtr parseListDisplay();
  ast::ExprPtr parseDictDisplay();
  std::optional<ast::Comprehension> parseComprehension();
  ast::ExprPtr parseSubscriptList();
  ast::ExprPtr parseSubscriptElement();
  ast::ExprPtr parseCall(ast::ExprPtr func, mlir::Location loc);

  //===--------------------------------------------------------------------===//
  // Type comments
  //===--------------------------------------------------------------------===//

  ast::ExprPtr parseTypeCommentExpr(const Token &comment);
  std::unique_ptr<ast::FunctionTypeComment>
  parseFunctionTypeComment(const Token &comment);

  ErrorReporter errors;
  std::string filename;
  mlir::MLIRContext *ctx;
  Lexer mainLexer;
  /// The lexer tokens come from; temporarily a nested lexer while a type
  /// comment is parsed.
  Lexer *lex;
  Token cur;
  std::deque<Token> ahead;
  TokenKind prevKind = TokenKind::Newline;
  size_t numConsumed = 0;
  unsigned exprDepth = 0;
  unsigned treeDepth = 0;
  unsigned blockDepth = 0;
};

} // namespace tsc

#endif // TSC_FRONTEND_PARSER_H
