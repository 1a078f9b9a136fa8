//===- Runtime.h - Calls into the compiled model's C runtime ----*- C++ -*-===//
//
// Lowerings call a few functions of runtime/ (linked into every compiled
// model). They are declared on demand in the module being lowered.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_CONVERSION_RUNTIME_H
#define TSC_CONVERSION_RUNTIME_H

#include "mlir/IR/Builders.h"

namespace tsc {

/// The runtime function that aborts the current call with an error message
/// (`void tsc_rt_raise(const char *message)`; it does not return).
inline constexpr llvm::StringLiteral kRuntimeRaise = "tsc_rt_raise";

/// Emits a call that raises `message` (prefixed with the source location of
/// `loc`, when it has one) at run time.
void emitRuntimeRaise(mlir::OpBuilder &builder, mlir::Location loc,
                      llvm::StringRef message);

/// Emits `if (cond) raise(message)`.
void emitRuntimeRaiseIf(mlir::OpBuilder &builder, mlir::Location loc,
                        mlir::Value cond, llvm::StringRef message);

} // namespace tsc

#endif // TSC_CONVERSION_RUNTIME_H
