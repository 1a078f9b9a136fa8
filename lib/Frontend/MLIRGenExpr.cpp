//===- MLIRGenExpr.cpp - Expressions --------------------------------------===//

#include "MLIRGenImpl.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/SaveAndRestore.h"

#include <cmath>

using namespace mlir;
using namespace tsc;
using namespace tsc::detail;
namespace tsast = tsc::ast;

std::string MLIRGenImpl::resolveDottedName(const tsast::Expr *expr) {
  if (auto *n = llvm::dyn_cast<tsast::NameExpr>(expr)) {
    // A local variable shadows imports.
    if (frame && lookupVar(n->getName()))
      return "";
    auto it = aliases.find(n->getName());
    return it != aliases.end() ? it->second : n->getName().str();
  }
  if (auto *a = llvm::dyn_cast<tsast::AttributeExpr>(expr)) {
    std::string base = resolveDottedName(a->getValue());
    if (base.empty())
      return "";
    return base + "." + a->getAttr().str();
  }
  return "";
}

Value MLIRGenImpl::coerce(Value v, Type type, Location loc) {
  Type from = v.getType();
  if (from == type)
    return v;
  if (isa<ts::AnyType>(type))
    return v;
  if (auto opt = dyn_cast<ts::OptionalType>(type)) {
    if (isa<ts::NoneType>(from))
      return ts::DerefineOp::create(builder, loc, type, v);
    if (Value inner = coerce(v, opt.getElementType(), loc))
      return ts::DerefineOp::create(builder, loc, type, inner);
    return nullptr;
  }
  if (isa<ts::TensorType>(from) && isa<ts::TensorType>(type) &&
      ts::areCompatibleTensorTypes(cast<ts::TensorType>(from),
                                   cast<ts::TensorType>(type)))
    return ts::TensorCastOp::create(builder, loc, type, v);
  // Tuples convert element-wise.
  if (auto ft = dyn_cast<ts::TupleType>(from)) {
    auto tt = dyn_cast<ts::TupleType>(type);
    if (!tt || ft.getElementTypes().size() != tt.getElementTypes().size() ||
        !ts::isSubtypeOf(from, type))
      return nullptr;
    auto unpack =
        ts::TupleUnpackOp::create(builder, loc, ft.getElementTypes(), v);
    SmallVector<Value> elts;
    for (auto [e, t] : llvm::zip(unpack.getResults(), tt.getElementTypes())) {
      Value c = coerce(e, t, loc);
      if (!c)
        return nullptr;
      elts.push_back(c);
    }
    return ts::TupleConstructOp::create(builder, loc, tt, elts);
  }
  return nullptr;
}

Value MLIRGenImpl::toBool(Value v, Location loc) {
  Type t = v.getType();
  if (isa<ts::BoolType>(t))
    return v;
  if (isa<ts::TensorType>(t))
    return createOp("ts.aten.Bool.Tensor", {v}, {boolTy()}, loc);
  if (isa<ts::IntType>(t))
    return createOp("ts.aten.Bool.int", {v}, {boolTy()}, loc);
  if (isa<ts::FloatType>(t))
    return createOp("ts.aten.Bool.float", {v}, {boolTy()}, loc);
  error(loc) << "expected a bool, int, float or Tensor condition, but found "
             << typeName(t);
  return nullptr;
}

Value MLIRGenImpl::emitCondition(const tsast::Expr *expr) {
  Value v = emitExpr(expr);
  return v ? toBool(v, expr->getLoc()) : Value();
}

