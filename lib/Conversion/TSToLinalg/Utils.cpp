//===- Utils.cpp - Helpers shared by the ts to linalg patterns ------------===//

#include "Utils.h"

#include "mlir/Dialect/SCF/IR/SCF.h"

#include "mlir/IR/Matchers.h"
#include "tsc/Conversion/Runtime.h"

using namespace mlir;

namespace tsc::lowering {

RankedTensorType getRankedType(const TypeConverter *converter, Type tsType) {
  return dyn_cast_if_present<RankedTensorType>(converter->convertType(tsType));
}

bool isUnsignedTensor(Type tsType) {
  auto t = dyn_cast<ts::TensorType>(tsType);
  if (!t || !t.hasDtype())
    return false;
  auto it = dyn_cast<IntegerType>(t.getDtype());
  return it && it.isUnsigned();
}

Value castScalar(OpBuilder &b, Location loc, Value v, Type to,
                 bool srcUnsigned) {
  Type from = v.getType();
  if (from == to)
    return v;
  auto fromInt = dyn_cast<IntegerType>(from);
  auto toInt = dyn_cast<IntegerType>(to);
  auto fromFloat = dyn_cast<mlir::FloatType>(from);
  auto toFloat = dyn_cast<mlir::FloatType>(to);
  if (toInt && toInt.getWidth() == 1) {
    if (fromFloat) {
      Value zero = createConstant(b, loc, from, 0.0);
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, v, zero);
    }
    Value zero = arith::ConstantIntOp::create(b, loc, from, 0);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, v, zero);
  }
  if (fromInt && toInt) {
    if (fromInt.getWidth() < toInt.getWidth()) {
      if (srcUnsigned || fromInt.getWidth() == 1)
        return arith::ExtUIOp::create(b, loc, to, v);
      return arith::ExtSIOp::create(b, loc, to, v);
    }
    return arith::TruncIOp::create(b, loc, to, v);
  }
  if (fromInt && toFloat) {
    if (srcUnsigned || fromInt.getWidth() == 1)
      return arith::UIToFPOp::create(b, loc, to, v);
    return arith::SIToFPOp::create(b, loc, to, v);
  }
  if (fromFloat && toInt)
    return arith::FPToSIOp::create(b, loc, to, v);
  if (fromFloat && toFloat) {
    if (fromFloat.getWidth() < toFloat.getWidth())
      return arith::ExtFOp::create(b, loc, to, v);
    if (fromFloat.getWidth() > toFloat.getWidth())
      return arith::TruncFOp::create(b, loc, to, v);
    // f16 <-> bf16: through f32.
    Value wide = arith::ExtFOp::create(b, loc, b.getF32Type(), v);
    return arith::TruncFOp::create(b, loc, to, wide);
  }
  return Value();
}

static Value stripConversionCasts(Value v) {
  while (auto cast = v.getDefiningOp<UnrealizedConversionCastOp>()) {
    if (cast.getInputs().size() != 1)
      break;
    v = cast.getInputs()[0];
  }
  return v;
}

/// The constant behind a ts value: a ts.constant, or (once
/// convert-ts-to-arith ran) an arith.constant behind conversion casts.
static Attribute getConstantAttr(Value v) {
  v = stripConversionCasts(v);
  if (auto c = v.getDefiningOp<ts::ConstantOp>())
    return c.getValue();
  if (auto c = v.getDefiningOp<arith::ConstantOp>()) {
    Attribute a = c.getValue();
    if (auto i = dyn_cast<IntegerAttr>(a); i && i.getType().isInteger(1))
      return BoolAttr::get(v.getContext(), !i.getValue().isZero());
    return a;
  }
  return Attribute();
}

std::optional<int64_t> getConstantInt(Value v) {
  if (auto i = dyn_cast_if_present<IntegerAttr>(getConstantAttr(v)))
    if (!isa<BoolAttr>(i))
      return i.getValue().getSExtValue();
  return std::nullopt;
}

std::optional<double> getConstantFloat(Value v) {
  Attribute a = getConstantAttr(v);
  if (auto f = dyn_cast_if_present<FloatAttr>(a))
    return f.getValueAsDouble();
  if (auto i = getConstantInt(v))
    return double(*i);
  return std::nullopt;
}

