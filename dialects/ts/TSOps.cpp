//===- TSOps.cpp - TorchScript structural and prim:: ops ------------------===//

#include "ts/TSOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;

namespace tsc::ts {

//===----------------------------------------------------------------------===//
// Schemas and names
//===----------------------------------------------------------------------===//

static const llvm::StringMap<StringRef> &getSchemaTable() {
  static const llvm::StringMap<StringRef> table = [] {
    llvm::StringMap<StringRef> t;
#define TSC_SCHEMA(S)                                                          \
  {                                                                            \
    StringRef s(S);                                                            \
    StringRef key = s.substr(0, s.find('('));                                  \
    std::string opName = "ts." + key.str();                                    \
    size_t colons = opName.find("::");                                         \
    opName.replace(colons, 2, ".");                                            \
    t[opName] = s;                                                             \
  }
#include "ts/ATenSchemas.inc"
    return t;
  }();
  return table;
}

StringRef getATenSchema(Operation *op) {
  auto it = getSchemaTable().find(op->getName().getStringRef());
  return it == getSchemaTable().end() ? StringRef() : it->second;
}

std::string getTorchScriptOpName(Operation *op) {
  StringRef schema = getATenSchema(op);
  if (!schema.empty()) {
    // "aten::add.Tensor(...)" prints as "aten::add", as graphs do.
    StringRef qualified = schema.substr(0, schema.find('('));
    return qualified.substr(0, qualified.find('.')).str();
  }
  return llvm::TypeSwitch<Operation *, std::string>(op)
      .Case<ConstantOp>([](auto) { return "prim::Constant"; })
      .Case<ListConstructOp>([](auto) { return "prim::ListConstruct"; })
      .Case<ListUnpackOp>([](auto) { return "prim::ListUnpack"; })
      .Case<TupleConstructOp>([](auto) { return "prim::TupleConstruct"; })
      .Case<TupleUnpackOp>([](auto) { return "prim::TupleUnpack"; })
      .Case<TupleIndexOp>([](auto) { return "prim::TupleIndex"; })
      .Case<DictConstructOp>([](auto) { return "prim::DictConstruct"; })
      .Case<IfOp>([](auto) { return "prim::If"; })
      .Case<LoopOp>([](auto) { return "prim::Loop"; })
      .Case<FusionGroupOp>([](auto) { return "prim::FusionGroup"; })
      .Case<UninitializedOp>([](auto) { return "prim::Uninitialized"; })
      .Case<UncheckedCastOp>([](auto) { return "prim::unchecked_cast"; })
      .Case<RaiseOp>([](auto) { return "prim::RaiseException"; })
      .Case<PrintOp>([](auto) { return "prim::Print"; })
      .Case<OperatorOp>([](OperatorOp o) { return o.getName().str(); })
      .Default([](Operation *o) { return o->getName().getStringRef().str(); });
}

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

bool ConstantOp::isValidValue(Type type, Attribute value) {
  if (isa<IntType>(type)) {
    auto i = dyn_cast<IntegerAttr>(value);
    return i && i.getType().isSignlessInteger(64);
  }
  if (isa<FloatType>(type)) {
    auto f = dyn_cast<FloatAttr>(value);
    return f && f.getType().isF64();
  }
  if (isa<BoolType>(type))
    return isa<BoolAttr>(value);
  if (isa<StrType, DeviceType>(type))
    return isa<StringAttr>(value);
  if (isa<NoneType>(type))
    return isa<UnitAttr>(value);
  if (auto t = dyn_cast<TensorType>(type)) {
    auto e = dyn_cast<ElementsAttr>(value);
    if (!e || !t.hasDtype() || !t.hasSizes())
      return false;
    return e.getShapedType().getElementType() == t.getDtype() &&
           e.getShapedType().getShape() == *t.getSizes();
  }
  return false;
}

LogicalResult ConstantOp::verify() {
  if (!isValidValue(getType(), getValue()))
    return emitOpError("value ")
           << getValue() << " is not a constant of type " << getType();
  return success();
}

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

void ConstantOp::print(OpAsmPrinter &p) {
  Attribute v = getValue();
  p << " ";
  if (auto i = dyn_cast<IntegerAttr>(v); i && isa<IntType>(getType()))
    p << i.getValue().getSExtValue();
  else if (auto f = dyn_cast<FloatAttr>(v); f && isa<FloatType>(getType()))
    p.printFloat(f.getValue());
  else if (isa<UnitAttr>(v))
    p << "none";
  else if (auto b = dyn_cast<BoolAttr>(v))
    p << (b.getValue() ? "true" : "false");
  else if (auto str = dyn_cast<StringAttr>(v))
    p.printString(str.getValue());
  else {
    p << "elements ";
    p.printAttribute(v);
  }
  p.printOptionalAttrDict((*this)->getAttrs(), {"value"});
  p << " : " << getType();
}

ParseResult ConstantOp::parse(OpAsmParser &parser, OperationState &result) {
  // The payload is printed without its attribute type (`3`, `2.5`, `true`,
  // `"s"`, `none`); tensor payloads follow the keyword `elements`.
  Builder &b = parser.getBuilder();
  Attribute value;
  APInt intValue;
  std::string str;
  double floatValue;
  std::optional<uint64_t> hexBits;
  bool negative = false;
  // Keywords first: MLIR's integer parser accepts `true` and `false`.
  if (succeeded(parser.parseOptionalKeyword("none"))) {
    value = b.getUnitAttr();
  } else if (succeeded(parser.parseOptionalKeyword("true"))) {
    value = b.getBoolAttr(true);
  } else if (succeeded(parser.parseOptionalKeyword("false"))) {
    value = b.getBoolAttr(false);
  } else if (succeeded(parser.parseOptionalString(&str))) {
    value = b.getStringAttr(str);
  } else if (succeeded(parser.parseOptionalKeyword("elements"))) {
    if (parser.parseAttribute(value))
      return failure();
  } else {
    // Numbers. The sign is parsed here: MLIR's integer parser takes the
    // minus of `-2.5` and then fails on the float.
    negative = succeeded(parser.parseOptionalMinus());
    SMLoc loc = parser.getCurrentLocation();
    OptionalParseResult intResult = parser.parseOptionalInteger(intValue);
    if (intResult.has_value()) {
      if (failed(*intResult))
        return failure();
      if (intValue.getActiveBits() > 64)
        return parser.emitError(loc, "integer constant out of range");
      uint64_t magnitude = intValue.getZExtValue();
      // MLIR prints infinities and NaNs as the hex bit pattern.
      if (StringRef(loc.getPointer()).starts_with("0x"))
        hexBits = magnitude;
      if (magnitude > (negative ? uint64_t(1) << 63 : uint64_t(INT64_MAX)))
        if (!hexBits)
          return parser.emitError(loc, "integer constant out of range");
      value = b.getI64IntegerAttr(
          static_cast<int64_t>(negative ? 0 - magnitude : magnitude));
    } else if (succeeded(parser.parseFloat(floatValue))) {
      value = b.getF64FloatAttr(negative ? -floatValue : floatValue);
    } else {
      return failure();
    }
  }
  Type type;
  if (parser.parseOptionalAttrDict(result.attributes) || parser.parseColon() ||
      parser.parseType(type))
    return failure();
  if (auto i = dyn_cast<IntegerAttr>(value); i && isa<FloatType>(type)) {
    if (hexBits) {
      double d = llvm::bit_cast<double>(*hexBits);
      value = b.getF64FloatAttr(negative ? -d : d);
    } else {
      // `3 : !ts.float` is the float 3.0.
      value = b.getF64FloatAttr(static_cast<double>(i.getInt()));
    }
  }
  result.addAttribute("value", value);
  result.addTypes(type);
  return success();
}

ConstantOp ConstantOp::createInt(OpBuilder &b, Location loc, int64_t v) {
  return ConstantOp::create(b, loc, IntType::get(b.getContext()),
                            b.getI64IntegerAttr(v));
}
ConstantOp ConstantOp::createFloat(OpBuilder &b, Location loc, double v) {
  return ConstantOp::create(b, loc, FloatType::get(b.getContext()),
                            b.getF64FloatAttr(v));
}
ConstantOp ConstantOp::createBool(OpBuilder &b, Location loc, bool v) {
  return ConstantOp::create(b, loc, BoolType::get(b.getContext()),
                            b.getBoolAttr(v));
}
ConstantOp ConstantOp::createStr(OpBuilder &b, Location loc, StringRef v) {
  return ConstantOp::create(b, loc, StrType::get(b.getContext()),
                            b.getStringAttr(v));
}
ConstantOp ConstantOp::createNone(OpBuilder &b, Location loc) {
  return ConstantOp::create(b, loc, NoneType::get(b.getContext()),
                            b.getUnitAttr());
}
ConstantOp ConstantOp::createDevice(OpBuilder &b, Location loc, StringRef v) {
  return ConstantOp::create(b, loc, DeviceType::get(b.getContext()),
                            b.getStringAttr(v));
}

//===----------------------------------------------------------------------===//
// Containers
//===----------------------------------------------------------------------===//

LogicalResult ListConstructOp::verify() {
  Type elt = getType().getElementType();
  for (Value v : getElements())
    if (!isSubtypeOf(v.getType(), elt))
      return emitOpError("element of type ")
             << v.getType() << " in a list of " << elt;
  return success();
}

LogicalResult ListAppendOp::verify() {
  Type elt = getList().getType().getElementType();
  if (!isSubtypeOf(getElement().getType(), elt))
    return emitOpError("element of type ")
           << getElement().getType() << " appended to a list of " << elt;
  return success();
}

namespace {
/// list_append(list_construct(a, b), c) -> list_construct(a, b, c) when the
/// appended-to list has no other use: lists built by unrolled loops become
/// lists of known elements.
struct FoldAppendToConstruct : public OpRewritePattern<ListAppendOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ListAppendOp op,
                                PatternRewriter &rewriter) const override {
    auto construct = op.getList().getDefiningOp<ListConstructOp>();
    if (!construct || !construct->hasOneUse())
      return failure();
    SmallVector<Value> elts(construct.getElements());
    elts.push_back(op.getElement());
    rewriter.replaceOpWithNewOp<ListConstructOp>(op, op.getType(), elts);
    rewriter.eraseOp(construct);
    return success();
  }
};
} // namespace

void ListAppendOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                               MLIRContext *context) {
  results.add<FoldAppendToConstruct>(context);
}

LogicalResult ListUnpackOp::verify() {
  Type elt = getList().getType().getElementType();
  for (Type t : getResultTypes())
    if (t != elt)
      return emitOpError("result of type ") << t << " from a list of " << elt;
  return success();
}

static LogicalResult verifyTupleTypes(Operation *op, TypeRange values,
                                      tsc::ts::TupleType tuple,
                                      StringRef what) {
  ArrayRef<Type> elts = tuple.getElementTypes();
  if (values.size() != elts.size())
    return op->emitOpError("has ")
           << values.size() << " " << what << " for a tuple of " << elts.size();
  for (auto [v, e] : llvm::zip(values, elts))
    if (v != e)
      return op->emitOpError() << what << " of type " << v
                               << " does not match tuple element " << e;
  return success();
}

LogicalResult TupleConstructOp::verify() {
  return verifyTupleTypes(*this, getElements().getTypes(), getType(),
                          "elements");
}

LogicalResult TupleUnpackOp::verify() {
  return verifyTupleTypes(*this, getResultTypes(), getTuple().getType(),
                          "results");
}

namespace {
/// tuple_unpack(tuple_construct(a, b)) -> a, b
struct FoldUnpackOfConstruct : public OpRewritePattern<TupleUnpackOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(TupleUnpackOp op,
                                PatternRewriter &rewriter) const override {
    auto construct = op.getTuple().getDefiningOp<TupleConstructOp>();
    if (!construct)
      return failure();
    rewriter.replaceOp(op, construct.getElements());
    return success();
  }
};
} // namespace

void TupleUnpackOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                                MLIRContext *context) {
  results.add<FoldUnpackOfConstruct>(context);
}

LogicalResult TupleIndexOp::verify() {
  ArrayRef<Type> elts = getTuple().getType().getElementTypes();
  int64_t i = getIndex();
  if (i < 0 || i >= static_cast<int64_t>(elts.size()))
    return emitOpError("index ")
           << i << " out of range for a tuple of " << elts.size();
  if (elts[i] != getType())
    return emitOpError("result type ")
           << getType() << " does not match tuple element " << elts[i];
  return success();
}

OpFoldResult TupleIndexOp::fold(FoldAdaptor) {
  if (auto construct = getTuple().getDefiningOp<TupleConstructOp>())
    return construct.getElements()[getIndex()];
  return {};
}

LogicalResult DictConstructOp::verify() {
  DictType t = getType();
  for (Value k : getKeys())
    if (!isSubtypeOf(k.getType(), t.getKeyType()))
      return emitOpError("key of type ") << k.getType() << " in " << t;
  for (Value v : getValues())
    if (!isSubtypeOf(v.getType(), t.getValueType()))
      return emitOpError("value of type ") << v.getType() << " in " << t;
  return success();
}

//===----------------------------------------------------------------------===//
// Casts
//===----------------------------------------------------------------------===//

OpFoldResult UncheckedCastOp::fold(FoldAdaptor) {
  if (getOperand().getType() == getType())
    return getOperand();
  // unchecked_cast(derefine(x)) -> x
  if (auto d = getOperand().getDefiningOp<DerefineOp>())
    if (d.getOperand().getType() == getType())
      return d.getOperand();
  return {};
}

LogicalResult DerefineOp::verify() {
  // item() of a bool tensor is a number holding a bool, although bool is
  // not a subtype of number.
  if (isa<NumberType>(getType()) && isa<BoolType>(getOperand().getType()))
    return success();
  if (!isSubtypeOf(getOperand().getType(), getType()))
    return emitOpError("cannot use ")
           << getOperand().getType() << " as " << getType();
  return success();
}

LogicalResult TensorCastOp::verify() {
  if (!areCompatibleTensorTypes(getOperand().getType(), getType()))
    return emitOpError("incompatible tensor types ")
           << getOperand().getType() << " and " << getType();
  return success();
}

OpFoldResult TensorCastOp::fold(FoldAdaptor) {
  if (getOperand().getType() == getType())
    return getOperand();
  // cast(cast(x)) -> cast(x), or x when the types round-trip.
  if (auto inner = getOperand().getDefiningOp<TensorCastOp>()) {
    if (inner.getOperand().getType() == getType())
      return inner.getOperand();
    getOperandMutable().assign(inner.getOperand());
    return getResult();
  }
  return {};
}

} // namespace tsc::ts

#define GET_OP_CLASSES
#include "ts/TSOps.cpp.inc"
