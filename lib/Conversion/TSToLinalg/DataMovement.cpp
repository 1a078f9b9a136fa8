//===- DataMovement.cpp - Views, reshapes and concatenation to linalg -----===//
//
// ATen's view ops (t, transpose, permute, view/reshape, flatten, squeeze,
// unsqueeze, select, slice, expand) and cat/stack. The lowered IR has value
// semantics, so a view is just a new tensor value: reshapes become
// tensor.collapse_shape/expand_shape where the dims regroup (bufferization
// keeps them as views), tensor.reshape otherwise; transposes and broadcasts
// are linalg ops that later fusion can absorb.
//
// Dims are compile-time constants (the result rank depends on them); sizes,
// indices and slice bounds may be run-time values, checked at run time
// where PyTorch would raise.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Runtime.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// `v` with the static type `type` (a tensor.cast when they differ: the
/// refined result type may know more or less than the computed one).
Value castToType(OpBuilder &b, Location loc, Value v, RankedTensorType type) {
  if (v.getType() == type)
    return v;
  return tensor::CastOp::create(b, loc, type, v);
}

Value toIndex(OpBuilder &b, Location loc, Value i64) {
  if (i64.getType().isIndex())
    return i64;
  return b.createOrFold<arith::IndexCastOp>(loc, b.getIndexType(), i64);
}

Value toI64(OpBuilder &b, Location loc, Value index) {
  if (index.getType().isInteger(64))
    return index;
  return b.createOrFold<arith::IndexCastOp>(loc, b.getI64Type(), index);
}

// Integer arithmetic on sizes and indices folds as it is built, so that
// checks on constants vanish (with their messages) instead of leaving dead
// code to the canonicalizer.
Value cmp(OpBuilder &b, Location loc, arith::CmpIPredicate p, Value x,
          Value y) {
  return b.createOrFold<arith::CmpIOp>(loc, p, x, y);
}
Value add(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::AddIOp>(loc, x, y);
}
Value mul(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::MulIOp>(loc, x, y);
}
Value select(OpBuilder &b, Location loc, Value c, Value x, Value y) {
  return b.createOrFold<arith::SelectOp>(loc, c, x, y);
}
Value andI(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::AndIOp>(loc, x, y);
}
Value orI(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::OrIOp>(loc, x, y);
}

/// Raises `message` at run time when `cond` holds; nothing when it is known
/// not to.
void raiseIf(OpBuilder &b, Location loc, Value cond, const Twine &message) {
  if (matchPattern(cond, m_Zero()))
    return;
  emitRuntimeRaiseIf(b, loc, cond, message.str());
}

Value constI64(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIntOp::create(b, loc, b.getI64Type(), v);
}

/// A converted int operand, as a plain constant where it is one (the
/// conversions leave constants behind casts), so that arithmetic on it
/// folds.
Value foldedInt(OpBuilder &b, Location loc, Value v) {
  if (std::optional<int64_t> c = matchConstantInt(v))
    return constI64(b, loc, *c);
  return v;
}

/// A constant dim operand normalized against `rank`. Like PyTorch, a 0-d
/// tensor takes dims as if it had one (0 and -1 are both valid).
FailureOr<int64_t> getDim(Value tsDim, int64_t rank) {
  std::optional<int64_t> d = matchConstantInt(tsDim);
  if (!d)
    return failure();
  return normalizeDim(*d, std::max<int64_t>(rank, 1));
}

/// The converted tensor operand, if ranked.
RankedTensorType getTensorType(Value converted) {
  return dyn_cast<RankedTensorType>(converted.getType());
}

/// Reassociation for a tensor of shape `big` collapsing into `small`, or
/// std::nullopt where the grouping is not certain. Dynamic sizes are only
/// accepted as one dynamic dim on each side, grouped together with the
/// static dims the others leave over: with equal element counts (checked
/// where they are not static) that grouping is the only consistent one.
std::optional<SmallVector<ReassociationIndices>>
findCollapseGroups(ArrayRef<int64_t> big, ArrayRef<int64_t> small) {
  auto countDynamic = [](ArrayRef<int64_t> s) {
    return llvm::count_if(s, ShapedType::isDynamic);
  };
  int64_t dynBig = countDynamic(big), dynSmall = countDynamic(small);
  if (dynBig != dynSmall || dynBig > 1 || big.size() < small.size() ||
      llvm::is_contained(big, 0) || llvm::is_contained(small, 0))
    return std::nullopt;
  SmallVector<ReassociationIndices> groups(small.size());
  if (small.empty()) {
    if (llvm::any_of(big, [](int64_t s) { return s != 1; }))
      return std::nullopt;
    return groups;
  }
  int64_t bigDyn = dynBig
                       ? llvm::find_if(big, ShapedType::isDynamic) - big.begin()
                       : static_cast<int64_t>(big.size());
  int64_t smallDyn =
      dynSmall ? llvm::find_if(small, ShapedType::isDynamic) - small.begin()
               : static_cast<int64_t>(small.size());
  // Static dims left of the dynamic ones, from the left.
  int64_t i = 0;
  for (int64_t j = 0; j < smallDyn; ++j) {
    int64_t product = 1;
    do {
      if (i >= bigDyn)
        return std::nullopt;
      product *= big[i];
      groups[j].push_back(i++);
    } while (product < small[j]);
    if (product != small[j])
      return std::nullopt;
  }
  if (!dynBig) {
    // Leftover unit dims join the last group.
    for (; i < static_cast<int64_t>(big.size()); ++i) {
      if (big[i] != 1)
        return std::nullopt;
      groups.back().push_back(i);
    }
    return groups;
  }
  // Static dims right of the dynamic ones, from the right.
  int64_t k = big.size() - 1;
  for (int64_t j = small.size() - 1; j > smallDyn; --j) {
    int64_t product = 1;
    do {
      if (k <= bigDyn)
        return std::nullopt;
      product *= big[k];
      groups[j].insert(groups[j].begin(), k--);
    } while (product < small[j]);
    if (product != small[j])
      return std::nullopt;
  }
  // The dynamic dim with what is left around it.
  for (int64_t m = i; m <= k; ++m)
    groups[smallDyn].push_back(m);
  return groups;
}

