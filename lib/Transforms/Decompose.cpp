//===- Decompose.cpp - Composite ATen ops into the ops they are made of ---===//
//
// Some ATen ops are compositions of others: lowering them as the ops they
// are made of reuses the elementwise and reduction lowerings, and lets the
// fusion pass put their pieces into one loop nest with their neighbours.
// Graphs at `--emit-stage=ts` still show the composite op, as PyTorch's do.
//
//===----------------------------------------------------------------------===//

#include "ts/TSOps.h"
#include "tsc/Transforms/Passes.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSDECOMPOSE
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {

/// Whether `v` is None, directly or as an Optional made from None.
bool isNone(Value v) {
  if (auto d = v.getDefiningOp<DerefineOp>())
    v = d.getOperand();
  return isa<NoneType>(v.getType());
}

/// The tensor inside an Optional[Tensor] that is known not to be None.
Value unwrap(PatternRewriter &rewriter, Location loc, Value v) {
  if (auto d = v.getDefiningOp<DerefineOp>())
    return d.getOperand();
  if (!isa<OptionalType>(v.getType()))
    return v;
  return UncheckedCastOp::create(rewriter, loc,
                                 TensorType::get(rewriter.getContext()), v);
}

/// Raises, as PyTorch does, unless the last dims of `x` are `shape` (the
/// checks fold away where the sizes are known).
void checkNormalizedShape(PatternRewriter &rewriter, Location loc, Value x,
                          ValueRange shape) {
  MLIRContext *ctx = rewriter.getContext();
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "Given normalized_shape=[";
  llvm::interleaveComma(shape, os, [&](Value v) {
    IntegerAttr attr;
    if (matchPattern(v, m_Constant(&attr)))
      os << attr.getInt();
    else
      os << "?";
  });
  os << "], expected input with shape [*";
  for (Value v : shape) {
    IntegerAttr attr;
    os << ", ";
    if (matchPattern(v, m_Constant(&attr)))
      os << attr.getInt();
    else
      os << "?";
  }
  os << "]";
  Value message = ConstantOp::createStr(rewriter, loc, text);
  int64_t n = shape.size();
  for (int64_t k = 0; k < n; ++k) {
    Value size =
        AtenSizeIntOp::create(rewriter, loc, IntType::get(ctx), x,
                              ConstantOp::createInt(rewriter, loc, k - n));
    Value bad =
        AtenNeIntOp::create(rewriter, loc, BoolType::get(ctx), size, shape[k]);
    auto ifOp = IfOp::create(rewriter, loc, TypeRange{}, bad);
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToEnd(
        rewriter.createBlock(&ifOp.getThenRegion()));
    RaiseOp::create(rewriter, loc, message,
                    rewriter.getStringAttr("RuntimeError"));
    YieldOp::create(rewriter, loc);
    rewriter.setInsertionPointToEnd(
        rewriter.createBlock(&ifOp.getElseRegion()));
    YieldOp::create(rewriter, loc);
  }
}

/// layer_norm(x, shape, w, b, eps) over the last len(shape) dims:
///   mu = mean(x, dims, keepdim); d = x - mu;
///   y = d * rsqrt(mean(d * d, dims, keepdim) + eps) [* w] [+ b]
/// (the biased variance, as PyTorch's kernel computes it).
struct DecomposeLayerNorm : public OpRewritePattern<AtenLayerNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AtenLayerNormOp op,
                                PatternRewriter &rewriter) const override {
    ListConstructOp shape = getImmutableListConstruct(op.getNormalizedShape());
    if (!shape || shape.getElements().empty())
      return rewriter.notifyMatchFailure(op, "normalized_shape not known");
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Type tensor = TensorType::get(ctx);
    Type intType = IntType::get(ctx);
    int64_t n = shape.getElements().size();
    SmallVector<Value> dims;
    for (int64_t k = -n; k < 0; ++k)
      dims.push_back(ConstantOp::createInt(rewriter, loc, k));
    // Optional operands take the list and None directly, as the frontend
    // passes them.
    Value optDims = ListConstructOp::create(rewriter, loc,
                                            ListType::get(ctx, intType), dims);
    Value keepdim = ConstantOp::createBool(rewriter, loc, true);
    Value noDtype = ConstantOp::createNone(rewriter, loc);
    Value one = ConstantOp::createInt(rewriter, loc, 1);
    auto mean = [&](Value v) {
      return AtenMeanDimOp::create(rewriter, loc, tensor, v, optDims, keepdim,
                                   noDtype)
          .getResult();
    };
    Value x = op.getInput();
    checkNormalizedShape(rewriter, loc, x, shape.getElements());
    Value d = AtenSubTensorOp::create(rewriter, loc, tensor, x, mean(x), one);
    Value var = mean(AtenMulTensorOp::create(rewriter, loc, tensor, d, d));
    Value shifted =
        AtenAddScalarOp::create(rewriter, loc, tensor, var, op.getEps(), one);
    Value y = AtenMulTensorOp::create(
        rewriter, loc, tensor, d,
        AtenRsqrtOp::create(rewriter, loc, tensor, shifted));
    if (!isNone(op.getWeight()))
      y = AtenMulTensorOp::create(rewriter, loc, tensor, y,
                                  unwrap(rewriter, loc, op.getWeight()));
    if (!isNone(op.getBias()))
      y = AtenAddTensorOp::create(rewriter, loc, tensor, y,
                                  unwrap(rewriter, loc, op.getBias()), one);
    if (y.getType() != op.getType())
      y = TensorCastOp::create(rewriter, loc, op.getType(), y);
    rewriter.replaceOp(op, y);
    return success();
  }
};

struct DecomposePass : public impl::TSDecomposeBase<DecomposePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<DecomposeLayerNorm>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
} // namespace tsc::ts
