//===- ShapeFunctions.h - Dtype and shape rules of ts ops -------*- C++ -*-===//
//
// What the result types of an op are, given what is statically known about
// its operands: PyTorch 1.13's type promotion, broadcasting and the shape
// semantics of each supported ATen overload, and which kind of number (int,
// float, bool) a `number` (ATen's Scalar) result holds.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_TRANSFORMS_SHAPEFUNCTIONS_H
#define TSC_TRANSFORMS_SHAPEFUNCTIONS_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"

namespace tsc::ts {

/// Computes what is known about the results of `op` from the current types
/// of its operands and from its constant operands. Returns false if `op` has
/// no shape function; otherwise `results` holds one type per result, null
/// where the function knows nothing (the caller keeps the declared type).
/// The types returned never guess: an unknown size is dynamic, an unknown
/// rank unranked, an unknown dtype absent.
bool inferResultTypes(mlir::Operation *op,
                      llvm::SmallVectorImpl<mlir::Type> &results);

/// PyTorch's `promote_types` for two dtypes; null if either is null.
mlir::Type promoteDtypes(mlir::Type a, mlir::Type b);

} // namespace tsc::ts

#endif // TSC_TRANSFORMS_SHAPEFUNCTIONS_H