/// Groups that drop (or add) the unit dims `unit` of a shape of rank
/// `rank`: each kept dim opens a group, unit dims join the group before
/// them (leading ones the first group).
SmallVector<ReassociationIndices> groupsForUnitDims(int64_t rank,
                                                    ArrayRef<bool> unit) {
  SmallVector<ReassociationIndices> groups;
  ReassociationIndices pending;
  for (int64_t i = 0; i < rank; ++i) {
    if (unit[i]) {
      if (groups.empty())
        pending.push_back(i);
      else
        groups.back().push_back(i);
      continue;
    }
    groups.emplace_back(pending);
    pending.clear();
    groups.back().push_back(i);
  }
  return groups;
}

/// Inserts unit dims into `v` so that it has `resultType`, whose dims
/// flagged in `unit` are the new ones.
Value expandUnitDims(OpBuilder &b, Location loc, Value v,
                     RankedTensorType resultType, ArrayRef<bool> unit) {
  SmallVector<OpFoldResult> inSizes = tensor::getMixedSizes(b, loc, v);
  SmallVector<OpFoldResult> outShape;
  unsigned k = 0;
  for (int64_t i = 0; i < resultType.getRank(); ++i)
    outShape.push_back(unit[i] ? OpFoldResult(b.getIndexAttr(1))
                               : inSizes[k++]);
  return tensor::ExpandShapeOp::create(
      b, loc, resultType, v, groupsForUnitDims(resultType.getRank(), unit),
      outShape);
}

/// Drops the unit dims of `v` flagged in `unit`.
Value collapseUnitDims(OpBuilder &b, Location loc, Value v,
                       ArrayRef<bool> unit) {
  auto type = cast<RankedTensorType>(v.getType());
  return tensor::CollapseShapeOp::create(
      b, loc, v, groupsForUnitDims(type.getRank(), unit));
}

/// Elementwise conversion of `v` to `elementType` (cat/stack promote their
/// operands to the result dtype).
Value castElements(OpBuilder &b, Location loc, Value v, Type elementType,
                   bool srcUnsigned) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getElementType() == elementType)
    return v;
  auto resultType = type.clone(elementType);
  SmallVector<Value> dynSizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      dynSizes.push_back(getDimSize(b, loc, v, d));
  Value init = createEmpty(b, loc, resultType, dynSizes);
  AffineMap id = b.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> iters(type.getRank(),
                                         utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{v}, ValueRange{init},
             ArrayRef<AffineMap>{id, id}, iters,
             [&](OpBuilder &nb, Location l, ValueRange args) {
               Value r = castScalar(nb, l, args[0], elementType, srcUnsigned);
               linalg::YieldOp::create(nb, l, r);
             })
      .getResult(0);
}

/// linalg.transpose of `v` by `perm` (result dim i is input dim perm[i]).
Value transpose(OpBuilder &b, Location loc, Value v, ArrayRef<int64_t> perm) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> shape;
  SmallVector<Value> dynSizes;
  for (int64_t p : perm) {
    shape.push_back(type.getDimSize(p));
    if (type.isDynamicDim(p))
      dynSizes.push_back(getDimSize(b, loc, v, p));
  }
  Value init = createEmpty(b, loc, type.clone(shape), dynSizes);
  return linalg::TransposeOp::create(b, loc, v, init, perm).getResult()[0];
}

//===----------------------------------------------------------------------===//
// Transposes
//===----------------------------------------------------------------------===//

/// Replaces `op` by a permutation of its input (identity permutations
/// forward the input).
LogicalResult replaceByPermutation(Operation *op, Value self,
                                   ArrayRef<int64_t> perm,
                                   RankedTensorType resultType,
                                   ConversionPatternRewriter &rewriter) {
  Location loc = op->getLoc();
  Value r = llvm::equal(perm, llvm::seq<int64_t>(0, perm.size()))
                ? self
                : transpose(rewriter, loc, self, perm);
  rewriter.replaceOp(op, castToType(rewriter, loc, r, resultType));
  return success();
}

struct TLowering : public OpConversionPattern<ts::AtenTOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    if (!resultType || !inType || inType.getRank() > 2)
      return rewriter.notifyMatchFailure(op, "rank unknown or above 2");
    SmallVector<int64_t> perm =
        llvm::to_vector(llvm::reverse(llvm::seq<int64_t>(0, inType.getRank())));
    return replaceByPermutation(op, adaptor.getSelf(), perm, resultType,
                                rewriter);
  }
};

struct TransposeLowering : public OpConversionPattern<ts::AtenTransposeIntOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenTransposeIntOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    if (!resultType || !inType)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    int64_t rank = inType.getRank();
    FailureOr<int64_t> d0 = getDim(op.getDim0(), rank);
    FailureOr<int64_t> d1 = getDim(op.getDim1(), rank);
    if (failed(d0) || failed(d1))
      return rewriter.notifyMatchFailure(op, "dims not constant or invalid");
    SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, rank));
    if (rank > 0)
      std::swap(perm[*d0], perm[*d1]);
    return replaceByPermutation(op, adaptor.getSelf(), perm, resultType,
                                rewriter);
  }
};

struct PermuteLowering : public OpConversionPattern<ts::AtenPermuteOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenPermuteOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    if (!resultType || !inType)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    FailureOr<SmallVector<Value>> dims =
        getListElements(rewriter, op.getDims());
    int64_t rank = inType.getRank();
    if (failed(dims) || static_cast<int64_t>(dims->size()) != rank)
      return rewriter.notifyMatchFailure(op, "dims unknown");
    SmallVector<int64_t> perm;
    SmallVector<bool> seen(rank, false);
    for (Value v : *dims) {
      FailureOr<int64_t> d = getDim(v, rank);
      if (failed(d) || seen[*d])
        return rewriter.notifyMatchFailure(op, "not a constant permutation");
      seen[*d] = true;
      perm.push_back(*d);
    }
    return replaceByPermutation(op, adaptor.getSelf(), perm, resultType,
                                rewriter);
  }
};

