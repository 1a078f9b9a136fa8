//===- TSTypeConverter.cpp - ts types to builtin types --------------------===//

#include "tsc/Conversion/TSTypeConverter.h"
#include "ts/TSOps.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;

namespace tsc {

static Value materializeCast(OpBuilder &builder, Type type, ValueRange inputs,
                             Location loc) {
  if (inputs.size() != 1)
    return Value();
  return UnrealizedConversionCastOp::create(builder, loc, type, inputs)
      .getResult(0);
}

TSTypeConverter::TSTypeConverter(MLIRContext *ctx) {
  addConversion([](Type t) { return t; });
  addConversion([ctx](ts::IntType) { return IntegerType::get(ctx, 64); });
  addConversion([ctx](ts::FloatType) { return Float64Type::get(ctx); });
  addConversion([ctx](ts::BoolType) { return IntegerType::get(ctx, 1); });
  addConversion([ctx](ts::TensorType t) -> std::optional<Type> {
    if (!t.hasSizes() || !t.hasDtype())
      return std::nullopt;
    Type elt = t.getDtype();
    if (auto it = dyn_cast<IntegerType>(elt); it && !it.isSignless())
      elt = IntegerType::get(ctx, it.getWidth());
    return RankedTensorType::get(*t.getSizes(), elt);
  });
  // A list that exists at run time is a tensor whose first dimension is its
  // length: scalars in a 1-d tensor, tensors (of one shape) stacked.
  addConversion([this](ts::ListType t) -> std::optional<Type> {
    Type elt = convertType(t.getElementType());
    if (!elt)
      return std::nullopt;
    if (elt.isIntOrFloat())
      return RankedTensorType::get({ShapedType::kDynamic}, elt);
    auto ranked = dyn_cast<RankedTensorType>(elt);
    if (ranked && isa<ts::TensorType>(t.getElementType())) {
      SmallVector<int64_t> shape{ShapedType::kDynamic};
      llvm::append_range(shape, ranked.getShape());
      return RankedTensorType::get(shape, ranked.getElementType());
    }
    return std::nullopt;
  });
  addSourceMaterialization(materializeCast);
  addTargetMaterialization(materializeCast);
}

void configureTSConversionTarget(ConversionTarget &target) {
  // ts ops have no declared legality: each lowering converts the ones it has
  // patterns for, and one it cannot convert (an unsupported op, an unranked
  // tensor) neither fails nor rolls back the others; ts-verify-lowered
  // reports what is left. Everything else is legal.
  target.markUnknownOpDynamicallyLegal(
      [](Operation *op) -> std::optional<bool> {
        if (isa<ts::TSDialect>(op->getDialect()))
          return std::nullopt;
        return true;
      });
}

} // namespace tsc
