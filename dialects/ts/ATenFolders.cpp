//===- ATenFolders.cpp - Constant folding of ATen scalar ops --------------===//
//
// Folders for the generated ATen ops that compute on scalars, lists and
// statically known tensor properties. They follow TorchScript's run-time
// semantics exactly (Python floor division and modulo, wrapping int64), and
// never fold an operation that raises at run time (division by zero), so
// that the error still happens where the program says.
//
//===----------------------------------------------------------------------===//

#include "ts/TSOps.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace tsc::ts {

namespace {
std::optional<int64_t> getInt(Attribute a) {
  if (auto i = dyn_cast_if_present<IntegerAttr>(a))
    if (!isa<BoolAttr>(a))
      return i.getValue().getSExtValue();
  return std::nullopt;
}
std::optional<double> getFloat(Attribute a) {
  if (auto f = dyn_cast_if_present<FloatAttr>(a))
    return f.getValueAsDouble();
  return std::nullopt;
}
std::optional<bool> getBool(Attribute a) {
  if (auto b = dyn_cast_if_present<BoolAttr>(a))
    return b.getValue();
  return std::nullopt;
}

Attribute intAttr(MLIRContext *ctx, int64_t v) {
  return IntegerAttr::get(IntegerType::get(ctx, 64), v);
}
Attribute floatAttr(MLIRContext *ctx, double v) {
  return FloatAttr::get(Float64Type::get(ctx), v);
}
Attribute boolAttr(MLIRContext *ctx, bool v) { return BoolAttr::get(ctx, v); }

// Two's complement wrap-around, as TorchScript's int64 arithmetic behaves,
// without C++ signed-overflow UB.
int64_t wrapAdd(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) +
                              static_cast<uint64_t>(b));
}
int64_t wrapSub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) -
                              static_cast<uint64_t>(b));
}
int64_t wrapMul(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) *
                              static_cast<uint64_t>(b));
}

template <typename F>
OpFoldResult foldIntBinary(Operation *op, ArrayRef<Attribute> operands, F f) {
  auto a = getInt(operands[0]), b = getInt(operands[1]);
  if (!a || !b)
    return {};
  std::optional<int64_t> r = f(*a, *b);
  if (!r)
    return {};
  return intAttr(op->getContext(), *r);
}

template <typename F>
OpFoldResult foldFloatBinary(Operation *op, ArrayRef<Attribute> operands, F f) {
  auto a = getFloat(operands[0]), b = getFloat(operands[1]);
  if (!a || !b)
    return {};
  std::optional<double> r = f(*a, *b);
  if (!r)
    return {};
  return floatAttr(op->getContext(), *r);
}

template <typename T, typename F>
OpFoldResult foldCompare(Operation *op, ArrayRef<Attribute> operands,
                         std::optional<T> (*get)(Attribute), F f) {
  auto a = get(operands[0]), b = get(operands[1]);
  if (!a || !b)
    return {};
  return boolAttr(op->getContext(), f(*a, *b));
}

std::optional<StringRef> getStr(Attribute a) {
  if (auto s = dyn_cast_if_present<StringAttr>(a))
    return s.getValue();
  return std::nullopt;
}

std::optional<int64_t> pyFloorDiv(int64_t a, int64_t b) {
  if (b == 0 || (a == INT64_MIN && b == -1))
    return std::nullopt;
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    --q;
  return q;
}

std::optional<int64_t> pyMod(int64_t a, int64_t b) {
  if (b == 0)
    return std::nullopt;
  if (b == -1)
    return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0)))
    r += b;
  return r;
}

/// For `__is__`/`__isnot__`: whether the identity comparison is decided by
/// the static types alone (None against a type that can never be None).
/// Whether `v` is None, when that is known statically: its type says so,
/// or it is a `ts.derefine` (T to Optional[T]) of something that is known.
std::optional<bool> isKnownNone(Value v) {
  Type t = v.getType();
  if (isa<NoneType>(t))
    return true;
  if (auto d = v.getDefiningOp<DerefineOp>())
    return isKnownNone(d.getOperand());
  if (isa<OptionalType, AnyType>(t))
    return std::nullopt;
  return false;
}

/// For `__is__`/`__isnot__`: whether the identity comparison is decided
/// statically (None against None, or against a value that is never None).
std::optional<bool> staticIs(Value a, Value b) {
  std::optional<bool> aNone = isKnownNone(a), bNone = isKnownNone(b);
  if (aNone && bNone && (*aNone || *bNone))
    return *aNone && *bNone;
  return std::nullopt;
}
} // namespace

//===----------------------------------------------------------------------===//
// List immutability
//===----------------------------------------------------------------------===//

