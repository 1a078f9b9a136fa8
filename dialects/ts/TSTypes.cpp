//===- TSTypes.cpp - TorchScript types ------------------------------------===//

#include "ts/TSTypes.h"
#include "ts/TSDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
#define GET_TYPEDEF_CLASSES
#include "ts/TSTypes.cpp.inc"

namespace tsc::ts {

void TSDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "ts/TSTypes.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// TensorType: !ts.tensor, !ts.tensor<f32>, !ts.tensor<[2,?]>, !ts.tensor<[2,?],f32>
//===----------------------------------------------------------------------===//

Type TensorType::parse(AsmParser &parser) {
  MLIRContext *ctx = parser.getContext();
  if (failed(parser.parseOptionalLess()))
    return TensorType::get(ctx);
  std::optional<SmallVector<int64_t>> sizes;
  Type dtype;
  if (succeeded(parser.parseOptionalLSquare())) {
    sizes.emplace();
    if (failed(parser.parseOptionalRSquare())) {
      do {
        if (succeeded(parser.parseOptionalQuestion())) {
          sizes->push_back(ShapedType::kDynamic);
          continue;
        }
        int64_t size;
        if (parser.parseInteger(size))
          return Type();
        if (size < 0) {
          parser.emitError(parser.getCurrentLocation(), "negative tensor size");
          return Type();
        }
        sizes->push_back(size);
      } while (succeeded(parser.parseOptionalComma()));
      if (parser.parseRSquare())
        return Type();
    }
    if (succeeded(parser.parseOptionalComma()) && parser.parseType(dtype))
      return Type();
  } else if (parser.parseType(dtype)) {
    return Type();
  }
  if (parser.parseGreater())
    return Type();
  if (dtype && getScalarTypeCode(dtype) < 0) {
    parser.emitError(parser.getCurrentLocation(), "unsupported tensor dtype ")
        << dtype;
    return Type();
  }
  if (sizes)
    return TensorType::get(ctx, ArrayRef<int64_t>(*sizes), dtype);
  return TensorType::get(ctx, std::nullopt, dtype);
}

void TensorType::print(AsmPrinter &printer) const {
  if (!hasSizes() && !hasDtype())
    return;
  printer << "<";
  if (hasSizes()) {
    printer << "[";
    llvm::interleave(
        *getSizes(), printer,
        [&](int64_t s) {
          if (ShapedType::isDynamic(s))
            printer << "?";
          else
            printer << s;
        },
        ",");
    printer << "]";
    if (hasDtype())
      printer << ",";
  }
  if (hasDtype())
    printer << getDtype();
  printer << ">";
}

//===----------------------------------------------------------------------===//
// Subtyping
//===----------------------------------------------------------------------===//

bool areCompatibleTensorTypes(TensorType a, TensorType b) {
  if (a.hasDtype() && b.hasDtype() && a.getDtype() != b.getDtype())
    return false;
  if (a.hasSizes() && b.hasSizes()) {
    ArrayRef<int64_t> sa = *a.getSizes(), sb = *b.getSizes();
    if (sa.size() != sb.size())
      return false;
    for (auto [x, y] : llvm::zip(sa, sb))
      if (!ShapedType::isDynamic(x) && !ShapedType::isDynamic(y) && x != y)
        return false;
  }
  return true;
}

static bool isTensorSubtype(TensorType from, TensorType to) {
  if (to.hasDtype() && from.getDtype() != to.getDtype())
    return false;
  if (!to.hasSizes())
    return true;
  if (!from.hasSizes() || from.getSizes()->size() != to.getSizes()->size())
    return false;
  for (auto [f, t] : llvm::zip(*from.getSizes(), *to.getSizes()))
    if (!ShapedType::isDynamic(t) && f != t)
      return false;
  return true;
}

bool isSubtypeOf(Type from, Type to) {
  if (from == to || isa<AnyType>(to))
    return true;
  if (auto opt = dyn_cast<OptionalType>(to)) {
    if (isa<NoneType>(from))
      return true;
    if (auto fromOpt = dyn_cast<OptionalType>(from))
      return isSubtypeOf(fromOpt.getElementType(), opt.getElementType());
    return isSubtypeOf(from, opt.getElementType());
  }
  if (isa<NumberType>(to))
    return isa<IntType, FloatType>(from);
  if (auto ft = dyn_cast<TensorType>(from))
    if (auto tt = dyn_cast<TensorType>(to))
      return isTensorSubtype(ft, tt);
  // Tuples are immutable, hence covariant. Lists and dicts are mutable and
  // invariant, as in TorchScript.
  if (auto ft = dyn_cast<TupleType>(from)) {
    auto tt = dyn_cast<TupleType>(to);
    if (!tt || ft.getElementTypes().size() != tt.getElementTypes().size())
      return false;
    for (auto [a, b] : llvm::zip(ft.getElementTypes(), tt.getElementTypes()))
      if (!isSubtypeOf(a, b))
        return false;
    return true;
  }
  return false;
}

Type joinTypes(Type a, Type b) {
  if (!a || !b)
    return Type();
  if (isSubtypeOf(a, b))
    return b;
  if (isSubtypeOf(b, a))
    return a;
  MLIRContext *ctx = a.getContext();
  if (auto ta = dyn_cast<TensorType>(a)) {
    auto tb = dyn_cast<TensorType>(b);
    if (!tb)
      return Type();
    Type dtype = ta.getDtype() == tb.getDtype() ? ta.getDtype() : Type();
    if (ta.hasSizes() && tb.hasSizes() &&
        ta.getSizes()->size() == tb.getSizes()->size()) {
      SmallVector<int64_t> sizes;
      for (auto [x, y] : llvm::zip(*ta.getSizes(), *tb.getSizes()))
        sizes.push_back(x == y ? x : ShapedType::kDynamic);
      return TensorType::get(ctx, ArrayRef<int64_t>(sizes), dtype);
    }
    return TensorType::get(ctx, std::nullopt, dtype);
  }
  // None joins with T into Optional[T].
  if (isa<NoneType>(a))
    return OptionalType::get(ctx, b);
  if (isa<NoneType>(b))
    return OptionalType::get(ctx, a);
  if (auto oa = dyn_cast<OptionalType>(a)) {
    Type inner = joinTypes(oa.getElementType(), b);
    return inner ? OptionalType::get(ctx, inner) : Type();
  }
  if (auto ob = dyn_cast<OptionalType>(b)) {
    Type inner = joinTypes(a, ob.getElementType());
    return inner ? OptionalType::get(ctx, inner) : Type();
  }
  if (auto ta = dyn_cast<TupleType>(a)) {
    auto tb = dyn_cast<TupleType>(b);
    if (!tb || ta.getElementTypes().size() != tb.getElementTypes().size())
      return Type();
    SmallVector<Type> elts;
    for (auto [x, y] : llvm::zip(ta.getElementTypes(), tb.getElementTypes())) {
      Type j = joinTypes(x, y);
      if (!j)
        return Type();
      elts.push_back(j);
    }
    return TupleType::get(ctx, elts);
  }
  return Type();
}

//===----------------------------------------------------------------------===//
// Dtypes
//===----------------------------------------------------------------------===//

Type getDtypeForScalarTypeCode(MLIRContext *ctx, int64_t code) {
  Builder b(ctx);
  switch (static_cast<ScalarTypeCode>(code)) {
  case ScalarTypeCode::UInt8:
    return IntegerType::get(ctx, 8, IntegerType::Unsigned);
  case ScalarTypeCode::Int8:
    return b.getIntegerType(8);
  case ScalarTypeCode::Int16:
    return b.getIntegerType(16);
  case ScalarTypeCode::Int32:
    return b.getI32Type();
  case ScalarTypeCode::Int64:
    return b.getI64Type();
  case ScalarTypeCode::Float16:
    return b.getF16Type();
  case ScalarTypeCode::Float32:
    return b.getF32Type();
  case ScalarTypeCode::Float64:
    return b.getF64Type();
  case ScalarTypeCode::Bool:
    return b.getI1Type();
  case ScalarTypeCode::BFloat16:
    return b.getBF16Type();
  }
  return Type();
}

int64_t getScalarTypeCode(Type dtype) {
  if (!dtype)
    return -1;
  if (dtype.isF32())
    return int64_t(ScalarTypeCode::Float32);
  if (dtype.isF64())
    return int64_t(ScalarTypeCode::Float64);
  if (dtype.isF16())
    return int64_t(ScalarTypeCode::Float16);
  if (dtype.isBF16())
    return int64_t(ScalarTypeCode::BFloat16);
  if (auto it = dyn_cast<IntegerType>(dtype)) {
    if (it.isUnsigned())
      return it.getWidth() == 8 ? int64_t(ScalarTypeCode::UInt8) : -1;
    if (it.isSigned())
      return -1;
    switch (it.getWidth()) {
    case 1:
      return int64_t(ScalarTypeCode::Bool);
    case 8:
      return int64_t(ScalarTypeCode::Int8);
    case 16:
      return int64_t(ScalarTypeCode::Int16);
    case 32:
      return int64_t(ScalarTypeCode::Int32);
    case 64:
      return int64_t(ScalarTypeCode::Int64);
    default:
      return -1;
    }
  }
  return -1;
}

StringRef getTorchDtypeName(Type dtype) {
  switch (static_cast<ScalarTypeCode>(getScalarTypeCode(dtype))) {
  case ScalarTypeCode::UInt8:
    return "Byte";
  case ScalarTypeCode::Int8:
    return "Char";
  case ScalarTypeCode::Int16:
    return "Short";
  case ScalarTypeCode::Int32:
    return "Int";
  case ScalarTypeCode::Int64:
    return "Long";
  case ScalarTypeCode::Float16:
    return "Half";
  case ScalarTypeCode::Float32:
    return "Float";
  case ScalarTypeCode::Float64:
    return "Double";
  case ScalarTypeCode::Bool:
    return "Bool";
  case ScalarTypeCode::BFloat16:
    return "BFloat16";
  }
  return "";
}

//===----------------------------------------------------------------------===//
// TupleType: !ts.tuple<>, !ts.tuple<!ts.int, !ts.tensor>
//===----------------------------------------------------------------------===//

Type TupleType::parse(AsmParser &parser) {
  SmallVector<Type> elts;
  if (parser.parseLess())
    return Type();
  if (failed(parser.parseOptionalGreater())) {
    if (parser.parseTypeList(elts) || parser.parseGreater())
      return Type();
  }
  return TupleType::get(parser.getContext(), elts);
}

void TupleType::print(AsmPrinter &printer) const {
  printer << "<";
  llvm::interleaveComma(getElementTypes(), printer);
  printer << ">";
}

} // namespace tsc::ts