//===----------------------------------------------------------------------===//
// Reshapes
//===----------------------------------------------------------------------===//

/// Reshapes `v` into `resultType`, whose dynamic sizes are `sizes` (index
/// values, one per result dim; the element counts are known to agree):
/// collapse_shape/expand_shape where the dims regroup, tensor.reshape
/// otherwise.
Value emitReshape(OpBuilder &b, Location loc, Value v,
                  RankedTensorType resultType, ArrayRef<Value> sizes) {
  auto inType = cast<RankedTensorType>(v.getType());
  ArrayRef<int64_t> in = inType.getShape(), out = resultType.getShape();
  auto outputShape = [&] {
    SmallVector<OpFoldResult> shape;
    for (auto [i, s] : llvm::enumerate(out))
      shape.push_back(ShapedType::isDynamic(s) ? OpFoldResult(sizes[i])
                                               : b.getIndexAttr(s));
    return shape;
  };
  if (in.size() == out.size()) {
    // Same rank: only an identity regroups (one dynamic dim on each side at
    // the same place, everything else equal).
    if (auto groups = findCollapseGroups(in, out);
        groups && llvm::all_of(*groups, [](const ReassociationIndices &g) {
          return g.size() == 1;
        }))
      return castToType(b, loc, v, resultType);
  } else if (in.size() > out.size()) {
    if (auto groups = findCollapseGroups(in, out))
      return castToType(b, loc,
                        tensor::CollapseShapeOp::create(b, loc, v, *groups),
                        resultType);
  } else if (auto groups = findCollapseGroups(out, in)) {
    // LLVM 22's expand-strided-metadata crashes on an expand_shape group
    // with two dynamic sizes (llvm-project#186830): use tensor.reshape then.
    bool twoDynamic = llvm::any_of(*groups, [&](const ReassociationIndices &g) {
      return llvm::count_if(g, [&](int64_t i) {
               return ShapedType::isDynamic(out[i]);
             }) > 1;
    });
    if (!twoDynamic)
      return tensor::ExpandShapeOp::create(b, loc, resultType, v, *groups,
                                           outputShape());
  }
  if (inType.hasStaticShape() && resultType.hasStaticShape()) {
    // Through 1-d: both steps are views.
    SmallVector<ReassociationIndices> all(1);
    all[0] = llvm::to_vector(llvm::seq<int64_t>(0, in.size()));
    Value flat = v;
    if (in.size() != 1)
      flat = tensor::CollapseShapeOp::create(b, loc, v, all);
    if (out.size() == 1)
      return castToType(b, loc, flat, resultType);
    all[0] = llvm::to_vector(llvm::seq<int64_t>(0, out.size()));
    return tensor::ExpandShapeOp::create(b, loc, resultType, flat, all,
                                         outputShape());
  }
  SmallVector<Value> shapeValues;
  for (auto [i, s] : llvm::enumerate(out))
    shapeValues.push_back(
        ShapedType::isDynamic(s)
            ? sizes[i]
            : Value(arith::ConstantIndexOp::create(b, loc, s)));
  Value shape = tensor::FromElementsOp::create(b, loc, shapeValues);
  return tensor::ReshapeOp::create(b, loc, resultType, v, shape);
}

/// The number of elements of `v`, as an index value.
Value getNumElements(OpBuilder &b, Location loc, Value v) {
  auto type = cast<RankedTensorType>(v.getType());
  Value n = arith::ConstantIndexOp::create(b, loc, 1);
  for (int64_t d = 0; d < type.getRank(); ++d)
    n = mul(b, loc, n, getDimSize(b, loc, v, d));
  return n;
}

