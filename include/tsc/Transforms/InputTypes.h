//===- InputTypes.h - Refined types for a function's inputs -----*- C++ -*-===//

#ifndef TSC_TRANSFORMS_INPUTTYPES_H
#define TSC_TRANSFORMS_INPUTTYPES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"

#include <optional>
#include <string>

namespace tsc {

/// What `--input-shape`/`--input-dtype` say about one tensor argument.
struct InputTypeSpec {
  std::optional<llvm::SmallVector<int64_t>> sizes; // kDynamic for '?'
  mlir::Type dtype;                                // null: the default
};

/// Parses `2x3x?`, `2,3,?` or `*` (unranked) into sizes.
std::optional<std::optional<llvm::SmallVector<int64_t>>>
parseShapeSpec(llvm::StringRef text);
/// Parses `float32`, `f32`, `int64`, ... into an element type.
mlir::Type parseDtypeSpec(mlir::MLIRContext *ctx, llvm::StringRef text);

/// Gives the tensor arguments of `func` the refined types in `specs`
/// (indexed by argument), or `defaultDtype` where a spec has no dtype, and
/// casts them back to `!ts.tensor` at the entry so that the body stays
/// valid; ts-refine-types then propagates the facts.
mlir::LogicalResult
applyInputTypes(mlir::func::FuncOp func,
                llvm::ArrayRef<std::optional<InputTypeSpec>> specs,
                mlir::Type defaultDtype);

} // namespace tsc

#endif // TSC_TRANSFORMS_INPUTTYPES_H
