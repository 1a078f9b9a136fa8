//===- Creation.cpp - Tensor factories and tensor metadata to tensor ------===//
//
// Factories (zeros, ones, full and their _like forms, arange, tensor from a
// scalar), tensor-to-scalar conversions (Int/Float/Bool of a tensor, item)
// and metadata (size, dim, numel). The dtype, layout, device and
// pin_memory arguments need no code: the refined result type already
// carries the dtype, and everything lives on one device.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Runtime.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {

Value castTensor(OpBuilder &b, Location loc, Value v, RankedTensorType type) {
  if (v.getType() == type)
    return v;
  return tensor::CastOp::create(b, loc, type, v);
}

/// The sizes given by an `int[]` operand: a ts.list_construct (constant
/// entries become static sizes, others are checked to be non-negative at
/// run time) or the aten.size of a tensor.
FailureOr<SmallVector<OpFoldResult>>
getSizeList(ConversionPatternRewriter &rewriter, Location loc, Value tsList) {
  SmallVector<OpFoldResult> sizes;
  if (auto sizeOp = tsList.getDefiningOp<ts::AtenSizeOp>()) {
    Value t = rewriter.getRemappedValue(sizeOp.getSelf());
    if (!t || !isa<RankedTensorType>(t.getType()))
      return failure();
    return tensor::getMixedSizes(rewriter, loc, t);
  }
  FailureOr<SmallVector<Value>> elements = getListElements(rewriter, tsList);
  if (failed(elements))
    return failure();
  for (Value e : *elements) {
    if (std::optional<int64_t> c = matchConstantInt(e)) {
      if (*c < 0)
        return failure(); // PyTorch raises; ts-verify-lowered reports it
      sizes.push_back(rewriter.getIndexAttr(*c));
      continue;
    }
    if (!e.getType().isInteger(64))
      return failure();
    Value zero = arith::ConstantIntOp::create(rewriter, loc, e.getType(), 0);
    Value negative = arith::CmpIOp::create(rewriter, loc,
                                           arith::CmpIPredicate::slt, e, zero);
    emitRuntimeRaiseIf(rewriter, loc, negative,
                       "RuntimeError: Trying to create tensor with negative "
                       "dimension");
    sizes.push_back(Value(
        arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), e)));
  }
  return sizes;
}

/// A tensor of the given sizes filled with `value` (cast to the dtype).
Value createFilled(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                   RankedTensorType resultType, Value value,
                   bool valueUnsigned = false) {
  Type elt = resultType.getElementType();
  Value empty = tensor::EmptyOp::create(b, loc, sizes, elt);
  Value fill = castScalar(b, loc, value, elt, valueUnsigned);
  Value filled = linalg::FillOp::create(b, loc, TypeRange{empty.getType()},
                                        ValueRange{fill}, ValueRange{empty})
                     .getResult(0);
  return castTensor(b, loc, filled, resultType);
}

//===----------------------------------------------------------------------===//
// zeros, ones, full, zeros_like, ones_like, full_like
//===----------------------------------------------------------------------===//

/// `sizeFromTensor`: the sizes are those of operand 0 (a tensor) rather
/// than an int list; `fillOperand`: the operand holding the fill value, or
/// -1 with `constantFill` used instead.
struct FillLowering : public ConversionPattern {
  FillLowering(const TypeConverter &converter, StringRef opName,
               MLIRContext *ctx, bool sizeFromTensor, int fillOperand,
               double constantFill)
      : ConversionPattern(converter, opName, /*benefit=*/1, ctx),
        sizeFromTensor(sizeFromTensor), fillOperand(fillOperand),
        constantFill(constantFill) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    RankedTensorType resultType =
        getRankedType(getTypeConverter(), op->getResult(0).getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "rank or dtype unknown");
    SmallVector<OpFoldResult> sizes;
    if (sizeFromTensor) {
      if (!isa<RankedTensorType>(operands[0].getType()))
        return rewriter.notifyMatchFailure(op, "operand rank unknown");
      sizes = tensor::getMixedSizes(rewriter, loc, operands[0]);
    } else {
      FailureOr<SmallVector<OpFoldResult>> s =
          getSizeList(rewriter, loc, op->getOperand(0));
      if (failed(s))
        return rewriter.notifyMatchFailure(op, "sizes unknown");
      sizes = std::move(*s);
    }
    if (static_cast<int64_t>(sizes.size()) != resultType.getRank())
      return rewriter.notifyMatchFailure(op, "rank mismatch");
    Value value;
    if (fillOperand >= 0) {
      value = operands[fillOperand];
      if (!value.getType().isIntOrFloat())
        return rewriter.notifyMatchFailure(op, "fill value type unknown");
    } else {
      value = createConstant(rewriter, loc, resultType.getElementType(),
                             constantFill);
    }
    rewriter.replaceOp(op,
                       createFilled(rewriter, loc, sizes, resultType, value));
    return success();
  }

  bool sizeFromTensor;
  int fillOperand;
  double constantFill;
};

