//===- Linear.cpp - Matrix products to linalg -----------------------------===//
//
// mm, bmm, matmul and linear become linalg's named contractions (dot,
// matvec, vecmat, matmul, batch_matmul) wherever the operands allow, since
// later passes tile and vectorise those best. Matmul with broadcast batch
// dims becomes a linalg.generic, and so do products whose folded leading
// dims Debian's MLIR 22 could not expand back (see cannotExpand).
// Accumulators start from a linalg.fill of zero, or from the broadcast bias
// for linear, and integer products accumulate in the integer type, as
// PyTorch does.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Runtime.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {

Value createZeros(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                  Type elt) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, elt);
  Value zero = createConstant(b, loc, elt, 0.0);
  return linalg::FillOp::create(b, loc, TypeRange{empty.getType()},
                                ValueRange{zero}, ValueRange{empty})
      .getResult(0);
}

Value castTensor(OpBuilder &b, Location loc, Value v, RankedTensorType type) {
  if (v.getType() == type)
    return v;
  return tensor::CastOp::create(b, loc, type, v);
}

/// Checks that dim `da` of `a` and dim `db` of `b` agree: at compile time
/// when both are static (failure when not), else at run time.
LogicalResult checkSameSize(OpBuilder &b, Location loc, Value x, int64_t dx,
                            Value y, int64_t dy, StringRef message) {
  auto xt = cast<RankedTensorType>(x.getType());
  auto yt = cast<RankedTensorType>(y.getType());
  if (!xt.isDynamicDim(dx) && !yt.isDynamicDim(dy))
    return success(xt.getDimSize(dx) == yt.getDimSize(dy));
  Value bad = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                    getDimSize(b, loc, x, dx),
                                    getDimSize(b, loc, y, dy));
  emitRuntimeRaiseIf(b, loc, bad, message);
  return success();
}

constexpr StringLiteral kShapeError =
    "RuntimeError: mat1 and mat2 shapes cannot be multiplied";

/// Collapses dims [0, n) of `v` into one (nothing to do for n == 1).
Value collapseLeading(OpBuilder &b, Location loc, Value v, int64_t n) {
  int64_t rank = cast<RankedTensorType>(v.getType()).getRank();
  if (n == 1)
    return v;
  SmallVector<ReassociationIndices> groups;
  groups.push_back(llvm::to_vector(llvm::seq<int64_t>(0, n)));
  for (int64_t d = n; d < rank; ++d)
    groups.push_back({d});
  return tensor::CollapseShapeOp::create(b, loc, v, groups);
}

/// Expands dim 0 of `v` into `leading` dims (the inverse of
/// collapseLeading).
Value expandLeading(OpBuilder &b, Location loc, Value v,
                    ArrayRef<OpFoldResult> leading) {
  if (leading.size() == 1)
    return v;
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<OpFoldResult> outShape(leading);
  SmallVector<ReassociationIndices> groups;
  groups.push_back(llvm::to_vector(llvm::seq<int64_t>(0, leading.size())));
  for (int64_t d = 1; d < type.getRank(); ++d) {
    groups.push_back({static_cast<int64_t>(outShape.size())});
    outShape.push_back(tensor::getMixedSize(b, loc, v, d));
  }
  SmallVector<int64_t> staticShape;
  SmallVector<Value> dynamic;
  dispatchIndexOpFoldResults(outShape, dynamic, staticShape);
  auto resultType = RankedTensorType::get(staticShape, type.getElementType());
  return tensor::ExpandShapeOp::create(b, loc, resultType, v, groups, outShape);
}

/// Whether expanding one dim into `sizes` is beyond Debian's MLIR 22:
/// expand-strided-metadata crashes on a memref.expand_shape with two
/// dynamic sizes in one group (llvm/llvm-project#186830, fixed in LLVM 23),
/// so products whose folded rows would need that use a generic instead.
bool cannotExpand(ArrayRef<OpFoldResult> sizes) {
  return llvm::count_if(sizes, [](OpFoldResult s) { return isa<Value>(s); }) >
         1;
}

