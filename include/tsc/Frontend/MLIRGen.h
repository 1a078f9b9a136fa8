//===- MLIRGen.h - TorchScript AST to the ts dialect ------------*- C++ -*-===//
//
// Semantic analysis and IR generation in one walk, as PyTorch's own
// ir_emitter does: TorchScript's typing rules (one static type per variable
// on all paths, Optional refinement, overload resolution against ATen
// schemas) are checked while the ts dialect is built, and every op gets the
// FileLineColLoc of the expression it comes from.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_FRONTEND_MLIRGEN_H
#define TSC_FRONTEND_MLIRGEN_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace tsc {
namespace ast {
class Module;
} // namespace ast

/// Builds a module with one `func.func` per top-level `def` (a public
/// function named as in the source). Returns null after reporting errors
/// through the context's diagnostic engine; all errors found are reported,
/// not only the first.
mlir::OwningOpRef<mlir::ModuleOp> mlirGen(mlir::MLIRContext &context,
                                          const ast::Module &module);

} // namespace tsc

#endif // TSC_FRONTEND_MLIRGEN_H
