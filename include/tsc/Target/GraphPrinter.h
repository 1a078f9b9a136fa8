//===- GraphPrinter.h - ts dialect as TorchScript graphs --------*- C++ -*-===//
//
// Prints functions of the ts dialect in the syntax of TorchScript's IR, as
// `torch.jit.script(f).graph` shows it: `graph(%x : Tensor):`, one
// `%v : Type = aten::op(%a, %b) # file:line:col` per op, `prim::If` and
// `prim::Loop` with their blocks, `return (%v)`.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_TARGET_GRAPHPRINTER_H
#define TSC_TARGET_GRAPHPRINTER_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace tsc {

/// Prints every function of `module`; with several, each graph is preceded
/// by a `# name` comment line.
mlir::LogicalResult printGraphs(mlir::ModuleOp module, llvm::raw_ostream &os);

} // namespace tsc

#endif // TSC_TARGET_GRAPHPRINTER_H
