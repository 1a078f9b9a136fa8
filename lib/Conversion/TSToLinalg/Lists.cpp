//===- Lists.cpp - Lists of scalars and of tensors ------------------------===//
//
// A list whose elements are known (ts.list_construct) mostly never exists at
// run time: indexing it with a run-time index becomes a bounds check and a
// chain of selects, and the ops that take lists (cat, view sizes, ...) read
// its elements. A list built at run time (ts.list_append, a list carried by
// a loop) is a tensor whose first dimension is its length (see
// TSTypeConverter): scalars in a 1-d tensor, tensors stacked, which needs
// every tensor of the list to have the same shape (checked when the list
// grows). Appending copies the list: building a list of n elements costs
// O(n^2) copies of its elements.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Runtime.h"

#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {

RankedTensorType getListType(Value converted) {
  return dyn_cast<RankedTensorType>(converted.getType());
}

Value constIndex(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

Value constTrue(OpBuilder &b, Location loc) {
  return arith::ConstantIntOp::create(b, loc, b.getI1Type(), 1);
}

/// A Python list index (i64; negative counts from the end) as an index into
/// a list of `size` elements (index); raises IndexError when out of range.
Value checkedIndex(OpBuilder &b, Location loc, Value index, Value size,
                   StringRef message = "IndexError: list index out of range") {
  Type i64 = b.getI64Type();
  Value n = arith::IndexCastOp::create(b, loc, i64, size);
  Value zero = arith::ConstantIntOp::create(b, loc, i64, 0);
  Value negative =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, index, zero);
  Value wrapped = arith::AddIOp::create(b, loc, index, n);
  index = arith::SelectOp::create(b, loc, negative, wrapped, index);
  Value low =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, index, zero);
  Value high =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, index, n);
  emitRuntimeRaiseIf(b, loc, arith::OrIOp::create(b, loc, low, high), message);
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), index);
}

/// The sizes of a slice holding `count` elements of `list` (the element
/// dims as the list has them).
SmallVector<OpFoldResult> sliceSizes(OpBuilder &b, Location loc, Value list,
                                     OpFoldResult count) {
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, list);
  sizes[0] = count;
  return sizes;
}

SmallVector<OpFoldResult> unitStrides(OpBuilder &b, int64_t rank) {
  return SmallVector<OpFoldResult>(rank, b.getIndexAttr(1));
}

/// Offsets [first, 0, 0, ...].
SmallVector<OpFoldResult> sliceOffsets(OpBuilder &b, int64_t rank,
                                       OpFoldResult first) {
  SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0));
  offsets[0] = first;
  return offsets;
}

/// Element `index` (index type, in range) of the list.
Value extractElement(OpBuilder &b, Location loc, Value list, Value index,
                     Type elementType) {
  RankedTensorType type = getListType(list);
  if (type.getRank() == 1)
    return tensor::ExtractOp::create(b, loc, list, index);
  SmallVector<OpFoldResult> sizes = sliceSizes(b, loc, list, b.getIndexAttr(1));
  return tensor::ExtractSliceOp::create(
      b, loc, cast<RankedTensorType>(elementType), list,
      sliceOffsets(b, type.getRank(), index), sizes,
      unitStrides(b, type.getRank()));
}

