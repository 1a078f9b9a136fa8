//===- InputTypes.cpp - Refined types for a function's inputs -------------===//

#include "tsc/Transforms/InputTypes.h"
#include "ts/TSOps.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;

namespace tsc {

std::optional<std::optional<SmallVector<int64_t>>>
parseShapeSpec(StringRef text) {
  text = text.trim();
  if (text == "*")
    return std::optional<SmallVector<int64_t>>();
  SmallVector<int64_t> sizes;
  if (text.empty() || text == "scalar") // a 0-d tensor
    return std::optional<SmallVector<int64_t>>(sizes);
  SmallVector<StringRef> parts;
  text.split(parts, text.contains(',') ? ',' : 'x');
  for (StringRef p : parts) {
    p = p.trim();
    int64_t n;
    if (p == "?")
      sizes.push_back(ShapedType::kDynamic);
    else if (!p.getAsInteger(10, n) && n >= 0)
      sizes.push_back(n);
    else
      return std::nullopt;
  }
  return std::optional<SmallVector<int64_t>>(sizes);
}

Type parseDtypeSpec(MLIRContext *ctx, StringRef text) {
  Builder b(ctx);
  text = text.trim();
  text.consume_front("torch.");
  if (text == "float32" || text == "float" || text == "f32")
    return b.getF32Type();
  if (text == "float64" || text == "double" || text == "f64")
    return b.getF64Type();
  if (text == "float16" || text == "half" || text == "f16")
    return b.getF16Type();
  if (text == "bfloat16" || text == "bf16")
    return b.getBF16Type();
  if (text == "int64" || text == "long" || text == "i64")
    return b.getI64Type();
  if (text == "int32" || text == "int" || text == "i32")
    return b.getI32Type();
  if (text == "int16" || text == "short" || text == "i16")
    return b.getIntegerType(16);
  if (text == "int8" || text == "i8")
    return b.getIntegerType(8);
  if (text == "uint8" || text == "ui8")
    return IntegerType::get(ctx, 8, IntegerType::Unsigned);
  if (text == "bool" || text == "i1")
    return b.getI1Type();
  return Type();
}

LogicalResult applyInputTypes(func::FuncOp func,
                              ArrayRef<std::optional<InputTypeSpec>> specs,
                              Type defaultDtype) {
  Block &entry = func.getBody().front();
  OpBuilder builder(func.getContext());
  builder.setInsertionPointToStart(&entry);
  SmallVector<Type> argTypes(func.getArgumentTypes());
  for (unsigned i = 0; i < entry.getNumArguments(); ++i) {
    BlockArgument arg = entry.getArgument(i);
    if (!isa<ts::TensorType>(arg.getType())) {
      if (i < specs.size() && specs[i]) {
        return emitError(arg.getLoc())
               << "--input-shape/--input-dtype given for argument " << i
               << ", which is not a Tensor";
      }
      continue;
    }
    std::optional<InputTypeSpec> spec =
        i < specs.size() ? specs[i] : std::nullopt;
    Type dtype = spec && spec->dtype ? spec->dtype : defaultDtype;
    std::optional<ArrayRef<int64_t>> sizes;
    if (spec && spec->sizes)
      sizes = ArrayRef<int64_t>(*spec->sizes);
    auto refined = ts::TensorType::get(func.getContext(), sizes, dtype);
    if (refined == arg.getType())
      continue;
    Type old = arg.getType();
    arg.setType(refined);
    argTypes[i] = refined;
    auto cast = ts::TensorCastOp::create(builder, arg.getLoc(), old, arg);
    arg.replaceAllUsesExcept(cast.getResult(), cast);
  }
  func.setFunctionType(
      FunctionType::get(func.getContext(), argTypes, func.getResultTypes()));
  return success();
}

} // namespace tsc