bool onlyReadsList(Operation *user) {
  if (user->hasTrait<OpTrait::IsTerminator>())
    return false;
  // `xs + ys` and `list(xs)` make new lists; ts.list_append makes a new
  // list; an element of a list of tensors is a tensor.
  if (isa<AtenAddTOp, AtenListTOp, ListAppendOp, AtenGetitemTOp>(user))
    return true;
  auto effects = dyn_cast<MemoryEffectOpInterface>(user);
  if (!effects || effects.hasEffect<MemoryEffects::Write>() ||
      effects.hasEffect<MemoryEffects::Free>())
    return false;
  // A pure op that wraps the list (a tuple, an Optional) lets it escape.
  return llvm::all_of(user->getResultTypes(), [](Type t) {
    return isa<IntType, FloatType, BoolType, StrType, TensorType, NoneType>(t);
  });
}

bool isListNeverMutated(Value list) {
  return llvm::all_of(list.getUsers(), onlyReadsList);
}

ListConstructOp getImmutableListConstruct(Value v) {
  auto construct = v.getDefiningOp<ListConstructOp>();
  if (!construct || !isListNeverMutated(v))
    return nullptr;
  return construct;
}

//===----------------------------------------------------------------------===//
// int and float arithmetic
//===----------------------------------------------------------------------===//

OpFoldResult AtenAddIntOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getOperands(),
                       [](int64_t x, int64_t y) -> std::optional<int64_t> {
                         return wrapAdd(x, y);
                       });
}
OpFoldResult AtenSubIntOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getOperands(),
                       [](int64_t x, int64_t y) -> std::optional<int64_t> {
                         return wrapSub(x, y);
                       });
}
OpFoldResult AtenMulIntOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getOperands(),
                       [](int64_t x, int64_t y) -> std::optional<int64_t> {
                         return wrapMul(x, y);
                       });
}
OpFoldResult AtenFloordivIntOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getOperands(), pyFloorDiv);
}
OpFoldResult AtenRemainderIntOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getOperands(), pyMod);
}
OpFoldResult AtenNegIntOp::fold(FoldAdaptor a) {
  if (auto x = getInt(a.getA()))
    return intAttr(getContext(), wrapSub(0, *x));
  return {};
}
OpFoldResult AtenAddFloatOp::fold(FoldAdaptor a) {
  return foldFloatBinary(
      *this, a.getOperands(),
      [](double x, double y) -> std::optional<double> { return x + y; });
}
OpFoldResult AtenSubFloatOp::fold(FoldAdaptor a) {
  return foldFloatBinary(
      *this, a.getOperands(),
      [](double x, double y) -> std::optional<double> { return x - y; });
}
OpFoldResult AtenMulFloatOp::fold(FoldAdaptor a) {
  return foldFloatBinary(
      *this, a.getOperands(),
      [](double x, double y) -> std::optional<double> { return x * y; });
}
OpFoldResult AtenDivFloatOp::fold(FoldAdaptor a) {
  return foldFloatBinary(*this, a.getOperands(),
                         [](double x, double y) -> std::optional<double> {
                           if (y == 0)
                             return std::nullopt; // raises at run time
                           return x / y;
                         });
}
OpFoldResult AtenDivIntOp::fold(FoldAdaptor a) {
  auto x = getInt(a.getA()), y = getInt(a.getB());
  if (!x || !y || *y == 0)
    return {};
  return floatAttr(getContext(), double(*x) / double(*y));
}
OpFoldResult AtenNegFloatOp::fold(FoldAdaptor a) {
  if (auto x = getFloat(a.getA()))
    return floatAttr(getContext(), -*x);
  return {};
}

//===----------------------------------------------------------------------===//
// Comparisons and logic
//===----------------------------------------------------------------------===//

#define TSC_FOLD_CMP(OP, T, GET, EXPR)                                         \
  OpFoldResult OP::fold(FoldAdaptor a) {                                       \
    return foldCompare<T>(*this, a.getOperands(), GET,                         \
                          [](T x, T y) { return EXPR; });                      \
  }