//===----------------------------------------------------------------------===//
// arange
//===----------------------------------------------------------------------===//

/// arange(start, end, step) as PyTorch computes it: start, end and step are
/// first converted to the accumulation type of the result dtype (int64 for
/// integers, double for floats), the length is ceil((end - start) / step)
/// computed in double, and element i is start + i * step in the
/// accumulation type.
struct ArangeLowering : public ConversionPattern {
  ArangeLowering(const TypeConverter &converter, StringRef opName,
                 MLIRContext *ctx, int numBounds)
      : ConversionPattern(converter, opName, /*benefit=*/1, ctx),
        numBounds(numBounds) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    RankedTensorType resultType =
        getRankedType(getTypeConverter(), op->getResult(0).getType());
    if (!resultType || resultType.getRank() != 1)
      return rewriter.notifyMatchFailure(op, "rank or dtype unknown");
    for (Value v : operands.take_front(numBounds))
      if (!v.getType().isIntOrFloat())
        return rewriter.notifyMatchFailure(op, "bound type unknown");
    Type elt = resultType.getElementType();
    if (elt.isInteger(1))
      return rewriter.notifyMatchFailure(op, "arange of bools");
    bool floatResult = isa<mlir::FloatType>(elt);
    Type f64 = rewriter.getF64Type(), i64 = rewriter.getI64Type();
    Type acc = floatResult ? f64 : i64;

    Value start, end, step;
    if (numBounds == 1) {
      start = createConstant(rewriter, loc, acc, 0.0);
      end = castScalar(rewriter, loc, operands[0], acc);
      step = createConstant(rewriter, loc, acc, 1.0);
    } else {
      start = castScalar(rewriter, loc, operands[0], acc);
      end = castScalar(rewriter, loc, operands[1], acc);
      step = numBounds == 3 ? castScalar(rewriter, loc, operands[2], acc)
                            : createConstant(rewriter, loc, acc, 1.0);
    }

    // The checks PyTorch makes, in its order.
    Value zero = createConstant(rewriter, loc, acc, 0.0);
    auto cmp = [&](arith::CmpFPredicate fp, arith::CmpIPredicate ip, Value x,
                   Value y) -> Value {
      if (floatResult)
        return arith::CmpFOp::create(rewriter, loc, fp, x, y);
      return arith::CmpIOp::create(rewriter, loc, ip, x, y);
    };
    emitRuntimeRaiseIf(
        rewriter, loc,
        cmp(arith::CmpFPredicate::UEQ, arith::CmpIPredicate::eq, step, zero),
        "RuntimeError: step must be nonzero");
    if (floatResult) {
      Value inf = arith::ConstantOp::create(rewriter, loc,
                                            rewriter.getF64FloatAttr(INFINITY));
      auto notFinite = [&](Value v) -> Value {
        Value abs = math::AbsFOp::create(rewriter, loc, v);
        return arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::UGE,
                                     abs, inf);
      };
      emitRuntimeRaiseIf(
          rewriter, loc,
          arith::OrIOp::create(rewriter, loc, notFinite(start), notFinite(end)),
          "RuntimeError: unsupported range");
    }
    Value up = arith::AndIOp::create(
        rewriter, loc,
        cmp(arith::CmpFPredicate::OGT, arith::CmpIPredicate::sgt, step, zero),
        cmp(arith::CmpFPredicate::OGE, arith::CmpIPredicate::sge, end, start));
    Value down = arith::AndIOp::create(
        rewriter, loc,
        cmp(arith::CmpFPredicate::OLT, arith::CmpIPredicate::slt, step, zero),
        cmp(arith::CmpFPredicate::OLE, arith::CmpIPredicate::sle, end, start));
    Value consistent = arith::OrIOp::create(rewriter, loc, up, down);
    Value inconsistent = arith::XOrIOp::create(
        rewriter, loc, consistent,
        arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 1));
    emitRuntimeRaiseIf(rewriter, loc, inconsistent,
                       "RuntimeError: upper bound and larger bound "
                       "inconsistent with step sign");

    // The length: for int64 results from the int64 bounds, for other
    // dtypes from the bounds as doubles (PyTorch's own distinction).
    Value length;
    if (ShapedType::isDynamic(resultType.getDimSize(0))) {
      Value span, stepD;
      if (elt.isInteger(64)) {
        span =
            castScalar(rewriter, loc,
                       arith::SubIOp::create(rewriter, loc, end, start), f64);
        stepD = castScalar(rewriter, loc, step, f64);
      } else {
        auto bound = [&](int i, double dflt) -> Value {
          int index = numBounds == 1 ? i - 1 : i;
          if (index < 0 || index >= numBounds)
            return createConstant(rewriter, loc, f64, dflt);
          return castScalar(rewriter, loc, operands[index], f64);
        };
        span =
            arith::SubFOp::create(rewriter, loc, bound(1, 0.0), bound(0, 0.0));
        stepD = bound(2, 1.0);
      }
      Value n = math::CeilOp::create(
          rewriter, loc, arith::DivFOp::create(rewriter, loc, span, stepD));
      n = arith::FPToSIOp::create(rewriter, loc, i64, n);
      length =
          arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), n);
    }
    Value init = createEmpty(rewriter, loc, resultType,
                             length ? ValueRange{length} : ValueRange{});
    AffineMap id = rewriter.getMultiDimIdentityMap(1);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{}, ValueRange{init},
        ArrayRef<AffineMap>{id}, {utils::IteratorType::parallel},
        [&](OpBuilder &b, Location l, ValueRange) {
          Value i = arith::IndexCastOp::create(
              b, l, i64, linalg::IndexOp::create(b, l, 0));
          Value v;
          if (floatResult)
            v = arith::AddFOp::create(
                b, l, start,
                arith::MulFOp::create(b, l, castScalar(b, l, i, f64), step));
          else
            v = arith::AddIOp::create(b, l, start,
                                      arith::MulIOp::create(b, l, i, step));
          linalg::YieldOp::create(b, l, castScalar(b, l, v, elt));
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }

  /// How many of the leading operands are bounds (end; start, end; start,
  /// end, step).
  int numBounds;
};