/// `init` + lhs * rhs summed over the last of `loops` loops, as a
/// linalg.generic; the other loops are the result's dims.
Value contractGeneric(OpBuilder &b, Location loc, Value lhs, AffineMap lhsMap,
                      Value rhs, AffineMap rhsMap, Value init) {
  unsigned loops = lhsMap.getNumDims();
  Type elt = cast<RankedTensorType>(init.getType()).getElementType();
  SmallVector<AffineExpr> outExprs;
  for (unsigned d = 0; d + 1 < loops; ++d)
    outExprs.push_back(b.getAffineDimExpr(d));
  SmallVector<AffineMap> maps{
      lhsMap, rhsMap, AffineMap::get(loops, 0, outExprs, b.getContext())};
  SmallVector<utils::IteratorType> iters(loops, utils::IteratorType::parallel);
  iters.back() = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, loc, TypeRange{init.getType()}, ValueRange{lhs, rhs},
             ValueRange{init}, maps, iters,
             [&](OpBuilder &bb, Location l, ValueRange args) {
               Value sum;
               if (isa<mlir::FloatType>(elt))
                 sum = arith::AddFOp::create(
                     bb, l, args[2],
                     arith::MulFOp::create(bb, l, args[0], args[1]));
               else
                 sum = arith::AddIOp::create(
                     bb, l, args[2],
                     arith::MulIOp::create(bb, l, args[0], args[1]));
               linalg::YieldOp::create(bb, l, sum);
             })
      .getResult(0);
}

/// The operand and result types shared by all products: ranked, of one
/// dtype that is a number (PyTorch rejects mixed dtypes and bools).
struct Operands {
  Value lhs, rhs;
  RankedTensorType lhsType, rhsType, resultType;
  Type elt;
};

FailureOr<Operands> getOperands(Operation *op, ValueRange operands,
                                const TypeConverter *converter) {
  Operands r;
  r.lhs = operands[0];
  r.rhs = operands[1];
  r.lhsType = dyn_cast<RankedTensorType>(r.lhs.getType());
  r.rhsType = dyn_cast<RankedTensorType>(r.rhs.getType());
  r.resultType = getRankedType(converter, op->getResult(0).getType());
  if (!r.lhsType || !r.rhsType || !r.resultType)
    return failure();
  r.elt = r.resultType.getElementType();
  if (r.lhsType.getElementType() != r.elt ||
      r.rhsType.getElementType() != r.elt || r.elt.isInteger(1))
    return failure();
  return r;
}

/// The result of a named contraction op `OpTy` accumulating into zeros of
/// the given sizes.
template <typename OpTy>
Value contract(OpBuilder &b, Location loc, Value lhs, Value rhs,
               ArrayRef<OpFoldResult> sizes, Type elt) {
  Value init = createZeros(b, loc, sizes, elt);
  return OpTy::create(b, loc, TypeRange{init.getType()}, ValueRange{lhs, rhs},
                      ValueRange{init})
      .getResult(0);
}

OpFoldResult sizeOf(OpBuilder &b, Location loc, Value v, int64_t d) {
  return tensor::getMixedSize(b, loc, v, d);
}

//===----------------------------------------------------------------------===//
// mm, bmm
//===----------------------------------------------------------------------===//

struct MmLowering : public OpConversionPattern<ts::AtenMmOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenMmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FailureOr<Operands> o =
        getOperands(op, adaptor.getOperands(), getTypeConverter());
    if (failed(o) || o->lhsType.getRank() != 2 || o->rhsType.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "unsupported operands");
    Location loc = op.getLoc();
    if (failed(checkSameSize(rewriter, loc, o->lhs, 1, o->rhs, 0, kShapeError)))
      return rewriter.notifyMatchFailure(op, "sizes cannot be multiplied");
    Value r = contract<linalg::MatmulOp>(
        rewriter, loc, o->lhs, o->rhs,
        {sizeOf(rewriter, loc, o->lhs, 0), sizeOf(rewriter, loc, o->rhs, 1)},
        o->elt);
    rewriter.replaceOp(op, castTensor(rewriter, loc, r, o->resultType));
    return success();
  }
};