Value MLIRGenImpl::emitExpr(const tsast::Expr *expr, Type hint) {
  Location loc = expr->getLoc();
  switch (expr->getKind()) {
  case tsast::ExprKind::Name:
    return emitName(llvm::cast<tsast::NameExpr>(*expr));
  case tsast::ExprKind::IntLiteral:
    return constInt(llvm::cast<tsast::IntLiteralExpr>(expr)->getValue(), loc);
  case tsast::ExprKind::FloatLiteral:
    return ts::ConstantOp::createFloat(
        builder, loc, llvm::cast<tsast::FloatLiteralExpr>(expr)->getValue());
  case tsast::ExprKind::BoolLiteral:
    return constBool(llvm::cast<tsast::BoolLiteralExpr>(expr)->getValue(),
                     loc);
  case tsast::ExprKind::StringLiteral: {
    auto *s = llvm::cast<tsast::StringLiteralExpr>(expr);
    if (s->isFString()) {
      error(loc) << "f-strings are not supported yet";
      return nullptr;
    }
    return constStr(s->getValue(), loc);
  }
  case tsast::ExprKind::NoneLiteral: {
    Value none = constNone(loc);
    if (hint && isa<ts::OptionalType>(hint))
      return coerce(none, hint, loc);
    return none;
  }
  case tsast::ExprKind::Tuple: {
    auto *t = llvm::cast<tsast::TupleExpr>(expr);
    auto hintTuple = dyn_cast_if_present<ts::TupleType>(hint);
    SmallVector<Value> elts;
    SmallVector<Type> types;
    for (auto [i, e] : llvm::enumerate(t->getElements())) {
      Type eh;
      if (hintTuple && i < hintTuple.getElementTypes().size())
        eh = hintTuple.getElementTypes()[i];
      Value v = emitExpr(e.get(), eh);
      if (!v)
        return nullptr;
      if (eh && v.getType() != eh)
        if (Value c = coerce(v, eh, e->getLoc()))
          v = c;
      elts.push_back(v);
      types.push_back(v.getType());
    }
    return ts::TupleConstructOp::create(
        builder, loc, ts::TupleType::get(&context, types), elts);
  }
  case tsast::ExprKind::List:
    return emitList(llvm::cast<tsast::ListExpr>(*expr), hint);
  case tsast::ExprKind::Dict:
    return emitDict(llvm::cast<tsast::DictExpr>(*expr), hint);
  case tsast::ExprKind::Attribute:
    return emitAttribute(llvm::cast<tsast::AttributeExpr>(*expr));
  case tsast::ExprKind::Subscript:
    return emitSubscript(llvm::cast<tsast::SubscriptExpr>(*expr));
  case tsast::ExprKind::Call:
    return emitCall(llvm::cast<tsast::CallExpr>(*expr), hint);
  case tsast::ExprKind::BinaryOp:
    return emitBinary(llvm::cast<tsast::BinaryOpExpr>(*expr));
  case tsast::ExprKind::UnaryOp:
    return emitUnary(llvm::cast<tsast::UnaryOpExpr>(*expr));
  case tsast::ExprKind::BoolOp:
    return emitBoolOp(llvm::cast<tsast::BoolOpExpr>(*expr));
  case tsast::ExprKind::Compare:
    return emitCompare(llvm::cast<tsast::CompareExpr>(*expr));
  case tsast::ExprKind::IfExp:
    return emitIfExp(llvm::cast<tsast::IfExpExpr>(*expr));
  case tsast::ExprKind::ListComp:
  case tsast::ExprKind::DictComp:
    error(loc) << "comprehensions are not supported yet";
    return nullptr;
  case tsast::ExprKind::Slice:
    error(loc) << "a slice is only valid inside a subscript";
    return nullptr;
  case tsast::ExprKind::Starred:
    error(loc) << "starred expressions are only valid in assignment targets";
    return nullptr;
  case tsast::ExprKind::EllipsisLiteral:
    error(loc) << "'...' is only valid inside a tensor subscript";
    return nullptr;
  }
  return nullptr;
}

Value MLIRGenImpl::emitName(const tsast::NameExpr &expr) {
  StringRef name = expr.getName();
  if (Variable *v = lookupVar(name)) {
    if (v->value)
      return v->value;
    if (v->poisoned)
      return nullptr; // its error is already reported
    auto diag = error(expr.getLoc());
    if (!v->undefinedReason.empty())
      diag << v->undefinedReason;
    else
      diag << "'" << name << "' is not defined on every path";
    return nullptr;
  }
  if (functions.count(name.str())) {
    error(expr.getLoc()) << "functions are not first-class values in "
                            "TorchScript: call '"
                         << name << "' instead";
    return nullptr;
  }
  error(expr.getLoc()) << "undefined value " << name;
  return nullptr;
}