std::optional<bool> getConstantBool(Value v) {
  if (auto b = dyn_cast_if_present<BoolAttr>(getConstantAttr(v)))
    return b.getValue();
  return std::nullopt;
}

std::optional<StringRef> getConstantStr(Value v) {
  if (auto s = dyn_cast_if_present<StringAttr>(getConstantAttr(v)))
    return s.getValue();
  return std::nullopt;
}

bool isNoneValue(Value v) {
  if (isa<ts::NoneType>(v.getType()))
    return true;
  if (auto d = v.getDefiningOp<ts::DerefineOp>())
    return isNoneValue(d.getOperand());
  return false;
}

FailureOr<SmallVector<Value>>
getListElements(ConversionPatternRewriter &rewriter, Value tsList) {
  auto construct = tsList.getDefiningOp<ts::ListConstructOp>();
  if (!construct)
    return failure();
  SmallVector<Value> elts;
  for (Value e : construct.getElements()) {
    Value r = rewriter.getRemappedValue(e);
    if (!r)
      return failure();
    elts.push_back(r);
  }
  return elts;
}

FailureOr<int64_t> normalizeDim(int64_t dim, int64_t rank) {
  int64_t d = dim < 0 ? dim + rank : dim;
  if (d < 0 || d >= std::max<int64_t>(rank, 1))
    return failure();
  return d;
}

Value getDimSize(OpBuilder &b, Location loc, Value tensor, int64_t dim) {
  return tensor::DimOp::create(b, loc, tensor, dim);
}

Value DimSizes::operator()(Value tensor, int64_t dim) {
  Value &v = sizes[{tensor, dim}];
  if (!v)
    v = getDimSize(b, loc, tensor, dim);
  return v;
}

Value createEmpty(OpBuilder &b, Location loc, RankedTensorType type,
                  ValueRange dynamicSizes) {
  return tensor::EmptyOp::create(b, loc, type.getShape(),
                                 type.getElementType(), dynamicSizes);
}

Value createConstant(OpBuilder &b, Location loc, Type elementType,
                     double value) {
  if (auto ft = dyn_cast<mlir::FloatType>(elementType))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(ft, value));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(elementType, static_cast<int64_t>(value)));
}

Type promoteDtypes(MLIRContext *ctx, TypeRange tsTypes) {
  // Categories: bool < integer < floating. Tensors with dims decide the
  // width within the highest category present among them; 0-d tensors and
  // Python scalars only raise the category.
  enum Cat { None = 0, Bool = 1, Int = 2, Float = 3 };
  auto catOf = [](Type t) {
    if (isa<mlir::FloatType>(t))
      return Float;
    if (t.isInteger(1))
      return Bool;
    return Int;
  };
  Type dimResult, zeroDimResult;
  Cat scalarCat = None;
  auto better = [&](Type cur, Type t) -> Type {
    if (!cur)
      return t;
    Cat a = catOf(cur), c = catOf(t);
    if (c != a)
      return c > a ? t : cur;
    if (cur.getIntOrFloatBitWidth() != t.getIntOrFloatBitWidth())
      return t.getIntOrFloatBitWidth() > cur.getIntOrFloatBitWidth() ? t : cur;
    // f16 and bf16 promote to f32.
    if (cur != t && isa<mlir::FloatType>(t))
      return Float32Type::get(ctx);
    return cur;
  };
  for (Type t : tsTypes) {
    if (auto tt = dyn_cast<ts::TensorType>(t)) {
      if (!tt.hasDtype())
        return Type();
      Type d = tt.getDtype();
      if (auto it = dyn_cast<IntegerType>(d); it && !it.isSignless())
        d = IntegerType::get(ctx, it.getWidth());
      if (tt.hasSizes() && tt.getSizes()->empty())
        zeroDimResult = better(zeroDimResult, d);
      else
        dimResult = better(dimResult, d);
    } else if (isa<ts::FloatType>(t)) {
      scalarCat = std::max(scalarCat, Float);
    } else if (isa<ts::IntType>(t)) {
      scalarCat = std::max(scalarCat, Int);
    } else if (isa<ts::BoolType>(t)) {
      scalarCat = std::max(scalarCat, Bool);
    }
  }
  Type result = dimResult;
  if (zeroDimResult && (!result || catOf(zeroDimResult) > catOf(result)))
    result = zeroDimResult;
  if (scalarCat != None && (!result || scalarCat > catOf(result))) {
    switch (scalarCat) {
    case Float:
      result = Float32Type::get(ctx);
      break;
    case Int:
      result = IntegerType::get(ctx, 64);
      break;
    default:
      result = IntegerType::get(ctx, 1);
    }
  }
  return result;
}

} // namespace tsc::lowering