struct BmmLowering : public OpConversionPattern<ts::AtenBmmOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenBmmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FailureOr<Operands> o =
        getOperands(op, adaptor.getOperands(), getTypeConverter());
    if (failed(o) || o->lhsType.getRank() != 3 || o->rhsType.getRank() != 3)
      return rewriter.notifyMatchFailure(op, "unsupported operands");
    Location loc = op.getLoc();
    if (failed(checkSameSize(rewriter, loc, o->lhs, 0, o->rhs, 0,
                             "RuntimeError: batch1 and batch2 must have the "
                             "same number of batches")) ||
        failed(checkSameSize(rewriter, loc, o->lhs, 2, o->rhs, 1, kShapeError)))
      return rewriter.notifyMatchFailure(op, "sizes cannot be multiplied");
    Value r = contract<linalg::BatchMatmulOp>(
        rewriter, loc, o->lhs, o->rhs,
        {sizeOf(rewriter, loc, o->lhs, 0), sizeOf(rewriter, loc, o->lhs, 1),
         sizeOf(rewriter, loc, o->rhs, 2)},
        o->elt);
    rewriter.replaceOp(op, castTensor(rewriter, loc, r, o->resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

/// torch.matmul: dot, matrix-vector, vector-matrix and matrix products for
/// ranks up to 2; above that, batched products whose batch dims broadcast.
/// A 1-D left operand acts as a row ([1, k]) and a 1-D right operand as a
/// column ([k, 1]), that size-1 dim being dropped from the result.
struct MatmulLowering : public OpConversionPattern<ts::AtenMatmulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenMatmulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FailureOr<Operands> o =
        getOperands(op, adaptor.getOperands(), getTypeConverter());
    if (failed(o))
      return rewriter.notifyMatchFailure(op, "unsupported operands");
    Location loc = op.getLoc();
    Value a = o->lhs, b = o->rhs;
    int64_t ra = o->lhsType.getRank(), rb = o->rhsType.getRank();
    if (ra == 0 || rb == 0)
      return rewriter.notifyMatchFailure(op, "0-d operand");
    // The contracted dims.
    int64_t ka = ra - 1, kb = rb == 1 ? 0 : rb - 2;
    if (failed(checkSameSize(rewriter, loc, a, ka, b, kb, kShapeError)))
      return rewriter.notifyMatchFailure(op, "sizes cannot be multiplied");
    Type elt = o->elt;
    auto s = [&](Value v, int64_t d) { return sizeOf(rewriter, loc, v, d); };

    Value r;
    if (ra == 1 && rb == 1) {
      r = contract<linalg::DotOp>(rewriter, loc, a, b, {}, elt);
    } else if (ra == 2 && rb == 1) {
      r = contract<linalg::MatvecOp>(rewriter, loc, a, b, {s(a, 0)}, elt);
    } else if (ra == 1 && rb == 2) {
      r = contract<linalg::VecmatOp>(rewriter, loc, a, b, {s(b, 1)}, elt);
    } else if (ra == 2 && rb == 2) {
      r = contract<linalg::MatmulOp>(rewriter, loc, a, b, {s(a, 0), s(b, 1)},
                                     elt);
    } else if (ra >= 3 && rb <= 2) {
      // The batch dims of `a` only: fold them into its rows, as PyTorch
      // does, and use one matrix product.
      SmallVector<OpFoldResult> leading;
      for (int64_t d = 0; d < ra - 1; ++d)
        leading.push_back(s(a, d));
      if (cannotExpand(leading)) {
        // Loops: a's leading dims, [b's columns,] k.
        MLIRContext *ctx = rewriter.getContext();
        unsigned loops = ra - 1 + (rb == 2) + 1;
        AffineExpr k = getAffineDimExpr(loops - 1, ctx);
        SmallVector<AffineExpr> aExprs;
        for (int64_t d = 0; d < ra - 1; ++d)
          aExprs.push_back(getAffineDimExpr(d, ctx));
        aExprs.push_back(k);
        SmallVector<AffineExpr> bExprs{k};
        SmallVector<OpFoldResult> outSizes(leading);
        if (rb == 2) {
          bExprs.push_back(getAffineDimExpr(ra - 1, ctx));
          outSizes.push_back(s(b, 1));
        }
        r = contractGeneric(rewriter, loc, a,
                            AffineMap::get(loops, 0, aExprs, ctx), b,
                            AffineMap::get(loops, 0, bExprs, ctx),
                            createZeros(rewriter, loc, outSizes, elt));
        rewriter.replaceOp(op, castTensor(rewriter, loc, r, o->resultType));
        return success();
      }
      Value rows = collapseLeading(rewriter, loc, a, ra - 1);
      if (rb == 1) {
        r = contract<linalg::MatvecOp>(rewriter, loc, rows, b, {s(rows, 0)},
                                       elt);
      } else {
        r = contract<linalg::MatmulOp>(rewriter, loc, rows, b,
                                       {s(rows, 0), s(b, 1)}, elt);
      }
      r = expandLeading(rewriter, loc, r, leading);
    } else {
      FailureOr<Value> batched = lowerBatched(rewriter, loc, op, a, b, *o);
      if (failed(batched))
        return rewriter.notifyMatchFailure(op, "unsupported batch dims");
      r = *batched;
    }
    rewriter.replaceOp(op, castTensor(rewriter, loc, r, o->resultType));
    return success();
  }

  /// `b` has batch dims (rank >= 3), `a` maybe not. The result is computed
  /// as [batch..., n, p] and a 1-D `a`'s row dim dropped at the end.
  FailureOr<Value> lowerBatched(ConversionPatternRewriter &rewriter,
                                Location loc, Operation *op, Value a, Value b,
                                const Operands &o) const {
    Type elt = o.elt;
    bool vectorLhs = o.lhsType.getRank() == 1;
    if (vectorLhs)
      a = tensor::ExpandShapeOp::create(
          rewriter, loc,
          RankedTensorType::get({1, o.lhsType.getDimSize(0)}, elt), a,
          ArrayRef<ReassociationIndices>{{0, 1}},
          ArrayRef<OpFoldResult>{rewriter.getIndexAttr(1),
                                 sizeOf(rewriter, loc, a, 0)});
    auto at = cast<RankedTensorType>(a.getType());
    auto bt = cast<RankedTensorType>(b.getType());
    int64_t nbA = at.getRank() - 2, nbB = bt.getRank() - 2;
    int64_t nb = std::max(nbA, nbB);
    // The result's batch sizes (the refined result type knows which are
    // 1); dynamic batch dims of the operands must equal them.
    SmallVector<int64_t> resultShape(o.resultType.getShape());
    if (vectorLhs)
      resultShape.insert(resultShape.end() - 1, 1);
    if (static_cast<int64_t>(resultShape.size()) != nb + 2)
      return failure();
    SmallVector<OpFoldResult> batchSizes;
    bool broadcasts = nbA != nbB;
    DimSizes dimOf(rewriter, loc);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    for (int64_t d = 0; d < nb; ++d) {
      int64_t ka = d - (nb - nbA), kb = d - (nb - nbB);
      int64_t want = resultShape[d];
      // The size: PyTorch's broadcast of the operands' (a 1 gives way).
      OpFoldResult size = rewriter.getIndexAttr(1);
      if (!ShapedType::isDynamic(want)) {
        size = rewriter.getIndexAttr(want);
      } else {
        Value sa = ka >= 0 && at.getDimSize(ka) != 1 ? dimOf(a, ka) : Value();
        Value sb = kb >= 0 && bt.getDimSize(kb) != 1 ? dimOf(b, kb) : Value();
        if (sa && sb)
          size = arith::SelectOp::create(
                     rewriter, loc,
                     arith::CmpIOp::create(rewriter, loc,
                                           arith::CmpIPredicate::eq, sa, one),
                     sb, sa)
                     .getResult();
        else if (sa || sb)
          size = sa ? sa : sb;
      }
      batchSizes.push_back(size);
      for (auto [t, k] : {std::make_pair(at, ka), std::make_pair(bt, kb)})
        if (k >= 0 && t.getDimSize(k) == 1 && want != 1)
          broadcasts = true;
    }
    // A dynamic batch size is the result's, or 1 and broadcast by a copy.
    auto broadcastBatch = [&](Value v, int64_t nbV) {
      SmallVector<Value> sizes;
      for (int64_t k = 0; k < nbV; ++k)
        sizes.push_back(getValueOrCreateConstantIndexOp(
            rewriter, loc, batchSizes[k + (nb - nbV)]));
      sizes.push_back(dimOf(v, nbV));
      sizes.push_back(dimOf(v, nbV + 1));
      return broadcastDynamicOnes(
          rewriter, loc, v, sizes,
          "RuntimeError: the batch dimensions of the operands of aten::matmul "
          "must match or be 1",
          dimOf);
    };
    a = broadcastBatch(a, nbA);
    b = broadcastBatch(b, nbB);
    OpFoldResult n = sizeOf(rewriter, loc, a, nbA),
                 p = sizeOf(rewriter, loc, b, nbB + 1);

    Value r;
    if (!broadcasts && !cannotExpand(batchSizes)) {
      // Same batch dims on both sides: one batch_matmul over their
      // product.
      Value a3 = collapseLeading(rewriter, loc, a, nb);
      Value b3 = collapseLeading(rewriter, loc, b, nb);
      r = contract<linalg::BatchMatmulOp>(
          rewriter, loc, a3, b3, {sizeOf(rewriter, loc, a3, 0), n, p}, elt);
      r = expandLeading(rewriter, loc, r, batchSizes);
    } else {
      // Broadcast batch dims (or several dynamic ones, see cannotExpand):
      // a generic contraction whose maps read size-1 batch dims at index 0.
      // Loops: batch..., i, j, k.
      MLIRContext *ctx = rewriter.getContext();
      int64_t loops = nb + 3;
      auto dim = [&](int64_t d) { return getAffineDimExpr(d, ctx); };
      auto operandMap = [&](RankedTensorType t, int64_t nbT, AffineExpr row,
                            AffineExpr col) {
        SmallVector<AffineExpr> exprs;
        for (int64_t k = 0; k < nbT; ++k) {
          int64_t d = k + (nb - nbT);
          if (t.getDimSize(k) == 1 && resultShape[d] != 1)
            exprs.push_back(getAffineConstantExpr(0, ctx));
          else
            exprs.push_back(dim(d));
        }
        exprs.push_back(row);
        exprs.push_back(col);
        return AffineMap::get(loops, 0, exprs, ctx);
      };
      SmallVector<OpFoldResult> outSizes(batchSizes);
      outSizes.push_back(n);
      outSizes.push_back(p);
      r = contractGeneric(rewriter, loc, a,
                          operandMap(at, nbA, dim(nb), dim(nb + 2)), b,
                          operandMap(bt, nbB, dim(nb + 2), dim(nb + 1)),
                          createZeros(rewriter, loc, outSizes, elt));
    }
    if (vectorLhs) {
      // Drop the row dim of size 1 (second to last).
      auto rt = cast<RankedTensorType>(r.getType());
      int64_t rank = rt.getRank();
      SmallVector<ReassociationIndices> groups;
      for (int64_t d = 0; d < rank - 2; ++d)
        groups.push_back({d});
      groups.push_back({rank - 2, rank - 1});
      r = tensor::CollapseShapeOp::create(rewriter, loc, r, groups);
    }
    return r;
  }
};