Value MLIRGenImpl::emitDtypeConstant(StringRef name, Location loc) {
  static const std::pair<StringRef, int64_t> dtypes[] = {
      {"uint8", 0},   {"int8", 1},     {"int16", 2},   {"short", 2},
      {"int32", 3},   {"int", 3},      {"int64", 4},   {"long", 4},
      {"float16", 5}, {"half", 5},     {"float32", 6}, {"float", 6},
      {"float64", 7}, {"double", 7},   {"bool", 11},   {"bfloat16", 15}};
  for (auto &[n, code] : dtypes)
    if (n == name)
      return constInt(code, loc);
  return nullptr;
}

Value MLIRGenImpl::emitAttribute(const tsast::AttributeExpr &expr) {
  Location loc = expr.getLoc();
  std::string dotted = resolveDottedName(&expr);
  if (!dotted.empty()) {
    StringRef d(dotted);
    if (d == "math.pi")
      return ts::ConstantOp::createFloat(builder, loc, M_PI);
    if (d == "math.e")
      return ts::ConstantOp::createFloat(builder, loc, M_E);
    if (d == "math.inf")
      return ts::ConstantOp::createFloat(builder, loc, INFINITY);
    if (d == "math.nan")
      return ts::ConstantOp::createFloat(builder, loc, NAN);
    if (d.consume_front("torch."))
      if (Value c = emitDtypeConstant(d, loc))
        return c;
    error(loc) << "unknown attribute '" << dotted << "'";
    return nullptr;
  }
  Value base = emitExpr(expr.getValue());
  if (!base)
    return nullptr;
  StringRef attr = expr.getAttr();
  if (isa<ts::TensorType>(base.getType())) {
    if (attr == "shape")
      return emitOperator("aten::size", {CallArg{base, loc}}, {}, loc);
    if (attr == "dtype")
      return emitOperator("prim::dtype", {CallArg{base, loc}}, {}, loc);
    if (attr == "device")
      return emitOperator("prim::device", {CallArg{base, loc}}, {}, loc);
    if (attr == "ndim")
      return emitOperator("aten::dim", {CallArg{base, loc}}, {}, loc);
    if (attr == "T")
      return emitOperator("aten::t", {CallArg{base, loc}}, {}, loc);
  }
  error(expr.getAttrLoc()) << "'" << typeName(base.getType())
                           << "' has no attribute '" << attr << "'";
  return nullptr;
}

Value MLIRGenImpl::emitList(const tsast::ListExpr &expr, Type hint) {
  Location loc = expr.getLoc();
  Type elt;
  if (auto lt = dyn_cast_if_present<ts::ListType>(hint))
    elt = lt.getElementType();
  SmallVector<Value> values;
  for (const tsast::ExprPtr &e : expr.getElements()) {
    Value v = emitExpr(e.get(), elt);
    if (!v)
      return nullptr;
    values.push_back(v);
  }
  if (!elt) {
    // An empty list is List[Tensor] unless annotated, as in TorchScript.
    elt = values.empty() ? tensorTy() : values[0].getType();
    for (Value v : values) {
      if (v.getType() == elt)
        continue;
      Type j = ts::joinTypes(elt, v.getType());
      if (!j) {
        error(loc) << "list elements must all have the same type, found "
                   << typeName(elt) << " and " << typeName(v.getType());
        return nullptr;
      }
      elt = j;
    }
  }
  for (auto [i, v] : llvm::enumerate(values)) {
    if (v.getType() == elt)
      continue;
    Value c = coerce(v, elt, expr.getElements()[i]->getLoc());
    if (!c) {
      error(expr.getElements()[i]->getLoc())
          << "list element of type " << typeName(v.getType())
          << " in a list of " << typeName(elt);
      return nullptr;
    }
    values[i] = c;
  }
  return ts::ListConstructOp::create(builder, loc,
                                     ts::ListType::get(&context, elt), values);
}

