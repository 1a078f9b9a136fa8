//===- ShapeFunctions.cpp - Dtype and shape rules of ts ops ---------------===//
//
// Each rule mirrors what PyTorch 1.13 computes at run time (checked against
// it): `at::result_type`'s three categories of operands (tensors with
// dimensions, zero-dimensional tensors, wrapped Python numbers), NumPy-style
// broadcasting, and the size arithmetic of views, reductions and factories.
// Where a rule depends on something unknown, every possibility is tried and
// a result is given only when they all agree.
//
//===----------------------------------------------------------------------===//

#include "tsc/Transforms/ShapeFunctions.h"
#include "ts/TSOps.h"

#include "mlir/IR/Matchers.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;

namespace tsc::ts {

namespace {
constexpr int64_t kDynamic = ShapedType::kDynamic;
using Sizes = SmallVector<int64_t>;
/// Sizes if the rank is known.
using MaybeSizes = std::optional<Sizes>;

//===----------------------------------------------------------------------===//
// Operands
//===----------------------------------------------------------------------===//

/// Derefine only changes the static type: constants and lists show through.
Value stripDerefine(Value v) {
  while (auto d = v.getDefiningOp<DerefineOp>())
    v = d.getOperand();
  return v;
}

MaybeSizes getSizes(Value v);

std::optional<int64_t> getConstInt(Value v) {
  // Sizes of refined tensors are constants the canonicalizer has not folded
  // yet: `torch.zeros(x.size(0), 4)`.
  if (auto size = stripDerefine(v).getDefiningOp<AtenSizeIntOp>()) {
    MaybeSizes sizes = getSizes(size.getSelf());
    std::optional<int64_t> dim = getConstInt(size.getDim());
    if (!sizes || !dim)
      return std::nullopt;
    int64_t rank = sizes->size(), d = *dim < 0 ? *dim + rank : *dim;
    if (d < 0 || d >= rank || ShapedType::isDynamic((*sizes)[d]))
      return std::nullopt;
    return (*sizes)[d];
  }
  if (auto dim = stripDerefine(v).getDefiningOp<AtenDimOp>())
    if (MaybeSizes sizes = getSizes(dim.getSelf()))
      return static_cast<int64_t>(sizes->size());
  Attribute a;
  if (!matchPattern(stripDerefine(v), m_Constant(&a)) || isa<BoolAttr>(a))
    return std::nullopt;
  if (auto i = dyn_cast<IntegerAttr>(a))
    return i.getInt();
  return std::nullopt;
}

std::optional<bool> getConstBool(Value v) {
  Attribute a;
  if (matchPattern(stripDerefine(v), m_Constant(&a)))
    if (auto b = dyn_cast<BoolAttr>(a))
      return b.getValue();
  return std::nullopt;
}

/// An int or float constant, as a double, and whether it is an int.
std::optional<std::pair<double, bool>> getConstNumber(Value v) {
  Attribute a;
  if (!matchPattern(stripDerefine(v), m_Constant(&a)) || isa<BoolAttr>(a))
    return std::nullopt;
  if (auto i = dyn_cast<IntegerAttr>(a))
    return std::pair{static_cast<double>(i.getInt()), true};
  if (auto f = dyn_cast<FloatAttr>(a))
    return std::pair{f.getValueAsDouble(), false};
  return std::nullopt;
}

bool isNone(Value v) { return isa<NoneType>(stripDerefine(v).getType()); }

TensorType tensorOf(Value v) {
  return dyn_cast<TensorType>(stripDerefine(v).getType());
}

MaybeSizes getSizes(Value v) {
  if (TensorType t = tensorOf(v); t && t.hasSizes())
    return Sizes(*t.getSizes());
  return std::nullopt;
}

Type getDtype(Value v) {
  TensorType t = tensorOf(v);
  return t ? t.getDtype() : Type();
}

/// A `ScalarType?` operand: std::nullopt when unknown, a null Type for None.
std::optional<Type> getDtypeArg(Value v) {
  v = stripDerefine(v);
  if (isa<NoneType>(v.getType()))
    return Type();
  if (auto d = v.getDefiningOp<PrimDtypeOp>())
    if (Type t = getDtype(d.getA()))
      return t;
  if (auto code = getConstInt(v))
    if (Type t = getDtypeForScalarTypeCode(v.getContext(), *code))
      return t;
  return std::nullopt;
}

/// The elements of an int list of known length, kDynamic where unknown.
MaybeSizes getIntList(Value v) {
  v = stripDerefine(v);
  if (ListConstructOp list = getImmutableListConstruct(v)) {
    Sizes r;
    for (Value e : list.getElements())
      r.push_back(getConstInt(e).value_or(kDynamic));
    return r;
  }
  // `x.view(y.size())`
  if (auto size = v.getDefiningOp<AtenSizeOp>())
    if (isListNeverMutated(v))
      return getSizes(size.getSelf());
  return std::nullopt;
}

Type makeTensor(MLIRContext *ctx, const MaybeSizes &sizes, Type dtype) {
  if (sizes)
    return TensorType::get(ctx, ArrayRef<int64_t>(*sizes), dtype);
  return TensorType::get(ctx, std::nullopt, dtype);
}

//===----------------------------------------------------------------------===//
// Dtypes
//===----------------------------------------------------------------------===//

bool isFloatDtype(Type t) { return t && isa<mlir::FloatType>(t); }
bool isBoolDtype(Type t) { return t && t.isSignlessInteger(1); }
bool isIntegralDtype(Type t) {
  return t && isa<IntegerType>(t) && !isBoolDtype(t);
}

Type i64Type(MLIRContext *ctx) { return IntegerType::get(ctx, 64); }
Type i1Type(MLIRContext *ctx) { return IntegerType::get(ctx, 1); }
/// torch.get_default_dtype(): what float factories and int-to-float
/// operations produce.
Type defaultFloat(MLIRContext *ctx) { return Float32Type::get(ctx); }

SmallVector<Type> allDtypes(MLIRContext *ctx) {
  Builder b(ctx);
  return {b.getF16Type(),
          b.getBF16Type(),
          b.getF32Type(),
          b.getF64Type(),
          IntegerType::get(ctx, 8, IntegerType::Unsigned),
          b.getI8Type(),
          b.getI16Type(),
          b.getI32Type(),
          b.getI64Type(),
          b.getI1Type()};
}

Type promoteSkipUndefined(Type a, Type b) {
  if (!a)
    return b;
  if (!b)
    return a;
  return promoteDtypes(a, b);
}

/// at::native's combine_categories: a lower-priority category only changes
/// the result when it is of a higher kind (float over int over bool).
Type combineCategories(Type higher, Type lower) {
  if (isFloatDtype(higher))
    return higher;
  if (!higher)
    return lower;
  if (isBoolDtype(higher) || isFloatDtype(lower))
    return promoteSkipUndefined(higher, lower);
  return higher;
}

enum class Kind { Dim, Zero, Wrapped, Absent };

/// The possible dtypes and categories of one operand of at::result_type.
struct PromotionOperand {
  SmallVector<Type> dtypes;
  SmallVector<Kind, 3> kinds;
};

std::optional<PromotionOperand> classify(Value v) {
  MLIRContext *ctx = v.getContext();
  Type t = stripDerefine(v).getType();
  PromotionOperand p;
  if (isa<NoneType>(t)) {
    p.kinds = {Kind::Absent};
    return p;
  }
  bool maybeAbsent = false;
  if (auto opt = dyn_cast<OptionalType>(t)) {
    t = opt.getElementType();
    maybeAbsent = true;
  }
  if (auto tensor = dyn_cast<TensorType>(t)) {
    if (tensor.hasDtype())
      p.dtypes = {tensor.getDtype()};
    else
      p.dtypes = allDtypes(ctx);
    if (!tensor.hasSizes())
      p.kinds = {Kind::Dim, Kind::Zero};
    else if (tensor.getSizes()->empty())
      p.kinds = {Kind::Zero};
    else
      p.kinds = {Kind::Dim};
  } else {
    // Python numbers are wrapped into tensors of these dtypes.
    if (isa<IntType>(t))
      p.dtypes = {i64Type(ctx)};
    else if (isa<FloatType>(t))
      p.dtypes = {defaultFloat(ctx)};
    else if (isa<BoolType>(t))
      p.dtypes = {i1Type(ctx)};
    else if (isa<NumberType>(t))
      p.dtypes = {i64Type(ctx), defaultFloat(ctx), i1Type(ctx)};
    else
      return std::nullopt;
    p.kinds = {Kind::Wrapped};
  }
  if (maybeAbsent)
    p.kinds.push_back(Kind::Absent);
  return p;
}

/// at::result_type of `operands` (tensors, scalars, optional ones), or null
/// when it depends on something unknown.
Type resultDtype(ArrayRef<Value> operands) {
  SmallVector<PromotionOperand> ops;
  for (Value v : operands) {
    std::optional<PromotionOperand> p = classify(v);
    if (!p)
      return Type();
    ops.push_back(std::move(*p));
  }
  Type result;
  bool first = true, agree = true;
  std::function<void(unsigned, Type, Type, Type)> visit =
      [&](unsigned i, Type dim, Type zero, Type wrapped) {
        if (!agree)
          return;
        if (i == ops.size()) {
          Type r = combineCategories(dim, combineCategories(zero, wrapped));
          if (first)
            result = r;
          else if (r != result)
            agree = false;
          first = false;
          return;
        }
        for (Kind k : ops[i].kinds) {
          if (k == Kind::Absent) {
            visit(i + 1, dim, zero, wrapped);
            continue;
          }
          for (Type t : ops[i].dtypes) {
            if (k == Kind::Dim)
              visit(i + 1, promoteSkipUndefined(dim, t), zero, wrapped);
            else if (k == Kind::Zero)
              visit(i + 1, dim, promoteSkipUndefined(zero, t), wrapped);
            else
              visit(i + 1, dim, zero, promoteSkipUndefined(wrapped, t));
          }
        }
      };
  visit(0, Type(), Type(), Type());
  return agree ? result : Type();
}

/// The dtype of operands that must all have the same one (mm, cat of
/// matching tensors): a mismatch raises, so one known dtype decides.
Type sameDtype(ArrayRef<Value> operands) {
  Type result;
  for (Value v : operands) {
    Type t = getDtype(v);
    if (!t)
      continue;
    if (result && result != t)
      return Type();
    result = t;
  }
  return result;
}

//===----------------------------------------------------------------------===//
// Sizes
//===----------------------------------------------------------------------===//

/// PyTorch's maybe_wrap_dim: a 0-d tensor accepts dims 0 and -1.
std::optional<int64_t> wrapDim(std::optional<int64_t> dim, int64_t rank) {
  if (!dim)
    return std::nullopt;
  int64_t r = std::max<int64_t>(rank, 1);
  int64_t d = *dim < 0 ? *dim + r : *dim;
  if (d < 0 || d >= r)
    return std::nullopt;
  return d;
}

int64_t broadcastDim(int64_t a, int64_t b) {
  if (a == 1)
    return b;
  if (b == 1 || a == b)
    return a;
  // A dynamic size against a static one other than 1 must be 1 or equal.
  if (ShapedType::isDynamic(a))
    return b;
  if (ShapedType::isDynamic(b))
    return a;
  return kDynamic; // mismatch: raises at run time
}

MaybeSizes broadcastShapes(ArrayRef<MaybeSizes> shapes) {
  Sizes r;
  for (const MaybeSizes &s : shapes) {
    if (!s)
      return std::nullopt;
    if (s->size() > r.size())
      r.insert(r.begin(), s->size() - r.size(), 1);
    size_t offset = r.size() - s->size();
    for (auto [i, size] : llvm::enumerate(*s))
      r[offset + i] = broadcastDim(r[offset + i], size);
  }
  return r;
}

/// Two equal-by-contract sizes: the known one.
int64_t mergeDim(int64_t a, int64_t b) {
  if (ShapedType::isDynamic(a))
    return b;
  if (ShapedType::isDynamic(b) || a == b)
    return a;
  return kDynamic;
}

/// What is known of a tensor that has one of two shapes.
MaybeSizes joinShapes(const MaybeSizes &a, const MaybeSizes &b) {
  if (!a || !b || a->size() != b->size())
    return std::nullopt;
  Sizes r;
  for (auto [x, y] : llvm::zip(*a, *b))
    r.push_back(x == y ? x : kDynamic);
  return r;
}

/// Broadcasts the shapes of tensor operands; scalars do not take part, and
/// an operand that may be None contributes both possibilities.
MaybeSizes broadcastOperands(ArrayRef<Value> operands) {
  SmallVector<MaybeSizes> known;
  SmallVector<Value> maybe;
  for (Value v : operands) {
    Type t = stripDerefine(v).getType();
    if (isa<OptionalType>(t)) {
      if (!isa<TensorType>(cast<OptionalType>(t).getElementType()))
        continue;
      maybe.push_back(v);
      continue;
    }
    if (isa<TensorType>(t))
      known.push_back(getSizes(v));
  }
  MaybeSizes result = broadcastShapes(known);
  for (Value v : maybe) {
    SmallVector<MaybeSizes> with{result, getSizes(v)};
    result = joinShapes(result, broadcastShapes(with));
  }
  return result;
}

int64_t product(ArrayRef<int64_t> sizes) {
  int64_t n = 1;
  for (int64_t s : sizes) {
    if (ShapedType::isDynamic(s))
      return kDynamic;
    n *= s;
  }
  return n;
}

/// Reduces `dims` of `in` (all of them when `dims` is std::nullopt).
MaybeSizes reduceShape(const MaybeSizes &in, const MaybeSizes &dims,
                       std::optional<bool> keepdim) {
  if (!in)
    return std::nullopt;
  int64_t rank = in->size();
  if (rank == 0)
    return Sizes();
  if (!keepdim)
    return std::nullopt;
  if (!dims)
    return *keepdim ? Sizes(rank, 1) : Sizes();
  SmallVector<bool> reduced(rank, false);
  for (int64_t d : *dims) {
    if (ShapedType::isDynamic(d)) {
      // Some dim we cannot name: the rank is all we know.
      if (*keepdim) {
        Sizes r(*in);
        for (int64_t &s : r)
          if (s != 1)
            s = kDynamic;
        return r;
      }
      return Sizes(rank - dims->size(), kDynamic);
    }
    std::optional<int64_t> w = wrapDim(d, rank);
    if (!w)
      return std::nullopt;
    reduced[*w] = true;
  }
  Sizes r;
  for (int64_t i = 0; i < rank; ++i) {
    if (!reduced[i])
      r.push_back((*in)[i]);
    else if (*keepdim)
      r.push_back(1);
  }
  return r;
}

/// torch.matmul, all cases: dot, matrix-vector, vector-matrix, batched with
/// broadcast batch dims.
MaybeSizes matmulShape(const MaybeSizes &a, const MaybeSizes &b) {
  if (!a || !b || a->empty() || b->empty())
    return std::nullopt;
  size_t ra = a->size(), rb = b->size();
  if (ra == 1 && rb == 1)
    return Sizes();
  if (ra == 2 && rb == 1)
    return Sizes{(*a)[0]};
  if (ra == 1 && rb == 2)
    return Sizes{(*b)[1]};
  if (ra == 2 && rb == 2)
    return Sizes{(*a)[0], (*b)[1]};
  // Batched: a 1-d operand gets a unit dim that is dropped again.
  MaybeSizes batchA = Sizes(a->begin(), a->end() - std::min<size_t>(ra, 2));
  MaybeSizes batchB = Sizes(b->begin(), b->end() - std::min<size_t>(rb, 2));
  MaybeSizes r = broadcastShapes({batchA, batchB});
  if (ra >= 2)
    r->push_back((*a)[ra - 2]);
  if (rb >= 2)
    r->push_back((*b)[rb - 1]);
  return r;
}

/// aten::slice's clamping of start and end, for a known size.
int64_t sliceSize(int64_t size, std::optional<int64_t> start,
                  std::optional<int64_t> end, int64_t step) {
  int64_t s = start.value_or(0), e = end.value_or(INT64_MAX);
  if (s < 0)
    s += size;
  if (e < 0)
    e += size;
  if (s < 0)
    s = 0;
  else if (s >= size)
    s = size;
  if (e < s)
    e = s;
  else if (e >= size)
    e = size;
  return (e - s + step - 1) / step;
}

/// reshape/view: the requested sizes, with the one unknown entry (-1 or a
/// non-constant) inferred from the element count when that is known.
MaybeSizes reshapeShape(const MaybeSizes &in, MaybeSizes shape) {
  if (!shape)
    return std::nullopt;
  int64_t unknown = -1, known = 1, numUnknown = 0;
  for (auto [i, s] : llvm::enumerate(*shape)) {
    if (s == -1)
      s = kDynamic;
    if (ShapedType::isDynamic(s)) {
      unknown = i;
      ++numUnknown;
    } else if (s < 0) {
      return std::nullopt; // raises
    } else {
      known *= s;
    }
  }
  int64_t numel = in ? product(*in) : kDynamic;
  if (numUnknown == 1 && !ShapedType::isDynamic(numel) && known != 0 &&
      numel % known == 0)
    (*shape)[unknown] = numel / known;
  return shape;
}

/// The shape of `torch.tensor(data)` for nested lists of numbers.
MaybeSizes nestedListShape(Value list) {
  ListConstructOp construct = getImmutableListConstruct(stripDerefine(list));
  if (!construct)
    return std::nullopt;
  Sizes r{static_cast<int64_t>(construct.getElements().size())};
  if (!isa<ListType>(construct.getType().getElementType()))
    return r;
  if (construct.getElements().empty())
    return std::nullopt;
  MaybeSizes inner;
  for (Value e : construct.getElements()) {
    MaybeSizes s = nestedListShape(e);
    if (!s || (inner && *inner != *s))
      return std::nullopt;
    inner = s;
  }
  r.append(inner->begin(), inner->end());
  return r;
}

Type innermostElementType(Type t) {
  while (auto l = dyn_cast<ListType>(t))
    t = l.getElementType();
  return t;
}

/// The dtype of a Python number as a factory sees it (default dtype for
/// floats).
Type numberDtype(Type t) {
  MLIRContext *ctx = t.getContext();
  if (isa<IntType>(t))
    return i64Type(ctx);
  if (isa<FloatType>(t))
    return defaultFloat(ctx);
  if (isa<BoolType>(t))
    return i1Type(ctx);
  return Type();
}

//===----------------------------------------------------------------------===//
// Rules by op group
//===----------------------------------------------------------------------===//

/// Operations computed in the promoted dtype, broadcast.
Type promotingElementwise(Operation *op, ArrayRef<Value> operands) {
  return makeTensor(op->getContext(), broadcastOperands(operands),
                    resultDtype(operands));
}

/// True division: integral results become the default float dtype.
Type trueDivide(Operation *op, Value a, Value b) {
  Type dtype = resultDtype({a, b});
  if (dtype && !isFloatDtype(dtype))
    dtype = defaultFloat(op->getContext());
  return makeTensor(op->getContext(), broadcastOperands({a, b}), dtype);
}

/// div with `rounding_mode`: true division when it is None.
Type divideWithMode(Operation *op, Value a, Value b, Value mode) {
  if (isNone(mode))
    return trueDivide(op, a, b);
  Type dtype = resultDtype({a, b});
  bool modeKnown = !isa<OptionalType>(stripDerefine(mode).getType());
  if (!modeKnown && !isFloatDtype(dtype))
    dtype = Type();
  return makeTensor(op->getContext(), broadcastOperands({a, b}), dtype);
}

Type comparison(Operation *op, ArrayRef<Value> operands) {
  return makeTensor(op->getContext(), broadcastOperands(operands),
                    i1Type(op->getContext()));
}

/// Unary ops that keep the dtype; `allowBool`/`allowInt` say which inputs
/// they accept (others raise, so no dtype is claimed).
Type sameDtypeUnary(Value self, bool allowInt, bool allowBool) {
  Type dtype = getDtype(self);
  if ((isBoolDtype(dtype) && !allowBool) ||
      (isIntegralDtype(dtype) && !allowInt))
    dtype = Type();
  return makeTensor(self.getContext(), getSizes(self), dtype);
}

/// Floating-point functions: integral inputs give the default float dtype.
Type floatUnary(Value self) {
  Type dtype = getDtype(self);
  if (dtype && !isFloatDtype(dtype))
    dtype = defaultFloat(self.getContext());
  return makeTensor(self.getContext(), getSizes(self), dtype);
}

/// sum/prod: integral and bool inputs accumulate in int64.
Type sumDtype(Value self, Value dtypeArg) {
  std::optional<Type> given = getDtypeArg(dtypeArg);
  if (!given)
    return Type();
  if (*given)
    return *given;
  Type t = getDtype(self);
  if (t && !isFloatDtype(t))
    return i64Type(self.getContext());
  return t;
}

/// mean: only floating inputs, unless a dtype is given.
Type meanDtype(Value self, Value dtypeArg) {
  std::optional<Type> given = getDtypeArg(dtypeArg);
  if (!given)
    return Type();
  if (*given)
    return *given;
  Type t = getDtype(self);
  return isFloatDtype(t) ? t : Type();
}

/// softmax/log_softmax, to.prim_Device: the given dtype or the input's.
Type givenOrSelfDtype(Value self, Value dtypeArg, bool floatOnly) {
  std::optional<Type> given = getDtypeArg(dtypeArg);
  if (!given)
    return Type();
  if (*given)
    return *given;
  Type t = getDtype(self);
  return (!floatOnly || isFloatDtype(t)) ? t : Type();
}

/// A reduction's dims operand: std::nullopt for "all dims" (None or []).
/// Returns false if unknown.
bool getReductionDims(Value dims, MaybeSizes &result) {
  if (isNone(dims)) {
    result = std::nullopt;
    return true;
  }
  result = getIntList(dims);
  if (!result)
    return false;
  if (result->empty())
    result = std::nullopt;
  return true;
}

Type reduction(Value self, Value dims, Value keepdim, Type dtype) {
  MLIRContext *ctx = self.getContext();
  MaybeSizes d;
  if (!getReductionDims(dims, d)) {
    // Unknown dims: only a 0-d input's shape is certain.
    MaybeSizes in = getSizes(self);
    return makeTensor(ctx, in && in->empty() ? in : std::nullopt, dtype);
  }
  return makeTensor(ctx, reduceShape(getSizes(self), d, getConstBool(keepdim)),
                    dtype);
}

/// max.dim/min.dim/argmax with one int dim.
MaybeSizes reduceOneDim(Value self, std::optional<int64_t> dim, Value keepdim) {
  MaybeSizes in = getSizes(self);
  if (in && in->empty())
    return Sizes();
  if (!dim) {
    std::optional<bool> keep = getConstBool(keepdim);
    if (in && keep && *keep)
      return Sizes(in->size(), kDynamic);
    if (in && keep)
      return Sizes(in->size() - 1, kDynamic);
    return std::nullopt;
  }
  return reduceShape(in, Sizes{*dim}, getConstBool(keepdim));
}

MaybeSizes transposeShape(MaybeSizes in, std::optional<int64_t> d0,
                          std::optional<int64_t> d1) {
  if (!in)
    return std::nullopt;
  int64_t rank = in->size();
  auto a = wrapDim(d0, rank), b = wrapDim(d1, rank);
  if (!a || !b)
    return rank == 0 ? in : Sizes(rank, kDynamic);
  if (rank > 0)
    std::swap((*in)[*a], (*in)[*b]);
  return in;
}

MaybeSizes permuteShape(const MaybeSizes &in, const MaybeSizes &dims) {
  if (!dims)
    return in ? MaybeSizes(Sizes(in->size(), kDynamic)) : std::nullopt;
  Sizes r;
  for (int64_t d : *dims) {
    std::optional<int64_t> w;
    if (in && !ShapedType::isDynamic(d))
      w = wrapDim(d, in->size());
    r.push_back(w ? (*in)[*w] : kDynamic);
  }
  return r;
}

MaybeSizes flattenShape(const MaybeSizes &in, std::optional<int64_t> start,
                        std::optional<int64_t> end) {
  if (!in)
    return std::nullopt;
  int64_t rank = in->size();
  if (rank == 0)
    return Sizes{1};
  auto s = wrapDim(start, rank), e = wrapDim(end, rank);
  if (!s || !e || *s > *e)
    return std::nullopt;
  Sizes r(in->begin(), in->begin() + *s);
  r.push_back(product(ArrayRef<int64_t>(*in).slice(*s, *e - *s + 1)));
  r.append(in->begin() + *e + 1, in->end());
  return r;
}

MaybeSizes squeezeShape(const MaybeSizes &in) {
  if (!in)
    return std::nullopt;
  Sizes r;
  for (int64_t s : *in) {
    if (ShapedType::isDynamic(s))
      return std::nullopt; // might be 1: the rank is unknown
    if (s != 1)
      r.push_back(s);
  }
  return r;
}

MaybeSizes squeezeDimShape(MaybeSizes in, std::optional<int64_t> dim) {
  if (!in)
    return std::nullopt;
  if (in->empty())
    return in;
  auto d = wrapDim(dim, in->size());
  if (!d || ShapedType::isDynamic((*in)[*d]))
    return std::nullopt;
  if ((*in)[*d] == 1)
    in->erase(in->begin() + *d);
  return in;
}

MaybeSizes unsqueezeShape(MaybeSizes in, std::optional<int64_t> dim) {
  if (!in)
    return std::nullopt;
  auto d = wrapDim(dim, in->size() + 1);
  if (!d)
    return Sizes(in->size() + 1, kDynamic);
  in->insert(in->begin() + *d, 1);
  return in;
}

MaybeSizes selectShape(MaybeSizes in, std::optional<int64_t> dim) {
  if (!in || in->empty())
    return std::nullopt;
  auto d = wrapDim(dim, in->size());
  if (!d)
    return Sizes(in->size() - 1, kDynamic);
  in->erase(in->begin() + *d);
  return in;
}

MaybeSizes sliceShape(MaybeSizes in, AtenSliceTensorOp op) {
  if (!in || in->empty())
    return std::nullopt;
  auto d = wrapDim(getConstInt(op.getDim()), in->size());
  if (!d)
    return Sizes(in->size(), kDynamic);
  int64_t &size = (*in)[*d];
  std::optional<int64_t> start, end, step = getConstInt(op.getStep());
  bool startKnown = isNone(op.getStart()), endKnown = isNone(op.getEnd());
  if (!startKnown && (start = getConstInt(op.getStart())))
    startKnown = true;
  if (!endKnown && (end = getConstInt(op.getEnd())))
    endKnown = true;
  if (ShapedType::isDynamic(size) || !startKnown || !endKnown || !step ||
      *step <= 0) {
    // x[:] and x[0:] keep the size even when it is unknown.
    if (!(startKnown && endKnown && start.value_or(0) == 0 && !end &&
          step == 1))
      size = kDynamic;
    return in;
  }
  size = sliceSize(size, start, end, *step);
  return in;
}

MaybeSizes expandShape(const MaybeSizes &in, const MaybeSizes &sizes) {
  if (!sizes)
    return std::nullopt;
  if (!in)
    return Sizes(sizes->size(), kDynamic);
  if (sizes->size() < in->size())
    return std::nullopt; // raises
  Sizes r;
  size_t lead = sizes->size() - in->size();
  for (auto [i, s] : llvm::enumerate(*sizes)) {
    if (i < lead) {
      r.push_back(s >= 0 ? s : kDynamic);
      continue;
    }
    int64_t old = (*in)[i - lead];
    if (s == -1)
      r.push_back(old);
    else if (ShapedType::isDynamic(s))
      // Only size-1 dims expand: any other known size stays.
      r.push_back(!ShapedType::isDynamic(old) && old != 1 ? old : kDynamic);
    else
      r.push_back(s);
  }
  return r;
}

/// The tensors of a `Tensor[]` operand, if it is an unmutated list.
std::optional<SmallVector<Value>> getTensorList(Value list) {
  ListConstructOp construct = getImmutableListConstruct(stripDerefine(list));
  if (!construct || construct.getElements().empty())
    return std::nullopt;
  return SmallVector<Value>(construct.getElements());
}

/// The element type of a list of tensors whose elements are not known (a
/// list built at run time), if its type gives sizes and a dtype.
TensorType runtimeListElement(Value list) {
  auto type = dyn_cast<ListType>(stripDerefine(list).getType());
  auto elt = type ? dyn_cast<TensorType>(type.getElementType()) : TensorType();
  if (!elt || !elt.hasSizes() || !elt.hasDtype())
    return TensorType();
  return elt;
}

/// cat or stack of a list built at run time: its tensors all have the
/// list's element type, their number is unknown.
Type runtimeCatOrStack(Value list, std::optional<int64_t> dim, bool stack) {
  TensorType elt = runtimeListElement(list);
  if (!elt)
    return Type();
  Sizes r(*elt.getSizes());
  auto d = wrapDim(dim, r.size() + (stack ? 1 : 0));
  if (!d)
    return Type();
  if (stack)
    r.insert(r.begin() + *d, kDynamic);
  else
    r[*d] = kDynamic;
  return makeTensor(elt.getContext(), r, elt.getDtype());
}

Type catResult(Operation *op, Value list, std::optional<int64_t> dim) {
  MLIRContext *ctx = op->getContext();
  auto tensors = getTensorList(list);
  if (!tensors)
    return runtimeCatOrStack(list, dim, /*stack=*/false);
  // Every operand has dims (cat rejects 0-d tensors): plain promotion.
  Type dtype;
  for (Value t : *tensors) {
    Type d = getDtype(t);
    if (!d) {
      dtype = Type();
      break;
    }
    dtype = promoteSkipUndefined(dtype, d);
  }
  // Legacy behaviour: 1-d empty tensors are skipped whatever the rank of
  // the others.
  std::optional<size_t> rank;
  for (Value t : *tensors) {
    MaybeSizes s = getSizes(t);
    if (!s ||
        (s->size() == 1 && ((*s)[0] == 0 || ShapedType::isDynamic((*s)[0]))))
      continue;
    if (rank && *rank != s->size())
      return makeTensor(ctx, std::nullopt, dtype);
    rank = s->size();
  }
  if (!rank) {
    // Only 1-d tensors (or unknown ones): a 1-d result if all are 1-d.
    bool all1d = llvm::all_of(*tensors, [](Value t) {
      MaybeSizes s = getSizes(t);
      return s && s->size() == 1;
    });
    if (!all1d)
      return makeTensor(ctx, std::nullopt, dtype);
    rank = 1;
  }
  auto d = wrapDim(dim, *rank);
  if (!d)
    return makeTensor(ctx, Sizes(*rank, kDynamic), dtype);
  Sizes r(*rank, kDynamic);
  int64_t total = 0;
  for (Value t : *tensors) {
    MaybeSizes s = getSizes(t);
    if (!s) {
      total = kDynamic;
      continue;
    }
    if (s->size() != *rank) {
      // A skipped legacy empty tensor (size 0, or a 1-d unknown one that
      // can only be empty here).
      continue;
    }
    for (size_t i = 0; i < *rank; ++i)
      if (i != static_cast<size_t>(*d))
        r[i] = mergeDim(r[i], (*s)[i]);
    if (!ShapedType::isDynamic(total))
      total = ShapedType::isDynamic((*s)[*d]) ? kDynamic : total + (*s)[*d];
  }
  r[*d] = total;
  return makeTensor(ctx, r, dtype);
}

Type stackResult(Operation *op, Value list, std::optional<int64_t> dim) {
  MLIRContext *ctx = op->getContext();
  auto tensors = getTensorList(list);
  if (!tensors)
    return runtimeCatOrStack(list, dim, /*stack=*/true);
  Type dtype = getDtype(tensors->front());
  MaybeSizes shape;
  bool rankKnown = true;
  for (Value t : *tensors) {
    dtype = getDtype(t) ? promoteSkipUndefined(dtype, getDtype(t)) : Type();
    if (!dtype)
      break;
  }
  // All operands have the same shape: merge what each knows.
  for (Value t : *tensors) {
    MaybeSizes s = getSizes(t);
    if (!s)
      continue;
    if (!shape) {
      shape = s;
    } else if (shape->size() != s->size()) {
      rankKnown = false;
    } else {
      for (auto [x, y] : llvm::zip(*shape, *s))
        x = mergeDim(x, y);
    }
  }
  if (!shape || !rankKnown)
    return makeTensor(ctx, std::nullopt, dtype);
  auto d = wrapDim(dim, shape->size() + 1);
  if (!d)
    return makeTensor(ctx, Sizes(shape->size() + 1, kDynamic), dtype);
  shape->insert(shape->begin() + *d, static_cast<int64_t>(tensors->size()));
  return makeTensor(ctx, shape, dtype);
}

Type arangeResult(Operation *op, ArrayRef<Value> bounds, Value dtypeArg) {
  MLIRContext *ctx = op->getContext();
  std::optional<Type> given = getDtypeArg(dtypeArg);
  Type dtype;
  bool anyFloat = false, allInt = true;
  for (Value v : bounds) {
    Type t = stripDerefine(v).getType();
    anyFloat |= isa<FloatType>(t);
    allInt &= isa<IntType>(t);
  }
  if (given && *given)
    dtype = *given;
  else if (given && anyFloat)
    dtype = defaultFloat(ctx);
  else if (given && allInt)
    dtype = i64Type(ctx);

  // Sizes: PyTorch computes ceil((end - start) / step) in double, from
  // the int values for integral results.
  SmallVector<std::pair<double, bool>> vals;
  for (Value v : bounds) {
    auto c = getConstNumber(v);
    if (!c)
      return makeTensor(ctx, Sizes{kDynamic}, dtype);
    vals.push_back(*c);
  }
  double start = 0, end, step = 1;
  if (vals.size() == 1) {
    end = vals[0].first;
  } else {
    start = vals[0].first;
    end = vals[1].first;
    if (vals.size() == 3)
      step = vals[2].first;
  }
  bool integralArgs = llvm::all_of(vals, [](auto v) { return v.second; });
  bool floatResult = isFloatDtype(dtype);
  if (!(integralArgs || floatResult) || step == 0 ||
      (step > 0 && end < start) || (step < 0 && end > start))
    return makeTensor(ctx, Sizes{kDynamic}, dtype);
  double n;
  if (integralArgs)
    n = std::ceil(static_cast<double>(static_cast<int64_t>(end) -
                                      static_cast<int64_t>(start)) /
                  static_cast<int64_t>(step));
  else
    n = std::ceil((end - start) / step);
  return makeTensor(ctx, Sizes{static_cast<int64_t>(n)}, dtype);
}

/// linear(input, weight, bias): matmul(input, weight.t()) + bias.
Type linearResult(AtenLinearOp op) {
  MaybeSizes w = getSizes(op.getWeight());
  MaybeSizes wt;
  if (w && w->size() == 2)
    wt = Sizes{(*w)[1], (*w)[0]};
  else if (w && w->size() == 1)
    wt = w;
  MaybeSizes shape = matmulShape(getSizes(op.getInput()), wt);
  SmallVector<Value> same{op.getInput(), op.getWeight()};
  if (!isNone(op.getBias())) {
    SmallVector<MaybeSizes> both{shape, getSizes(op.getBias())};
    MaybeSizes withBias = broadcastShapes(both);
    shape = isa<OptionalType>(stripDerefine(op.getBias()).getType())
                ? joinShapes(shape, withBias)
                : withBias;
    if (isa<TensorType>(stripDerefine(op.getBias()).getType()))
      same.push_back(op.getBias());
  }
  return makeTensor(op.getContext(), shape, sameDtype(same));
}

} // namespace

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

Type promoteDtypes(Type a, Type b) {
  if (!a || !b)
    return Type();
  if (a == b)
    return a;
  if (isBoolDtype(a))
    return b;
  if (isBoolDtype(b))
    return a;
  bool fa = isFloatDtype(a), fb = isFloatDtype(b);
  if (fa != fb)
    return fa ? a : b;
  unsigned wa = a.getIntOrFloatBitWidth(), wb = b.getIntOrFloatBitWidth();
  if (fa) {
    if (wa == wb) // f16 and bf16
      return Float32Type::get(a.getContext());
    return wa > wb ? a : b;
  }
  // uint8 with int8 needs int16 to hold both ranges.
  bool ua = a.isUnsignedInteger(), ub = b.isUnsignedInteger();
  if (ua || ub) {
    Type other = ua ? b : a;
    return other.getIntOrFloatBitWidth() == 8
               ? IntegerType::get(a.getContext(), 16)
               : other;
  }
  return wa > wb ? a : b;
}

/// The scalar type `item()` of a tensor of `dtype` returns: int for integer
/// dtypes, float for floating ones, bool for bool; null when unknown.
static Type numberKindOfDtype(Type dtype) {
  if (!dtype)
    return Type();
  MLIRContext *ctx = dtype.getContext();
  if (dtype.isInteger(1))
    return BoolType::get(ctx);
  if (isa<IntegerType>(dtype))
    return IntType::get(ctx);
  if (isa<mlir::FloatType>(dtype))
    return FloatType::get(ctx);
  return Type();
}

bool inferResultTypes(Operation *op, SmallVectorImpl<Type> &results) {
  MLIRContext *ctx = op->getContext();
  results.clear();
  auto self = [&]() { return op->getOperand(0); };
  auto same = [&](Value v) {
    return makeTensor(ctx, getSizes(v), getDtype(v));
  };
  auto one = [&](Type t) {
    results.push_back(t);
    return true;
  };
  return llvm::TypeSwitch<Operation *, bool>(op)
      // Binary arithmetic in the promoted dtype; alpha takes no part.
      .Case<AtenAddTensorOp, AtenAddScalarOp, AtenSubTensorOp, AtenSubScalarOp,
            AtenRsubScalarOp, AtenRsubTensorOp, AtenMulTensorOp,
            AtenMulScalarOp, AtenFloorDivideOp, AtenFloorDivideScalarOp,
            AtenRemainderTensorOp, AtenRemainderScalarOp,
            AtenRemainderScalarTensorOp, AtenPowTensorTensorOp,
            AtenPowTensorScalarOp, AtenPowScalarOp, AtenMaximumOp,
            AtenMinimumOp, AtenMaxOtherOp, AtenMinOtherOp>([&](Operation *o) {
        return one(
            promotingElementwise(o, {o->getOperand(0), o->getOperand(1)}));
      })
      .Case<AtenDivTensorOp, AtenDivScalarOp>([&](Operation *o) {
        return one(trueDivide(o, o->getOperand(0), o->getOperand(1)));
      })
      .Case<AtenDivTensorModeOp, AtenDivScalarModeOp>([&](Operation *o) {
        return one(divideWithMode(o, o->getOperand(0), o->getOperand(1),
                                  o->getOperand(2)));
      })
      .Case<AtenEqTensorOp, AtenEqScalarOp, AtenNeTensorOp, AtenNeScalarOp,
            AtenLtTensorOp, AtenLtScalarOp, AtenLeTensorOp, AtenLeScalarOp,
            AtenGtTensorOp, AtenGtScalarOp, AtenGeTensorOp, AtenGeScalarOp,
            AtenLogicalAndOp, AtenLogicalOrOp>([&](Operation *o) {
        return one(comparison(o, {o->getOperand(0), o->getOperand(1)}));
      })
      .Case<AtenLogicalNotOp>(
          [&](Operation *o) { return one(comparison(o, {o->getOperand(0)})); })
      .Case<AtenClampOp, AtenClampTensorOp>([&](Operation *o) {
        return one(
            promotingElementwise(o, SmallVector<Value>(o->getOperands())));
      })
      .Case<AtenClampMinOp, AtenClampMaxOp>([&](Operation *o) {
        return one(
            promotingElementwise(o, {o->getOperand(0), o->getOperand(1)}));
      })
      .Case<AtenWhereSelfOp, AtenWhereScalarSelfOp, AtenWhereScalarOtherOp,
            AtenWhereScalarOp>([&](Operation *o) {
        Value c = o->getOperand(0), a = o->getOperand(1), b = o->getOperand(2);
        return one(
            makeTensor(ctx, broadcastOperands({c, a, b}), resultDtype({a, b})));
      })
      // Unary.
      .Case<AtenExpOp, AtenLogOp, AtenSqrtOp, AtenRsqrtOp, AtenTanhOp,
            AtenSigmoidOp, AtenSinOp, AtenCosOp, AtenErfOp, AtenReciprocalOp>(
          [&](Operation *) { return one(floatUnary(self())); })
      .Case<AtenNegOp, AtenAbsOp, AtenReluOp, AtenFloorOp, AtenCeilOp,
            AtenRoundOp>([&](Operation *) {
        return one(
            sameDtypeUnary(self(), /*allowInt=*/true, /*allowBool=*/false));
      })
      .Case<AtenSignOp>(
          [&](Operation *) { return one(sameDtypeUnary(self(), true, true)); })
      .Case<AtenGeluOp, AtenSiluOp>([&](Operation *) {
        return one(sameDtypeUnary(self(), false, false));
      })
      .Case<AtenBitwiseNotOp>([&](Operation *) {
        Type t = getDtype(self());
        return one(
            makeTensor(ctx, getSizes(self()), isFloatDtype(t) ? Type() : t));
      })
      .Case<AtenContiguousOp, AtenCloneOp, AtenDetachOp>(
          [&](Operation *) { return one(same(self())); })
      // Reductions.
      .Case<AtenSumOp, AtenProdOp>([&](Operation *o) {
        return one(
            makeTensor(ctx, Sizes(), sumDtype(self(), o->getOperand(1))));
      })
      .Case<AtenSumDimIntListOp>([&](AtenSumDimIntListOp o) {
        return one(reduction(o.getSelf(), o.getDim(), o.getKeepdim(),
                             sumDtype(o.getSelf(), o.getDtype())));
      })
      .Case<AtenMeanOp>([&](AtenMeanOp o) {
        return one(
            makeTensor(ctx, Sizes(), meanDtype(o.getSelf(), o.getDtype())));
      })
      .Case<AtenMeanDimOp>([&](AtenMeanDimOp o) {
        return one(reduction(o.getSelf(), o.getDim(), o.getKeepdim(),
                             meanDtype(o.getSelf(), o.getDtype())));
      })
      .Case<AtenMaxOp, AtenMinOp>([&](Operation *) {
        return one(makeTensor(ctx, Sizes(), getDtype(self())));
      })
      .Case<AtenAmaxOp, AtenAminOp>([&](Operation *o) {
        return one(reduction(self(), o->getOperand(1), o->getOperand(2),
                             getDtype(self())));
      })
      .Case<AtenMaxDimOp, AtenMinDimOp>([&](Operation *o) {
        MaybeSizes s = reduceOneDim(self(), getConstInt(o->getOperand(1)),
                                    o->getOperand(2));
        results.push_back(makeTensor(ctx, s, getDtype(self())));
        results.push_back(makeTensor(ctx, s, i64Type(ctx)));
        return true;
      })
      .Case<AtenArgmaxOp, AtenArgminOp>([&](Operation *o) {
        Value dim = o->getOperand(1);
        MaybeSizes s;
        if (isNone(dim)) {
          MaybeSizes in = getSizes(self());
          std::optional<bool> keep = getConstBool(o->getOperand(2));
          if (in && keep)
            s = *keep ? Sizes(in->size(), 1) : Sizes();
          else if (in && in->empty())
            s = Sizes();
        } else if (!isa<OptionalType>(stripDerefine(dim).getType())) {
          s = reduceOneDim(self(), getConstInt(dim), o->getOperand(2));
        }
        return one(makeTensor(ctx, s, i64Type(ctx)));
      })
      .Case<AtenSoftmaxIntOp, AtenLogSoftmaxIntOp>([&](Operation *o) {
        return one(makeTensor(ctx, getSizes(self()),
                              givenOrSelfDtype(self(), o->getOperand(2),
                                               /*floatOnly=*/true)));
      })
      // Linear algebra.
      .Case<AtenMmOp>([&](AtenMmOp o) {
        MaybeSizes a = getSizes(o.getSelf()), b = getSizes(o.getMat2()), s;
        if (a && b && a->size() == 2 && b->size() == 2)
          s = Sizes{(*a)[0], (*b)[1]};
        return one(makeTensor(ctx, s, sameDtype({o.getSelf(), o.getMat2()})));
      })
      .Case<AtenBmmOp>([&](AtenBmmOp o) {
        MaybeSizes a = getSizes(o.getSelf()), b = getSizes(o.getMat2()), s;
        if (a && b && a->size() == 3 && b->size() == 3)
          s = Sizes{mergeDim((*a)[0], (*b)[0]), (*a)[1], (*b)[2]};
        return one(makeTensor(ctx, s, sameDtype({o.getSelf(), o.getMat2()})));
      })
      .Case<AtenMatmulOp>([&](AtenMatmulOp o) {
        return one(makeTensor(
            ctx, matmulShape(getSizes(o.getSelf()), getSizes(o.getOther())),
            sameDtype({o.getSelf(), o.getOther()})));
      })
      .Case<AtenLinearOp>([&](AtenLinearOp o) { return one(linearResult(o)); })
      // Views and shape manipulation.
      .Case<AtenTOp>([&](Operation *) {
        MaybeSizes s = getSizes(self());
        if (s && s->size() <= 2)
          std::reverse(s->begin(), s->end());
        else
          s = std::nullopt;
        return one(makeTensor(ctx, s, getDtype(self())));
      })
      .Case<AtenTransposeIntOp>([&](AtenTransposeIntOp o) {
        return one(makeTensor(ctx,
                              transposeShape(getSizes(o.getSelf()),
                                             getConstInt(o.getDim0()),
                                             getConstInt(o.getDim1())),
                              getDtype(o.getSelf())));
      })
      .Case<AtenPermuteOp>([&](AtenPermuteOp o) {
        return one(makeTensor(
            ctx, permuteShape(getSizes(o.getSelf()), getIntList(o.getDims())),
            getDtype(o.getSelf())));
      })
      .Case<AtenReshapeOp, AtenViewOp>([&](Operation *o) {
        return one(makeTensor(
            ctx, reshapeShape(getSizes(self()), getIntList(o->getOperand(1))),
            getDtype(self())));
      })
      .Case<AtenFlattenUsingIntsOp>([&](AtenFlattenUsingIntsOp o) {
        return one(makeTensor(ctx,
                              flattenShape(getSizes(o.getSelf()),
                                           getConstInt(o.getStartDim()),
                                           getConstInt(o.getEndDim())),
                              getDtype(o.getSelf())));
      })
      .Case<AtenSqueezeOp>([&](Operation *) {
        return one(
            makeTensor(ctx, squeezeShape(getSizes(self())), getDtype(self())));
      })
      .Case<AtenSqueezeDimOp>([&](Operation *o) {
        return one(makeTensor(
            ctx,
            squeezeDimShape(getSizes(self()), getConstInt(o->getOperand(1))),
            getDtype(self())));
      })
      .Case<AtenUnsqueezeOp>([&](Operation *o) {
        return one(makeTensor(
            ctx,
            unsqueezeShape(getSizes(self()), getConstInt(o->getOperand(1))),
            getDtype(self())));
      })
      .Case<AtenSelectIntOp>([&](Operation *o) {
        return one(makeTensor(
            ctx, selectShape(getSizes(self()), getConstInt(o->getOperand(1))),
            getDtype(self())));
      })
      .Case<AtenSliceTensorOp>([&](AtenSliceTensorOp o) {
        return one(makeTensor(ctx, sliceShape(getSizes(o.getSelf()), o),
                              getDtype(o.getSelf())));
      })
      .Case<AtenExpandOp>([&](AtenExpandOp o) {
        return one(makeTensor(
            ctx, expandShape(getSizes(o.getSelf()), getIntList(o.getSize())),
            getDtype(o.getSelf())));
      })
      .Case<AtenExpandAsOp>([&](AtenExpandAsOp o) {
        return one(
            makeTensor(ctx, getSizes(o.getOther()), getDtype(o.getSelf())));
      })
      .Case<AtenCatOp>([&](AtenCatOp o) {
        return one(catResult(o, o.getTensors(), getConstInt(o.getDim())));
      })
      .Case<AtenStackOp>([&](AtenStackOp o) {
        return one(stackResult(o, o.getTensors(), getConstInt(o.getDim())));
      })
      // Factories.
      .Case<AtenZerosOp, AtenOnesOp>([&](Operation *o) {
        std::optional<Type> dtype = getDtypeArg(o->getOperand(1));
        return one(makeTensor(ctx, getIntList(o->getOperand(0)),
                              !dtype   ? Type()
                              : *dtype ? *dtype
                                       : defaultFloat(ctx)));
      })
      .Case<AtenFullOp>([&](AtenFullOp o) {
        std::optional<Type> dtype = getDtypeArg(o.getDtype());
        Type t = !dtype   ? Type()
                 : *dtype ? *dtype
                          : numberDtype(o.getFillValue().getType());
        return one(makeTensor(ctx, getIntList(o.getSize()), t));
      })
      .Case<AtenZerosLikeOp, AtenOnesLikeOp>([&](Operation *o) {
        return one(
            makeTensor(ctx, getSizes(self()),
                       givenOrSelfDtype(self(), o->getOperand(1), false)));
      })
      .Case<AtenFullLikeOp>([&](Operation *o) {
        return one(
            makeTensor(ctx, getSizes(self()),
                       givenOrSelfDtype(self(), o->getOperand(2), false)));
      })
      .Case<AtenArangeOp>([&](AtenArangeOp o) {
        return one(arangeResult(o, {o.getEnd()}, o.getDtype()));
      })
      .Case<AtenArangeStartOp>([&](AtenArangeStartOp o) {
        return one(arangeResult(o, {o.getStart(), o.getEnd()}, o.getDtype()));
      })
      .Case<AtenArangeStartStepOp>([&](AtenArangeStartStepOp o) {
        return one(arangeResult(o, {o.getStart(), o.getEnd(), o.getStep()},
                                o.getDtype()));
      })
      .Case<AtenTensorIntOp, AtenTensorFloatOp, AtenTensorBoolOp>(
          [&](Operation *o) {
            std::optional<Type> dtype = getDtypeArg(o->getOperand(1));
            Type t = !dtype   ? Type()
                     : *dtype ? *dtype
                              : numberDtype(o->getOperand(0).getType());
            return one(makeTensor(ctx, Sizes(), t));
          })
      .Case<AtenTensorOp>([&](AtenTensorOp o) {
        std::optional<Type> dtype = getDtypeArg(o.getDtype());
        Type t = !dtype   ? Type()
                 : *dtype ? *dtype
                          : numberDtype(innermostElementType(
                                o.getData().getType().getElementType()));
        return one(makeTensor(ctx, nestedListShape(o.getData()), t));
      })
      .Case<PrimNumToTensorScalarOp>([&](PrimNumToTensorScalarOp o) {
        // Not wrapped numbers: an int is int64 and a float double.
        Type t = o.getA().getType(), dtype;
        if (isa<IntType>(t))
          dtype = i64Type(ctx);
        else if (isa<FloatType>(t))
          dtype = Float64Type::get(ctx);
        else if (isa<BoolType>(t))
          dtype = i1Type(ctx);
        return one(makeTensor(ctx, Sizes(), dtype));
      })
      // Conversions.
      .Case<AtenToDtypeOp>([&](AtenToDtypeOp o) {
        std::optional<Type> dtype = getDtypeArg(o.getDtype());
        return one(
            makeTensor(ctx, getSizes(o.getSelf()), dtype ? *dtype : Type()));
      })
      .Case<AtenToPrimDeviceOp>([&](AtenToPrimDeviceOp o) {
        return one(
            makeTensor(ctx, getSizes(o.getSelf()),
                       givenOrSelfDtype(o.getSelf(), o.getDtype(), false)));
      })
      // An element of a list of tensors that is never mutated: the join of
      // the elements' types.
      .Case<AtenGetitemTOp>([&](AtenGetitemTOp o) {
        ListConstructOp list = getImmutableListConstruct(o.getList());
        if (!isa<TensorType>(o.getType()))
          return false;
        // A list built at run time: its element type.
        if (!list)
          return one(runtimeListElement(o.getList()));
        if (list.getElements().empty())
          return false;
        Type joined = list.getElements().front().getType();
        for (Value e : list.getElements().drop_front())
          joined = joinTypes(joined, e.getType());
        return one(isa_and_present<TensorType>(joined) ? joined : Type());
      })
      // Numbers (ATen's Scalar): what kind of number a result holds, so
      // that it can be compiled as an int, a float or a bool.
      .Case<AtenItemOp>([&](AtenItemOp o) {
        return one(numberKindOfDtype(getDtype(o.getSelf())));
      })
      .Case<AtenAddOp, AtenSubOp, AtenMulOp>([&](Operation *o) {
        // TorchScript's Scalar arithmetic: int op int is an int, any float
        // makes a float.
        Type a = o->getOperand(0).getType(), b = o->getOperand(1).getType();
        if (!isa<IntType, FloatType>(a) || !isa<IntType, FloatType>(b))
          return one(Type());
        return one(isa<IntType>(a) && isa<IntType>(b)
                       ? Type(IntType::get(ctx))
                       : Type(FloatType::get(ctx)));
      })
      .Case<AtenNegScalarOp>([&](AtenNegScalarOp o) {
        Type a = o.getA().getType();
        return one(isa<IntType, FloatType>(a) ? a : Type());
      })
      .Default([](Operation *) { return false; });
}

} // namespace tsc::ts