/// view/reshape(self, sizes): at most one size is -1 (inferred from the
/// element count), the rest non-negative; the counts must agree.
LogicalResult lowerViewLike(Operation *op, Value self, Value tsSizes,
                            const TypeConverter *converter,
                            ConversionPatternRewriter &rewriter) {
  Location loc = op->getLoc();
  auto resultType = getRankedType(converter, op->getResult(0).getType());
  RankedTensorType inType = getTensorType(self);
  if (!resultType || !inType)
    return rewriter.notifyMatchFailure(op, "rank unknown");
  FailureOr<SmallVector<Value>> elts = getListElements(rewriter, tsSizes);
  if (failed(elts) ||
      static_cast<int64_t>(elts->size()) != resultType.getRank())
    return rewriter.notifyMatchFailure(op, "sizes unknown");
  int64_t rank = resultType.getRank();
  SmallVector<std::optional<int64_t>> constant;
  int64_t inferredCount = 0;
  for (Value e : *elts) {
    constant.push_back(matchConstantInt(e));
    if (constant.back() && *constant.back() < -1)
      return rewriter.notifyMatchFailure(op, "invalid shape dimension");
    inferredCount += constant.back() == -1;
  }
  if (inferredCount > 1)
    return rewriter.notifyMatchFailure(op,
                                       "only one dimension can be inferred");
  std::string name = ts::getTorchScriptOpName(op);

  if (inType.hasStaticShape() && resultType.hasStaticShape()) {
    // Everything is known: the shape function already did the arithmetic.
    if (inType.getNumElements() != resultType.getNumElements())
      return rewriter.notifyMatchFailure(op, "element counts differ");
    rewriter.replaceOp(op, emitReshape(rewriter, loc, self, resultType, {}));
    return success();
  }

  // The sizes at run time: -1 (given as a constant or at run time) is
  // numel / product(other sizes).
  // Constants as plain arith constants, so that the arithmetic folds.
  for (auto [e, c] : llvm::zip(*elts, constant))
    if (c)
      e = constI64(rewriter, loc, *c);
  Value one = constI64(rewriter, loc, 1),
        minusOne = constI64(rewriter, loc, -1);
  Value zero = constI64(rewriter, loc, 0);
  Value numel = toI64(rewriter, loc, getNumElements(rewriter, loc, self));
  Value known = one, inferred = zero;
  SmallVector<Value> isInferred;
  for (auto [e, c] : llvm::zip(*elts, constant)) {
    if (c) {
      isInferred.push_back(Value());
      if (*c != -1)
        known = mul(rewriter, loc, known, e);
      continue;
    }
    raiseIf(rewriter, loc,
            cmp(rewriter, loc, arith::CmpIPredicate::slt, e, minusOne),
            "RuntimeError: " + name + ": invalid shape dimension");
    Value isM1 = cmp(rewriter, loc, arith::CmpIPredicate::eq, e, minusOne);
    isInferred.push_back(isM1);
    known = mul(rewriter, loc, known, select(rewriter, loc, isM1, one, e));
    inferred = add(rewriter, loc, inferred,
                   rewriter.createOrFold<arith::ExtUIOp>(
                       loc, rewriter.getI64Type(), isM1));
  }
  if (inferredCount)
    inferred =
        add(rewriter, loc, inferred, constI64(rewriter, loc, inferredCount));
  bool mayInfer = inferredCount ||
                  llvm::any_of(isInferred, [](Value v) { return bool(v); });
  Value inferredSize = zero;
  if (mayInfer) {
    raiseIf(rewriter, loc,
            cmp(rewriter, loc, arith::CmpIPredicate::sgt, inferred, one),
            "RuntimeError: " + name + ": only one dimension can be inferred");
    Value hasInferred =
        cmp(rewriter, loc, arith::CmpIPredicate::ne, inferred, zero);
    Value knownZero = cmp(rewriter, loc, arith::CmpIPredicate::eq, known, zero);
    // With other elements, the count check below fails instead.
    Value numelZero = cmp(rewriter, loc, arith::CmpIPredicate::eq, numel, zero);
    raiseIf(rewriter, loc,
            andI(rewriter, loc, andI(rewriter, loc, hasInferred, knownZero),
                 numelZero),
            "RuntimeError: " + name +
                ": cannot infer the size -1 of a shape with 0 elements");
    Value divisor = select(rewriter, loc, knownZero, one, known);
    inferredSize = rewriter.createOrFold<arith::DivSIOp>(loc, numel, divisor);
  }
  SmallVector<Value> sizes;
  Value total = one;
  for (int64_t i = 0; i < rank; ++i) {
    Value s = (*elts)[i];
    if (constant[i] == -1)
      s = inferredSize;
    else if (isInferred[i])
      s = select(rewriter, loc, isInferred[i], inferredSize, s);
    total = mul(rewriter, loc, total, s);
    sizes.push_back(toIndex(rewriter, loc, s));
  }
  raiseIf(rewriter, loc,
          cmp(rewriter, loc, arith::CmpIPredicate::ne, total, numel),
          "RuntimeError: " + name +
              ": shape is invalid for the input's number of "
              "elements");
  rewriter.replaceOp(op, emitReshape(rewriter, loc, self, resultType, sizes));
  return success();
}

struct ReshapeLowering : public OpConversionPattern<ts::AtenReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    return lowerViewLike(op, adaptor.getSelf(), op.getShape(),
                         getTypeConverter(), rewriter);
  }
};

struct ViewLowering : public OpConversionPattern<ts::AtenViewOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenViewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    return lowerViewLike(op, adaptor.getSelf(), op.getSize(),
                         getTypeConverter(), rewriter);
  }
};

struct FlattenLowering
    : public OpConversionPattern<ts::AtenFlattenUsingIntsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenFlattenUsingIntsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    if (!resultType || !inType)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    int64_t rank = inType.getRank();
    FailureOr<int64_t> start = getDim(op.getStartDim(), rank);
    FailureOr<int64_t> end = getDim(op.getEndDim(), rank);
    if (failed(start) || failed(end) || *start > *end)
      return rewriter.notifyMatchFailure(op, "dims not constant or invalid");
    Value self = adaptor.getSelf();
    if (rank == 0) {
      // A 0-d tensor flattens to one element.
      SmallVector<bool> unit{true};
      rewriter.replaceOp(op,
                         expandUnitDims(rewriter, loc, self, resultType, unit));
      return success();
    }
    SmallVector<ReassociationIndices> groups;
    for (int64_t d = 0; d < rank; ++d) {
      if (d <= *start || d > *end)
        groups.emplace_back();
      groups.back().push_back(d);
    }
    Value r = self;
    if (*start != *end)
      r = tensor::CollapseShapeOp::create(rewriter, loc, self, groups);
    rewriter.replaceOp(op, castToType(rewriter, loc, r, resultType));
    return success();
  }
};

struct SqueezeLowering : public OpConversionPattern<ts::AtenSqueezeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenSqueezeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    // A dynamic dim might be 1: the result rank depends on it.
    if (!resultType || !inType ||
        llvm::any_of(inType.getShape(), ShapedType::isDynamic))
      return rewriter.notifyMatchFailure(op, "sizes unknown");
    SmallVector<bool> unit;
    for (int64_t s : inType.getShape())
      unit.push_back(s == 1);
    Location loc = op.getLoc();
    Value r = adaptor.getSelf();
    if (llvm::is_contained(unit, true))
      r = collapseUnitDims(rewriter, loc, r, unit);
    rewriter.replaceOp(op, castToType(rewriter, loc, r, resultType));
    return success();
  }
};

struct SqueezeDimLowering : public OpConversionPattern<ts::AtenSqueezeDimOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenSqueezeDimOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    if (!resultType || !inType)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    int64_t rank = inType.getRank();
    FailureOr<int64_t> dim = getDim(op.getDim(), rank);
    if (failed(dim))
      return rewriter.notifyMatchFailure(op, "dim not constant or invalid");
    Location loc = op.getLoc();
    Value r = adaptor.getSelf();
    if (rank > 0) {
      int64_t size = inType.getDimSize(*dim);
      if (ShapedType::isDynamic(size))
        return rewriter.notifyMatchFailure(op, "size of the dim unknown");
      if (size == 1) {
        SmallVector<bool> unit(rank, false);
        unit[*dim] = true;
        r = collapseUnitDims(rewriter, loc, r, unit);
      }
    }
    rewriter.replaceOp(op, castToType(rewriter, loc, r, resultType));
    return success();
  }
};