Value MLIRGenImpl::emitDict(const tsast::DictExpr &expr, Type hint) {
  Location loc = expr.getLoc();
  Type kt, vt;
  if (auto dt = dyn_cast_if_present<ts::DictType>(hint)) {
    kt = dt.getKeyType();
    vt = dt.getValueType();
  }
  SmallVector<Value> keys, values;
  for (auto [k, v] : llvm::zip(expr.getKeys(), expr.getValues())) {
    Value kv = emitExpr(k.get(), kt), vv = emitExpr(v.get(), vt);
    if (!kv || !vv)
      return nullptr;
    keys.push_back(kv);
    values.push_back(vv);
  }
  if (!kt) {
    kt = keys.empty() ? strTy() : keys[0].getType();
    vt = values.empty() ? tensorTy() : values[0].getType();
  }
  for (auto [i, v] : llvm::enumerate(values))
    if (v.getType() != vt || keys[i].getType() != kt) {
      error(loc) << "dict entries must all have the same key and value types";
      return nullptr;
    }
  return ts::DictConstructOp::create(
      builder, loc, ts::DictType::get(&context, kt, vt), keys, values);
}

//===----------------------------------------------------------------------===//
// Subscripts
//===----------------------------------------------------------------------===//

Value MLIRGenImpl::emitSubscript(const tsast::SubscriptExpr &expr) {
  Location loc = expr.getLoc();
  Value base = emitExpr(expr.getValue());
  if (!base)
    return nullptr;
  const tsast::Expr *index = expr.getIndex();
  Type t = base.getType();
  if (isa<ts::TensorType>(t))
    return emitTensorIndex(base, index, loc);
  if (auto tt = dyn_cast<ts::TupleType>(t)) {
    int64_t n = tt.getElementTypes().size();
    auto constIndex = [&](const tsast::Expr *e) -> std::optional<int64_t> {
      if (auto *i = llvm::dyn_cast<tsast::IntLiteralExpr>(e))
        return i->getValue();
      if (auto *u = llvm::dyn_cast<tsast::UnaryOpExpr>(e))
        if (u->getOp() == tsast::UnaryOpKind::Neg)
          if (auto *i = llvm::dyn_cast<tsast::IntLiteralExpr>(u->getOperand()))
            return -i->getValue();
      return std::nullopt;
    };
    if (auto *slice = llvm::dyn_cast<tsast::SliceExpr>(index)) {
      // Tuple slices need constant bounds: the result type depends on them.
      auto bound = [&](const tsast::Expr *e, int64_t dflt)
          -> std::optional<int64_t> {
        if (!e)
          return dflt;
        auto v = constIndex(e);
        if (!v)
          return std::nullopt;
        int64_t x = *v < 0 ? *v + n : *v;
        return std::clamp<int64_t>(x, 0, n);
      };
      auto lo = bound(slice->getLower(), 0), hi = bound(slice->getUpper(), n);
      if (!lo || !hi || slice->getStep()) {
        error(index->getLoc()) << "tuple slices need constant bounds and no "
                                  "step";
        return nullptr;
      }
      auto unpack =
          ts::TupleUnpackOp::create(builder, loc, tt.getElementTypes(), base);
      SmallVector<Value> elts;
      SmallVector<Type> types;
      for (int64_t i = *lo; i < *hi; ++i) {
        elts.push_back(unpack.getResult(i));
        types.push_back(elts.back().getType());
      }
      return ts::TupleConstructOp::create(
          builder, loc, ts::TupleType::get(&context, types), elts);
    }
    auto idx = constIndex(index);
    if (!idx) {
      error(index->getLoc()) << "tuple index must be a constant integer";
      return nullptr;
    }
    int64_t i = *idx < 0 ? *idx + n : *idx;
    if (i < 0 || i >= n) {
      error(index->getLoc()) << "tuple index " << *idx
                             << " out of range for a tuple of " << n
                             << " elements";
      return nullptr;
    }
    return ts::TupleIndexOp::create(builder, loc, tt.getElementTypes()[i],
                                    base, builder.getI64IntegerAttr(i));
  }
  if (auto lt = dyn_cast<ts::ListType>(t)) {
    if (llvm::isa<tsast::SliceExpr>(index)) {
      error(index->getLoc()) << "list slicing is not supported yet";
      return nullptr;
    }
    Value i = emitExpr(index);
    if (!i)
      return nullptr;
    if (!isa<ts::IntType>(i.getType())) {
      error(index->getLoc()) << "list indices must be int, not "
                             << typeName(i.getType());
      return nullptr;
    }
    return createOp("ts.aten.__getitem__.t", {base, i}, {lt.getElementType()},
                    loc);
  }
  error(loc) << "'" << typeName(t) << "' object is not subscriptable";
  return nullptr;
}