namespace tsc::lowering {

std::optional<int64_t> matchConstantInt(Value v) {
  v = stripConversionCasts(v);
  if (auto i = getConstantInt(v))
    return i;
  APInt value;
  if (!v.getType().isInteger(1) && matchPattern(v, m_ConstantInt(&value)))
    return value.getSExtValue();
  return std::nullopt;
}

std::optional<bool> matchConstantBool(Value v) {
  v = stripConversionCasts(v);
  if (auto b = getConstantBool(v))
    return b;
  APInt value;
  if (v.getType().isInteger(1) && matchPattern(v, m_ConstantInt(&value)))
    return !value.isZero();
  return std::nullopt;
}

Value createMax(OpBuilder &b, Location loc, Value x, Value y, bool isUnsigned,
                bool max) {
  if (isa<mlir::FloatType>(x.getType()))
    return max ? Value(arith::MaximumFOp::create(b, loc, x, y))
               : Value(arith::MinimumFOp::create(b, loc, x, y));
  if (isUnsigned)
    return max ? Value(arith::MaxUIOp::create(b, loc, x, y))
               : Value(arith::MinUIOp::create(b, loc, x, y));
  return max ? Value(arith::MaxSIOp::create(b, loc, x, y))
             : Value(arith::MinSIOp::create(b, loc, x, y));
}

AffineMap getBroadcastMap(RankedTensorType operandType,
                          RankedTensorType resultType) {
  MLIRContext *ctx = resultType.getContext();
  int64_t rank = resultType.getRank();
  int64_t offset = rank - operandType.getRank();
  SmallVector<AffineExpr> exprs;
  for (int64_t k = 0; k < operandType.getRank(); ++k) {
    int64_t d = k + offset;
    if (operandType.getDimSize(k) == 1 && resultType.getDimSize(d) != 1)
      exprs.push_back(getAffineConstantExpr(0, ctx));
    else
      exprs.push_back(getAffineDimExpr(d, ctx));
  }
  return AffineMap::get(rank, 0, exprs, ctx);
}

/// `operand` materialized with the sizes `sizes` (index values, one per
/// dim of the operand): a dynamic dim that is 1 is read at index 0.
static Value materializeBroadcast(OpBuilder &b, Location loc, Value operand,
                                  ArrayRef<Value> sizes) {
  auto type = cast<RankedTensorType>(operand.getType());
  SmallVector<Value> dynamic;
  for (int64_t k = 0; k < type.getRank(); ++k)
    if (type.isDynamicDim(k))
      dynamic.push_back(sizes[k]);
  Value init = createEmpty(b, loc, type, dynamic);
  SmallVector<utils::IteratorType> iters(type.getRank(),
                                         utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{type}, ValueRange{}, ValueRange{init},
             ArrayRef<AffineMap>{b.getMultiDimIdentityMap(type.getRank())},
             iters,
             [&](OpBuilder &nb, Location l, ValueRange) {
               SmallVector<Value> indices;
               Value zero = arith::ConstantIndexOp::create(nb, l, 0);
               Value one = arith::ConstantIndexOp::create(nb, l, 1);
               for (int64_t k = 0; k < type.getRank(); ++k) {
                 Value i = linalg::IndexOp::create(nb, l, k);
                 if (type.isDynamicDim(k)) {
                   Value isOne = arith::CmpIOp::create(
                       nb, l, arith::CmpIPredicate::eq,
                       tensor::DimOp::create(nb, l, operand, k), one);
                   i = arith::SelectOp::create(nb, l, isOne, zero, i);
                 }
                 indices.push_back(i);
               }
               linalg::YieldOp::create(
                   nb, l,
                   tensor::ExtractOp::create(nb, l, operand, indices)
                       .getResult());
             })
      .getResult(0);
}

Value broadcastDynamicOnes(OpBuilder &b, Location loc, Value operand,
                           ArrayRef<Value> sizes, StringRef mismatch,
                           llvm::function_ref<Value(Value, int64_t)> dimSize) {
  auto type = cast<RankedTensorType>(operand.getType());
  auto size = [&](int64_t k) {
    return dimSize ? dimSize(operand, k) : getDimSize(b, loc, operand, k);
  };
  Value needs;
  for (int64_t k = 0; k < type.getRank(); ++k) {
    if (!type.isDynamicDim(k))
      continue;
    Value s = size(k);
    Value differ =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, s, sizes[k]);
    if (!mismatch.empty()) {
      Value notOne =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, s,
                                arith::ConstantIndexOp::create(b, loc, 1));
      emitRuntimeRaiseIf(b, loc, arith::AndIOp::create(b, loc, differ, notOne),
                         mismatch);
    }
    needs = needs ? arith::OrIOp::create(b, loc, needs, differ).getResult()
                  : differ;
  }
  if (!needs)
    return operand;
  // Where its sizes are the result's (the usual case, and provably so after
  // folding) the condition folds to false and the operand is used as is.
  return scf::IfOp::create(
             b, loc, needs,
             [&](OpBuilder &nb, Location l) {
               scf::YieldOp::create(
                   nb, l, materializeBroadcast(nb, l, operand, sizes));
             },
             [&](OpBuilder &nb, Location l) {
               scf::YieldOp::create(nb, l, operand);
             })
      .getResult(0);
}