struct UnsqueezeLowering : public OpConversionPattern<ts::AtenUnsqueezeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenUnsqueezeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    if (!resultType || !inType || resultType.getRank() != inType.getRank() + 1)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    FailureOr<int64_t> dim = getDim(op.getDim(), inType.getRank() + 1);
    if (failed(dim))
      return rewriter.notifyMatchFailure(op, "dim not constant or invalid");
    SmallVector<bool> unit(resultType.getRank(), false);
    unit[*dim] = true;
    // The input's own static sizes, so that expand_shape verifies.
    SmallVector<int64_t> shape(inType.getShape());
    shape.insert(shape.begin() + *dim, 1);
    Location loc = op.getLoc();
    Value r = expandUnitDims(rewriter, loc, adaptor.getSelf(),
                             inType.clone(shape), unit);
    rewriter.replaceOp(op, castToType(rewriter, loc, r, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Indexing
//===----------------------------------------------------------------------===//

struct SelectLowering : public OpConversionPattern<ts::AtenSelectIntOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenSelectIntOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    Value index = adaptor.getIndex();
    if (!resultType || !inType || inType.getRank() == 0 ||
        !index.getType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "rank unknown");
    int64_t rank = inType.getRank();
    FailureOr<int64_t> dim = getDim(op.getDim(), rank);
    if (failed(dim))
      return rewriter.notifyMatchFailure(op, "dim not constant or invalid");
    Location loc = op.getLoc();
    index = foldedInt(rewriter, loc, index);
    Value self = adaptor.getSelf();
    // Negative indices count from the end; out of range raises.
    Value size = toI64(rewriter, loc, getDimSize(rewriter, loc, self, *dim));
    Value zero = constI64(rewriter, loc, 0);
    Value negative = cmp(rewriter, loc, arith::CmpIPredicate::slt, index, zero);
    Value i =
        select(rewriter, loc, negative, add(rewriter, loc, index, size), index);
    Value bad = orI(rewriter, loc,
                    cmp(rewriter, loc, arith::CmpIPredicate::slt, i, zero),
                    cmp(rewriter, loc, arith::CmpIPredicate::sge, i, size));
    raiseIf(rewriter, loc, bad, "IndexError: select(): index out of range");
    SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, self);
    SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
    offsets[*dim] = toIndex(rewriter, loc, i);
    sizes[*dim] = rewriter.getIndexAttr(1);
    // A rank-reducing slice drops the selected dim.
    SmallVector<int64_t> shape(inType.getShape());
    shape.erase(shape.begin() + *dim);
    Value r = tensor::ExtractSliceOp::create(rewriter, loc, inType.clone(shape),
                                             self, offsets, sizes, strides);
    rewriter.replaceOp(op, castToType(rewriter, loc, r, resultType));
    return success();
  }
};

/// The converted value of an `int?` operand: null for None, failure when
/// unknown (an Optional[int] coming from elsewhere than a derefine).
FailureOr<Value> getOptionalInt(ConversionPatternRewriter &rewriter,
                                Value tsValue, Value converted) {
  if (isNoneValue(tsValue))
    return Value();
  if (converted.getType().isInteger(64))
    return converted;
  if (auto d = tsValue.getDefiningOp<ts::DerefineOp>())
    if (Value v = rewriter.getRemappedValue(d.getOperand());
        v && v.getType().isInteger(64))
      return v;
  return failure();
}

