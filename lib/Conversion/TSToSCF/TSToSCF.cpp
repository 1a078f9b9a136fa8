//===- TSToSCF.cpp - ts control flow and signatures to scf/func -----------===//

#include "tsc/Conversion/Passes.h"
#include "tsc/Conversion/TSTypeConverter.h"
#include "ts/TSOps.h"

#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Transforms/DialectConversion.h"

namespace tsc {
#define GEN_PASS_DEF_CONVERTTSTOSCF
#include "tsc/Conversion/Passes.h.inc"
} // namespace tsc

using namespace mlir;
using namespace tsc;

namespace {

/// ts.if -> scf.if; the ts.yield terminators are rewritten by YieldLowering.
struct IfLowering : public OpConversionPattern<ts::IfOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::IfOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> types;
    if (failed(getTypeConverter()->convertTypes(op.getResultTypes(), types)))
      return rewriter.notifyMatchFailure(op, "unconvertible result types");
    auto ifOp = scf::IfOp::create(rewriter, op.getLoc(), types,
                                  adaptor.getCondition(),
                                  /*withElseRegion=*/true);
    // scf.if builds empty blocks we replace with the ts regions.
    rewriter.eraseBlock(&ifOp.getThenRegion().front());
    rewriter.eraseBlock(&ifOp.getElseRegion().front());
    rewriter.inlineRegionBefore(op.getThenRegion(), ifOp.getThenRegion(),
                                ifOp.getThenRegion().end());
    rewriter.inlineRegionBefore(op.getElseRegion(), ifOp.getElseRegion(),
                                ifOp.getElseRegion().end());
    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }
};

/// ts.loop -> scf.while carrying (iteration, values); the condition checks
/// both the trip count and the loop's own condition:
///   scf.while (%i = 0, %c = cond0, %v = init) {
///     scf.condition(%i < n && %c) %i, %v
///   } do { ^bb(%i, %v): body...; scf.yield %i + 1, %c', %v' }
struct LoopLowering : public OpConversionPattern<ts::LoopOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::LoopOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    SmallVector<Type> types;
    if (failed(getTypeConverter()->convertTypes(op.getResultTypes(), types)))
      return rewriter.notifyMatchFailure(op, "unconvertible carried types");
    Type i64 = rewriter.getI64Type(), i1 = rewriter.getI1Type();
    Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    SmallVector<Value> inits{zero, adaptor.getInitialCondition()};
    llvm::append_range(inits, adaptor.getIterArgs());
    SmallVector<Type> beforeTypes{i64, i1};
    llvm::append_range(beforeTypes, types);
    SmallVector<Type> afterTypes{i64};
    llvm::append_range(afterTypes, types);

    auto whileOp =
        scf::WhileOp::create(rewriter, loc, afterTypes, inits);
    SmallVector<Location> beforeLocs(beforeTypes.size(), loc);
    Block *before = rewriter.createBlock(&whileOp.getBefore(), {},
                                         beforeTypes, beforeLocs);
    {
      OpBuilder::InsertionGuard g(rewriter);
      rewriter.setInsertionPointToEnd(before);
      Value inRange =
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt,
                                before->getArgument(0),
                                adaptor.getMaxTripCount());
      Value go = arith::AndIOp::create(rewriter, loc, inRange,
                                       before->getArgument(1));
      SmallVector<Value> forwarded{before->getArgument(0)};
      llvm::append_range(forwarded, before->getArguments().drop_front(2));
      scf::ConditionOp::create(rewriter, loc, go, forwarded);
    }
    // The body becomes the after region; its block arguments are already
    // (iteration, carried...).
    Region &after = whileOp.getAfter();
    rewriter.inlineRegionBefore(op.getBody(), after, after.end());
    TypeConverter::SignatureConversion sig(afterTypes.size());
    for (auto [i, t] : llvm::enumerate(afterTypes))
      sig.addInputs(i, t);
    if (!rewriter.applySignatureConversion(&after.front(), sig,
                                           getTypeConverter()))
      return failure();
    rewriter.replaceOp(op, whileOp.getResults().drop_front());
    return success();
  }
};