//===----------------------------------------------------------------------===//
// linear
//===----------------------------------------------------------------------===//

/// linear(x, w, b) = x @ w^T + b over any leading dims of x: the leading
/// dims fold into the rows of one matmul that reads w transposed through
/// its indexing maps, accumulating into the bias broadcast to the result.
struct LinearLowering : public OpConversionPattern<ts::AtenLinearOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FailureOr<Operands> o =
        getOperands(op, adaptor.getOperands(), getTypeConverter());
    if (failed(o) || o->lhsType.getRank() < 1 || o->rhsType.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "unsupported operands");
    Location loc = op.getLoc();
    Value x = o->lhs, w = o->rhs;
    Type elt = o->elt;
    int64_t rank = o->lhsType.getRank();
    if (failed(checkSameSize(rewriter, loc, x, rank - 1, w, 1, kShapeError)))
      return rewriter.notifyMatchFailure(op, "sizes cannot be multiplied");

    // The result: x's leading dims, then w's rows.
    SmallVector<OpFoldResult> sizes;
    for (int64_t d = 0; d < rank - 1; ++d)
      sizes.push_back(sizeOf(rewriter, loc, x, d));
    sizes.push_back(sizeOf(rewriter, loc, w, 0));
    SmallVector<int64_t> staticSizes;
    SmallVector<Value> dynSizes;
    dispatchIndexOpFoldResults(sizes, dynSizes, staticSizes);
    auto fullType = RankedTensorType::get(staticSizes, elt);

    Value init;
    Value bias = op.getBias();
    if (isNoneValue(bias)) {
      init = createZeros(rewriter, loc, sizes, elt);
    } else {
      Value biasValue = adaptor.getBias();
      auto biasType = dyn_cast<RankedTensorType>(biasValue.getType());
      if (!biasType || biasType.getRank() > rank)
        return rewriter.notifyMatchFailure(op, "bias rank unknown");
      // A dynamic bias dim is the result's, or 1 and broadcast.
      SmallVector<Value> biasSizes;
      for (int64_t k = 0; k < biasType.getRank(); ++k)
        biasSizes.push_back(getValueOrCreateConstantIndexOp(
            rewriter, loc, sizes[k + (rank - biasType.getRank())]));
      biasValue = broadcastDynamicOnes(
          rewriter, loc, biasValue, biasSizes,
          "RuntimeError: the bias of aten::linear does not match the size "
          "of its result");
      bool biasUnsigned = isUnsignedTensor(bias.getType());
      Value empty = createEmpty(rewriter, loc, fullType, dynSizes);
      AffineMap id = rewriter.getMultiDimIdentityMap(rank);
      SmallVector<utils::IteratorType> iters(rank,
                                             utils::IteratorType::parallel);
      init = linalg::GenericOp::create(
                 rewriter, loc, TypeRange{fullType}, ValueRange{biasValue},
                 ValueRange{empty},
                 ArrayRef<AffineMap>{getBroadcastMap(biasType, fullType), id},
                 iters,
                 [&](OpBuilder &b, Location l, ValueRange args) {
                   linalg::YieldOp::create(
                       b, l, castScalar(b, l, args[0], elt, biasUnsigned));
                 })
                 .getResult(0);
    }

    Value r;
    if (rank == 1) {
      // w [n, k] times the vector x [k].
      r = linalg::MatvecOp::create(rewriter, loc, TypeRange{init.getType()},
                                   ValueRange{w, x}, ValueRange{init})
              .getResult(0);
    } else if (cannotExpand(ArrayRef<OpFoldResult>(sizes).drop_back())) {
      // Loops: x's leading dims, n, k.
      MLIRContext *ctx = rewriter.getContext();
      unsigned loops = rank + 1;
      AffineExpr n = getAffineDimExpr(rank - 1, ctx),
                 k = getAffineDimExpr(rank, ctx);
      SmallVector<AffineExpr> xExprs;
      for (int64_t d = 0; d < rank - 1; ++d)
        xExprs.push_back(getAffineDimExpr(d, ctx));
      xExprs.push_back(k);
      r = contractGeneric(rewriter, loc, x,
                          AffineMap::get(loops, 0, xExprs, ctx), w,
                          AffineMap::get(loops, 0, {n, k}, ctx), init);
    } else {
      Value rows = collapseLeading(rewriter, loc, x, rank - 1);
      Value acc = collapseLeading(rewriter, loc, init, rank - 1);
      MLIRContext *ctx = rewriter.getContext();
      AffineExpr m = getAffineDimExpr(0, ctx), n = getAffineDimExpr(1, ctx),
                 k = getAffineDimExpr(2, ctx);
      SmallVector<AffineMap> maps{AffineMap::get(3, 0, {m, k}, ctx),
                                  AffineMap::get(3, 0, {n, k}, ctx),
                                  AffineMap::get(3, 0, {m, n}, ctx)};
      r = linalg::MatmulOp::create(
              rewriter, loc, TypeRange{acc.getType()}, ValueRange{rows, w},
              ValueRange{acc},
              ArrayRef<NamedAttribute>{rewriter.getNamedAttr(
                  "indexing_maps", rewriter.getAffineMapArrayAttr(maps))})
              .getResult(0);
      r = expandLeading(rewriter, loc, r,
                        ArrayRef<OpFoldResult>(sizes).drop_back());
    }
    rewriter.replaceOp(op, castTensor(rewriter, loc, r, o->resultType));
    return success();
  }
};

} // namespace

void tsc::populateLinearPatterns(const TypeConverter &converter,
                                 RewritePatternSet &patterns) {
  patterns.add<MmLowering, BmmLowering, MatmulLowering, LinearLowering>(
      converter, patterns.getContext());
}