struct SliceLowering : public OpConversionPattern<ts::AtenSliceTensorOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenSliceTensorOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    Value step = adaptor.getStep();
    if (!resultType || !inType || inType.getRank() == 0 ||
        !step.getType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "rank unknown");
    int64_t rank = inType.getRank();
    FailureOr<int64_t> dim = getDim(op.getDim(), rank);
    if (failed(dim))
      return rewriter.notifyMatchFailure(op, "dim not constant or invalid");
    FailureOr<Value> start =
        getOptionalInt(rewriter, op.getStart(), adaptor.getStart());
    FailureOr<Value> end =
        getOptionalInt(rewriter, op.getEnd(), adaptor.getEnd());
    if (failed(start) || failed(end))
      return rewriter.notifyMatchFailure(op, "bounds unknown");
    Location loc = op.getLoc();
    Value self = adaptor.getSelf();
    step = foldedInt(rewriter, loc, step);
    if (*start)
      *start = foldedInt(rewriter, loc, *start);
    if (*end)
      *end = foldedInt(rewriter, loc, *end);
    Value zero = constI64(rewriter, loc, 0);
    raiseIf(rewriter, loc,
            cmp(rewriter, loc, arith::CmpIPredicate::sle, step, zero),
            "RuntimeError: slice step must be positive");
    // PyTorch's clamping: negative bounds count from the end, then both
    // are clamped to [0, size] and end to at least start.
    Value size = toI64(rewriter, loc, getDimSize(rewriter, loc, self, *dim));
    auto wrap = [&](Value v) {
      Value negative = cmp(rewriter, loc, arith::CmpIPredicate::slt, v, zero);
      Value w = select(rewriter, loc, negative, add(rewriter, loc, v, size), v);
      return arith::MinSIOp::create(
          rewriter, loc, arith::MaxSIOp::create(rewriter, loc, w, zero), size);
    };
    Value s = *start ? wrap(*start) : zero;
    Value e = *end ? wrap(*end) : size;
    e = arith::MaxSIOp::create(rewriter, loc, e, s);
    // ceil((e - s) / step) elements.
    Value len = arith::SubIOp::create(rewriter, loc, e, s);
    Value count = arith::CeilDivSIOp::create(rewriter, loc, len, step);

    SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, self);
    SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
    offsets[*dim] = toIndex(rewriter, loc, s);
    strides[*dim] = toIndex(rewriter, loc, step);
    // A size the refined type knows keeps the slice's type static.
    int64_t known = resultType.getRank() == rank ? resultType.getDimSize(*dim)
                                                 : ShapedType::kDynamic;
    sizes[*dim] = ShapedType::isDynamic(known)
                      ? OpFoldResult(toIndex(rewriter, loc, count))
                      : OpFoldResult(rewriter.getIndexAttr(known));
    Value r = tensor::ExtractSliceOp::create(rewriter, loc, self, offsets,
                                             sizes, strides);
    rewriter.replaceOp(op, castToType(rewriter, loc, r, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Broadcasts
//===----------------------------------------------------------------------===//

/// A target size of expand: a constant (-1 keeps the dim) or a run-time
/// i64 value.
struct ExpandSize {
  std::optional<int64_t> constant;
  Value value;
  /// Or the size of dim `dim` of `sizeOf` (expand_as): never negative, and
  /// only read once the match cannot fail.
  Value sizeOf;
  int64_t dim = 0;
};

/// Broadcasts `self` to `sizes` with expand's rules: new leading dims take
/// the given size, -1 keeps a dim, a size-1 dim broadcasts, other dims must
/// already have the size. Whether a dynamic dim is 1 is only known at run
/// time: if any must be decided so, the result reads the input with
/// computed indices instead of affine maps.
LogicalResult lowerExpand(Operation *op, Value self, ArrayRef<ExpandSize> sizes,
                          RankedTensorType resultType,
                          ConversionPatternRewriter &rewriter) {
  Location loc = op->getLoc();
  auto inType = cast<RankedTensorType>(self.getType());
  int64_t rank = sizes.size(), inRank = inType.getRank();
  if (rank < inRank || resultType.getRank() != rank)
    return rewriter.notifyMatchFailure(op, "fewer sizes than dims");
  int64_t lead = rank - inRank;
  std::string name = ts::getTorchScriptOpName(op);
  std::string mismatch = "RuntimeError: " + name +
                         ": the expanded size must match the existing size "
                         "at a non-singleton dimension";
  // Validate the constants first: nothing is built for a failed match.
  for (int64_t i = 0; i < rank; ++i) {
    std::optional<int64_t> c = sizes[i].constant;
    if (!c)
      continue;
    if (i < lead ? *c < 0 : *c < -1)
      return rewriter.notifyMatchFailure(op, "invalid expanded size");
    if (i >= lead && *c != -1) {
      int64_t s = inType.getDimSize(i - lead);
      if (!ShapedType::isDynamic(s) && s != 1 && s != *c)
        return rewriter.notifyMatchFailure(op, "sizes do not match");
    }
  }
  Value minusOne = constI64(rewriter, loc, -1);
  Value oneI64 = constI64(rewriter, loc, 1);
  // Per result dim: its size (i64), and how the input is read there: at
  // the same index, at 0 (static broadcast), or at 0 when `isOne[k]` holds
  // (run-time broadcast of input dim k).
  SmallVector<Value> outSizes(rank);
  enum class Read { Same, Zero, RuntimeChoice };
  SmallVector<Read> reads(inRank, Read::Same);
  SmallVector<Value> isOne(inRank);
  bool broadcasts = lead > 0;
  for (int64_t i = 0; i < rank; ++i) {
    const ExpandSize &t = sizes[i];
    bool isSize = static_cast<bool>(t.sizeOf);
    Value target = t.constant ? constI64(rewriter, loc, *t.constant)
                   : isSize   ? toI64(rewriter, loc,
                                      getDimSize(rewriter, loc, t.sizeOf, t.dim))
                              : t.value;
    if (i < lead) {
      if (!t.constant && !isSize)
        raiseIf(rewriter, loc,
                cmp(rewriter, loc, arith::CmpIPredicate::slt, target,
                    constI64(rewriter, loc, 0)),
                "RuntimeError: " + name +
                    ": the expanded size must be non-negative in a new "
                    "leading dimension");
      outSizes[i] = target;
      continue;
    }
    int64_t k = i - lead, s = inType.getDimSize(k);
    Value inSize = toI64(rewriter, loc, getDimSize(rewriter, loc, self, k));
    if (t.constant == -1) {
      outSizes[i] = inSize;
      continue;
    }
    if (!t.constant && !isSize)
      raiseIf(rewriter, loc,
              cmp(rewriter, loc, arith::CmpIPredicate::slt, target, minusOne),
              "RuntimeError: " + name + ": invalid expanded size");
    // A run-time -1 keeps the input's size.
    Value size = t.constant || isSize
                     ? target
                     : select(rewriter, loc,
                              cmp(rewriter, loc, arith::CmpIPredicate::eq,
                                  target, minusOne),
                              inSize, target);
    outSizes[i] = size;
    if (s == 1) {
      reads[k] = Read::Zero;
      broadcasts |= t.constant != 1;
      continue;
    }
    if (!ShapedType::isDynamic(s)) {
      if (!t.constant) // constants were checked above
        raiseIf(rewriter, loc,
                cmp(rewriter, loc, arith::CmpIPredicate::ne, size, inSize),
                mismatch);
      continue;
    }
    // Dynamic: equal sizes read the same index, a 1 broadcasts.
    isOne[k] = cmp(rewriter, loc, arith::CmpIPredicate::eq, inSize, oneI64);
    Value equal = cmp(rewriter, loc, arith::CmpIPredicate::eq, size, inSize);
    raiseIf(rewriter, loc,
            andI(rewriter, loc,
                 cmp(rewriter, loc, arith::CmpIPredicate::ne, size, inSize),
                 cmp(rewriter, loc, arith::CmpIPredicate::ne, inSize, oneI64)),
            mismatch);
    if (!matchPattern(equal, m_One())) {
      reads[k] = Read::RuntimeChoice;
      broadcasts = true;
    }
  }
  if (!broadcasts) {
    rewriter.replaceOp(op, castToType(rewriter, loc, self, resultType));
    return success();
  }
  SmallVector<Value> dynSizes;
  for (int64_t i = 0; i < rank; ++i)
    if (resultType.isDynamicDim(i))
      dynSizes.push_back(toIndex(rewriter, loc, outSizes[i]));
  Value init = createEmpty(rewriter, loc, resultType, dynSizes);
  SmallVector<utils::IteratorType> iters(rank, utils::IteratorType::parallel);
  AffineMap id = rewriter.getMultiDimIdentityMap(rank);
  linalg::GenericOp generic;
  if (!llvm::is_contained(reads, Read::RuntimeChoice)) {
    SmallVector<AffineExpr> exprs;
    for (int64_t k = 0; k < inRank; ++k)
      exprs.push_back(reads[k] == Read::Zero
                          ? rewriter.getAffineConstantExpr(0)
                          : rewriter.getAffineDimExpr(k + lead));
    SmallVector<AffineMap> maps{
        AffineMap::get(rank, 0, exprs, rewriter.getContext()), id};
    generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{self},
        ValueRange{init}, maps, iters,
        [](OpBuilder &b, Location l, ValueRange args) {
          linalg::YieldOp::create(b, l, args[0]);
        });
  } else {
    generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{}, ValueRange{init},
        ArrayRef<AffineMap>{id}, iters,
        [&](OpBuilder &b, Location l, ValueRange) {
          Value zero = arith::ConstantIndexOp::create(b, l, 0);
          SmallVector<Value> indices;
          for (int64_t k = 0; k < inRank; ++k) {
            Value index = linalg::IndexOp::create(b, l, k + lead);
            if (reads[k] == Read::Zero)
              index = zero;
            else if (reads[k] == Read::RuntimeChoice)
              index = arith::SelectOp::create(b, l, isOne[k], zero, index);
            indices.push_back(index);
          }
          Value v = tensor::ExtractOp::create(b, l, self, indices);
          linalg::YieldOp::create(b, l, v);
        });
  }
  rewriter.replaceOp(op, generic.getResult(0));
  return success();
}