//===----------------------------------------------------------------------===//
// tensor.int/float/bool, prim::NumToTensor
//===----------------------------------------------------------------------===//

/// A 0-d tensor holding a scalar, cast to the refined dtype.
struct ScalarToTensorLowering : public ConversionPattern {
  ScalarToTensorLowering(const TypeConverter &converter, StringRef opName,
                         MLIRContext *ctx)
      : ConversionPattern(converter, opName, /*benefit=*/1, ctx) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType resultType =
        getRankedType(getTypeConverter(), op->getResult(0).getType());
    if (!resultType || resultType.getRank() != 0)
      return rewriter.notifyMatchFailure(op, "rank or dtype unknown");
    if (!operands[0].getType().isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "scalar type unknown");
    Location loc = op->getLoc();
    Value v =
        castScalar(rewriter, loc, operands[0], resultType.getElementType());
    rewriter.replaceOpWithNewOp<tensor::FromElementsOp>(op, resultType,
                                                        ValueRange{v});
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Int/Float/Bool of a tensor, item
//===----------------------------------------------------------------------===//

/// The only element of a tensor as a scalar, converted as Python's int(),
/// float() and bool() do; tensors with another number of elements raise.
/// item's result is a Number, lowered only once refined to int, float or
/// bool.
struct TensorToScalarLowering : public ConversionPattern {
  TensorToScalarLowering(const TypeConverter &converter, StringRef opName,
                         MLIRContext *ctx)
      : ConversionPattern(converter, opName, /*benefit=*/1, ctx) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    Type resultType =
        getTypeConverter()->convertType(op->getResult(0).getType());
    if (!resultType || !resultType.isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "result type unknown");
    Value input = operands[0];
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    if (!inType)
      return rewriter.notifyMatchFailure(op, "rank or dtype unknown");
    Location loc = op->getLoc();
    if (inType.hasStaticShape() && inType.getNumElements() != 1) {
      // Raises whenever it runs, as PyTorch does (not at compile time: the
      // code may never run). The value after the raise is never used.
      emitRuntimeRaise(rewriter, loc,
                       "RuntimeError: a Tensor with " +
                           std::to_string(inType.getNumElements()) +
                           " elements cannot be converted to Scalar");
      rewriter.replaceOp(op, createConstant(rewriter, loc, resultType, 0));
      return success();
    }
    if (!inType.hasStaticShape()) {
      Value numel = arith::ConstantIndexOp::create(rewriter, loc, 1);
      for (int64_t d = 0; d < inType.getRank(); ++d)
        numel = arith::MulIOp::create(rewriter, loc, numel,
                                      getDimSize(rewriter, loc, input, d));
      Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
      Value bad = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne,
                                        numel, one);
      emitRuntimeRaiseIf(rewriter, loc, bad, "RuntimeError: a Tensor with ",
                         arith::IndexCastOp::create(
                             rewriter, loc, rewriter.getI64Type(), numel),
                         " elements cannot be converted to Scalar");
    }
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    SmallVector<Value> indices(inType.getRank(), zero);
    Value v = tensor::ExtractOp::create(rewriter, loc, input, indices);
    rewriter.replaceOp(
        op, castScalar(rewriter, loc, v, resultType,
                       isUnsignedTensor(op->getOperand(0).getType())));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// size.int, dim, numel
//===----------------------------------------------------------------------===//

struct SizeIntLowering : public OpConversionPattern<ts::AtenSizeIntOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenSizeIntOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getSelf();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    if (!inType || inType.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "rank unknown or 0");
    Location loc = op.getLoc();
    int64_t rank = inType.getRank();
    Value size;
    if (std::optional<int64_t> c = matchConstantInt(adaptor.getDim())) {
      FailureOr<int64_t> d = normalizeDim(*c, rank);
      if (failed(d))
        return rewriter.notifyMatchFailure(op, "dim out of range");
      size = getDimSize(rewriter, loc, input, *d);
    } else {
      // A dim known at run time: wrap negative dims, raise out of range.
      Value dim = adaptor.getDim();
      Type i64 = rewriter.getI64Type();
      Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
      Value rankValue = arith::ConstantIntOp::create(rewriter, loc, i64, rank);
      Value negative = arith::CmpIOp::create(
          rewriter, loc, arith::CmpIPredicate::slt, dim, zero);
      dim = arith::SelectOp::create(
          rewriter, loc, negative,
          arith::AddIOp::create(rewriter, loc, dim, rankValue), dim);
      Value bad = arith::OrIOp::create(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, dim,
                                zero),
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sge, dim,
                                rankValue));
      emitRuntimeRaiseIf(rewriter, loc, bad,
                         ("IndexError: Dimension out of range (expected to "
                          "be in range of [" +
                          Twine(-rank) + ", " + Twine(rank - 1) + "])")
                             .str());
      // Clamp so that the (unreachable) access stays in bounds.
      dim = arith::SelectOp::create(rewriter, loc, bad, zero, dim);
      Value index = arith::IndexCastOp::create(rewriter, loc,
                                               rewriter.getIndexType(), dim);
      size = tensor::DimOp::create(rewriter, loc, input, index);
    }
    rewriter.replaceOp(op, arith::IndexCastOp::create(
                               rewriter, loc, rewriter.getI64Type(), size));
    return success();
  }
};

