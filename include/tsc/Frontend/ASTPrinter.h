//===- ASTPrinter.h - AST dump and Python unparser --------------*- C++ -*-===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//
//
// Two views of the AST: an indented tree dump with locations (--emit=ast),
// and a canonical Python source printer (--emit=source). The source printer
// is a fixpoint after one round: print(parse(print(parse(s)))) equals
// print(parse(s)).
//
//===----------------------------------------------------------------------===//

#ifndef TSC_FRONTEND_ASTPRINTER_H
#define TSC_FRONTEND_ASTPRINTER_H

#include "tsc/Frontend/AST.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace tsc {

/// Prints one node per line: kind, key fields and `<line:col>`; children
/// are indented by two spaces, some behind a `label:` prefix.
void dumpAST(const ast::Module &module, llvm::raw_ostream &os);
void dumpAST(const ast::Expr &expr, llvm::raw_ostream &os);

/// Prints canonical Python source: 4-space indentation, minimal
/// parentheses, single-quoted strings, floats that re-lex to the same value.
void printSource(const ast::Module &module, llvm::raw_ostream &os);
void printSource(const ast::Expr &expr, llvm::raw_ostream &os);

/// Convenience wrapper for tests and diagnostics.
std::string exprToSource(const ast::Expr &expr);

/// Formats a double so that the Python lexer reads back the same value; the
/// result always contains '.' or 'e' so it lexes as a float.
std::string formatFloatLiteral(double value);

/// Quotes a string as a single-quoted Python literal (with an `f` prefix for
/// f-strings).
std::string quoteStringLiteral(llvm::StringRef value, bool isFString = false);

} // namespace tsc

#endif // TSC_FRONTEND_ASTPRINTER_H