TSC_FOLD_CMP(AtenEqIntOp, int64_t, getInt, x == y)
TSC_FOLD_CMP(AtenNeIntOp, int64_t, getInt, x != y)
TSC_FOLD_CMP(AtenLtIntOp, int64_t, getInt, x < y)
TSC_FOLD_CMP(AtenLeIntOp, int64_t, getInt, x <= y)
TSC_FOLD_CMP(AtenGtIntOp, int64_t, getInt, x > y)
TSC_FOLD_CMP(AtenGeIntOp, int64_t, getInt, x >= y)
TSC_FOLD_CMP(AtenEqFloatOp, double, getFloat, x == y)
TSC_FOLD_CMP(AtenNeFloatOp, double, getFloat, x != y)
TSC_FOLD_CMP(AtenLtFloatOp, double, getFloat, x < y)
TSC_FOLD_CMP(AtenLeFloatOp, double, getFloat, x <= y)
TSC_FOLD_CMP(AtenGtFloatOp, double, getFloat, x > y)
TSC_FOLD_CMP(AtenGeFloatOp, double, getFloat, x >= y)
TSC_FOLD_CMP(AtenEqBoolOp, bool, getBool, x == y)
TSC_FOLD_CMP(AtenNeBoolOp, bool, getBool, x != y)
TSC_FOLD_CMP(AtenAndBoolOp, bool, getBool, x &&y)
TSC_FOLD_CMP(AtenOrBoolOp, bool, getBool, x || y)
TSC_FOLD_CMP(AtenEqStrOp, StringRef, getStr, x == y)
TSC_FOLD_CMP(AtenNeStrOp, StringRef, getStr, x != y)
#undef TSC_FOLD_CMP

OpFoldResult AtenNotOp::fold(FoldAdaptor a) {
  if (auto x = getBool(a.getSelf()))
    return boolAttr(getContext(), !*x);
  // not(not(x)) -> x
  if (auto inner = getSelf().getDefiningOp<AtenNotOp>())
    return inner.getSelf();
  return {};
}

OpFoldResult AtenIsOp::fold(FoldAdaptor) {
  if (auto r = staticIs(getSelf(), getObj()))
    return boolAttr(getContext(), *r);
  return {};
}
OpFoldResult AtenIsnotOp::fold(FoldAdaptor) {
  if (auto r = staticIs(getSelf(), getObj()))
    return boolAttr(getContext(), !*r);
  return {};
}

//===----------------------------------------------------------------------===//
// Conversions and builtins
//===----------------------------------------------------------------------===//

OpFoldResult AtenIntFloatOp::fold(FoldAdaptor a) {
  auto x = getFloat(a.getA());
  // int() of nan/inf or of an out-of-range float raises at run time.
  if (!x || !std::isfinite(*x) || *x >= 9.2233720368547758e18 ||
      *x < -9.2233720368547758e18)
    return {};
  return intAttr(getContext(), static_cast<int64_t>(*x));
}
OpFoldResult AtenIntBoolOp::fold(FoldAdaptor a) {
  if (auto x = getBool(a.getA()))
    return intAttr(getContext(), *x ? 1 : 0);
  return {};
}
OpFoldResult AtenFloatIntOp::fold(FoldAdaptor a) {
  if (auto x = getInt(a.getA()))
    return floatAttr(getContext(), double(*x));
  return {};
}
OpFoldResult AtenBoolIntOp::fold(FoldAdaptor a) {
  if (auto x = getInt(a.getA()))
    return boolAttr(getContext(), *x != 0);
  return {};
}
OpFoldResult PrimAbsIntOp::fold(FoldAdaptor a) {
  if (auto x = getInt(a.getA()))
    return intAttr(getContext(), *x < 0 ? wrapSub(0, *x) : *x);
  return {};
}
OpFoldResult PrimMinIntOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getOperands(),
                       [](int64_t x, int64_t y) -> std::optional<int64_t> {
                         return std::min(x, y);
                       });
}
OpFoldResult PrimMaxIntOp::fold(FoldAdaptor a) {
  return foldIntBinary(*this, a.getOperands(),
                       [](int64_t x, int64_t y) -> std::optional<int64_t> {
                         return std::max(x, y);
                       });
}

OpFoldResult AtenRangeLengthOp::fold(FoldAdaptor a) {
  auto lo = getInt(a.getLo()), hi = getInt(a.getHi()),
       step = getInt(a.getStep());
  if (!lo || !hi || !step || *step == 0)
    return {};
  // Computed in 128 bits: hi - lo can overflow int64.
  __int128 l = *lo, h = *hi, s = *step, n = 0;
  if (s > 0 && l < h)
    n = (h - l - 1) / s + 1;
  else if (s < 0 && l > h)
    n = (l - h - 1) / (-s) + 1;
  return intAttr(getContext(), static_cast<int64_t>(n));
}

OpFoldResult AtenDeriveIndexOp::fold(FoldAdaptor a) {
  auto index = getInt(a.getIndex()), start = getInt(a.getStart()),
       step = getInt(a.getStep());
  if (!index || !start || !step)
    return {};
  return intAttr(getContext(), wrapAdd(*start, wrapMul(*index, *step)));
}

//===----------------------------------------------------------------------===//
// Lists, strings and tensor properties
//===----------------------------------------------------------------------===//

OpFoldResult AtenLenTOp::fold(FoldAdaptor) {
  if (ListConstructOp list = getImmutableListConstruct(getA()))
    return intAttr(getContext(), list.getElements().size());
  return {};
}

