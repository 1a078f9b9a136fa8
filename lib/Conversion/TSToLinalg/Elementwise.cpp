//===- Elementwise.cpp - Elementwise ATen ops to linalg.generic -----------===//
//
// One pattern for every elementwise op: operands broadcast with PyTorch's
// rules (aligned from the right; a static size-1 dimension broadcasts; a
// dynamic dimension must equal the result's, checked at run time), scalar
// operands are captured by the body, and each op contributes only its
// scalar computation, done in the op's compute type.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/ScalarOps.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "llvm/ADT/StringMap.h"

#include <cmath>

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {

/// The scalar body of an op. `args` holds, per op operand, the element (for
/// tensors), the scalar (for numbers) or null (None and other operands),
/// all cast to `computeType` except where `castArgs` is false.
using BodyFn = std::function<Value(OpBuilder &, Location, ArrayRef<Value> args,
                                   Type computeType, Operation *op)>;

struct ElementwiseSpec {
  /// Operands that broadcast into the result (tensors or numbers).
  SmallVector<unsigned> inputs;
  /// Compute in the promoted type of the inputs rather than the result's
  /// (comparisons, whose result is bool).
  bool computeInPromotedType = false;
  /// Cast the inputs to the compute type before the body (false for ops
  /// that look at the raw values, like where's condition).
  bool castInputs = true;
  BodyFn body;
};

bool isFloat(Type t) { return isa<mlir::FloatType>(t); }

Value mulAlpha(OpBuilder &b, Location loc, Value v, Value alpha, Type t) {
  if (!alpha)
    return v;
  Value a = castScalar(b, loc, alpha, t);
  return isFloat(t) ? Value(arith::MulFOp::create(b, loc, v, a))
                    : Value(arith::MulIOp::create(b, loc, v, a));
}

template <typename FOp, typename IOp>
BodyFn binary() {
  return [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
            Operation *) -> Value {
    if (isFloat(t))
      return FOp::create(b, l, a[0], a[1]);
    return IOp::create(b, l, a[0], a[1]);
  };
}

/// add/sub with alpha: a + alpha * b.
template <typename FOp, typename IOp>
BodyFn withAlpha(bool reversed) {
  return [reversed](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
                    Operation *) -> Value {
    Value x = a[0], y = mulAlpha(b, l, a[1], a.size() > 2 ? a[2] : Value(), t);
    if (reversed) { // rsub(self, other, alpha) = other - alpha * self
      x = a[1];
      y = mulAlpha(b, l, a[0], a.size() > 2 ? a[2] : Value(), t);
    }
    if (isFloat(t))
      return FOp::create(b, l, x, y);
    return IOp::create(b, l, x, y);
  };
}

template <typename FOp>
BodyFn floatUnary() {
  return [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
            Operation *) -> Value { return FOp::create(b, l, a[0]); };
}

Value sigmoid(OpBuilder &b, Location l, Value x) {
  Type t = x.getType();
  Value one = createConstant(b, l, t, 1.0);
  Value negX = arith::NegFOp::create(b, l, x);
  Value e = math::ExpOp::create(b, l, negX);
  return arith::DivFOp::create(b, l, one, arith::AddFOp::create(b, l, one, e));
}

BodyFn compare(arith::CmpFPredicate fp, arith::CmpIPredicate ip) {
  return [fp, ip](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
                  Operation *op) -> Value {
    if (isFloat(t))
      return arith::CmpFOp::create(b, l, fp, a[0], a[1]);
    // uint8 tensors compared in their own (signless) storage type compare
    // unsigned.
    bool isUnsigned = t.getIntOrFloatBitWidth() == 8 &&
                      llvm::any_of(op->getOperands(), [](Value v) {
                        return isUnsignedTensor(v.getType());
                      });
    arith::CmpIPredicate p = ip;
    if (isUnsigned) {
      if (ip == arith::CmpIPredicate::slt)
        p = arith::CmpIPredicate::ult;
      else if (ip == arith::CmpIPredicate::sle)
        p = arith::CmpIPredicate::ule;
      else if (ip == arith::CmpIPredicate::sgt)
        p = arith::CmpIPredicate::ugt;
      else if (ip == arith::CmpIPredicate::sge)
        p = arith::CmpIPredicate::uge;
    }
    return arith::CmpIOp::create(b, l, p, a[0], a[1]);
  };
}

const llvm::StringMap<ElementwiseSpec> &getSpecs() {
  static const llvm::StringMap<ElementwiseSpec> specs = [] {
    llvm::StringMap<ElementwiseSpec> s;
    auto add = [&](StringRef name, SmallVector<unsigned> inputs, BodyFn fn,
                   bool promoted = false) {
      s[name] = ElementwiseSpec{std::move(inputs), promoted, true,
                                std::move(fn)};
    };
    // add/sub: alpha is operand 2, used as a captured scalar.
    for (StringRef n : {"ts.aten.add.Tensor", "ts.aten.add.Scalar"})
      add(n, {0, 1, 2}, withAlpha<arith::AddFOp, arith::AddIOp>(false));
    for (StringRef n : {"ts.aten.sub.Tensor", "ts.aten.sub.Scalar"})
      add(n, {0, 1, 2}, withAlpha<arith::SubFOp, arith::SubIOp>(false));
    for (StringRef n : {"ts.aten.rsub.Tensor", "ts.aten.rsub.Scalar"})
      add(n, {0, 1, 2}, withAlpha<arith::SubFOp, arith::SubIOp>(true));
    for (StringRef n : {"ts.aten.mul.Tensor", "ts.aten.mul.Scalar"})
      add(n, {0, 1}, binary<arith::MulFOp, arith::MulIOp>());
    for (StringRef n : {"ts.aten.div.Tensor", "ts.aten.div.Scalar"})
      add(n, {0, 1}, binary<arith::DivFOp, arith::DivSIOp>());
    for (StringRef n : {"ts.aten.div.Tensor_mode", "ts.aten.div.Scalar_mode"})
      add(n, {0, 1},
          [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
             Operation *op) -> Value {
            std::optional<StringRef> mode = getConstantStr(op->getOperand(2));
            if (!isFloat(t)) {
              if (mode && *mode == "floor")
                return arith::FloorDivSIOp::create(b, l, a[0], a[1]);
              return arith::DivSIOp::create(b, l, a[0], a[1]);
            }
            Value q = arith::DivFOp::create(b, l, a[0], a[1]);
            if (mode && *mode == "floor")
              return math::FloorOp::create(b, l, q);
            if (mode && *mode == "trunc")
              return math::TruncOp::create(b, l, q);
            return q;
          });
    for (StringRef n : {"ts.aten.floor_divide", "ts.aten.floor_divide.Scalar"})
      add(n, {0, 1},
          [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
             Operation *) -> Value {
            if (!isFloat(t))
              return arith::FloorDivSIOp::create(b, l, a[0], a[1]);
            return math::FloorOp::create(
                b, l, arith::DivFOp::create(b, l, a[0], a[1]));
          });
    for (StringRef n : {"ts.aten.remainder.Tensor", "ts.aten.remainder.Scalar",
                        "ts.aten.remainder.Scalar_Tensor"})
      add(n, {0, 1},
          [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
             Operation *) -> Value {
            return createPythonMod(b, l, a[0], a[1]);
          });
    for (StringRef n : {"ts.aten.pow.Tensor_Tensor", "ts.aten.pow.Tensor_Scalar",
                        "ts.aten.pow.Scalar"})
      add(n, {0, 1},
          [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
             Operation *) -> Value {
            if (isFloat(t))
              return math::PowFOp::create(b, l, a[0], a[1]);
            return math::IPowIOp::create(b, l, a[0], a[1]);
          });
    // maximum/minimum, and max/min of two tensors (the same op): NaN
    // propagates, uint8 and bool compare unsigned.
    auto minMax = [](bool isMax) -> BodyFn {
      return [isMax](OpBuilder &b, Location l, ArrayRef<Value> a, Type,
                     Operation *op) -> Value {
        return createMax(b, l, a[0], a[1],
                         isUnsignedTensor(op->getResult(0).getType()) ||
                             a[0].getType().isInteger(1),
                         isMax);
      };
    };
    for (StringRef n : {"ts.aten.maximum", "ts.aten.max.other"})
      add(n, {0, 1}, minMax(true));
    for (StringRef n : {"ts.aten.minimum", "ts.aten.min.other"})
      add(n, {0, 1}, minMax(false));
    add("ts.aten.neg", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          if (isFloat(t))
            return arith::NegFOp::create(b, l, a[0]);
          Value zero = arith::ConstantIntOp::create(b, l, t, 0);
          return arith::SubIOp::create(b, l, zero, a[0]);
        });
    add("ts.aten.abs", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          if (isFloat(t))
            return math::AbsFOp::create(b, l, a[0]);
          return math::AbsIOp::create(b, l, a[0]);
        });
    add("ts.aten.exp", {0}, floatUnary<math::ExpOp>());
    add("ts.aten.log", {0}, floatUnary<math::LogOp>());
    add("ts.aten.sqrt", {0}, floatUnary<math::SqrtOp>());
    add("ts.aten.rsqrt", {0}, floatUnary<math::RsqrtOp>());
    add("ts.aten.tanh", {0}, floatUnary<math::TanhOp>());
    add("ts.aten.sin", {0}, floatUnary<math::SinOp>());
    add("ts.aten.cos", {0}, floatUnary<math::CosOp>());
    add("ts.aten.erf", {0}, floatUnary<math::ErfOp>());
    add("ts.aten.floor", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          return isFloat(t) ? Value(math::FloorOp::create(b, l, a[0])) : a[0];
        });
    add("ts.aten.ceil", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          return isFloat(t) ? Value(math::CeilOp::create(b, l, a[0])) : a[0];
        });
    add("ts.aten.round", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          // torch.round rounds half to even.
          return isFloat(t) ? Value(math::RoundEvenOp::create(b, l, a[0]))
                            : a[0];
        });
    add("ts.aten.reciprocal", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          return arith::DivFOp::create(b, l, createConstant(b, l, t, 1.0),
                                       a[0]);
        });
    add("ts.aten.sign", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          Value zero = createConstant(b, l, t, 0.0);
          Value one = createConstant(b, l, t, 1.0);
          Value minusOne = createConstant(b, l, t, -1.0);
          Value pos, neg;
          if (isFloat(t)) {
            pos = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OGT, a[0],
                                        zero);
            neg = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OLT, a[0],
                                        zero);
          } else {
            pos = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sgt, a[0],
                                        zero);
            neg = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, a[0],
                                        zero);
          }
          Value r = arith::SelectOp::create(b, l, neg, minusOne, zero);
          return arith::SelectOp::create(b, l, pos, one, r);
        });
    add("ts.aten.sigmoid", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type,
           Operation *) -> Value { return sigmoid(b, l, a[0]); });
    add("ts.aten.silu", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type,
           Operation *) -> Value {
          return arith::MulFOp::create(b, l, a[0], sigmoid(b, l, a[0]));
        });
    add("ts.aten.relu", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          Value zero = createConstant(b, l, t, 0.0);
          if (isFloat(t))
            return arith::MaximumFOp::create(b, l, a[0], zero);
          return arith::MaxSIOp::create(b, l, a[0], zero);
        });
    add("ts.aten.gelu", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *op) -> Value {
          Value x = a[0];
          Value half = createConstant(b, l, t, 0.5);
          Value one = createConstant(b, l, t, 1.0);
          std::optional<StringRef> approx = getConstantStr(op->getOperand(1));
          Value inner;
          if (approx && *approx == "tanh") {
            // 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))
            Value c = createConstant(b, l, t, std::sqrt(2.0 / M_PI));
            Value k = createConstant(b, l, t, 0.044715);
            Value x3 = arith::MulFOp::create(
                b, l, x, arith::MulFOp::create(b, l, x, x));
            Value s = arith::AddFOp::create(b, l, x,
                                            arith::MulFOp::create(b, l, k, x3));
            inner = math::TanhOp::create(b, l,
                                         arith::MulFOp::create(b, l, c, s));
          } else {
            // 0.5 x (1 + erf(x / sqrt(2)))
            Value rsqrt2 = createConstant(b, l, t, M_SQRT1_2);
            inner = math::ErfOp::create(b, l,
                                        arith::MulFOp::create(b, l, x, rsqrt2));
          }
          Value r = arith::AddFOp::create(b, l, one, inner);
          return arith::MulFOp::create(b, l, arith::MulFOp::create(b, l, half, x),
                                       r);
        });
    // clamp(self, min?, max?): a None bound is no bound.
    auto clamp = [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
                    Operation *) -> Value {
      Value v = a[0];
      if (a.size() > 1 && a[1])
        v = isFloat(t) ? Value(arith::MaximumFOp::create(b, l, v, a[1]))
                       : Value(arith::MaxSIOp::create(b, l, v, a[1]));
      if (a.size() > 2 && a[2])
        v = isFloat(t) ? Value(arith::MinimumFOp::create(b, l, v, a[2]))
                       : Value(arith::MinSIOp::create(b, l, v, a[2]));
      return v;
    };
    add("ts.aten.clamp", {0, 1, 2}, clamp);
    add("ts.aten.clamp.Tensor", {0, 1, 2}, clamp);
    add("ts.aten.clamp_min", {0, 1}, clamp);
    add("ts.aten.clamp_max", {0, 1},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          return isFloat(t) ? Value(arith::MinimumFOp::create(b, l, a[0], a[1]))
                            : Value(arith::MinSIOp::create(b, l, a[0], a[1]));
        });
    for (StringRef n : {"ts.aten.eq.Tensor", "ts.aten.eq.Scalar"})
      add(n, {0, 1},
          compare(arith::CmpFPredicate::OEQ, arith::CmpIPredicate::eq), true);
    for (StringRef n : {"ts.aten.ne.Tensor", "ts.aten.ne.Scalar"})
      add(n, {0, 1},
          compare(arith::CmpFPredicate::UNE, arith::CmpIPredicate::ne), true);
    for (StringRef n : {"ts.aten.lt.Tensor", "ts.aten.lt.Scalar"})
      add(n, {0, 1},
          compare(arith::CmpFPredicate::OLT, arith::CmpIPredicate::slt), true);
    for (StringRef n : {"ts.aten.le.Tensor", "ts.aten.le.Scalar"})
      add(n, {0, 1},
          compare(arith::CmpFPredicate::OLE, arith::CmpIPredicate::sle), true);
    for (StringRef n : {"ts.aten.gt.Tensor", "ts.aten.gt.Scalar"})
      add(n, {0, 1},
          compare(arith::CmpFPredicate::OGT, arith::CmpIPredicate::sgt), true);
    for (StringRef n : {"ts.aten.ge.Tensor", "ts.aten.ge.Scalar"})
      add(n, {0, 1},
          compare(arith::CmpFPredicate::OGE, arith::CmpIPredicate::sge), true);
    // Logical ops look at truth values: compute in bool.
    auto logical = [](auto combine) -> BodyFn {
      return [combine](OpBuilder &b, Location l, ArrayRef<Value> a, Type,
                       Operation *) -> Value { return combine(b, l, a); };
    };
    s["ts.aten.logical_not"] = ElementwiseSpec{
        {0}, false, false,
        logical([](OpBuilder &b, Location l, ArrayRef<Value> a) -> Value {
          Value v = castScalar(b, l, a[0], b.getI1Type());
          return arith::XOrIOp::create(
              b, l, v, arith::ConstantIntOp::create(b, l, b.getI1Type(), 1));
        })};
    s["ts.aten.logical_and"] = ElementwiseSpec{
        {0, 1}, false, false,
        logical([](OpBuilder &b, Location l, ArrayRef<Value> a) -> Value {
          return arith::AndIOp::create(b, l,
                                       castScalar(b, l, a[0], b.getI1Type()),
                                       castScalar(b, l, a[1], b.getI1Type()));
        })};
    s["ts.aten.logical_or"] = ElementwiseSpec{
        {0, 1}, false, false,
        logical([](OpBuilder &b, Location l, ArrayRef<Value> a) -> Value {
          return arith::OrIOp::create(b, l,
                                      castScalar(b, l, a[0], b.getI1Type()),
                                      castScalar(b, l, a[1], b.getI1Type()));
        })};
    add("ts.aten.bitwise_not", {0},
        [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
           Operation *) -> Value {
          Value ones = arith::ConstantIntOp::create(b, l, t, -1);
          return arith::XOrIOp::create(b, l, a[0], ones);
        });
    // where(cond, a, b): the condition is read as bool, the rest cast.
    for (StringRef n : {"ts.aten.where.self", "ts.aten.where.ScalarSelf",
                        "ts.aten.where.ScalarOther", "ts.aten.where.Scalar"})
      s[n] = ElementwiseSpec{
          {0, 1, 2}, false, false,
          [](OpBuilder &b, Location l, ArrayRef<Value> a, Type t,
             Operation *) -> Value {
            Value c = castScalar(b, l, a[0], b.getI1Type());
            return arith::SelectOp::create(b, l, c, castScalar(b, l, a[1], t),
                                           castScalar(b, l, a[2], t));
          }};
    // Dtype conversions and copies: the cast to the result type is the op.
    auto identity = [](OpBuilder &, Location, ArrayRef<Value> a, Type,
                       Operation *) -> Value { return a[0]; };
    for (StringRef n : {"ts.aten.to.dtype", "ts.aten.to.prim_Device",
                        "ts.aten.contiguous", "ts.aten.clone",
                        "ts.aten.detach"})
      s[n] = ElementwiseSpec{{0}, false, false, identity};
    return s;
  }();
  return specs;
}