/// Tensor indexing as PyTorch's `x[...]`: integers select (dropping a
/// dimension), slices slice, None inserts a dimension, `...` skips to the
/// dimensions at the end.
Value MLIRGenImpl::emitTensorIndex(Value tensor, const tsast::Expr *index,
                                   Location loc) {
  SmallVector<const tsast::Expr *> items;
  if (auto *t = llvm::dyn_cast<tsast::TupleExpr>(index))
    for (auto &e : t->getElements())
      items.push_back(e.get());
  else
    items.push_back(index);

  // Indices after `...` count from the end; they need the rank.
  size_t ellipsis = items.size();
  for (auto [i, e] : llvm::enumerate(items))
    if (llvm::isa<tsast::EllipsisLiteralExpr>(e)) {
      if (ellipsis != items.size()) {
        error(e->getLoc()) << "an index can only have a single ellipsis";
        return nullptr;
      }
      ellipsis = i;
    }

  Value current = tensor;
  int64_t dim = 0; // the dimension the next item applies to
  Value dimFromEnd;
  // With negative dims, a select also moves on: the dims after it keep
  // their negative positions.
  bool negativeDims = false;
  for (auto [i, e] : llvm::enumerate(items)) {
    Location eloc = e->getLoc();
    if (i == ellipsis) {
      // The remaining items address the last dimensions. Without a None
      // among them, they are negative dims, as PyTorch emits them; a None
      // shifts positions, so then the rank is needed.
      int64_t remaining = 0;
      bool hasNone = false;
      for (const tsast::Expr *r : ArrayRef(items).drop_front(i + 1)) {
        if (!llvm::isa<tsast::NoneLiteralExpr>(r))
          ++remaining;
        else
          hasNone = true;
      }
      if (!hasNone) {
        dim = -remaining;
        negativeDims = true;
        continue;
      }
      Value rank = createOp("ts.aten.dim", {current}, {intTy()}, eloc);
      dimFromEnd = createOp("ts.aten.sub.int", {rank, constInt(remaining, eloc)},
                            {intTy()}, eloc);
      dim = 0;
      continue;
    }
    auto dimValue = [&]() -> Value {
      Value d = constInt(dim, eloc);
      if (dimFromEnd)
        d = createOp("ts.aten.add.int", {dimFromEnd, d}, {intTy()}, eloc);
      return d;
    };
    if (llvm::isa<tsast::NoneLiteralExpr>(e)) {
      current = emitOperator("aten::unsqueeze",
                             {CallArg{current, eloc}, CallArg{dimValue(), eloc}},
                             {}, eloc);
      ++dim;
    } else if (auto *s = llvm::dyn_cast<tsast::SliceExpr>(e)) {
      auto bound = [&](const tsast::Expr *b) -> Value {
        if (!b)
          return constNone(eloc);
        return emitExpr(b);
      };
      Value start = bound(s->getLower()), end = bound(s->getUpper());
      Value step = s->getStep() ? emitExpr(s->getStep()) : constInt(1, eloc);
      if (!start || !end || !step)
        return nullptr;
      current = emitOperator("aten::slice",
                             {CallArg{current, eloc}, CallArg{dimValue(), eloc},
                              CallArg{start, eloc}, CallArg{end, eloc},
                              CallArg{step, eloc}},
                             {}, eloc);
      ++dim;
    } else {
      Value idx = emitExpr(e);
      if (!idx)
        return nullptr;
      if (!isa<ts::IntType>(idx.getType())) {
        error(eloc) << "tensor indices must be int, slice, None or '...'; "
                       "indexing with "
                    << typeName(idx.getType()) << " is not supported yet";
        return nullptr;
      }
      current = emitOperator("aten::select",
                             {CallArg{current, eloc}, CallArg{dimValue(), eloc},
                              CallArg{idx, eloc}},
                             {}, eloc);
      if (negativeDims)
        ++dim;
    }
    if (!current)
      return nullptr;
  }
  return current;
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

Value MLIRGenImpl::emitBinary(const tsast::BinaryOpExpr &expr) {
  Value lhs = emitExpr(expr.getLHS());
  Value rhs = emitExpr(expr.getRHS());
  if (!lhs || !rhs)
    return nullptr;
  bool tensor = isa<ts::TensorType>(lhs.getType()) ||
                isa<ts::TensorType>(rhs.getType());
  std::string op;
  switch (expr.getOp()) {
  case tsast::BinaryOpKind::Add:
    op = "add";
    break;
  case tsast::BinaryOpKind::Sub:
    op = "sub";
    break;
  case tsast::BinaryOpKind::Mul:
    op = "mul";
    break;
  case tsast::BinaryOpKind::Div:
    op = "div";
    break;
  case tsast::BinaryOpKind::FloorDiv:
    op = tensor ? "floor_divide" : "floordiv";
    break;
  case tsast::BinaryOpKind::Mod:
    op = "remainder";
    break;
  case tsast::BinaryOpKind::Pow:
    op = "pow";
    break;
  case tsast::BinaryOpKind::MatMul:
    op = "matmul";
    break;
  case tsast::BinaryOpKind::LShift:
    op = "__lshift__";
    break;
  case tsast::BinaryOpKind::RShift:
    op = "__rshift__";
    break;
  case tsast::BinaryOpKind::BitAnd:
    op = tensor ? "logical_and" : "__and__";
    break;
  case tsast::BinaryOpKind::BitOr:
    op = tensor ? "logical_or" : "__or__";
    break;
  case tsast::BinaryOpKind::BitXor:
    op = "__xor__";
    break;
  }
  // `2 - x`: ATen's reversed-operand overloads.
  if (isa<ts::TensorType>(rhs.getType()) &&
      !isa<ts::TensorType>(lhs.getType())) {
    if (op == "sub")
      return emitOperator("aten::rsub",
                          {CallArg{rhs, expr.getRHS()->getLoc()},
                           CallArg{lhs, expr.getLHS()->getLoc()}},
                          {}, expr.getLoc(), getOpSpelling(expr.getOp()));
    if (op == "add" || op == "mul")
      std::swap(lhs, rhs); // commutative
  }
  // Other `number op tensor` forms (`2 // x`) wrap the number in a tensor;
  // `@` has no such meaning.
  llvm::SaveAndRestore allow(numToTensorAllowed, op != "matmul");
  return emitOperator("aten::" + op,
                      {CallArg{lhs, expr.getLHS()->getLoc()},
                       CallArg{rhs, expr.getRHS()->getLoc()}},
                      {}, expr.getLoc(), getOpSpelling(expr.getOp()));
}

Value MLIRGenImpl::emitUnary(const tsast::UnaryOpExpr &expr) {
  Location loc = expr.getLoc();
  // -1 folds into the literal, as Python's grammar does not but users expect.
  if (expr.getOp() == tsast::UnaryOpKind::Neg)
    if (auto *i = llvm::dyn_cast<tsast::IntLiteralExpr>(expr.getOperand()))
      return constInt(-i->getValue(), loc);
  Value v = emitExpr(expr.getOperand());
  if (!v)
    return nullptr;
  switch (expr.getOp()) {
  case tsast::UnaryOpKind::Pos:
    return v;
  case tsast::UnaryOpKind::Neg:
    return emitOperator("aten::neg", {CallArg{v, loc}}, {}, loc, "unary -");
  case tsast::UnaryOpKind::Not: {
    Value b = toBool(v, loc);
    return b ? createOp("ts.aten.__not__", {b}, {boolTy()}, loc) : Value();
  }
  case tsast::UnaryOpKind::Invert:
    if (isa<ts::TensorType>(v.getType()))
      return emitOperator("aten::bitwise_not", {CallArg{v, loc}}, {}, loc);
    error(loc) << "'~' is only supported on tensors";
    return nullptr;
  }
  return nullptr;
}

Value MLIRGenImpl::emitBoolOp(const tsast::BoolOpExpr &expr) {
  // Short-circuit: `a and b` is `b if a else False`.
  bool isAnd = expr.getOp() == tsast::BoolOpKind::And;
  ArrayRef<tsast::ExprPtr> values = expr.getValues();
  Value acc = emitCondition(values[0].get());
  if (!acc)
    return nullptr;
  for (const tsast::ExprPtr &e : values.drop_front()) {
    Location loc = e->getLoc();
    auto ifOp = ts::IfOp::create(builder, expr.getLoc(), TypeRange{boolTy()},
                                 acc);
    OpBuilder::InsertionGuard g(builder);
    Block *evalBlock = builder.createBlock(isAnd ? &ifOp.getThenRegion()
                                                 : &ifOp.getElseRegion());
    builder.setInsertionPointToEnd(evalBlock);
    Value rhs = emitCondition(e.get());
    if (!rhs)
      rhs = constBool(false, loc);
    ts::YieldOp::create(builder, loc, rhs);
    Block *constBlock = builder.createBlock(isAnd ? &ifOp.getElseRegion()
                                                  : &ifOp.getThenRegion());
    builder.setInsertionPointToEnd(constBlock);
    ts::YieldOp::create(builder, loc, constBool(!isAnd, loc));
    acc = ifOp.getResult(0);
  }
  return acc;
}

Value MLIRGenImpl::emitCompare(const tsast::CompareExpr &expr) {
  // `a < b < c` is `a < b and b < c`, with b evaluated once.
  Value lhs = emitExpr(expr.getLeft());
  if (!lhs)
    return nullptr;
  Value result;
  for (auto [i, op] : llvm::enumerate(expr.getOps())) {
    Location loc = expr.getOpLocs()[i];
    Value rhs = emitExpr(expr.getComparators()[i].get());
    if (!rhs)
      return nullptr;
    std::string name;
    bool negate = false;
    switch (op) {
    case tsast::CmpOpKind::Lt:
      name = "aten::lt";
      break;
    case tsast::CmpOpKind::Gt:
      name = "aten::gt";
      break;
    case tsast::CmpOpKind::Le:
      name = "aten::le";
      break;
    case tsast::CmpOpKind::Ge:
      name = "aten::ge";
      break;
    case tsast::CmpOpKind::Eq:
      name = "aten::eq";
      break;
    case tsast::CmpOpKind::Ne:
      name = "aten::ne";
      break;
    case tsast::CmpOpKind::Is:
      name = "aten::__is__";
      break;
    case tsast::CmpOpKind::IsNot:
      name = "aten::__isnot__";
      break;
    case tsast::CmpOpKind::NotIn:
      negate = true;
      [[fallthrough]];
    case tsast::CmpOpKind::In:
      name = "aten::__contains__";
      std::swap(lhs, rhs); // __contains__(container, item)
      break;
    }
    // `1 < x` is `x > 1`, as TorchScript emits it: the Scalar overloads
    // take the tensor first.
    Value a = lhs, b = rhs;
    if (isa<ts::TensorType>(rhs.getType()) &&
        isa<ts::IntType, ts::FloatType, ts::BoolType>(lhs.getType())) {
      StringRef mirrored = llvm::StringSwitch<StringRef>(name)
                               .Case("aten::lt", "aten::gt")
                               .Case("aten::gt", "aten::lt")
                               .Case("aten::le", "aten::ge")
                               .Case("aten::ge", "aten::le")
                               .Case("aten::eq", "aten::eq")
                               .Case("aten::ne", "aten::ne")
                               .Default("");
      if (!mirrored.empty()) {
        name = mirrored.str();
        std::swap(a, b);
      }
    }
    Value c = emitOperator(name, {CallArg{a, loc}, CallArg{b, loc}}, {},
                           expr.getLoc(), getOpSpelling(op));
    if (!c)
      return nullptr;
    if (op == tsast::CmpOpKind::In || op == tsast::CmpOpKind::NotIn)
      std::swap(lhs, rhs);
    if (negate)
      c = createOp("ts.aten.__not__", {c}, {boolTy()}, loc);
    if (isa<ts::TensorType>(c.getType()) && expr.getOps().size() > 1) {
      error(loc) << "chained comparisons of tensors are not supported";
      return nullptr;
    }
    result = result ? createOp("ts.aten.__and__.bool", {result, c}, {boolTy()},
                               loc)
                    : c;
    lhs = rhs;
  }
  return result;
}

Value MLIRGenImpl::emitIfExp(const tsast::IfExpExpr &expr) {
  Value cond = emitCondition(expr.getTest());
  if (!cond)
    return nullptr;
  Location loc = expr.getLoc();
  auto tmp = ts::IfOp::create(builder, loc, TypeRange{}, cond);
  Block *tb = builder.createBlock(&tmp.getThenRegion());
  Block *eb = builder.createBlock(&tmp.getElseRegion());
  // `a if x is not None else b` narrows x in `a` (and `is None` in `b`), as
  // an if statement does. The branches are expressions: they assign
  // nothing, so the narrowed variable is simply restored afterwards.
  std::optional<std::pair<std::string, bool>> check =
      matchNoneCheck(expr.getTest());
  Variable *checked = check ? lookupVar(check->first) : nullptr;
  auto emitBranch = [&](const tsast::Expr *e, bool inTrueBranch) -> Value {
    auto opt = checked && checked->value
                   ? dyn_cast<ts::OptionalType>(checked->value.getType())
                   : ts::OptionalType();
    if (!opt || check->second != inTrueBranch)
      return emitExpr(e);
    Value narrowed = ts::UncheckedCastOp::create(
        builder, expr.getTest()->getLoc(), opt.getElementType(),
        checked->value);
    auto saved = frame->vars.find(check->first);
    std::optional<Variable> old;
    if (saved != frame->vars.end())
      old = saved->second;
    frame->vars[check->first] = Variable{narrowed, Type(), "", true};
    Value v = emitExpr(e);
    if (old)
      frame->vars[check->first] = *old;
    else
      frame->vars.erase(check->first);
    return v;
  };
  builder.setInsertionPointToEnd(tb);
  Value t = emitBranch(expr.getBody(), true);
  builder.setInsertionPointToEnd(eb);
  Value f = emitBranch(expr.getOrElse(), false);
  builder.setInsertionPointAfter(tmp);
  auto cleanup = [&] {
    tmp.erase();
    return Value();
  };
  if (!t || !f)
    return cleanup();
  Type type = t.getType();
  if (t.getType() != f.getType()) {
    type = ts::joinTypes(t.getType(), f.getType());
    if (!type || (!isa<ts::OptionalType>(type))) {
      error(loc) << "the branches of a conditional expression have types "
                 << typeName(t.getType()) << " and " << typeName(f.getType());
      return cleanup();
    }
  }
  auto ifOp = ts::IfOp::create(builder, loc, TypeRange{type}, cond);
  ifOp.getThenRegion().takeBody(tmp.getThenRegion());
  ifOp.getElseRegion().takeBody(tmp.getElseRegion());
  tmp.erase();
  for (auto [block, v] : {std::pair{ifOp.thenBlock(), t},
                          std::pair{ifOp.elseBlock(), f}}) {
    OpBuilder::InsertionGuard g(builder);
    builder.setInsertionPointToEnd(block);
    Value c = coerce(v, type, loc);
    ts::YieldOp::create(builder, loc, c);
  }
  return ifOp.getResult(0);
}