/// ts.yield -> scf.yield, once its parent has been lowered.
struct YieldLowering : public OpConversionPattern<ts::YieldOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::YieldOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Operation *parent = op->getParentOp();
    if (isa<scf::IfOp>(parent)) {
      rewriter.replaceOpWithNewOp<scf::YieldOp>(op, adaptor.getValues());
      return success();
    }
    if (auto whileOp = dyn_cast<scf::WhileOp>(parent)) {
      Location loc = op.getLoc();
      Value iter = op->getBlock()->getArgument(0);
      Value one = arith::ConstantIntOp::create(rewriter, loc,
                                               rewriter.getI64Type(), 1);
      Value next = arith::AddIOp::create(rewriter, loc, iter, one);
      SmallVector<Value> vals{next};
      llvm::append_range(vals, adaptor.getValues());
      rewriter.replaceOpWithNewOp<scf::YieldOp>(op, vals);
      return success();
    }
    return rewriter.notifyMatchFailure(op, "parent not lowered yet");
  }
};

/// A fusion group is only a grouping: its ops are inlined where it stands
/// (linalg elementwise fusion then merges their loops).
struct FusionGroupLowering : public OpConversionPattern<ts::FusionGroupOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::FusionGroupOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Block *body = &op.getBody().front();
    auto yield = cast<ts::YieldOp>(body->getTerminator());
    SmallVector<Value> results(yield.getValues());
    rewriter.inlineBlockBefore(body, op, op.getInputs());
    rewriter.eraseOp(yield);
    rewriter.replaceOp(op, results);
    return success();
  }
};

/// Casts that only change static knowledge.
struct TensorCastLowering : public OpConversionPattern<ts::TensorCastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::TensorCastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type t = getTypeConverter()->convertType(op.getType());
    if (!isa_and_present<RankedTensorType>(t) ||
        !isa<RankedTensorType>(adaptor.getOperand().getType()))
      return rewriter.notifyMatchFailure(op, "unranked");
    if (t == adaptor.getOperand().getType())
      rewriter.replaceOp(op, adaptor.getOperand());
    else
      rewriter.replaceOpWithNewOp<tensor::CastOp>(op, t, adaptor.getOperand());
    return success();
  }
};

/// A placeholder on a path that never reads it.
struct UninitializedLowering
    : public OpConversionPattern<ts::UninitializedOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::UninitializedOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type t = getTypeConverter()->convertType(op.getType());
    Location loc = op.getLoc();
    if (auto it = dyn_cast_if_present<IntegerType>(t)) {
      rewriter.replaceOpWithNewOp<arith::ConstantIntOp>(op, it, 0);
      return success();
    }
    if (auto ft = dyn_cast_if_present<mlir::FloatType>(t)) {
      rewriter.replaceOpWithNewOp<arith::ConstantOp>(
          op, ft, rewriter.getFloatAttr(ft, 0.0));
      return success();
    }
    if (auto rt = dyn_cast_if_present<RankedTensorType>(t)) {
      // Dynamic sizes are irrelevant: the value is never read.
      SmallVector<int64_t> shape;
      for (int64_t s : rt.getShape())
        shape.push_back(ShapedType::isDynamic(s) ? 0 : s);
      Value empty = tensor::EmptyOp::create(rewriter, loc, shape,
                                            rt.getElementType());
      rewriter.replaceOpWithNewOp<tensor::CastOp>(op, rt, empty);
      return success();
    }
    return rewriter.notifyMatchFailure(op, "unsupported type");
  }
};

struct ConvertTSToSCFPass
    : public tsc::impl::ConvertTSToSCFBase<ConvertTSToSCFPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    TSTypeConverter converter(ctx);
    ConversionTarget target(*ctx);
    configureTSConversionTarget(target);
    target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
      return converter.isSignatureLegal(op.getFunctionType()) &&
             converter.isLegal(&op.getBody());
    });
    target.addDynamicallyLegalOp<func::ReturnOp, func::CallOp>(
        [&](Operation *op) { return converter.isLegal(op); });
    RewritePatternSet patterns(ctx);
    patterns.add<IfLowering, LoopLowering, YieldLowering, TensorCastLowering,
                 UninitializedLowering, FusionGroupLowering>(converter, ctx);
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(patterns,
                                                                   converter);
    populateCallOpTypeConversionPattern(patterns, converter);
    populateReturnOpTypeConversionPattern(patterns, converter);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
