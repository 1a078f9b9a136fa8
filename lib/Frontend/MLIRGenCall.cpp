//===- MLIRGenCall.cpp - Calls, builtins and overload resolution ----------===//
//
// Calls resolve against ATen schemas the way TorchScript's matchSchema does:
// every overload is tried first without and then with implicit conversions
// (numbers to tensors, int to float, tuples to lists, str to Device), and a
// list parameter also takes its elements as separate arguments
// (`torch.zeros(3, 4)`).
//
//===----------------------------------------------------------------------===//

#include "MLIRGenImpl.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::detail;
namespace tsast = tsc::ast;

Value MLIRGenImpl::createOp(StringRef opName, ValueRange operands,
                            TypeRange results, Location loc) {
  OperationState state(loc, opName);
  state.addOperands(operands);
  state.addTypes(results);
  Operation *op = builder.create(state);
  return op->getNumResults() ? op->getResult(0) : Value();
}

LogicalResult MLIRGenImpl::emitCallArgs(
    const tsast::CallExpr &expr, SmallVectorImpl<CallArg> &args,
    SmallVectorImpl<std::pair<std::string, CallArg>> &kwargs) {
  for (const tsast::ExprPtr &a : expr.getArgs()) {
    if (llvm::isa<tsast::StarredExpr>(a.get())) {
      error(a->getLoc()) << "*args in calls is not supported";
      return failure();
    }
    Value v = emitExpr(a.get());
    if (!v)
      return failure();
    args.push_back(CallArg{v, a->getLoc(), a.get()});
  }
  for (const tsast::Keyword &k : expr.getKeywords()) {
    Value v = emitExpr(k.getValue());
    if (!v)
      return failure();
    kwargs.push_back({k.getName().str(),
                      CallArg{v, k.getValue()->getLoc(), k.getValue()}});
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Schema matching
//===----------------------------------------------------------------------===//

namespace {
enum class Conversion {
  None,
  NumToTensor, // prim::NumToTensor
  IntToFloat,  // aten::Float.int
  TupleToList, // a tuple of ints to int[]
  StrToDevice, // a constant string to a Device
  EmptyList,   // `[]` typed by the parameter
  ScalarToList // `int[2] stride=1` given one int
};

struct Planned {
  enum class Kind { Value, Default, Packed } kind = Kind::Value;
  CallArg arg{Value(), UnknownLoc()};
  SmallVector<CallArg> packed;
  std::string defaultText;
  Conversion conv = Conversion::None;
};

using TypeVars = llvm::StringMap<Type>;

struct Matcher {
  MLIRContext *ctx;
  bool allowConversions;
  /// Numbers become tensors only for binary operators (`2 // x`), as in
  /// TorchScript, where `torch.mm(x, 3)` is an error.
  bool allowNumToTensor;
  TypeVars vars;
  std::string why;

  Type toMLIR(const SchemaType &st) {
    using K = SchemaType::Kind;
    switch (st.kind) {
    case K::Tensor:
      return ts::TensorType::get(ctx);
    case K::Int:
      return ts::IntType::get(ctx);
    case K::Float:
      return ts::FloatType::get(ctx);
    case K::Bool:
      return ts::BoolType::get(ctx);
    case K::Str:
      return ts::StrType::get(ctx);
    case K::Device:
      return ts::DeviceType::get(ctx);
    case K::Scalar:
      return ts::NumberType::get(ctx);
    case K::None:
      return ts::NoneType::get(ctx);
    case K::Any:
      return ts::AnyType::get(ctx);
    case K::TypeVar: {
      auto it = vars.find(st.typeVar);
      return it == vars.end() ? Type() : it->second;
    }
    case K::List: {
      Type e = toMLIR(*st.element);
      return e ? ts::ListType::get(ctx, e) : Type();
    }
    case K::Optional: {
      Type e = toMLIR(*st.element);
      return e ? ts::OptionalType::get(ctx, e) : Type();
    }
    }
    return Type();
  }

  /// Whether `actual` can be passed for `st`, and with which conversion.
  std::optional<Conversion> match(const SchemaType &st, Type actual,
                                  const tsast::Expr *expr,
                                  const SchemaArgument *arg) {
    using K = SchemaType::Kind;
    switch (st.kind) {
    case K::Tensor:
      if (isa<ts::TensorType>(actual))
        return Conversion::None;
      if (allowConversions && allowNumToTensor &&
          isa<ts::IntType, ts::FloatType, ts::BoolType>(actual))
        return Conversion::NumToTensor;
      return std::nullopt;
    case K::Int:
      return isa<ts::IntType>(actual) ? std::optional(Conversion::None)
                                      : std::nullopt;
    case K::Float:
      if (isa<ts::FloatType>(actual))
        return Conversion::None;
      if (allowConversions && isa<ts::IntType>(actual))
        return Conversion::IntToFloat;
      return std::nullopt;
    case K::Bool:
      return isa<ts::BoolType>(actual) ? std::optional(Conversion::None)
                                       : std::nullopt;
    case K::Str:
      return isa<ts::StrType>(actual) ? std::optional(Conversion::None)
                                      : std::nullopt;
    case K::Device:
      if (isa<ts::DeviceType>(actual))
        return Conversion::None;
      if (allowConversions && isa<ts::StrType>(actual) &&
          llvm::isa_and_nonnull<tsast::StringLiteralExpr>(expr))
        return Conversion::StrToDevice;
      return std::nullopt;
    case K::Scalar:
      // As in TorchScript, bool is not a number (NumberType holds int and
      // float): a bool never takes the (Scalar, Scalar) overloads.
      return isa<ts::IntType, ts::FloatType, ts::NumberType>(actual)
                 ? std::optional(Conversion::None)
                 : std::nullopt;
    case K::None:
      return isa<ts::NoneType>(actual) ? std::optional(Conversion::None)
                                       : std::nullopt;
    case K::Any:
      return Conversion::None;
    case K::TypeVar: {
      auto [it, inserted] = vars.try_emplace(st.typeVar, actual);
      return inserted || it->second == actual ? std::optional(Conversion::None)
                                              : std::nullopt;
    }
    case K::List: {
      if (auto lt = dyn_cast<ts::ListType>(actual)) {
        if (auto *le = llvm::dyn_cast_or_null<tsast::ListExpr>(expr);
            le && le->getElements().empty() && allowConversions &&
            st.element->kind != K::TypeVar)
          return Conversion::EmptyList;
        if (st.element->kind == K::TypeVar) {
          auto [it, inserted] =
              vars.try_emplace(st.element->typeVar, lt.getElementType());
          return inserted || it->second == lt.getElementType()
                     ? std::optional(Conversion::None)
                     : std::nullopt;
        }
        Type want = toMLIR(*st.element);
        if (want == lt.getElementType())
          return Conversion::None;
        // Optional element types (Tensor?[]) accept plain elements.
        return std::nullopt;
      }
      if (!allowConversions)
        return std::nullopt;
      if (auto tt = dyn_cast<ts::TupleType>(actual)) {
        Type want = toMLIR(*st.element);
        if (want && llvm::all_of(tt.getElementTypes(),
                                 [&](Type t) { return t == want; }))
          return Conversion::TupleToList;
        return std::nullopt;
      }
      if (arg && arg->fixedListSize && st.element->kind == K::Int &&
          isa<ts::IntType>(actual))
        return Conversion::ScalarToList;
      return std::nullopt;
    }
    case K::Optional:
      if (isa<ts::NoneType>(actual))
        return Conversion::None;
      if (auto opt = dyn_cast<ts::OptionalType>(actual)) {
        Type want = toMLIR(*st.element);
        if (want && want == opt.getElementType())
          return Conversion::None;
        if (st.element->kind == K::TypeVar)
          return match(*st.element, opt.getElementType(), expr, arg);
        return std::nullopt;
      }
      return match(*st.element, actual, expr, arg);
    }
    return std::nullopt;
  }
};

bool isIntListParam(const SchemaArgument &a) {
  return a.type->kind == SchemaType::Kind::List &&
         (a.type->element->kind == SchemaType::Kind::Int ||
          a.type->element->kind == SchemaType::Kind::Float);
}
} // namespace

/// Binds arguments to a schema's parameters. Fails with `why` set.
static bool planCall(const FunctionSchema &schema, ArrayRef<CallArg> args,
                     ArrayRef<std::pair<std::string, CallArg>> kwargs,
                     Matcher &m, SmallVectorImpl<Planned> &plan) {
  const auto &params = schema.arguments;
  plan.assign(params.size(), Planned());
  SmallVector<bool> bound(params.size(), false);
  size_t ai = 0;
  for (size_t pi = 0; pi < params.size() && ai < args.size(); ++pi) {
    const SchemaArgument &p = params[pi];
    if (p.keywordOnly)
      break;
    // `zeros(3, 4)`: the trailing positional int list takes the rest.
    bool lastPositional =
        pi + 1 == params.size() || params[pi + 1].keywordOnly ||
        (args.size() - ai > 1 && isIntListParam(p) &&
         llvm::all_of(args.drop_front(ai), [](const CallArg &a) {
           return isa<ts::IntType>(a.value.getType());
         }));
    if (isIntListParam(p) && lastPositional &&
        isa<ts::IntType, ts::FloatType>(args[ai].value.getType()) &&
        !p.fixedListSize) {
      Planned pl;
      pl.kind = Planned::Kind::Packed;
      Type want = m.toMLIR(*p.type->element);
      for (; ai < args.size(); ++ai) {
        if (args[ai].value.getType() != want) {
          m.why = "expected " + p.type->str() + " elements for argument '" +
                  p.name + "'";
          return false;
        }
        pl.packed.push_back(args[ai]);
      }
      plan[pi] = pl;
      bound[pi] = true;
      break;
    }
    auto conv = m.match(*p.type, args[ai].value.getType(), args[ai].expr, &p);
    if (!conv) {
      m.why = "expected a value of type '" + p.type->str() +
              "' for argument '" + p.name + "' but found type '" +
              ts::getTypeName(args[ai].value.getType()) + "'";
      return false;
    }
    plan[pi].arg = args[ai++];
    plan[pi].conv = *conv;
    bound[pi] = true;
  }
  if (ai < args.size()) {
    m.why = "too many positional arguments";
    return false;
  }
  for (const auto &kw : kwargs) {
    const std::string &name = kw.first;
    const CallArg &arg = kw.second;
    auto it = llvm::find_if(params, [&](const SchemaArgument &p) {
      return p.name == name;
    });
    if (it == params.end()) {
      m.why = "unknown keyword argument '" + name + "'";
      return false;
    }
    size_t pi = it - params.begin();
    if (bound[pi]) {
      m.why = "argument '" + name + "' given twice";
      return false;
    }
    auto conv = m.match(*it->type, arg.value.getType(), arg.expr, &*it);
    if (!conv) {
      m.why = "expected a value of type '" + it->type->str() +
              "' for argument '" + name + "' but found type '" +
              ts::getTypeName(arg.value.getType()) + "'";
      return false;
    }
    plan[pi].arg = arg;
    plan[pi].conv = *conv;
    bound[pi] = true;
  }
  for (size_t pi = 0; pi < params.size(); ++pi) {
    if (bound[pi])
      continue;
    if (!params[pi].defaultValue) {
      m.why = "argument '" + params[pi].name + "' not provided";
      return false;
    }
    plan[pi].kind = Planned::Kind::Default;
    plan[pi].defaultText = *params[pi].defaultValue;
  }
  return true;
}

Value MLIRGenImpl::emitScalarConstant(const std::string &text, Type type,
                                      Location loc) {
  StringRef t = StringRef(text).trim();
  if (t == "None")
    return constNone(loc);
  if (auto opt = dyn_cast<ts::OptionalType>(type))
    type = opt.getElementType();
  if (t == "True" || t == "False")
    return constBool(t == "True", loc);
  if (auto lt = dyn_cast<ts::ListType>(type)) {
    SmallVector<Value> elts;
    StringRef inner = t;
    if (inner.consume_front("[") && inner.consume_back("]")) {
      SmallVector<StringRef> parts;
      inner.split(parts, ',', -1, false);
      for (StringRef p : parts) {
        Value e = emitScalarConstant(p.trim().str(), lt.getElementType(), loc);
        if (!e)
          return nullptr;
        elts.push_back(e);
      }
    } else { // `int[2] stride=1`
      Value e = emitScalarConstant(t.str(), lt.getElementType(), loc);
      if (!e)
        return nullptr;
      elts.push_back(e);
    }
    return ts::ListConstructOp::create(builder, loc, lt, elts);
  }
  if (isa<ts::FloatType>(type)) {
    double d;
    if (!t.getAsDouble(d))
      return ts::ConstantOp::createFloat(builder, loc, d);
  }
  int64_t i;
  if (!t.getAsInteger(10, i)) {
    if (isa<ts::FloatType>(type))
      return ts::ConstantOp::createFloat(builder, loc, double(i));
    return constInt(i, loc);
  }
  double d;
  if (!t.getAsDouble(d))
    return ts::ConstantOp::createFloat(builder, loc, d);
  if ((t.starts_with("\"") && t.ends_with("\"")) ||
      (t.starts_with("'") && t.ends_with("'")))
    return constStr(t.drop_front().drop_back(), loc);
  if (t == "contiguous_format")
    return constInt(0, loc);
  if (t == "long")
    return constInt(4, loc);
  error(loc) << "internal error: unsupported schema default '" << t << "'";
  return nullptr;
}

Value MLIRGenImpl::emitOperator(
    StringRef qualifiedName, ArrayRef<CallArg> args,
    ArrayRef<std::pair<std::string, CallArg>> kwargs, Location loc,
    StringRef displayName) {
  ArrayRef<FunctionSchema> schemas = lookupSchemas(qualifiedName);
  if (schemas.empty()) {
    if (isKnownUnsupportedOperator(qualifiedName))
      error(loc) << "operator '" << qualifiedName
                 << "' is not supported by tsc yet";
    else
      error(loc) << "unknown builtin op: " << qualifiedName;
    return nullptr;
  }
  SmallVector<std::pair<const FunctionSchema *, std::string>> failures;
  for (bool conversions : {false, true}) {
    for (const FunctionSchema &schema : schemas) {
      Matcher m{&context, conversions, numToTensorAllowed, {}, ""};
      SmallVector<Planned> plan;
      if (!planCall(schema, args, kwargs, m, plan)) {
        if (conversions)
          failures.push_back({&schema, m.why});
        continue;
      }
      // Emit the operands.
      SmallVector<Value> operands;
      bool ok = true;
      for (auto [p, param] : llvm::zip(plan, schema.arguments)) {
        Type paramType = m.toMLIR(*param.type);
        Value v;
        switch (p.kind) {
        case Planned::Kind::Default:
          v = emitScalarConstant(p.defaultText,
                                 paramType ? paramType : noneTy(), loc);
          break;
        case Planned::Kind::Packed: {
          SmallVector<Value> elts;
          for (CallArg &a : p.packed)
            elts.push_back(a.value);
          v = ts::ListConstructOp::create(builder, p.packed.front().loc,
                                          paramType, elts);
          break;
        }
        case Planned::Kind::Value: {
          v = p.arg.value;
          Location aloc = p.arg.loc;
          switch (p.conv) {
          case Conversion::None:
            break;
          case Conversion::NumToTensor:
            v = createOp("ts.prim.NumToTensor.Scalar", {v}, {tensorTy()},
                         aloc);
            break;
          case Conversion::IntToFloat:
            v = createOp("ts.aten.Float.int", {v}, {floatTy()}, aloc);
            break;
          case Conversion::TupleToList: {
            auto tt = cast<ts::TupleType>(v.getType());
            auto unpack = ts::TupleUnpackOp::create(builder, aloc,
                                                    tt.getElementTypes(), v);
            Type lt = isa<ts::OptionalType>(paramType)
                          ? cast<ts::OptionalType>(paramType).getElementType()
                          : paramType;
            v = ts::ListConstructOp::create(builder, aloc, lt,
                                            unpack.getResults());
            break;
          }
          case Conversion::StrToDevice: {
            auto *s = llvm::cast<tsast::StringLiteralExpr>(p.arg.expr);
            v = ts::ConstantOp::createDevice(builder, aloc, s->getValue());
            break;
          }
          case Conversion::EmptyList: {
            Type lt = isa<ts::OptionalType>(paramType)
                          ? cast<ts::OptionalType>(paramType).getElementType()
                          : paramType;
            v = ts::ListConstructOp::create(builder, aloc, lt, ValueRange{});
            break;
          }
          case Conversion::ScalarToList: {
            SmallVector<Value> elts(*param.fixedListSize, v);
            v = ts::ListConstructOp::create(
                builder, aloc, ts::ListType::get(&context, intTy()), elts);
            break;
          }
          }
          break;
        }
        }
        if (!v) {
          ok = false;
          break;
        }
        operands.push_back(v);
      }
      if (!ok)
        return nullptr;
      SmallVector<Type> results;
      for (const auto &r : schema.returns) {
        Type t = m.toMLIR(*r);
        if (!t) {
          error(loc) << "cannot infer the result type of " << schema.text;
          return nullptr;
        }
        results.push_back(t);
      }
      OperationState state(loc, schema.getOpName());
      state.addOperands(operands);
      state.addTypes(results);
      Operation *op = builder.create(state);
      if (op->getNumResults() == 1)
        return op->getResult(0);
      if (op->getNumResults() == 0)
        return constNone(loc);
      return ts::TupleConstructOp::create(
          builder, loc, ts::TupleType::get(&context, results),
          op->getResults());
    }
  }
  auto diag = error(loc);
  diag << "arguments for call to "
       << (displayName.empty() ? qualifiedName : displayName)
       << " are not valid (";
  llvm::interleaveComma(args, diag, [&](const CallArg &a) {
    diag << typeName(a.value.getType());
  });
  for (auto &[name, a] : kwargs)
    diag << ", " << name << "=" << typeName(a.value.getType());
  diag << ")";
  for (auto &[schema, why] : failures)
    diag.attachNote() << schema->text << ": " << why;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

Value MLIRGenImpl::emitCall(const tsast::CallExpr &expr, Type hint) {
  Location loc = expr.getLoc();
  const tsast::Expr *callee = expr.getFunc();
  // A method on a value: x.mm(y), xs.append(v).
  if (auto *attr = llvm::dyn_cast<tsast::AttributeExpr>(callee))
    if (resolveDottedName(attr).empty())
      return emitMethodCall(expr, *attr);

  std::string name = resolveDottedName(callee);
  if (name.empty()) {
    error(loc) << "this expression cannot be called";
    return nullptr;
  }
  if (!llvm::isa<tsast::AttributeExpr>(callee)) {
    auto it = functions.find(name);
    if (it != functions.end())
      return emitUserCall(it->second, expr);
  }
  bool handled = false;
  Value v = emitBuiltinFunction(name, expr, &handled);
  if (handled)
    return v;

  SmallVector<CallArg> args;
  SmallVector<std::pair<std::string, CallArg>> kwargs;
  StringRef n(name);
  std::string opName;
  if (n.consume_front("torch.nn.functional.")) {
    // F.relu(input, inplace=False) is aten::relu(self).
    opName = ("aten::" + n).str();
  } else if (n.consume_front("torch.")) {
    if (n == "concat")
      n = "cat";
    opName = ("aten::" + n).str();
  } else if (n.consume_front("math.")) {
    opName = ("aten::" + n).str();
  } else {
    error(callee->getLoc()) << "undefined value " << name;
    return nullptr;
  }
  if (failed(emitCallArgs(expr, args, kwargs)))
    return nullptr;
  SmallVector<std::pair<std::string, CallArg>> renamed;
  for (auto &[k, a] : kwargs) {
    if (k == "inplace" || k == "_stacklevel")
      continue;
    renamed.push_back({k == "input" ? "self" : k, a});
  }
  (void)hint;
  return emitOperator(opName, args, renamed, loc, name);
}

Value MLIRGenImpl::emitMethodCall(const tsast::CallExpr &expr,
                                  const tsast::AttributeExpr &callee) {
  Location loc = expr.getLoc();
  Value self = emitExpr(callee.getValue());
  if (!self)
    return nullptr;
  StringRef method = callee.getAttr();
  SmallVector<CallArg> args{CallArg{self, callee.getValue()->getLoc()}};
  SmallVector<std::pair<std::string, CallArg>> kwargs;
  if (failed(emitCallArgs(expr, args, kwargs)))
    return nullptr;
  Type t = self.getType();
  if (isa<ts::TensorType>(t)) {
    static const std::pair<StringRef, int64_t> casts[] = {
        {"float", 6}, {"double", 7}, {"half", 5}, {"long", 4},
        {"int", 3},   {"short", 2},  {"bool", 11}, {"byte", 0}};
    for (auto &[n, code] : casts)
      if (method == n && args.size() == 1 && kwargs.empty())
        return emitOperator("aten::to",
                            {args[0], CallArg{constInt(code, loc), loc}}, {},
                            loc, ("Tensor." + method).str());
  }
  if (isa<ts::ListType>(t) && method == "append") {
    Value r = emitOperator("aten::append", args, kwargs, loc, "list.append");
    return r ? constNone(loc) : Value();
  }
  if (!isa<ts::TensorType, ts::ListType, ts::StrType>(t)) {
    error(callee.getAttrLoc()) << "'" << typeName(t) << "' has no method '"
                               << method << "'";
    return nullptr;
  }
  return emitOperator(("aten::" + method).str(), args, kwargs, loc,
                      (typeName(t) + "." + method).str());
}

Value MLIRGenImpl::emitUserCall(FunctionInfo &info, const tsast::CallExpr &expr) {
  Location loc = expr.getLoc();
  if (failed(emitFunction(info, loc)))
    return nullptr;
  SmallVector<CallArg> args;
  SmallVector<std::pair<std::string, CallArg>> kwargs;
  if (failed(emitCallArgs(expr, args, kwargs)))
    return nullptr;
  StringRef fname = info.def->getName();
  size_t n = info.paramNames.size();
  if (args.size() > n) {
    error(loc) << fname << "() takes " << n << " arguments but "
               << args.size() << " were given";
    return nullptr;
  }
  SmallVector<Value> operands(n);
  SmallVector<Location> locs(n, loc);
  for (auto [i, a] : llvm::enumerate(args)) {
    operands[i] = a.value;
    locs[i] = a.loc;
  }
  for (auto &[k, a] : kwargs) {
    auto it = llvm::find(info.paramNames, k);
    if (it == info.paramNames.end()) {
      error(a.loc) << fname << "() got an unexpected keyword argument '" << k
                   << "'";
      return nullptr;
    }
    size_t i = it - info.paramNames.begin();
    if (operands[i]) {
      error(a.loc) << fname << "() got multiple values for argument '" << k
                   << "'";
      return nullptr;
    }
    operands[i] = a.value;
    locs[i] = a.loc;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!operands[i]) {
      if (!info.defaults[i]) {
        error(loc) << fname << "() missing required argument '"
                   << info.paramNames[i] << "'";
        return nullptr;
      }
      operands[i] = emitExpr(info.defaults[i], info.paramTypes[i]);
      if (!operands[i])
        return nullptr;
    }
    if (operands[i].getType() != info.paramTypes[i]) {
      Value c = coerce(operands[i], info.paramTypes[i], locs[i]);
      if (!c) {
        error(locs[i]) << "expected a value of type '"
                       << typeName(info.paramTypes[i]) << "' for argument '"
                       << info.paramNames[i] << "' but instead found type '"
                       << typeName(operands[i].getType()) << "'";
        return nullptr;
      }
      operands[i] = c;
    }
  }
  auto call = func::CallOp::create(builder, loc, info.op, operands);
  return call.getResult(0);
}

Value MLIRGenImpl::emitBuiltinFunction(StringRef name,
                                       const tsast::CallExpr &expr,
                                       bool *handled) {
  Location loc = expr.getLoc();
  *handled = true;
  auto oneArg = [&]() -> Value {
    if (expr.getArgs().size() != 1 || !expr.getKeywords().empty()) {
      error(loc) << name << "() takes exactly one argument";
      return nullptr;
    }
    return emitExpr(expr.getArgs()[0].get());
  };
  if (name == "range") {
    error(loc) << "range() is only supported as the iterable of a for loop";
    return nullptr;
  }
  if (name == "torch.jit.annotate" || name == "annotate" ||
      name == "typing.cast") {
    if (expr.getArgs().size() != 2) {
      error(loc) << name << "() takes a type and a value";
      return nullptr;
    }
    Type t = resolveAnnotation(expr.getArgs()[0].get());
    if (!t)
      return nullptr;
    Value v = emitExpr(expr.getArgs()[1].get(), t);
    if (!v)
      return nullptr;
    Value c = coerce(v, t, loc);
    if (!c)
      error(loc) << "cannot annotate a value of type " << typeName(v.getType())
                 << " as " << typeName(t);
    return c;
  }
  if (name == "torch.jit.is_scripting")
    return constBool(true, loc);
  if (name == "torch.jit.is_tracing")
    return constBool(false, loc);
  if (name == "torch.device") {
    auto *s = expr.getArgs().size() == 1
                  ? llvm::dyn_cast<tsast::StringLiteralExpr>(
                        expr.getArgs()[0].get())
                  : nullptr;
    if (!s) {
      error(loc) << "torch.device() takes one constant string";
      return nullptr;
    }
    return ts::ConstantOp::createDevice(builder, loc, s->getValue());
  }
  if (name == "print") {
    SmallVector<Value> vals;
    for (const tsast::ExprPtr &a : expr.getArgs()) {
      Value v = emitExpr(a.get());
      if (!v)
        return nullptr;
      vals.push_back(v);
    }
    ts::PrintOp::create(builder, loc, vals);
    return constNone(loc);
  }
  if (name == "isinstance") {
    if (expr.getArgs().size() != 2) {
      error(loc) << "isinstance() takes two arguments";
      return nullptr;
    }
    Value v = emitExpr(expr.getArgs()[0].get());
    if (!v)
      return nullptr;
    SmallVector<const tsast::Expr *> types;
    if (auto *t = llvm::dyn_cast<tsast::TupleExpr>(expr.getArgs()[1].get()))
      for (auto &e : t->getElements())
        types.push_back(e.get());
    else
      types.push_back(expr.getArgs()[1].get());
    // Decided statically, as TorchScript does.
    bool result = false;
    for (const tsast::Expr *te : types) {
      std::string tn = resolveDottedName(te);
      Type vt = v.getType();
      if (tn == "list" || tn == "List")
        result |= isa<ts::ListType>(vt);
      else if (tn == "tuple" || tn == "Tuple")
        result |= isa<ts::TupleType>(vt);
      else if (tn == "dict" || tn == "Dict")
        result |= isa<ts::DictType>(vt);
      else if (Type t = resolveAnnotation(te))
        result |= ts::isSubtypeOf(vt, t);
      else
        return nullptr;
    }
    return constBool(result, loc);
  }

  // Conversions and builtins that dispatch on the argument's type.
  struct TypedBuiltin {
    StringRef name, tensorOp, intOp, floatOp, boolOp, numberOp;
  };
  // bool() of a number is bool(int()) of it, as TorchScript emits it.
  static const TypedBuiltin typed[] = {
      {"int", "ts.aten.Int.Tensor", "", "ts.aten.Int.float", "ts.aten.Int.bool",
       "ts.aten.Int.Scalar"},
      {"float", "ts.aten.Float.Tensor", "ts.aten.Float.int", "",
       "ts.aten.Float.bool", "ts.aten.Float.Scalar"},
      {"bool", "ts.aten.Bool.Tensor", "ts.aten.Bool.int", "ts.aten.Bool.float",
       "", "ts.aten.Int.Scalar"},
      {"abs", "", "ts.prim.abs.int", "ts.prim.abs.float", "", ""},
  };
  for (const TypedBuiltin &b : typed) {
    if (name != b.name)
      continue;
    Value v = oneArg();
    if (!v)
      return nullptr;
    Type t = v.getType();
    Type rt = name == "int"     ? intTy()
              : name == "float" ? floatTy()
              : name == "bool"  ? boolTy()
                                : t;
    if (t == rt && name != "abs")
      return v;
    StringRef op = isa<ts::TensorType>(t)   ? b.tensorOp
                   : isa<ts::IntType>(t)    ? b.intOp
                   : isa<ts::FloatType>(t)  ? b.floatOp
                   : isa<ts::BoolType>(t)   ? b.boolOp
                   : isa<ts::NumberType>(t) ? b.numberOp
                                            : StringRef();
    if (name == "abs" && isa<ts::TensorType>(t))
      return emitOperator("aten::abs", {CallArg{v, loc}}, {}, loc);
    if (op.empty()) {
      error(loc) << name << "() of a value of type " << typeName(t)
                 << " is not supported";
      return nullptr;
    }
    if (name == "bool" && isa<ts::NumberType>(t))
      return createOp("ts.aten.Bool.int", {createOp(op, {v}, {intTy()}, loc)},
                      {rt}, loc);
    return createOp(op, {v}, {rt}, loc);
  }
  if (name == "len") {
    Value v = oneArg();
    if (!v)
      return nullptr;
    if (auto tt = dyn_cast<ts::TupleType>(v.getType()))
      return constInt(tt.getElementTypes().size(), loc);
    if (isa<ts::TensorType>(v.getType()))
      return createOp("ts.aten.size.int", {v, constInt(0, loc)}, {intTy()},
                      loc);
    return emitOperator("aten::len", {CallArg{v, loc}}, {}, loc, "len");
  }
  if (name == "min" || name == "max" || name == "str" || name == "list") {
    SmallVector<CallArg> args;
    SmallVector<std::pair<std::string, CallArg>> kwargs;
    if (failed(emitCallArgs(expr, args, kwargs)))
      return nullptr;
    std::string op = (name == "min" || name == "max")
                         ? ("prim::" + name).str()
                         : ("aten::" + name).str();
    return emitOperator(op, args, kwargs, loc, name);
  }
  *handled = false;
  return nullptr;
}
