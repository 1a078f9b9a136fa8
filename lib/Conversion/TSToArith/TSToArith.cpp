//===- TSToArith.cpp - ts scalars to arith and math -----------------------===//
//
// TorchScript's int is a wrapping int64, its float a double, and its
// operators follow Python: floor division and modulo round toward negative
// infinity and take the sign of the divisor, and dividing by zero raises.
//
//===----------------------------------------------------------------------===//

#include "tsc/Conversion/Passes.h"
#include "tsc/Conversion/Runtime.h"
#include "tsc/Conversion/ScalarOps.h"
#include "tsc/Conversion/TSTypeConverter.h"
#include "ts/TSOps.h"

#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/StringMap.h"

namespace tsc {
#define GEN_PASS_DEF_CONVERTTSTOARITH
#include "tsc/Conversion/Passes.h.inc"
} // namespace tsc

using namespace mlir;
using namespace tsc;

namespace {

using ScalarFn = std::function<Value(OpBuilder &, Location, ValueRange)>;

Value toF64(OpBuilder &b, Location loc, Value v) {
  if (isa<mlir::FloatType>(v.getType()))
    return v;
  if (v.getType().isInteger(1))
    return arith::UIToFPOp::create(b, loc, b.getF64Type(), v);
  return arith::SIToFPOp::create(b, loc, b.getF64Type(), v);
}

/// Python's `a // b` and `a % b` on ints: b == 0 raises.
Value checkNonZero(OpBuilder &b, Location loc, Value divisor) {
  Value zero = arith::ConstantIntOp::create(b, loc, b.getI64Type(), 0);
  Value isZero =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, divisor, zero);
  emitRuntimeRaiseIf(b, loc, isZero,
                     "ZeroDivisionError: integer division or modulo by zero");
  return divisor;
}

template <typename IntOp, typename FloatOp>
void addArithmetic(llvm::StringMap<ScalarFn> &t, StringRef name) {
  t[("ts.aten." + name + ".int").str()] = [](OpBuilder &b, Location l,
                                             ValueRange v) -> Value {
    return IntOp::create(b, l, v[0], v[1]);
  };
  ScalarFn f = [](OpBuilder &b, Location l, ValueRange v) -> Value {
    return FloatOp::create(b, l, toF64(b, l, v[0]), toF64(b, l, v[1]));
  };
  for (StringRef suffix : {".float", ".int_float", ".float_int"})
    t[("ts.aten." + name + suffix).str()] = f;
}

void addComparison(llvm::StringMap<ScalarFn> &t, StringRef name,
                   arith::CmpIPredicate ip, arith::CmpFPredicate fp) {
  t[("ts.aten." + name + ".int").str()] = [ip](OpBuilder &b, Location l,
                                               ValueRange v) -> Value {
    return arith::CmpIOp::create(b, l, ip, v[0], v[1]);
  };
  ScalarFn f = [fp](OpBuilder &b, Location l, ValueRange v) -> Value {
    return arith::CmpFOp::create(b, l, fp, toF64(b, l, v[0]),
                                 toF64(b, l, v[1]));
  };
  for (StringRef suffix : {".float", ".int_float", ".float_int"})
    t[("ts.aten." + name + suffix).str()] = f;
}

/// The ops on numbers (ATen's Scalar) once ts-refine-types has decided what
/// each operand holds: int with int computes on ints, anything else on
/// floats, as TorchScript's Scalar arithmetic does.
template <typename IntOp, typename FloatOp> ScalarFn numberArithmetic() {
  return [](OpBuilder &b, Location l, ValueRange v) -> Value {
    if (v[0].getType().isInteger(64) && v[1].getType().isInteger(64))
      return IntOp::create(b, l, v[0], v[1]);
    return FloatOp::create(b, l, toF64(b, l, v[0]), toF64(b, l, v[1]));
  };
}