/// `a + b` of two lists of `type`. Lists of tensors raise unless both
/// hold tensors of the same shape (or one is empty).
Value concatLists(OpBuilder &b, Location loc, Value x, Value y,
                  RankedTensorType type) {
  int64_t rank = type.getRank();
  Value nx = getDimSize(b, loc, x, 0), ny = getDimSize(b, loc, y, 0);
  Value zero = constIndex(b, loc, 0);
  SmallVector<Value> dynamicSizes{arith::AddIOp::create(b, loc, nx, ny)};
  if (rank > 1) {
    Value xEmpty =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, nx, zero);
    Value yEmpty =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, ny, zero);
    Value differ = arith::ConstantIntOp::create(b, loc, b.getI1Type(), 0);
    for (int64_t k = 1; k < rank; ++k) {
      Value dx = getDimSize(b, loc, x, k), dy = getDimSize(b, loc, y, k);
      differ = arith::OrIOp::create(
          b, loc, differ,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, dx, dy));
      if (type.isDynamicDim(k))
        dynamicSizes.push_back(arith::SelectOp::create(b, loc, xEmpty, dy, dx));
    }
    Value bothNonEmpty = arith::AndIOp::create(
        b, loc, arith::XOrIOp::create(b, loc, xEmpty, constTrue(b, loc)),
        arith::XOrIOp::create(b, loc, yEmpty, constTrue(b, loc)));
    emitRuntimeRaiseIf(
        b, loc, arith::AndIOp::create(b, loc, bothNonEmpty, differ),
        "RuntimeError: tsc: a list built at run time holds tensors of one "
        "shape only (not supported yet: tensors of different shapes)");
  }
  Value result = createEmpty(b, loc, type, dynamicSizes);
  // Sizes as the operands' types give them (a singleton's length is a
  // static 1).
  SmallVector<OpFoldResult> xSizes = tensor::getMixedSizes(b, loc, x);
  result = tensor::InsertSliceOp::create(
      b, loc, x, result, sliceOffsets(b, rank, b.getIndexAttr(0)), xSizes,
      unitStrides(b, rank));
  return tensor::InsertSliceOp::create(
      b, loc, y, result, sliceOffsets(b, rank, xSizes[0]),
      tensor::getMixedSizes(b, loc, y), unitStrides(b, rank));
}

/// A list of one element: `[v]`.
Value singletonList(OpBuilder &b, Location loc, Value v) {
  auto ranked = dyn_cast<RankedTensorType>(v.getType());
  if (!ranked)
    return tensor::FromElementsOp::create(
        b, loc, RankedTensorType::get({1}, v.getType()), v);
  SmallVector<int64_t> shape{1};
  llvm::append_range(shape, ranked.getShape());
  SmallVector<ReassociationIndices> reassociation;
  for (int64_t k = 0; k < ranked.getRank(); ++k)
    reassociation.push_back(k == 0 ? ReassociationIndices{0, 1}
                                   : ReassociationIndices{k + 1});
  if (ranked.getRank() == 0)
    return tensor::ExpandShapeOp::create(b, loc, ranked.clone(shape), v,
                                         ArrayRef<ReassociationIndices>{});
  SmallVector<OpFoldResult> outputShape{b.getIndexAttr(1)};
  llvm::append_range(outputShape, tensor::getMixedSizes(b, loc, v));
  return tensor::ExpandShapeOp::create(b, loc, ranked.clone(shape), v,
                                       reassociation, outputShape);
}

/// Converts an element (a converted scalar or tensor) to the element type
/// of a list of `listType`.
Value castElement(OpBuilder &b, Location loc, Value v,
                  RankedTensorType listType) {
  if (listType.getRank() == 1 || !isa<RankedTensorType>(v.getType()))
    return v;
  auto want = RankedTensorType::get(listType.getShape().drop_front(),
                                    listType.getElementType());
  if (v.getType() == want)
    return v;
  return tensor::CastOp::create(b, loc, want, v);
}

