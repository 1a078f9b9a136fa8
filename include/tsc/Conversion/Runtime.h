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
/// `void tsc_rt_raise_int(const char *before, int64_t value,
/// const char *after)`: raises `before`, the value in decimal, `after`.
inline constexpr llvm::StringLiteral kRuntimeRaiseInt = "tsc_rt_raise_int";

/// print (prim::Print): `tsc_rt_print_begin()`, then one call per piece of
/// the line (`_str(const char *)`, `_int(int64_t)`, `_float(double)`,
/// `_tensor_<dtype>(int64_t rank, void *descriptor)`, an unranked memref,
/// one function per dtype: f32, f64, f16, bf16, i8, i16, i32, i64, u8,
/// bool), then `tsc_rt_print_end()`, which writes the line and a newline to
/// stdout.
inline constexpr llvm::StringLiteral kRuntimePrintBegin = "tsc_rt_print_begin";
inline constexpr llvm::StringLiteral kRuntimePrintEnd = "tsc_rt_print_end";
inline constexpr llvm::StringLiteral kRuntimePrintStr = "tsc_rt_print_str";
inline constexpr llvm::StringLiteral kRuntimePrintInt = "tsc_rt_print_int";
inline constexpr llvm::StringLiteral kRuntimePrintFloat = "tsc_rt_print_float";
inline constexpr llvm::StringLiteral kRuntimePrintTensorPrefix =
    "tsc_rt_print_tensor_";

/// Declares the runtime function `name` with these argument types (and no
/// results) in the module around the insertion point, unless it exists, and
/// calls it.
void emitRuntimeCall(mlir::OpBuilder &builder, mlir::Location loc,
                     llvm::StringRef name, mlir::ValueRange args);

/// A pointer (`!llvm.ptr`) to a NUL-terminated copy of `text` in an internal
/// constant global (one per distinct text).
mlir::Value emitStringPointer(mlir::OpBuilder &builder, mlir::Location loc,
                              llvm::StringRef text);

/// Emits a call that raises `message` (prefixed with the source location of
/// `loc`, when it has one) at run time.
void emitRuntimeRaise(mlir::OpBuilder &builder, mlir::Location loc,
                      llvm::StringRef message);

/// Emits `if (cond) raise(message)`.
void emitRuntimeRaiseIf(mlir::OpBuilder &builder, mlir::Location loc,
                        mlir::Value cond, llvm::StringRef message);

/// Emits `if (cond) raise(before + str(value) + after)` for an i64 `value`
/// known at run time only (`before` is prefixed with the source location).
void emitRuntimeRaiseIf(mlir::OpBuilder &builder, mlir::Location loc,
                        mlir::Value cond, llvm::StringRef before,
                        mlir::Value value, llvm::StringRef after);

} // namespace tsc

#endif // TSC_CONVERSION_RUNTIME_H