ScalarFn numberComparison(arith::CmpIPredicate ip, arith::CmpFPredicate fp) {
  return [ip, fp](OpBuilder &b, Location l, ValueRange v) -> Value {
    if (v[0].getType().isInteger(64) && v[1].getType().isInteger(64))
      return arith::CmpIOp::create(b, l, ip, v[0], v[1]);
    return arith::CmpFOp::create(b, l, fp, toF64(b, l, v[0]),
                                 toF64(b, l, v[1]));
  };
}

template <typename MathOp>
ScalarFn unaryMath() {
  return [](OpBuilder &b, Location l, ValueRange v) -> Value {
    return MathOp::create(b, l, toF64(b, l, v[0]));
  };
}

const llvm::StringMap<ScalarFn> &getScalarTable() {
  static const llvm::StringMap<ScalarFn> table = [] {
    llvm::StringMap<ScalarFn> t;
    addArithmetic<arith::AddIOp, arith::AddFOp>(t, "add");
    addArithmetic<arith::SubIOp, arith::SubFOp>(t, "sub");
    addArithmetic<arith::MulIOp, arith::MulFOp>(t, "mul");
    addComparison(t, "eq", arith::CmpIPredicate::eq, arith::CmpFPredicate::OEQ);
    addComparison(t, "ne", arith::CmpIPredicate::ne, arith::CmpFPredicate::UNE);
    addComparison(t, "lt", arith::CmpIPredicate::slt, arith::CmpFPredicate::OLT);
    addComparison(t, "le", arith::CmpIPredicate::sle, arith::CmpFPredicate::OLE);
    addComparison(t, "gt", arith::CmpIPredicate::sgt, arith::CmpFPredicate::OGT);
    addComparison(t, "ge", arith::CmpIPredicate::sge, arith::CmpFPredicate::OGE);
    t["ts.aten.add"] = numberArithmetic<arith::AddIOp, arith::AddFOp>();
    t["ts.aten.sub"] = numberArithmetic<arith::SubIOp, arith::SubFOp>();
    t["ts.aten.mul"] = numberArithmetic<arith::MulIOp, arith::MulFOp>();
    t["ts.aten.eq"] =
        numberComparison(arith::CmpIPredicate::eq, arith::CmpFPredicate::OEQ);
    t["ts.aten.ne"] =
        numberComparison(arith::CmpIPredicate::ne, arith::CmpFPredicate::UNE);
    t["ts.aten.lt"] =
        numberComparison(arith::CmpIPredicate::slt, arith::CmpFPredicate::OLT);
    t["ts.aten.le"] =
        numberComparison(arith::CmpIPredicate::sle, arith::CmpFPredicate::OLE);
    t["ts.aten.gt"] =
        numberComparison(arith::CmpIPredicate::sgt, arith::CmpFPredicate::OGT);
    t["ts.aten.ge"] =
        numberComparison(arith::CmpIPredicate::sge, arith::CmpFPredicate::OGE);
    t["ts.aten.eq.bool"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, v[0], v[1]);
    };
    t["ts.aten.ne.bool"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return arith::CmpIOp::create(b, l, arith::CmpIPredicate::ne, v[0], v[1]);
    };
    // True division always gives a float; by zero it raises.
    ScalarFn div = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      Value x = toF64(b, l, v[0]), y = toF64(b, l, v[1]);
      Value zero = arith::ConstantOp::create(b, l, b.getF64FloatAttr(0.0));
      Value isZero =
          arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, y, zero);
      emitRuntimeRaiseIf(b, l, isZero, "ZeroDivisionError: division by zero");
      return arith::DivFOp::create(b, l, x, y);
    };
    t["ts.aten.div.int"] = div;
    t["ts.aten.div.float"] = div;
    t["ts.aten.div"] = div; // (Scalar, Scalar): int / float and float / int
    t["ts.aten.floordiv.int"] = [](OpBuilder &b, Location l,
                                   ValueRange v) -> Value {
      return arith::FloorDivSIOp::create(b, l, v[0], checkNonZero(b, l, v[1]));
    };
    ScalarFn floordivF = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      Value q = arith::DivFOp::create(b, l, toF64(b, l, v[0]),
                                      toF64(b, l, v[1]));
      return math::FloorOp::create(b, l, q);
    };
    for (StringRef n : {"ts.aten.floordiv.float", "ts.aten.floordiv.int_float",
                        "ts.aten.floordiv.float_int"})
      t[n] = floordivF;
    t["ts.aten.remainder.int"] = [](OpBuilder &b, Location l,
                                    ValueRange v) -> Value {
      return createPythonMod(b, l, v[0], checkNonZero(b, l, v[1]));
    };
    ScalarFn remF = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return createPythonMod(b, l, toF64(b, l, v[0]), toF64(b, l, v[1]));
    };
    for (StringRef n :
         {"ts.aten.remainder.float", "ts.aten.remainder.int_float",
          "ts.aten.remainder.float_int"})
      t[n] = remF;
    ScalarFn powF = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return math::PowFOp::create(b, l, toF64(b, l, v[0]), toF64(b, l, v[1]));
    };
    for (StringRef n : {"ts.aten.pow.int", "ts.aten.pow.float",
                        "ts.aten.pow.int_float", "ts.aten.pow.float_int"})
      t[n] = powF;
    t["ts.aten.pow.int_to_int"] = [](OpBuilder &b, Location l,
                                     ValueRange v) -> Value {
      return math::IPowIOp::create(b, l, v[0], v[1]);
    };
    t["ts.aten.neg.int"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      Value zero = arith::ConstantIntOp::create(b, l, b.getI64Type(), 0);
      return arith::SubIOp::create(b, l, zero, v[0]);
    };
    t["ts.aten.neg.float"] = [](OpBuilder &b, Location l,
                                ValueRange v) -> Value {
      return arith::NegFOp::create(b, l, v[0]);
    };
    t["ts.aten.neg.Scalar"] = [](OpBuilder &b, Location l,
                                 ValueRange v) -> Value {
      if (!v[0].getType().isInteger(64))
        return arith::NegFOp::create(b, l, toF64(b, l, v[0]));
      Value zero = arith::ConstantIntOp::create(b, l, b.getI64Type(), 0);
      return arith::SubIOp::create(b, l, zero, v[0]);
    };
    t["ts.aten.__not__"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      Value one = arith::ConstantIntOp::create(b, l, b.getI1Type(), 1);
      return arith::XOrIOp::create(b, l, v[0], one);
    };
    for (StringRef ty : {"bool", "int"}) {
      t[("ts.aten.__and__." + ty).str()] = [](OpBuilder &b, Location l,
                                              ValueRange v) -> Value {
        return arith::AndIOp::create(b, l, v[0], v[1]);
      };
      t[("ts.aten.__or__." + ty).str()] = [](OpBuilder &b, Location l,
                                             ValueRange v) -> Value {
        return arith::OrIOp::create(b, l, v[0], v[1]);
      };
      t[("ts.aten.__xor__." + ty).str()] = [](OpBuilder &b, Location l,
                                              ValueRange v) -> Value {
        return arith::XOrIOp::create(b, l, v[0], v[1]);
      };
    }
    t["ts.aten.__lshift__.int"] = [](OpBuilder &b, Location l,
                                     ValueRange v) -> Value {
      return arith::ShLIOp::create(b, l, v[0], v[1]);
    };
    t["ts.aten.__rshift__.int"] = [](OpBuilder &b, Location l,
                                     ValueRange v) -> Value {
      return arith::ShRSIOp::create(b, l, v[0], v[1]);
    };
    // Conversions.
    t["ts.aten.Int.float"] = [](OpBuilder &b, Location l,
                                ValueRange v) -> Value {
      return arith::FPToSIOp::create(b, l, b.getI64Type(), v[0]);
    };
    t["ts.aten.Int.bool"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return arith::ExtUIOp::create(b, l, b.getI64Type(), v[0]);
    };
    t["ts.aten.Float.int"] = [](OpBuilder &b, Location l,
                                ValueRange v) -> Value { return toF64(b, l, v[0]); };
    t["ts.aten.Float.bool"] = t["ts.aten.Float.int"];
    // int() and float() of a number, by what it holds.
    t["ts.aten.Int.Scalar"] = [](OpBuilder &b, Location l,
                                 ValueRange v) -> Value {
      Type t = v[0].getType();
      if (t.isInteger(64))
        return v[0];
      if (t.isInteger(1))
        return arith::ExtUIOp::create(b, l, b.getI64Type(), v[0]);
      return arith::FPToSIOp::create(b, l, b.getI64Type(), v[0]);
    };
    t["ts.aten.Float.Scalar"] = [](OpBuilder &b, Location l,
                                   ValueRange v) -> Value {
      return toF64(b, l, v[0]);
    };
    t["ts.aten.Bool.int"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      Value zero = arith::ConstantIntOp::create(b, l, b.getI64Type(), 0);
      return arith::CmpIOp::create(b, l, arith::CmpIPredicate::ne, v[0], zero);
    };
    t["ts.aten.Bool.float"] = [](OpBuilder &b, Location l,
                                 ValueRange v) -> Value {
      Value zero = arith::ConstantOp::create(b, l, b.getF64FloatAttr(0.0));
      return arith::CmpFOp::create(b, l, arith::CmpFPredicate::UNE, v[0], zero);
    };
    // Builtins.
    t["ts.prim.abs.int"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return math::AbsIOp::create(b, l, v[0]);
    };
    t["ts.prim.abs.float"] = [](OpBuilder &b, Location l,
                                ValueRange v) -> Value {
      return math::AbsFOp::create(b, l, v[0]);
    };
    t["ts.prim.min.int"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return arith::MinSIOp::create(b, l, v[0], v[1]);
    };
    t["ts.prim.max.int"] = [](OpBuilder &b, Location l, ValueRange v) -> Value {
      return arith::MaxSIOp::create(b, l, v[0], v[1]);
    };
    t["ts.prim.min.float"] = [](OpBuilder &b, Location l,
                                ValueRange v) -> Value {
      return arith::MinimumFOp::create(b, l, v[0], v[1]);
    };
    t["ts.prim.max.float"] = [](OpBuilder &b, Location l,
                                ValueRange v) -> Value {
      return arith::MaximumFOp::create(b, l, v[0], v[1]);
    };
    t["ts.aten.floor.float"] = [](OpBuilder &b, Location l,
                                  ValueRange v) -> Value {
      return arith::FPToSIOp::create(b, l, b.getI64Type(),
                                     math::FloorOp::create(b, l, v[0]));
    };
    t["ts.aten.ceil.float"] = [](OpBuilder &b, Location l,
                                 ValueRange v) -> Value {
      return arith::FPToSIOp::create(b, l, b.getI64Type(),
                                     math::CeilOp::create(b, l, v[0]));
    };
    t["ts.aten.sqrt.float"] = unaryMath<math::SqrtOp>();
    t["ts.aten.sqrt.int"] = unaryMath<math::SqrtOp>();
    t["ts.aten.exp.float"] = unaryMath<math::ExpOp>();
    t["ts.aten.log.float"] = unaryMath<math::LogOp>();
    t["ts.aten.tanh.float"] = unaryMath<math::TanhOp>();
    t["ts.aten.sin.float"] = unaryMath<math::SinOp>();
    t["ts.aten.cos.float"] = unaryMath<math::CosOp>();
    // range() loops.
    t["ts.aten.__derive_index"] = [](OpBuilder &b, Location l,
                                     ValueRange v) -> Value {
      Value scaled = arith::MulIOp::create(b, l, v[0], v[2]);
      return arith::AddIOp::create(b, l, v[1], scaled);
    };
    t["ts.aten.__range_length"] = [](OpBuilder &b, Location l,
                                     ValueRange v) -> Value {
      // step > 0: max(0, ceildiv(hi - lo, step)); step < 0: likewise with
      // signs flipped; step == 0 raises, as Python's range does.
      Value lo = v[0], hi = v[1], step = v[2];
      Type i64 = b.getI64Type();
      Value zero = arith::ConstantIntOp::create(b, l, i64, 0);
      Value isZero =
          arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, step, zero);
      emitRuntimeRaiseIf(b, l, isZero,
                         "ValueError: range() arg 3 must not be zero");
      Value diff = arith::SubIOp::create(b, l, hi, lo);
      Value n = arith::CeilDivSIOp::create(b, l, diff, step);
      return arith::MaxSIOp::create(b, l, n, zero);
    };
    return t;
  }();
  return table;
}