struct ElementwiseLowering : public ConversionPattern {
  ElementwiseLowering(const TypeConverter &converter, MLIRContext *ctx)
      : ConversionPattern(converter, MatchAnyOpTypeTag(), /*benefit=*/1, ctx) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    auto it = getSpecs().find(op->getName().getStringRef());
    if (it == getSpecs().end() || op->getNumResults() != 1)
      return failure();
    const ElementwiseSpec &spec = it->second;
    Location loc = op->getLoc();
    RankedTensorType resultType =
        getRankedType(getTypeConverter(), op->getResult(0).getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "result rank/dtype unknown");
    int64_t rank = resultType.getRank();

    // Classify the operands.
    SmallVector<Value> tensorInputs;
    SmallVector<int> tensorIndex(op->getNumOperands(), -1);
    SmallVector<Type> promoteFrom;
    for (unsigned i : spec.inputs) {
      if (i >= op->getNumOperands())
        continue;
      Value orig = op->getOperand(i), conv = operands[i];
      if (isNoneValue(orig))
        continue;
      if (isa<ts::TensorType>(orig.getType())) {
        auto rt = dyn_cast<RankedTensorType>(conv.getType());
        if (!rt || rt.getRank() > rank)
          return rewriter.notifyMatchFailure(op, "operand rank unknown");
        tensorIndex[i] = tensorInputs.size();
        tensorInputs.push_back(conv);
      } else if (!conv.getType().isIntOrFloat()) {
        return rewriter.notifyMatchFailure(op, "operand not converted");
      }
      // alpha does not take part in type promotion.
      if (!(i == 2 && spec.inputs.size() == 3 &&
            op->getName().getStringRef().contains("add")) &&
          !(i == 2 && op->getName().getStringRef().contains("sub")))
        promoteFrom.push_back(orig.getType());
    }
    Type computeType = resultType.getElementType();
    if (spec.computeInPromotedType) {
      computeType = promoteDtypes(getContext(), promoteFrom);
      if (!computeType)
        return rewriter.notifyMatchFailure(op, "cannot promote operands");
    }