/// A ts.list_construct that must exist at run time: its value flows on (a
/// loop carries it, something appends to it). Lists of tensors used only by
/// ops that read their elements (cat, stack, indexing with selects) are not
/// built.
struct ListConstructLowering : public OpConversionPattern<ts::ListConstructOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::ListConstructOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    // Anything but the ops that read the elements of a known list needs
    // the list itself (a loop carries it, something appends to it).
    bool flows = llvm::any_of(op->getUsers(), [](Operation *user) {
      return !isa<ts::AtenCatOp, ts::AtenStackOp, ts::AtenGetitemTOp,
                  ts::AtenLenTOp>(user);
    });
    bool tensors = llvm::all_of(adaptor.getElements(), [](Value v) {
      return isa<RankedTensorType>(v.getType());
    });
    if (tensors && isa<ts::TensorType>(op.getType().getElementType()) &&
        (!type || !flows)) {
      // Its users (cat, stack, indexing) read the elements from the
      // ts.list_construct itself; this cast of the converted elements is
      // dead once they are lowered.
      rewriter.replaceOpWithNewOp<UnrealizedConversionCastOp>(
          op, op.getType(), adaptor.getElements());
      return success();
    }
    if (!type)
      return rewriter.notifyMatchFailure(op, "element type not converted");
    Location loc = op.getLoc();
    if (type.getRank() == 1) {
      SmallVector<Value> elts(adaptor.getElements());
      if (elts.empty()) {
        Value empty = tensor::EmptyOp::create(
            rewriter, loc, ArrayRef<int64_t>{0}, type.getElementType());
        rewriter.replaceOpWithNewOp<tensor::CastOp>(op, type, empty);
        return success();
      }
      Value list = tensor::FromElementsOp::create(
          rewriter, loc,
          RankedTensorType::get({static_cast<int64_t>(elts.size())},
                                type.getElementType()),
          elts);
      rewriter.replaceOpWithNewOp<tensor::CastOp>(op, type, list);
      return success();
    }
    // An empty list of tensors: unknown element sizes are 0.
    SmallVector<Value> dynamicSizes(type.getNumDynamicDims(),
                                    constIndex(rewriter, loc, 0));
    Value list = createEmpty(rewriter, loc, type, dynamicSizes);
    for (Value e : adaptor.getElements()) {
      if (!isa<RankedTensorType>(e.getType()))
        return rewriter.notifyMatchFailure(op, "element not converted");
      list = concatLists(
          rewriter, loc, list,
          singletonList(rewriter, loc, castElement(rewriter, loc, e, type)),
          type);
    }
    rewriter.replaceOp(op, list);
    return success();
  }
};

struct ListAppendLowering : public OpConversionPattern<ts::ListAppendOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::ListAppendOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType type = getListType(adaptor.getList());
    Value element = adaptor.getElement();
    if (!type ||
        (type.getRank() > 1 && !isa<RankedTensorType>(element.getType())))
      return rewriter.notifyMatchFailure(op, "list not converted");
    Location loc = op.getLoc();
    Value single =
        singletonList(rewriter, loc, castElement(rewriter, loc, element, type));
    rewriter.replaceOp(
        op, concatLists(rewriter, loc, adaptor.getList(), single, type));
    return success();
  }
};

struct ListAddLowering : public OpConversionPattern<ts::AtenAddTOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenAddTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    Value a = adaptor.getA(), b = adaptor.getB();
    if (!type || !getListType(a) || !getListType(b))
      return rewriter.notifyMatchFailure(op, "lists not converted");
    Location loc = op.getLoc();
    if (a.getType() != type)
      a = tensor::CastOp::create(rewriter, loc, type, a);
    if (b.getType() != type)
      b = tensor::CastOp::create(rewriter, loc, type, b);
    rewriter.replaceOp(op, concatLists(rewriter, loc, a, b, type));
    return success();
  }
};

/// `list(xs)` is a copy: with value semantics, the same value.
struct ListCopyLowering : public OpConversionPattern<ts::AtenListTOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenListTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!getListType(adaptor.getL()))
      return rewriter.notifyMatchFailure(op, "list not converted");
    rewriter.replaceOp(op, adaptor.getL());
    return success();
  }
};

/// Elements [offset, offset + count) of a converted list.
Value sliceList(OpBuilder &b, Location loc, Value list, Value offset,
                Value count) {
  RankedTensorType type = getListType(list);
  return tensor::ExtractSliceOp::create(
      b, loc, type, list, sliceOffsets(b, type.getRank(), offset),
      sliceSizes(b, loc, list, count), unitStrides(b, type.getRank()));
}