/// Any scalar ATen op in the table above.
struct ScalarOpLowering : public ConversionPattern {
  ScalarOpLowering(const TypeConverter &converter, MLIRContext *ctx)
      : ConversionPattern(converter, MatchAnyOpTypeTag(), /*benefit=*/1, ctx) {}
  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    auto it = getScalarTable().find(op->getName().getStringRef());
    if (it == getScalarTable().end() || op->getNumResults() != 1)
      return failure();
    for (Value v : operands)
      if (!v.getType().isIntOrFloat())
        return rewriter.notifyMatchFailure(op, "operand not converted");
    // A number result whose kind is unknown stays for ts-verify-lowered to
    // report.
    Type want = getTypeConverter()->convertType(op->getResult(0).getType());
    if (!want || !want.isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "result type not converted");
    Value r = it->second(rewriter, op->getLoc(), operands);
    if (!r || r.getType() != want)
      return rewriter.notifyMatchFailure(op, "unexpected result type");
    rewriter.replaceOp(op, r);
    return success();
  }
};

struct ConstantLowering : public OpConversionPattern<ts::ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type t = op.getType();
    Attribute v = op.getValue();
    if (auto b = dyn_cast<BoolAttr>(v)) {
      rewriter.replaceOpWithNewOp<arith::ConstantIntOp>(
          op, rewriter.getI1Type(), b.getValue() ? 1 : 0);
      return success();
    }
    if (isa<ts::IntType>(t) || isa<ts::FloatType>(t)) {
      rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, cast<TypedAttr>(v));
      return success();
    }
    if (auto tt = dyn_cast<ts::TensorType>(t)) {
      Type converted = getTypeConverter()->convertType(tt);
      auto elements = dyn_cast<DenseElementsAttr>(v);
      if (!converted || !elements)
        return failure();
      rewriter.replaceOpWithNewOp<arith::ConstantOp>(
          op, elements.reshape(cast<ShapedType>(converted)));
      return success();
    }
    return failure(); // None, str, device: read by their users
  }
};

struct RaiseLowering : public OpConversionPattern<ts::RaiseOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::RaiseOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string msg = op.getExceptionClass().str();
    if (auto c = op.getMessage().getDefiningOp<ts::ConstantOp>())
      if (auto s = dyn_cast<StringAttr>(c.getValue()); s && !s.empty())
        msg += ": " + s.str();
    emitRuntimeRaise(rewriter, op.getLoc(), msg);
    rewriter.eraseOp(op);
    return success();
  }
};

struct ConvertTSToArithPass
    : public tsc::impl::ConvertTSToArithBase<ConvertTSToArithPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    TSTypeConverter converter(ctx);
    ConversionTarget target(*ctx);
    configureTSConversionTarget(target);
    RewritePatternSet patterns(ctx);
    patterns.add<ScalarOpLowering>(converter, ctx);
    patterns.add<ConstantLowering, RaiseLowering>(converter, ctx);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