OpFoldResult AtenLenStrOp::fold(FoldAdaptor a) {
  if (auto s = getStr(a.getS()))
    return intAttr(getContext(), static_cast<int64_t>(s->size()));
  return {};
}

OpFoldResult AtenGetitemTOp::fold(FoldAdaptor a) {
  ListConstructOp list = getImmutableListConstruct(getList());
  auto idx = getInt(a.getIdx());
  if (!list || !idx)
    return {};
  int64_t n = list.getElements().size(), i = *idx < 0 ? *idx + n : *idx;
  if (i < 0 || i >= n) // raises IndexError at run time
    return {};
  Value elt = list.getElements()[i];
  return elt.getType() == getType() ? OpFoldResult(elt) : OpFoldResult();
}

OpFoldResult AtenSizeIntOp::fold(FoldAdaptor a) {
  auto t = cast<TensorType>(getSelf().getType());
  auto dim = getInt(a.getDim());
  if (!t.hasSizes() || !dim)
    return {};
  int64_t rank = t.getSizes()->size(), d = *dim < 0 ? *dim + rank : *dim;
  if (d < 0 || d >= rank || ShapedType::isDynamic((*t.getSizes())[d]))
    return {};
  return intAttr(getContext(), (*t.getSizes())[d]);
}

OpFoldResult AtenDimOp::fold(FoldAdaptor) {
  auto t = cast<TensorType>(getSelf().getType());
  if (!t.hasSizes())
    return {};
  return intAttr(getContext(), t.getSizes()->size());
}

OpFoldResult AtenNumelOp::fold(FoldAdaptor) {
  auto t = cast<TensorType>(getSelf().getType());
  if (!t.hasSizes() || ShapedType::isDynamicShape(*t.getSizes()))
    return {};
  // A named ArrayRef: ranging over `*t.getSizes()` would dangle.
  ArrayRef<int64_t> sizes = *t.getSizes();
  int64_t n = 1;
  for (int64_t s : sizes)
    n *= s;
  return intAttr(getContext(), n);
}

} // namespace tsc::ts

namespace tsc::ts {
/// `x.dtype` of a tensor whose dtype is known is that dtype's ScalarType.
OpFoldResult PrimDtypeOp::fold(FoldAdaptor) {
  auto t = cast<TensorType>(getA().getType());
  int64_t code = t.hasDtype() ? getScalarTypeCode(t.getDtype()) : -1;
  if (code < 0)
    return {};
  return IntegerAttr::get(IntegerType::get(getContext(), 64), code);
}
} // namespace tsc::ts

namespace tsc::ts {
namespace {
/// `x.size()` of a tensor of known rank is the list of its sizes, which
/// folds further (`x.size()[1]`, `len(x.size())`, loops over it).
struct SizeListOfRankedTensor : public OpRewritePattern<AtenSizeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AtenSizeOp op,
                                PatternRewriter &rewriter) const override {
    auto t = cast<TensorType>(op.getSelf().getType());
    if (!t.hasSizes())
      return failure();
    SmallVector<Value> sizes;
    for (int64_t i = 0, e = t.getSizes()->size(); i < e; ++i) {
      Value dim = ConstantOp::createInt(rewriter, op.getLoc(), i);
      sizes.push_back(AtenSizeIntOp::create(rewriter, op.getLoc(),
                                            IntType::get(getContext()),
                                            op.getSelf(), dim));
    }
    rewriter.replaceOpWithNewOp<ListConstructOp>(op, op.getType(), sizes);
    return success();
  }
};
} // namespace

void AtenSizeOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                             MLIRContext *context) {
  results.add<SizeListOfRankedTensor>(context);
}
} // namespace tsc::ts

namespace tsc::ts {
namespace {
/// `[x, y][1]` with a constant index is the element, cast to the list's
/// element type where the element is more refined (the fold handles equal
/// types).
struct GetItemOfRefinedElement : public OpRewritePattern<AtenGetitemTOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AtenGetitemTOp op,
                                PatternRewriter &rewriter) const override {
    ListConstructOp list = getImmutableListConstruct(op.getList());
    IntegerAttr idx;
    if (!list || !matchPattern(op.getIdx(), m_Constant(&idx)))
      return failure();
    int64_t n = list.getElements().size(), i = idx.getInt();
    if (i < 0)
      i += n;
    if (i < 0 || i >= n)
      return failure();
    Value elt = list.getElements()[i];
    auto from = dyn_cast<TensorType>(elt.getType());
    auto to = dyn_cast<TensorType>(op.getType());
    if (!from || !to || from == to)
      return failure();
    rewriter.replaceOpWithNewOp<TensorCastOp>(op, to, elt);
    return success();
  }
};
} // namespace

void AtenGetitemTOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                                 MLIRContext *context) {
  results.add<GetItemOfRefinedElement>(context);
}
} // namespace tsc::ts
