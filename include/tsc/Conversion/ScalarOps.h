//===- ScalarOps.h - Python's scalar semantics on arith values --*- C++ -*-===//
//
// Shared by the scalar lowering (TSToArith) and the bodies of elementwise
// tensor ops (TSToLinalg): both follow Python/PyTorch, not C.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_CONVERSION_SCALAROPS_H
#define TSC_CONVERSION_SCALAROPS_H

#include "mlir/IR/Builders.h"

namespace tsc {

/// Python's `x % y` on two integers or two floats of the same type: the
/// result takes the sign of the divisor (C's remainder takes the dividend's).
mlir::Value createPythonMod(mlir::OpBuilder &b, mlir::Location loc,
                            mlir::Value x, mlir::Value y);

} // namespace tsc

#endif // TSC_CONVERSION_SCALAROPS_H