    // Result sizes (with run-time checks of dynamic sizes) and broadcasting
    // maps.
    SmallVector<Value> dynSizes =
        getBroadcastSizes(rewriter, loc, resultType, tensorInputs,
                          ts::getTorchScriptOpName(op));
    SmallVector<AffineMap> maps;
    for (Value t : tensorInputs)
      maps.push_back(
          getBroadcastMap(cast<RankedTensorType>(t.getType()), resultType));
    maps.push_back(rewriter.getMultiDimIdentityMap(rank));
    SmallVector<utils::IteratorType> iters(rank, utils::IteratorType::parallel);
    Value init = createEmpty(rewriter, loc, resultType, dynSizes);

    SmallVector<bool> unsignedIn(op->getNumOperands(), false);
    for (unsigned i = 0; i < op->getNumOperands(); ++i)
      unsignedIn[i] = isUnsignedTensor(op->getOperand(i).getType());
    Type resultElt = resultType.getElementType();
    bool resultUnsigned = isUnsignedTensor(op->getResult(0).getType());
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, tensorInputs, ValueRange{init},
        maps, iters, [&](OpBuilder &b, Location l, ValueRange args) {
          SmallVector<Value> vals(op->getNumOperands());
          for (unsigned i = 0; i < op->getNumOperands(); ++i) {
            Value v;
            if (tensorIndex[i] >= 0)
              v = args[tensorIndex[i]];
            else if (llvm::is_contained(spec.inputs, i) &&
                     !isNoneValue(op->getOperand(i)))
              v = operands[i];
            if (v && spec.castInputs &&
                v.getType().isIntOrFloat())
              v = castScalar(b, l, v, computeType, unsignedIn[i]);
            vals[i] = v;
          }
          Value r = spec.body(b, l, vals, computeType, op);
          r = castScalar(b, l, r, resultElt,
                         resultUnsigned && r.getType() == resultElt);
          linalg::YieldOp::create(b, l, r);
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

} // namespace

void tsc::populateElementwisePatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns) {
  patterns.add<ElementwiseLowering>(converter, patterns.getContext());
}