/// `xs.insert(i, v)`: Python clamps the index into [0, len] (negative ones
/// count from the end first).
struct ListInsertLowering : public OpConversionPattern<ts::ListInsertOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::ListInsertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value list = adaptor.getList(), element = adaptor.getElement();
    RankedTensorType type = getListType(list);
    if (!type ||
        (type.getRank() > 1 && !isa<RankedTensorType>(element.getType())))
      return rewriter.notifyMatchFailure(op, "list not converted");
    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type();
    Value n = getDimSize(rewriter, loc, list, 0);
    Value n64 = arith::IndexCastOp::create(rewriter, loc, i64, n);
    Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    Value i = adaptor.getIndex();
    Value negative = arith::CmpIOp::create(rewriter, loc,
                                           arith::CmpIPredicate::slt, i, zero);
    i = arith::SelectOp::create(rewriter, loc, negative,
                                arith::AddIOp::create(rewriter, loc, i, n64),
                                i);
    i = arith::MaxSIOp::create(rewriter, loc, i, zero);
    i = arith::MinSIOp::create(rewriter, loc, i, n64);
    Value at =
        arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), i);
    Value head =
        sliceList(rewriter, loc, list, constIndex(rewriter, loc, 0), at);
    Value tail = sliceList(rewriter, loc, list, at,
                           arith::SubIOp::create(rewriter, loc, n, at));
    Value single =
        singletonList(rewriter, loc, castElement(rewriter, loc, element, type));
    Value result = concatLists(rewriter, loc, head, single, type);
    rewriter.replaceOp(op, concatLists(rewriter, loc, result, tail, type));
    return success();
  }
};

/// `xs.pop(i)`: the list without element i, and that element.
struct ListPopLowering : public OpConversionPattern<ts::ListPopOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::ListPopOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value list = adaptor.getList();
    RankedTensorType type = getListType(list);
    Type elementType =
        getTypeConverter()->convertType(op.getElement().getType());
    if (!type || !elementType ||
        (type.getRank() > 1 && !isa<RankedTensorType>(elementType)))
      return rewriter.notifyMatchFailure(op, "list not converted");
    Location loc = op.getLoc();
    Value n = getDimSize(rewriter, loc, list, 0);
    Value i = checkedIndex(rewriter, loc, adaptor.getIndex(), n,
                           "IndexError: pop index out of range");
    Value element =
        extractElement(rewriter, loc, list, i,
                       type.getRank() == 1
                           ? elementType
                           : RankedTensorType::get(type.getShape().drop_front(),
                                                   type.getElementType()));
    if (element.getType() != elementType)
      element = tensor::CastOp::create(rewriter, loc, elementType, element);
    Value next =
        arith::AddIOp::create(rewriter, loc, i, constIndex(rewriter, loc, 1));
    Value head =
        sliceList(rewriter, loc, list, constIndex(rewriter, loc, 0), i);
    Value tail = sliceList(rewriter, loc, list, next,
                           arith::SubIOp::create(rewriter, loc, n, next));
    rewriter.replaceOp(op,
                       {concatLists(rewriter, loc, head, tail, type), element});
    return success();
  }
};

struct ListLenLowering : public OpConversionPattern<ts::AtenLenTOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenLenTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!getListType(adaptor.getA()))
      return rewriter.notifyMatchFailure(op, "list not converted");
    Value n = getDimSize(rewriter, op.getLoc(), adaptor.getA(), 0);
    rewriter.replaceOpWithNewOp<arith::IndexCastOp>(op, rewriter.getI64Type(),
                                                    n);
    return success();
  }
};