SmallVector<Value> getBroadcastSizes(OpBuilder &b, Location loc,
                                     RankedTensorType resultType,
                                     SmallVectorImpl<Value> &operands,
                                     StringRef opName) {
  int64_t rank = resultType.getRank();
  std::string mismatch = ("RuntimeError: the sizes of the operands of " +
                          opName + " must match or be 1 (broadcasting)")
                             .str();
  auto alignedDim = [&](Value t, int64_t d) {
    return d - (rank - cast<RankedTensorType>(t.getType()).getRank());
  };
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  DimSizes dimSize(b, loc);
  // Per result dim, its size: PyTorch's broadcast of the operands' sizes
  // (a size 1 gives way to any other; others must agree).
  SmallVector<Value> sizes, dynSizes;
  for (int64_t d = 0; d < rank; ++d) {
    Value size;
    if (!resultType.isDynamicDim(d))
      size = arith::ConstantIndexOp::create(b, loc, resultType.getDimSize(d));
    for (Value t : operands) {
      int64_t k = alignedDim(t, d);
      auto tt = cast<RankedTensorType>(t.getType());
      if (k < 0 || tt.getDimSize(k) == 1)
        continue;
      Value s = dimSize(t, k);
      if (!size) {
        size = s;
        continue;
      }
      if (!tt.isDynamicDim(k) && !resultType.isDynamicDim(d))
        continue; // static sizes were checked when types were refined
      // s and size must agree unless one of them is 1. Where they are the
      // same value (after folding) all of this folds away.
      Value differ =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, s, size);
      Value sIsOne =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, s, one);
      Value sizeIsOne =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, size, one);
      Value bad = arith::AndIOp::create(
          b, loc, differ,
          arith::XOrIOp::create(
              b, loc, arith::OrIOp::create(b, loc, sIsOne, sizeIsOne),
              arith::ConstantIntOp::create(b, loc, b.getI1Type(), 1)));
      emitRuntimeRaiseIf(b, loc, bad, mismatch);
      if (resultType.isDynamicDim(d))
        size = arith::SelectOp::create(b, loc, sizeIsOne, s, size);
    }
    if (!size)
      size = one;
    sizes.push_back(size);
    if (resultType.isDynamicDim(d))
      dynSizes.push_back(size);
  }
  // An operand whose dynamic size is 1 where the result's is not is
  // broadcast by materializing it (the maps only broadcast static 1s).
  for (Value &t : operands) {
    auto tt = cast<RankedTensorType>(t.getType());
    SmallVector<Value> operandSizes;
    for (int64_t k = 0; k < tt.getRank(); ++k)
      operandSizes.push_back(sizes[k + (rank - tt.getRank())]);
    t = broadcastDynamicOnes(b, loc, t, operandSizes, /*mismatch=*/"", dimSize);
  }
  return dynSizes;
}

} // namespace tsc::lowering