struct ExpandLowering : public OpConversionPattern<ts::AtenExpandOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenExpandOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    FailureOr<SmallVector<Value>> elts =
        getListElements(rewriter, op.getSize());
    if (!resultType || !inType || failed(elts))
      return rewriter.notifyMatchFailure(op, "rank or sizes unknown");
    SmallVector<ExpandSize> sizes;
    for (Value e : *elts)
      sizes.push_back({matchConstantInt(e), e});
    return lowerExpand(op, adaptor.getSelf(), sizes, resultType, rewriter);
  }
};

struct ExpandAsLowering : public OpConversionPattern<ts::AtenExpandAsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenExpandAsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    RankedTensorType inType = getTensorType(adaptor.getSelf());
    RankedTensorType otherType = getTensorType(adaptor.getOther());
    if (!resultType || !inType || !otherType)
      return rewriter.notifyMatchFailure(op, "rank unknown");
    SmallVector<ExpandSize> sizes;
    for (int64_t d = 0; d < otherType.getRank(); ++d) {
      if (!otherType.isDynamicDim(d))
        sizes.push_back({otherType.getDimSize(d), Value(), Value()});
      else
        sizes.push_back({std::nullopt, Value(), adaptor.getOther(), d});
    }
    return lowerExpand(op, adaptor.getSelf(), sizes, resultType, rewriter);
  }
};

//===----------------------------------------------------------------------===//
// Concatenation
//===----------------------------------------------------------------------===//

/// Which operands of a cat into `resultType` take part (the others are
/// legacy 1-d empty tensors), or failure where PyTorch would raise for
/// static reasons (ranks or static sizes that differ): left to be reported.
FailureOr<SmallVector<bool>>
classifyCatOperands(ArrayRef<RankedTensorType> types, int64_t dim,
                    RankedTensorType resultType) {
  int64_t rank = resultType.getRank();
  SmallVector<int64_t> known(resultType.getShape());
  SmallVector<bool> kept;
  for (RankedTensorType t : types) {
    if (t.getRank() == rank) {
      for (int64_t d = 0; d < rank; ++d) {
        if (d == dim || t.isDynamicDim(d))
          continue;
        if (!ShapedType::isDynamic(known[d]) && known[d] != t.getDimSize(d))
          return failure();
        known[d] = t.getDimSize(d);
      }
      kept.push_back(true);
      continue;
    }
    if (t.getRank() != 1 || t.getDimSize(0) > 0)
      return failure();
    kept.push_back(false);
  }
  if (!llvm::is_contained(kept, true))
    return failure();
  return kept;
}

SmallVector<RankedTensorType> getTensorTypes(ArrayRef<Value> values) {
  return llvm::map_to_vector(
      values, [](Value v) { return cast<RankedTensorType>(v.getType()); });
}