struct GetItemLowering : public OpConversionPattern<ts::AtenGetitemTOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenGetitemTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type resultType = getTypeConverter()->convertType(op.getType());
    Value index = adaptor.getIdx();
    if (!resultType || !index.getType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "not converted");
    Location loc = op.getLoc();
    ts::ListConstructOp construct = ts::getImmutableListConstruct(op.getList());
    if (!construct) {
      // A list built at run time.
      Value list = adaptor.getList();
      if (!getListType(list))
        return rewriter.notifyMatchFailure(op, "list not converted");
      Value i = checkedIndex(rewriter, loc, index,
                             getDimSize(rewriter, loc, list, 0));
      Value e = extractElement(
          rewriter, loc, list, i,
          isa<RankedTensorType>(resultType)
              ? RankedTensorType::get(getListType(list).getShape().drop_front(),
                                      getListType(list).getElementType())
              : resultType);
      if (e.getType() != resultType)
        e = tensor::CastOp::create(rewriter, loc, resultType, e);
      rewriter.replaceOp(op, e);
      return success();
    }
    // Known elements: a chain of selects, the list never exists.
    SmallVector<Value> elts;
    for (Value e : construct.getElements()) {
      Value v = rewriter.getRemappedValue(e);
      if (!v)
        return failure();
      if (v.getType() != resultType) {
        if (!isa<RankedTensorType>(v.getType()) ||
            !isa<RankedTensorType>(resultType))
          return rewriter.notifyMatchFailure(op, "element not converted");
        v = tensor::CastOp::create(rewriter, loc, resultType, v);
      }
      elts.push_back(v);
    }
    if (elts.empty())
      return rewriter.notifyMatchFailure(op, "empty list");
    Value i = checkedIndex(rewriter, loc, index,
                           constIndex(rewriter, loc, elts.size()));
    Value result = elts[0];
    for (int64_t k = 1, n = elts.size(); k < n; ++k) {
      Value isK = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                        i, constIndex(rewriter, loc, k));
      result = arith::SelectOp::create(rewriter, loc, isK, elts[k], result);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A loop over the elements of a 1-d list: `body(builder, element,
/// carried) -> carried`, from element `start`.
Value foldList(OpBuilder &b, Location loc, Value list, Value start, Value init,
               function_ref<Value(OpBuilder &, Value, Value)> body) {
  Value n = getDimSize(b, loc, list, 0);
  auto loop = scf::ForOp::create(
      b, loc, start, n, constIndex(b, loc, 1), ValueRange{init},
      [&](OpBuilder &nb, Location l, Value i, ValueRange carried) {
        Value e = tensor::ExtractOp::create(nb, l, list, i);
        scf::YieldOp::create(nb, l, body(nb, e, carried.front()));
      });
  return loop.getResult(0);
}

template <typename OpTy>
struct ContainsLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value list = adaptor.getL(), item = adaptor.getItem();
    if (!getListType(list) || getListType(list).getRank() != 1 ||
        getListType(list).getElementType() != item.getType())
      return rewriter.notifyMatchFailure(op, "list not converted");
    Location loc = op.getLoc();
    Value found = foldList(
        rewriter, loc, list, constIndex(rewriter, loc, 0),
        arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 0),
        [&](OpBuilder &b, Value e, Value acc) -> Value {
          Value eq = isa<FloatType>(e.getType())
                         ? arith::CmpFOp::create(
                               b, loc, arith::CmpFPredicate::OEQ, e, item)
                               .getResult()
                         : arith::CmpIOp::create(
                               b, loc, arith::CmpIPredicate::eq, e, item)
                               .getResult();
          return arith::OrIOp::create(b, loc, acc, eq);
        });
    rewriter.replaceOp(op, found);
    return success();
  }
};

/// max(xs) / min(xs) of a list of ints.
template <typename OpTy, bool IsMax>
struct ListExtremumLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value list = adaptor.getSelf();
    if (!getListType(list) || getListType(list).getRank() != 1)
      return rewriter.notifyMatchFailure(op, "list not converted");
    Location loc = op.getLoc();
    Value n = getDimSize(rewriter, loc, list, 0);
    Value empty = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                        n, constIndex(rewriter, loc, 0));
    emitRuntimeRaiseIf(rewriter, loc, empty,
                       IsMax ? "ValueError: max() arg is an empty sequence"
                             : "ValueError: min() arg is an empty sequence");
    Value first = tensor::ExtractOp::create(
        rewriter, loc, list, ValueRange{constIndex(rewriter, loc, 0)});
    Value result =
        foldList(rewriter, loc, list, constIndex(rewriter, loc, 1), first,
                 [&](OpBuilder &b, Value e, Value acc) -> Value {
                   if (IsMax)
                     return arith::MaxSIOp::create(b, loc, acc, e);
                   return arith::MinSIOp::create(b, loc, acc, e);
                 });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// The list's tensors stacked along `dim`: the list itself moved so that