struct DimLowering : public OpConversionPattern<ts::AtenDimOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenDimOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto inType = dyn_cast<RankedTensorType>(adaptor.getSelf().getType());
    if (!inType)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    rewriter.replaceOp(op, arith::ConstantIntOp::create(rewriter, op.getLoc(),
                                                        rewriter.getI64Type(),
                                                        inType.getRank()));
    return success();
  }
};

struct NumelLowering : public OpConversionPattern<ts::AtenNumelOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenNumelOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getSelf();
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    if (!inType)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    Location loc = op.getLoc();
    Value numel = arith::ConstantIndexOp::create(rewriter, loc, 1);
    for (int64_t d = 0; d < inType.getRank(); ++d)
      numel = arith::MulIOp::create(rewriter, loc, numel,
                                    getDimSize(rewriter, loc, input, d));
    rewriter.replaceOp(op, arith::IndexCastOp::create(
                               rewriter, loc, rewriter.getI64Type(), numel));
    return success();
  }
};

} // namespace

void tsc::populateCreationPatterns(const TypeConverter &converter,
                                   RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<FillLowering>(converter, "ts.aten.zeros", ctx, false, -1, 0.0);
  patterns.add<FillLowering>(converter, "ts.aten.ones", ctx, false, -1, 1.0);
  patterns.add<FillLowering>(converter, "ts.aten.full", ctx, false, 1, 0.0);
  patterns.add<FillLowering>(converter, "ts.aten.zeros_like", ctx, true, -1,
                             0.0);
  patterns.add<FillLowering>(converter, "ts.aten.ones_like", ctx, true, -1,
                             1.0);
  patterns.add<FillLowering>(converter, "ts.aten.full_like", ctx, true, 1, 0.0);
  patterns.add<ArangeLowering>(converter, "ts.aten.arange", ctx, 1);
  patterns.add<ArangeLowering>(converter, "ts.aten.arange.start", ctx, 2);
  patterns.add<ArangeLowering>(converter, "ts.aten.arange.start_step", ctx, 3);
  for (StringRef name : {"ts.aten.tensor.int", "ts.aten.tensor.float",
                         "ts.aten.tensor.bool", "ts.prim.NumToTensor.Scalar"})
    patterns.add<ScalarToTensorLowering>(converter, name, ctx);
  for (StringRef name : {"ts.aten.Int.Tensor", "ts.aten.Float.Tensor",
                         "ts.aten.Bool.Tensor", "ts.aten.item"})
    patterns.add<TensorToScalarLowering>(converter, name, ctx);
  patterns.add<SizeIntLowering, DimLowering, NumelLowering>(converter, ctx);
}