/// cat(tensors, dim) into `resultType`: every operand is cast to the result
/// dtype and inserted at its running offset. Legacy 1-d empty operands of
/// another rank are skipped (a dynamic one is checked to be empty).
/// `unsignedIn` says which operands are uint8.
LogicalResult lowerCat(Operation *op, ArrayRef<Value> inputs,
                       ArrayRef<bool> unsignedIn, int64_t dim,
                       RankedTensorType resultType,
                       ConversionPatternRewriter &rewriter) {
  Location loc = op->getLoc();
  int64_t rank = resultType.getRank();
  std::string name = ts::getTorchScriptOpName(op);
  FailureOr<SmallVector<bool>> kept =
      classifyCatOperands(getTensorTypes(inputs), dim, resultType);
  if (failed(kept))
    return rewriter.notifyMatchFailure(op, "ranks or static sizes differ");

  SmallVector<Value> parts;
  for (auto [v, keep, isUnsigned] : llvm::zip(inputs, *kept, unsignedIn)) {
    if (keep) {
      parts.push_back(castElements(rewriter, loc, v,
                                   resultType.getElementType(), isUnsigned));
      continue;
    }
    if (cast<RankedTensorType>(v.getType()).isDynamicDim(0))
      raiseIf(rewriter, loc,
              cmp(rewriter, loc, arith::CmpIPredicate::ne,
                  getDimSize(rewriter, loc, v, 0),
                  arith::ConstantIndexOp::create(rewriter, loc, 0)),
              "RuntimeError: " + name +
                  ": tensors must have the same number of dimensions");
  }

  // The result's sizes: the sum along `dim`, the first operand's elsewhere
  // (the others must agree).
  SmallVector<Value> offsets;
  Value total = arith::ConstantIndexOp::create(rewriter, loc, 0);
  for (Value p : parts) {
    offsets.push_back(total);
    total = add(rewriter, loc, total, getDimSize(rewriter, loc, p, dim));
  }
  SmallVector<Value> dynSizes;
  for (int64_t d = 0; d < rank; ++d) {
    Value size = d == dim ? total : getDimSize(rewriter, loc, parts[0], d);
    if (resultType.isDynamicDim(d))
      dynSizes.push_back(size);
    if (d == dim)
      continue;
    for (Value p : llvm::drop_begin(parts)) {
      if (!cast<RankedTensorType>(p.getType()).isDynamicDim(d) &&
          !cast<RankedTensorType>(parts[0].getType()).isDynamicDim(d))
        continue;
      raiseIf(rewriter, loc,
              cmp(rewriter, loc, arith::CmpIPredicate::ne,
                  getDimSize(rewriter, loc, p, d), size),
              "RuntimeError: " + name +
                  ": sizes of tensors must match except in dimension " +
                  std::to_string(dim));
    }
  }
  if (parts.size() == 1) {
    rewriter.replaceOp(op, castToType(rewriter, loc, parts[0], resultType));
    return success();
  }
  Value result = createEmpty(rewriter, loc, resultType, dynSizes);
  for (auto [p, offset] : llvm::zip(parts, offsets)) {
    SmallVector<OpFoldResult> offs(rank, rewriter.getIndexAttr(0));
    offs[dim] = offset;
    SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
    result = tensor::InsertSliceOp::create(
        rewriter, loc, p, result, offs, tensor::getMixedSizes(rewriter, loc, p),
        strides);
  }
  rewriter.replaceOp(op, result);
  return success();
}

/// The operands of cat/stack and whether each is uint8.
LogicalResult getTensorList(Operation *op, Value tsList,
                            SmallVector<Value> &inputs,
                            SmallVector<bool> &unsignedIn,
                            ConversionPatternRewriter &rewriter) {
  auto construct = tsList.getDefiningOp<ts::ListConstructOp>();
  FailureOr<SmallVector<Value>> elts = getListElements(rewriter, tsList);
  if (!construct || failed(elts) || elts->empty())
    return rewriter.notifyMatchFailure(op, "tensor list unknown or empty");
  for (auto [orig, v] : llvm::zip(construct.getElements(), *elts)) {
    if (!getTensorType(v))
      return rewriter.notifyMatchFailure(op, "operand rank unknown");
    inputs.push_back(v);
    unsignedIn.push_back(isUnsignedTensor(orig.getType()));
  }
  return success();
}

struct CatLowering : public OpConversionPattern<ts::AtenCatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenCatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    SmallVector<Value> inputs;
    SmallVector<bool> unsignedIn;
    if (!resultType || resultType.getRank() == 0 ||
        failed(
            getTensorList(op, op.getTensors(), inputs, unsignedIn, rewriter)))
      return rewriter.notifyMatchFailure(op, "operands unknown");
    FailureOr<int64_t> dim = getDim(op.getDim(), resultType.getRank());
    if (failed(dim))
      return rewriter.notifyMatchFailure(op, "dim not constant or invalid");
    return lowerCat(op, inputs, unsignedIn, *dim, resultType, rewriter);
  }
};

struct StackLowering : public OpConversionPattern<ts::AtenStackOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenStackOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = getRankedType(getTypeConverter(), op.getType());
    SmallVector<Value> inputs;
    SmallVector<bool> unsignedIn;
    if (!resultType || failed(getTensorList(op, op.getTensors(), inputs,
                                            unsignedIn, rewriter)))
      return rewriter.notifyMatchFailure(op, "operands unknown");
    int64_t rank = resultType.getRank();
    FailureOr<int64_t> dim = getDim(op.getDim(), rank);
    if (failed(dim))
      return rewriter.notifyMatchFailure(op, "dim not constant or invalid");
    // stack = cat of the operands unsqueezed at `dim`; checked before
    // anything is built.
    SmallVector<RankedTensorType> unsqueezed;
    for (Value v : inputs) {
      if (getTensorType(v).getRank() != rank - 1)
        return rewriter.notifyMatchFailure(op, "operand ranks differ");
      SmallVector<int64_t> shape(getTensorType(v).getShape());
      shape.insert(shape.begin() + *dim, 1);
      unsqueezed.push_back(getTensorType(v).clone(shape));
    }
    if (failed(classifyCatOperands(unsqueezed, *dim, resultType)))
      return rewriter.notifyMatchFailure(op, "static sizes differ");
    SmallVector<Value> parts;
    SmallVector<bool> unit(rank, false);
    unit[*dim] = true;
    for (auto [v, type] : llvm::zip(inputs, unsqueezed))
      parts.push_back(expandUnitDims(rewriter, op.getLoc(), v, type, unit));
    return lowerCat(op, parts, unsignedIn, *dim, resultType, rewriter);
  }
};

} // namespace

void tsc::populateDataMovementPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  patterns
      .add<TLowering, TransposeLowering, PermuteLowering, ReshapeLowering,
           ViewLowering, FlattenLowering, SqueezeLowering, SqueezeDimLowering,
           UnsqueezeLowering, SelectLowering, SliceLowering, ExpandLowering,
           ExpandAsLowering, CatLowering, StackLowering>(converter,
                                                         patterns.getContext());
}