/// its length is dimension `dim`.
Value stackAlong(OpBuilder &b, Location loc, Value list, int64_t dim) {
  if (dim == 0)
    return list;
  RankedTensorType type = getListType(list);
  int64_t rank = type.getRank();
  SmallVector<int64_t> perm;
  for (int64_t k = 1; k <= dim; ++k)
    perm.push_back(k);
  perm.push_back(0);
  for (int64_t k = dim + 1; k < rank; ++k)
    perm.push_back(k);
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, list);
  SmallVector<OpFoldResult> permuted;
  for (int64_t p : perm)
    permuted.push_back(sizes[p]);
  Value init = tensor::EmptyOp::create(b, loc, permuted, type.getElementType());
  return linalg::TransposeOp::create(b, loc, list, init, perm).getResult()[0];
}

/// torch.cat / torch.stack of a list built at run time.
template <typename OpTy, bool IsStack>
struct RuntimeListCatLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getTensors().template getDefiningOp<ts::ListConstructOp>())
      return rewriter.notifyMatchFailure(op, "elements known");
    Value list = adaptor.getTensors();
    RankedTensorType type = getListType(list);
    auto resultType = dyn_cast_or_null<RankedTensorType>(
        this->getTypeConverter()->convertType(op.getType()));
    std::optional<int64_t> dimArg = matchConstantInt(adaptor.getDim());
    if (!type || type.getRank() < 2 || !resultType || !dimArg)
      return rewriter.notifyMatchFailure(op, "list or dim not known");
    // Elements of rank r: stack takes dims in [-(r+1), r], cat in [-r, r).
    int64_t eltRank = type.getRank() - 1;
    FailureOr<int64_t> dim =
        normalizeDim(*dimArg, IsStack ? eltRank + 1 : eltRank);
    if (failed(dim))
      return rewriter.notifyMatchFailure(op, "dim out of range");
    Location loc = op.getLoc();
    Value empty = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                        getDimSize(rewriter, loc, list, 0),
                                        constIndex(rewriter, loc, 0));
    emitRuntimeRaiseIf(
        rewriter, loc, empty,
        IsStack ? "RuntimeError: stack expects a non-empty TensorList"
                : "RuntimeError: torch.cat(): expected a non-empty "
                  "list of Tensors");
    Value result = stackAlong(rewriter, loc, list, *dim);
    if (!IsStack) {
      SmallVector<ReassociationIndices> groups;
      for (int64_t k = 0; k < eltRank; ++k)
        groups.push_back(k == *dim  ? ReassociationIndices{k, k + 1}
                         : k < *dim ? ReassociationIndices{k}
                                    : ReassociationIndices{k + 1});
      result = tensor::CollapseShapeOp::create(rewriter, loc, result, groups);
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void tsc::populateListPatterns(const TypeConverter &converter,
                               RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns
      .add<ListConstructLowering, ListAppendLowering, ListInsertLowering,
           ListPopLowering, ListAddLowering, ListCopyLowering, ListLenLowering,
           GetItemLowering, ContainsLowering<ts::AtenContainsIntListOp>,
           ContainsLowering<ts::AtenContainsFloatListOp>,
           ListExtremumLowering<ts::PrimMaxSelfIntOp, true>,
           ListExtremumLowering<ts::PrimMinSelfIntOp, false>,
           RuntimeListCatLowering<ts::AtenCatOp, false>,
           RuntimeListCatLowering<ts::AtenStackOp, true>>(converter, ctx);
}
