//===- MLIRGen.cpp - TorchScript AST to the ts dialect --------------------===//
//
// Module and function emission, types from annotations, variables and
// statements. `return`, `break` and `continue` become structured control
// flow the way PyTorch's exit transform does it: a flag variable records the
// exit, the statements after a possible exit run under `if not flag`, and a
// loop's continue condition includes the flags.
//
//===----------------------------------------------------------------------===//

#include "MLIRGenImpl.h"
#include "tsc/Frontend/MLIRGen.h"

#include "mlir/IR/Verifier.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::detail;
namespace tsast = tsc::ast;

MLIRGenImpl::MLIRGenImpl(MLIRContext &context, const tsast::Module &module)
    : context(context), astModule(module), builder(&context) {}

//===----------------------------------------------------------------------===//
// Static facts about statements
//===----------------------------------------------------------------------===//

static bool anyStmt(ArrayRef<tsast::StmtPtr> stmts,
                    llvm::function_ref<bool(const tsast::Stmt &)> pred) {
  return llvm::any_of(stmts, [&](const tsast::StmtPtr &s) { return pred(*s); });
}

bool tsc::detail::mayReturn(const tsast::Stmt &stmt) {
  switch (stmt.getKind()) {
  case tsast::StmtKind::Return:
    return true;
  case tsast::StmtKind::If: {
    auto &s = llvm::cast<tsast::IfStmt>(stmt);
    return anyStmt(s.getBody(), mayReturn) || anyStmt(s.getOrElse(), mayReturn);
  }
  case tsast::StmtKind::While:
    return anyStmt(llvm::cast<tsast::WhileStmt>(stmt).getBody(), mayReturn);
  case tsast::StmtKind::For:
    return anyStmt(llvm::cast<tsast::ForStmt>(stmt).getBody(), mayReturn);
  case tsast::StmtKind::With:
    return anyStmt(llvm::cast<tsast::WithStmt>(stmt).getBody(), mayReturn);
  default:
    return false;
  }
}

bool tsc::detail::alwaysExits(ArrayRef<tsast::StmtPtr> stmts, bool loopJumps) {
  for (const tsast::StmtPtr &sp : stmts) {
    switch (sp->getKind()) {
    case tsast::StmtKind::Return:
    case tsast::StmtKind::Raise:
      return true;
    case tsast::StmtKind::Break:
    case tsast::StmtKind::Continue:
      if (loopJumps)
        return true;
      break;
    case tsast::StmtKind::If: {
      auto &s = llvm::cast<tsast::IfStmt>(*sp);
      if (alwaysExits(s.getBody(), loopJumps) &&
          alwaysExits(s.getOrElse(), loopJumps))
        return true;
      break;
    }
    case tsast::StmtKind::With:
      if (alwaysExits(llvm::cast<tsast::WithStmt>(*sp).getBody(), loopJumps))
        return true;
      break;
    default:
      break;
    }
  }
  return false;
}

static SmallVector<const tsast::Stmt *> toSeq(ArrayRef<tsast::StmtPtr> stmts) {
  SmallVector<const tsast::Stmt *> seq;
  for (const tsast::StmtPtr &s : stmts)
    seq.push_back(s.get());
  return seq;
}

bool tsc::detail::needsReturnFlag(ArrayRef<const tsast::Stmt *> stmts,
                                  bool atEnd) {
  for (auto [i, s] : llvm::enumerate(stmts)) {
    if (!mayReturn(*s))
      continue;
    bool last = atEnd && i + 1 == stmts.size();
    switch (s->getKind()) {
    case tsast::StmtKind::Return:
      return false; // what follows is unreachable
    case tsast::StmtKind::If: {
      auto &ifs = llvm::cast<tsast::IfStmt>(*s);
      ArrayRef<const tsast::Stmt *> rest = stmts.drop_front(i + 1);
      bool thenExits = alwaysExits(ifs.getBody(), false);
      bool elseExits = alwaysExits(ifs.getOrElse(), false);
      if (thenExits || elseExits) {
        // The rest moves into the branch that falls through (emitIf).
        SmallVector<const tsast::Stmt *> thenSeq = toSeq(ifs.getBody());
        SmallVector<const tsast::Stmt *> elseSeq = toSeq(ifs.getOrElse());
        (thenExits ? elseSeq : thenSeq).append(rest.begin(), rest.end());
        return needsReturnFlag(thenSeq, atEnd) ||
               needsReturnFlag(elseSeq, atEnd);
      }
      if (!last)
        return true;
      return needsReturnFlag(toSeq(ifs.getBody()), true) ||
             needsReturnFlag(toSeq(ifs.getOrElse()), true);
    }
    case tsast::StmtKind::With:
      if (!last)
        return true;
      return needsReturnFlag(
          toSeq(llvm::cast<tsast::WithStmt>(*s).getBody()), true);
    default: // a return inside a loop
      return true;
    }
  }
  return false;
}

bool tsc::detail::mayBreakOrContinue(const tsast::Stmt &stmt, bool breakOnly) {
  auto rec = [&](const tsast::Stmt &s) {
    return mayBreakOrContinue(s, breakOnly);
  };
  switch (stmt.getKind()) {
  case tsast::StmtKind::Break:
    return true;
  case tsast::StmtKind::Continue:
    return !breakOnly;
  case tsast::StmtKind::If: {
    auto &s = llvm::cast<tsast::IfStmt>(stmt);
    return anyStmt(s.getBody(), rec) || anyStmt(s.getOrElse(), rec);
  }
  case tsast::StmtKind::With:
    return anyStmt(llvm::cast<tsast::WithStmt>(stmt).getBody(), rec);
  default: // a nested loop's break and continue are its own
    return false;
  }
}

static void collectTargetNames(const tsast::Expr *target,
                               NameSet &names) {
  if (auto *n = llvm::dyn_cast<tsast::NameExpr>(target))
    names.insert(n->getName().str());
  else if (auto *t = llvm::dyn_cast<tsast::TupleExpr>(target))
    for (auto &e : t->getElements())
      collectTargetNames(e.get(), names);
  else if (auto *l = llvm::dyn_cast<tsast::ListExpr>(target))
    for (auto &e : l->getElements())
      collectTargetNames(e.get(), names);
  else if (auto *s = llvm::dyn_cast<tsast::StarredExpr>(target))
    collectTargetNames(s->getValue(), names);
}

void tsc::detail::collectAssignedNames(ArrayRef<tsast::StmtPtr> stmts,
                                       NameSet &names) {
  for (const tsast::StmtPtr &sp : stmts) {
    const tsast::Stmt &s = *sp;
    switch (s.getKind()) {
    case tsast::StmtKind::Assign:
      for (auto &t : llvm::cast<tsast::AssignStmt>(s).getTargets())
        collectTargetNames(t.get(), names);
      break;
    case tsast::StmtKind::AnnAssign:
      collectTargetNames(llvm::cast<tsast::AnnAssignStmt>(s).getTarget(),
                         names);
      break;
    case tsast::StmtKind::AugAssign:
      collectTargetNames(llvm::cast<tsast::AugAssignStmt>(s).getTarget(),
                         names);
      break;
    case tsast::StmtKind::If: {
      auto &i = llvm::cast<tsast::IfStmt>(s);
      collectAssignedNames(i.getBody(), names);
      collectAssignedNames(i.getOrElse(), names);
      break;
    }
    case tsast::StmtKind::While:
      collectAssignedNames(llvm::cast<tsast::WhileStmt>(s).getBody(), names);
      break;
    case tsast::StmtKind::For: {
      auto &f = llvm::cast<tsast::ForStmt>(s);
      collectTargetNames(f.getTarget(), names);
      collectAssignedNames(f.getBody(), names);
      break;
    }
    case tsast::StmtKind::With:
      collectAssignedNames(llvm::cast<tsast::WithStmt>(s).getBody(), names);
      break;
    default:
      break;
    }
  }
}

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

void MLIRGenImpl::collectImports(const tsast::Stmt &stmt) {
  if (auto *imp = llvm::dyn_cast<tsast::ImportStmt>(&stmt)) {
    for (const tsast::Alias &a : imp->getNames()) {
      if (a.hasAsName())
        aliases[a.getAsName()] = a.getName().str();
      else // `import torch.nn` binds `torch`
        aliases[a.getName().split('.').first] =
            a.getName().split('.').first.str();
    }
  } else if (auto *from = llvm::dyn_cast<tsast::ImportFromStmt>(&stmt)) {
    if (from->isStarImport())
      return;
    for (const tsast::Alias &a : from->getNames()) {
      StringRef bound = a.hasAsName() ? a.getAsName() : a.getName();
      aliases[bound] = (from->getModule() + "." + a.getName()).str();
    }
  }
}

OwningOpRef<ModuleOp> MLIRGenImpl::run() {
  module = ModuleOp::create(astModule.getLoc());
  builder.setInsertionPointToEnd(module.getBody());
  // TorchScript programs see these names without importing them.
  aliases["torch"] = "torch";
  aliases["math"] = "math";

  for (const tsast::StmtPtr &s : astModule.getBody())
    collectImports(*s);
  for (const tsast::StmtPtr &s : astModule.getBody()) {
    if (auto *def = llvm::dyn_cast<tsast::FunctionDef>(s.get()))
      declareFunction(*def);
    else if (auto *cls = llvm::dyn_cast<tsast::ClassDef>(s.get()))
      error(cls->getLoc()) << "classes are not supported yet (class '"
                           << cls->getName() << "')";
    // Other top-level statements (imports, `print(f(...))` under
    // `if __name__ == "__main__":`) are Python, not TorchScript: skipped.
  }
  for (auto &entry : functions)
    (void)emitFunction(entry.second, entry.second.def->getLoc());

  if (hadError)
    return nullptr;
  if (failed(verify(module))) {
    // A verifier failure here is a frontend bug; report it as such.
    emitError(module.getLoc()) << "internal error: generated IR is invalid";
    return nullptr;
  }
  return OwningOpRef<ModuleOp>(module);
}

void MLIRGenImpl::declareFunction(const tsast::FunctionDef &def) {
  if (functions.count(def.getName().str())) {
    error(def.getNameLoc()) << "function '" << def.getName()
                            << "' is defined twice";
    return;
  }
  for (const tsast::ExprPtr &d : def.getDecorators()) {
    std::string name = resolveDottedName(d.get());
    if (auto *call = llvm::dyn_cast<tsast::CallExpr>(d.get()))
      name = resolveDottedName(call->getFunc());
    if (name != "torch.jit.script" && name != "torch.jit.export" &&
        name != "torch.jit.script_method" && name != "torch.no_grad" &&
        name != "torch.jit.unused" && name != "torch.jit.ignore")
      error(d->getLoc()) << "unsupported decorator '" << name << "'";
  }
  FunctionInfo info;
  info.def = &def;
  const tsast::FunctionTypeComment *tc = def.getTypeComment();
  ArrayRef<tsast::Param> params = def.getParams();
  if (tc && tc->getParamTypes().size() != params.size()) {
    error(tc->getLoc()) << "type comment has " << tc->getParamTypes().size()
                        << " parameter types for " << params.size()
                        << " parameters";
    return;
  }
  for (auto [i, p] : llvm::enumerate(params)) {
    const tsast::Expr *ann = tc ? tc->getParamTypes()[i].get()
                                : p.getAnnotation();
    // Unannotated parameters are Tensors.
    Type t = ann ? resolveAnnotation(ann) : tensorTy();
    if (!t)
      return;
    info.paramNames.push_back(p.getName().str());
    info.paramTypes.push_back(t);
    info.defaults.push_back(p.getDefault());
  }
  const tsast::Expr *ret = tc ? tc->getReturnType() : def.getReturns();
  if (ret) {
    info.returnType = resolveAnnotation(ret);
    if (!info.returnType)
      return;
  }
  functions[def.getName().str()] = std::move(info);
}

LogicalResult MLIRGenImpl::emitFunction(FunctionInfo &info, Location useLoc) {
  if (info.state == FunctionInfo::State::Done)
    return success(static_cast<bool>(info.op));
  if (info.state == FunctionInfo::State::Emitting) {
    error(useLoc) << "recursive call to '" << info.def->getName()
                  << "': TorchScript does not support recursion";
    return failure();
  }
  info.state = FunctionInfo::State::Emitting;
  const tsast::FunctionDef &def = *info.def;

  // Save the caller's state: callees are emitted on demand.
  OpBuilder::InsertionGuard guard(builder);
  Frame *savedFrame = frame;
  FunctionInfo *savedFunction = currentFunction;
  bool savedUsesReturnFlag = usesReturnFlag;
  unsigned savedLoopDepth = loopDepth;
  llvm::scope_exit restore([&] {
    frame = savedFrame;
    currentFunction = savedFunction;
    usesReturnFlag = savedUsesReturnFlag;
    loopDepth = savedLoopDepth;
  });

  builder.setInsertionPointToEnd(module.getBody());
  auto funcOp = func::FuncOp::create(
      builder, def.getLoc(), def.getName(),
      builder.getFunctionType(info.paramTypes, {}));
  Block *entry = funcOp.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  Frame top;
  frame = &top;
  currentFunction = &info;
  usesReturnFlag = false;
  loopDepth = 0;
  for (auto [i, p] : llvm::enumerate(def.getParams())) {
    BlockArgument arg = entry->getArgument(i);
    arg.setLoc(NameLoc::get(builder.getStringAttr(p.getName()), p.getLoc()));
    setVarRaw(p.getName(), Variable{arg, info.paramTypes[i], "", false});
  }

  // A return followed by statements that cannot move into an `else`
  // needs the flag.
  ArrayRef<tsast::StmtPtr> body = def.getBody();
  if (needsReturnFlag(toSeq(body), /*atEnd=*/true)) {
    usesReturnFlag = true;
    setVarRaw(kReturned, Variable{constBool(false, def.getLoc()), boolTy(),
                                  "", false});
  }

  ExitKind exit = emitStmts(body);
  Location endLoc = def.getLoc();
  Value result;
  if (exit == ExitKind::Terminates) {
    Variable *rv = lookupVar(kReturnValue);
    if (rv && rv->value) {
      result = rv->value;
    } else if (info.returnType) { // every path raises
      result = ts::UninitializedOp::create(builder, endLoc, info.returnType);
    } else {
      result = constNone(endLoc);
    }
  } else {
    // Falls off the end: only a function returning None may.
    Variable *rv = lookupVar(kReturnValue);
    bool returnsValue = rv && rv->value && !isa<ts::NoneType>(rv->value.getType());
    Type declared = info.returnType;
    if (returnsValue || (declared && !isa<ts::NoneType>(declared))) {
      error(def.getNameLoc())
          << "function '" << def.getName()
          << "' is not annotated as returning None, but does not return "
             "along all paths";
      // Reported: keep the IR valid without a second, cascading error.
      result = ts::UninitializedOp::create(
          builder, endLoc, declared ? declared : rv->value.getType());
    } else {
      result = constNone(endLoc);
    }
  }
  if (!info.returnType && result)
    info.returnType = result.getType();
  if (result && result.getType() != info.returnType) {
    Value c = coerce(result, info.returnType, endLoc);
    if (!c) {
      error(def.getLoc()) << "function '" << def.getName()
                          << "' returns a value of type "
                          << typeName(result.getType())
                          << " but is annotated to return "
                          << typeName(info.returnType);
      result = nullptr;
    } else {
      result = c;
    }
  }
  Type finalType = info.returnType ? info.returnType : noneTy();
  if (!result) // after an error: keep the IR valid
    result = ts::UninitializedOp::create(builder, endLoc, finalType);
  func::ReturnOp::create(builder, endLoc, result);
  info.returnType = finalType;
  funcOp.setFunctionType(builder.getFunctionType(info.paramTypes, finalType));
  info.op = funcOp;
  info.state = FunctionInfo::State::Done;
  return success();
}

//===----------------------------------------------------------------------===//
// Types from annotations
//===----------------------------------------------------------------------===//

Type MLIRGenImpl::resolveAnnotation(const tsast::Expr *expr, bool *isFinal) {
  if (llvm::isa<tsast::NoneLiteralExpr>(expr))
    return noneTy();
  if (auto *s = llvm::dyn_cast<tsast::SubscriptExpr>(expr)) {
    std::string base = resolveDottedName(s->getValue());
    StringRef name = StringRef(base).rsplit('.').second.empty()
                         ? StringRef(base)
                         : StringRef(base).rsplit('.').second;
    SmallVector<const tsast::Expr *> args;
    if (auto *t = llvm::dyn_cast<tsast::TupleExpr>(s->getIndex()))
      for (auto &e : t->getElements())
        args.push_back(e.get());
    else
      args.push_back(s->getIndex());
    SmallVector<Type> types;
    if (!(name == "Tuple" && args.size() == 1 &&
          llvm::isa<tsast::TupleExpr>(s->getIndex()))) {
      for (const tsast::Expr *a : args) {
        Type t = resolveAnnotation(a);
        if (!t)
          return Type();
        types.push_back(t);
      }
    }
    auto want = [&](size_t n) {
      if (types.size() == n)
        return true;
      error(s->getLoc()) << name << "[...] takes " << n << " type argument"
                         << (n == 1 ? "" : "s");
      return false;
    };
    if (name == "List")
      return want(1) ? ts::ListType::get(&context, types[0]) : Type();
    if (name == "Optional")
      return want(1) ? ts::OptionalType::get(&context, types[0]) : Type();
    if (name == "Dict")
      return want(2) ? ts::DictType::get(&context, types[0], types[1]) : Type();
    if (name == "Tuple")
      return ts::TupleType::get(&context, types);
    if (name == "Final") {
      if (isFinal)
        *isFinal = true;
      return want(1) ? types[0] : Type();
    }
    error(s->getLoc()) << "unknown type constructor '" << base << "'";
    return Type();
  }
  std::string name = resolveDottedName(expr);
  if (auto *str = llvm::dyn_cast<tsast::StringLiteralExpr>(expr))
    name = str->getValue().str(); // a forward reference
  StringRef n(name);
  if (n == "int" || n == "builtins.int")
    return intTy();
  if (n == "float" || n == "builtins.float")
    return floatTy();
  if (n == "bool" || n == "builtins.bool")
    return boolTy();
  if (n == "str" || n == "builtins.str")
    return strTy();
  if (n == "Tensor" || n == "torch.Tensor")
    return tensorTy();
  if (n == "None" || n == "NoneType")
    return noneTy();
  if (n == "torch.device" || n == "Device")
    return ts::DeviceType::get(&context);
  if (n == "typing.Any" || n == "Any")
    return ts::AnyType::get(&context);
  if (n == "torch.dtype")
    return intTy();
  if (n == "List" || n == "typing.List")
    return ts::ListType::get(&context, tensorTy());
  error(expr->getLoc()) << "unknown type annotation '"
                        << (name.empty() ? std::string("<expression>") : name)
                        << "'";
  return Type();
}

//===----------------------------------------------------------------------===//
// Variables
//===----------------------------------------------------------------------===//

Variable *MLIRGenImpl::lookupVar(StringRef name) {
  for (Frame *f = frame; f; f = f->parent) {
    auto it = f->vars.find(name.str());
    if (it != f->vars.end())
      return &it->second;
  }
  return nullptr;
}

LogicalResult MLIRGenImpl::assignVar(StringRef name, Value value, Location loc,
                                     Type declared) {
  if (!value)
    return failure();
  Variable *existing = lookupVar(name);
  bool inThisFrame = frame->vars.count(name.str()) != 0;
  Type required = declared;
  if (!required && existing) {
    if (existing->declaredType)
      required = existing->declaredType;
    else if (!inThisFrame && existing->value && !existing->isRefinement)
      required = existing->value.getType();
    else if (!inThisFrame && existing->isRefinement) {
      // Assigning to a narrowed Optional keeps the Optional's type.
      for (Frame *f = frame; f; f = f->parent) {
        auto it = f->vars.find(name.str());
        if (it != f->vars.end() && !it->second.isRefinement &&
            it->second.value) {
          required = it->second.value.getType();
          break;
        }
      }
    }
  }
  if (required && value.getType() != required) {
    Value c = coerce(value, required, loc);
    if (!c) {
      auto diag = error(loc);
      if (existing && !declared && !existing->declaredType)
        diag << "variable '" << name << "' previously had type "
             << typeName(required)
             << " but is now being assigned to a value of type "
             << typeName(value.getType());
      else
        diag << "variable '" << name << "' is annotated as "
             << typeName(required) << " but is assigned a value of type "
             << typeName(value.getType());
      return failure();
    }
    value = c;
  }
  Type keepDeclared = declared ? declared
                               : (existing ? existing->declaredType : Type());
  // Name the value after the variable, as graphs print it (%x.1).
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    if (!isa<NameLoc>(arg.getLoc()))
      arg.setLoc(NameLoc::get(builder.getStringAttr(name), arg.getLoc()));
  } else if (Operation *def = value.getDefiningOp())
    if (!isa<NameLoc>(def->getLoc()) && def->getNumResults() == 1 &&
        !isa<ts::ConstantOp>(def))
      def->setLoc(NameLoc::get(builder.getStringAttr(name), def->getLoc()));
  frame->vars[name.str()] = Variable{value, keepDeclared, "", false};
  return success();
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

void MLIRGenImpl::poisonTarget(const tsast::Expr *target) {
  NameSet names;
  collectTargetNames(target, names);
  for (const std::string &n : names) {
    Variable v;
    v.poisoned = true;
    frame->vars[n] = v;
  }
}

Value MLIRGenImpl::emitGuardCondition(Location loc, bool *onlyReturn) {
  SmallVector<Value> flags;
  bool loopFlags = false;
  for (StringRef name : {kReturned, kBroke, kContinued}) {
    Variable *v = lookupVar(name);
    if (!v || !v->value)
      continue;
    if (name == kReturned && !usesReturnFlag)
      continue;
    flags.push_back(v->value);
    loopFlags |= name != kReturned;
  }
  if (onlyReturn)
    *onlyReturn = !loopFlags;
  if (flags.empty())
    return nullptr;
  // not (f1 or f2 ...), short-circuit free: flags are plain bools.
  Value any = flags[0];
  for (Value f : ArrayRef<Value>(flags).drop_front())
    any = createOp("ts.aten.__or__.bool", {any, f}, {boolTy()}, loc);
  return createOp("ts.aten.__not__", {any}, {boolTy()}, loc);
}

ExitKind MLIRGenImpl::emitStmts(ArrayRef<tsast::StmtPtr> stmts) {
  return emitStmtSeq(toSeq(stmts));
}

ExitKind MLIRGenImpl::emitStmtSeq(ArrayRef<const tsast::Stmt *> stmts) {
  for (size_t i = 0; i < stmts.size(); ++i) {
    const tsast::Stmt &s = *stmts[i];
    if (auto *ifs = llvm::dyn_cast<tsast::IfStmt>(&s)) {
      bool consumed = false;
      ExitKind k = emitIf(*ifs, stmts.drop_front(i + 1), &consumed);
      if (consumed || k != ExitKind::Normal)
        return k;
    } else {
      ExitKind k = emitStmt(s);
      if (k != ExitKind::Normal)
        return k; // the rest is unreachable
    }
    bool mayExit = (usesReturnFlag && mayReturn(s)) ||
                   (loopDepth > 0 && mayBreakOrContinue(s, false));
    if (!mayExit || i + 1 == stmts.size())
      continue;
    // The rest runs only if nothing exited.
    ArrayRef<const tsast::Stmt *> rest = stmts.drop_front(i + 1);
    bool onlyReturn = false;
    Value guard = emitGuardCondition(s.getLoc(), &onlyReturn);
    if (!guard)
      continue;
    return emitIfOp(
        guard, rest.front()->getLoc(), [&] { return emitStmtSeq(rest); },
        [&] {
          return onlyReturn ? ExitKind::Terminates : ExitKind::LoopJump;
        });
  }
  return ExitKind::Normal;
}

ExitKind MLIRGenImpl::emitStmt(const tsast::Stmt &stmt) {
  Location loc = stmt.getLoc();
  switch (stmt.getKind()) {
  case tsast::StmtKind::Expr: {
    auto &e = llvm::cast<tsast::ExprStmt>(stmt);
    // Docstrings and other bare literals do nothing.
    if (llvm::isa<tsast::StringLiteralExpr, tsast::EllipsisLiteralExpr>(
            e.getValue()))
      return ExitKind::Normal;
    (void)emitExpr(e.getValue());
    return ExitKind::Normal;
  }
  case tsast::StmtKind::Assign:
    return emitAssign(llvm::cast<tsast::AssignStmt>(stmt));
  case tsast::StmtKind::AnnAssign:
    return emitAnnAssign(llvm::cast<tsast::AnnAssignStmt>(stmt));
  case tsast::StmtKind::AugAssign:
    return emitAugAssign(llvm::cast<tsast::AugAssignStmt>(stmt));
  case tsast::StmtKind::If:
    return emitIf(llvm::cast<tsast::IfStmt>(stmt));
  case tsast::StmtKind::While:
    return emitWhile(llvm::cast<tsast::WhileStmt>(stmt));
  case tsast::StmtKind::For:
    return emitFor(llvm::cast<tsast::ForStmt>(stmt));
  case tsast::StmtKind::Return:
    return emitReturn(llvm::cast<tsast::ReturnStmt>(stmt));
  case tsast::StmtKind::Pass:
    return ExitKind::Normal;
  case tsast::StmtKind::Break:
  case tsast::StmtKind::Continue: {
    bool isBreak = stmt.getKind() == tsast::StmtKind::Break;
    if (loopDepth == 0) {
      error(loc) << "'" << (isBreak ? "break" : "continue")
                 << "' outside a loop";
      return ExitKind::Normal;
    }
    setVarRaw(isBreak ? kBroke : kContinued,
              Variable{constBool(true, loc), boolTy(), "", false});
    return ExitKind::LoopJump;
  }
  case tsast::StmtKind::Assert:
    return emitAssert(llvm::cast<tsast::AssertStmt>(stmt));
  case tsast::StmtKind::Raise: {
    auto &r = llvm::cast<tsast::RaiseStmt>(stmt);
    std::string cls = "Exception";
    Value msg;
    if (auto *call = llvm::dyn_cast_or_null<tsast::CallExpr>(r.getExc())) {
      cls = resolveDottedName(call->getFunc());
      if (!call->getArgs().empty()) {
        msg = emitExpr(call->getArgs()[0].get());
        if (msg && !isa<ts::StrType>(msg.getType())) {
          error(call->getArgs()[0]->getLoc())
              << "exception messages must be str, not "
              << typeName(msg.getType());
          msg = nullptr;
        }
      }
    } else if (r.getExc()) {
      cls = resolveDottedName(r.getExc());
    }
    if (!msg)
      msg = constStr("", loc);
    return emitRaise(loc, cls, msg);
  }
  case tsast::StmtKind::With: {
    auto &w = llvm::cast<tsast::WithStmt>(stmt);
    for (const tsast::WithItem &item : w.getItems()) {
      std::string name;
      if (auto *call = llvm::dyn_cast<tsast::CallExpr>(item.getContext()))
        name = resolveDottedName(call->getFunc());
      // Inference has no autograd: these contexts change nothing.
      if (name != "torch.no_grad" && name != "torch.inference_mode" &&
          name != "torch.enable_grad") {
        error(item.getContext()->getLoc())
            << "unsupported 'with' context; only torch.no_grad() is accepted";
        return ExitKind::Normal;
      }
    }
    return emitStmts(w.getBody());
  }
  case tsast::StmtKind::Import:
  case tsast::StmtKind::ImportFrom:
    collectImports(stmt);
    return ExitKind::Normal;
  case tsast::StmtKind::FunctionDef:
    error(loc) << "nested functions are not supported in TorchScript";
    return ExitKind::Normal;
  case tsast::StmtKind::ClassDef:
    error(loc) << "nested classes are not supported in TorchScript";
    return ExitKind::Normal;
  case tsast::StmtKind::Delete:
    error(loc) << "'del' is not supported in TorchScript";
    return ExitKind::Normal;
  case tsast::StmtKind::Global:
  case tsast::StmtKind::Nonlocal:
    error(loc) << "'global' and 'nonlocal' are not supported in TorchScript";
    return ExitKind::Normal;
  }
  return ExitKind::Normal;
}

LogicalResult MLIRGenImpl::assignTarget(const tsast::Expr *target, Value value,
                                        Location loc) {
  if (!value)
    return failure();
  if (auto *n = llvm::dyn_cast<tsast::NameExpr>(target))
    return assignVar(n->getName(), value, target->getLoc());
  ArrayRef<tsast::ExprPtr> elts;
  if (auto *t = llvm::dyn_cast<tsast::TupleExpr>(target))
    elts = t->getElements();
  else if (auto *l = llvm::dyn_cast<tsast::ListExpr>(target))
    elts = l->getElements();
  else {
    if (llvm::isa<tsast::SubscriptExpr>(target))
      error(target->getLoc())
          << "assignment to a subscript (in-place update) is not supported "
             "yet";
    else
      error(target->getLoc()) << "invalid assignment target";
    return failure();
  }
  // Unpacking: a tuple of known arity, or a list (checked at run time).
  SmallVector<Value> parts;
  int starred = -1;
  for (auto [i, e] : llvm::enumerate(elts))
    if (llvm::isa<tsast::StarredExpr>(e.get())) {
      if (starred >= 0) {
        error(e->getLoc()) << "multiple starred expressions in assignment";
        return failure();
      }
      starred = i;
    }
  Location vloc = target->getLoc();
  // Name the unpacked values after their targets, as graphs print them.
  auto nameResults = [&](Operation *unpack) {
    SmallVector<Attribute> names;
    size_t n = unpack->getNumResults();
    size_t fixedAfter = starred >= 0 ? elts.size() - starred - 1 : 0;
    for (size_t r = 0; r < n; ++r) {
      // Result r comes from target r before the star, or counts from the
      // end after it.
      const tsast::Expr *e = nullptr;
      if (starred < 0 || r < size_t(starred))
        e = r < elts.size() ? elts[r].get() : nullptr;
      else if (r >= n - fixedAfter)
        e = elts[elts.size() - (n - r)].get();
      auto *nameExpr = llvm::dyn_cast_or_null<tsast::NameExpr>(e);
      names.push_back(builder.getStringAttr(nameExpr ? nameExpr->getName()
                                                     : StringRef()));
    }
    ArrayAttr attr = builder.getArrayAttr(names);
    unpack->setAttr("ts.result_names", attr);
    // `values, indices = x.max(1)`: the unpack of a multi-result op's
    // tuple folds away, so its results carry the names too.
    if (auto tc = unpack->getOperand(0).getDefiningOp<ts::TupleConstructOp>()) {
      Operation *producer = tc->getNumOperands()
                                ? tc->getOperand(0).getDefiningOp()
                                : nullptr;
      if (producer && producer->getNumResults() == tc->getNumOperands() &&
          producer->getNumResults() > 1 &&
          llvm::equal(producer->getResults(), tc->getOperands()) &&
          !producer->hasAttr("ts.result_names"))
        producer->setAttr("ts.result_names", attr);
    }
  };
  if (auto tt = dyn_cast<ts::TupleType>(value.getType())) {
    size_t n = tt.getElementTypes().size();
    size_t fixed = elts.size() - (starred >= 0 ? 1 : 0);
    if ((starred < 0 && n != elts.size()) || (starred >= 0 && n < fixed)) {
      error(loc) << "cannot unpack a tuple of " << n << " elements into "
                 << elts.size() << " targets";
      return failure();
    }
    auto unpack = ts::TupleUnpackOp::create(builder, vloc,
                                            tt.getElementTypes(), value);
    nameResults(unpack);
    SmallVector<Value> all(unpack.getResults());
    size_t idx = 0;
    for (auto [i, e] : llvm::enumerate(elts)) {
      if (int(i) == starred) {
        // `*rest` takes the middle elements as a tuple.
        size_t take = n - fixed;
        SmallVector<Value> mid(all.begin() + idx, all.begin() + idx + take);
        SmallVector<Type> midTypes;
        for (Value m : mid)
          midTypes.push_back(m.getType());
        Value t = ts::TupleConstructOp::create(
            builder, vloc, ts::TupleType::get(&context, midTypes), mid);
        if (failed(assignTarget(
                llvm::cast<tsast::StarredExpr>(e.get())->getValue(), t, loc)))
          return failure();
        idx += take;
        continue;
      }
      if (failed(assignTarget(e.get(), all[idx++], loc)))
        return failure();
    }
    return success();
  }
  if (auto lt = dyn_cast<ts::ListType>(value.getType())) {
    if (starred >= 0) {
      error(loc) << "starred unpacking of a list is not supported";
      return failure();
    }
    SmallVector<Type> types(elts.size(), lt.getElementType());
    auto unpack = ts::ListUnpackOp::create(builder, vloc, types, value);
    nameResults(unpack);
    for (auto [e, v] : llvm::zip(elts, unpack.getResults()))
      if (failed(assignTarget(e.get(), v, loc)))
        return failure();
    return success();
  }
  error(loc) << "cannot unpack a value of type " << typeName(value.getType());
  return failure();
}

ExitKind MLIRGenImpl::emitAssign(const tsast::AssignStmt &stmt) {
  Type hint;
  if (stmt.hasTypeComment())
    hint = resolveAnnotation(stmt.getTypeComment());
  Value v = emitExpr(stmt.getValue(), hint);
  if (!v) {
    for (const tsast::ExprPtr &t : stmt.getTargets())
      poisonTarget(t.get());
    return ExitKind::Normal;
  }
  for (const tsast::ExprPtr &t : stmt.getTargets()) {
    if (hint && llvm::isa<tsast::NameExpr>(t.get())) {
      (void)assignVar(llvm::cast<tsast::NameExpr>(t.get())->getName(), v,
                      t->getLoc(), hint);
      continue;
    }
    if (failed(assignTarget(t.get(), v, stmt.getLoc())))
      poisonTarget(t.get());
  }
  return ExitKind::Normal;
}

ExitKind MLIRGenImpl::emitAnnAssign(const tsast::AnnAssignStmt &stmt) {
  Type t = resolveAnnotation(stmt.getAnnotation());
  auto *name = llvm::dyn_cast<tsast::NameExpr>(stmt.getTarget());
  if (!name) {
    error(stmt.getTarget()->getLoc())
        << "annotated assignment needs a simple name as target";
    return ExitKind::Normal;
  }
  if (!t)
    return ExitKind::Normal;
  if (!stmt.getValue()) {
    error(stmt.getLoc()) << "a variable annotation needs a value in "
                            "TorchScript";
    return ExitKind::Normal;
  }
  Value v = emitExpr(stmt.getValue(), t);
  if (v)
    (void)assignVar(name->getName(), v, stmt.getTarget()->getLoc(), t);
  else
    poisonTarget(name);
  return ExitKind::Normal;
}

ExitKind MLIRGenImpl::emitAugAssign(const tsast::AugAssignStmt &stmt) {
  // `x += y` rebinds x to `x + y`: tensors have value semantics in the ts
  // dialect, and for scalars and tuples this is Python's meaning.
  auto *name = llvm::dyn_cast<tsast::NameExpr>(stmt.getTarget());
  if (!name) {
    error(stmt.getTarget()->getLoc())
        << "augmented assignment to this target is not supported yet";
    return ExitKind::Normal;
  }
  Value lhs = emitName(*name);
  Value rhs = emitExpr(stmt.getValue());
  if (!lhs || !rhs)
    return ExitKind::Normal;
  // On a list, `xs += ys` extends it in place (TorchScript's aten::add_):
  // every name bound to the list sees the new elements.
  if (isa<ts::ListType>(lhs.getType()) &&
      stmt.getOp() == tsast::BinaryOpKind::Add) {
    (void)emitOperator(
        "aten::extend",
        {CallArg{lhs, name->getLoc()}, CallArg{rhs, stmt.getValue()->getLoc()}},
        {}, stmt.getLoc(), "+=");
    return ExitKind::Normal;
  }
  static const char *names[] = {"add", "sub", "mul", "div", "floordiv",
                                "remainder", "pow", "matmul", "__lshift__",
                                "__rshift__", "__and__", "__or__", "__xor__"};
  std::string op = names[static_cast<int>(stmt.getOp())];
  bool tensor = isa<ts::TensorType>(lhs.getType()) ||
                isa<ts::TensorType>(rhs.getType());
  if (tensor && op == "floordiv")
    op = "floor_divide";
  if (tensor && op == "__and__")
    op = "logical_and";
  if (tensor && op == "__or__")
    op = "logical_or";
  Value v = emitOperator("aten::" + op, {CallArg{lhs, name->getLoc()},
                                         CallArg{rhs, stmt.getValue()->getLoc()}},
                         {}, stmt.getLoc(), getOpSpelling(stmt.getOp()));
  if (!v)
    return ExitKind::Normal;
  // On a tensor, `x += y` is in place in PyTorch: every name bound to the
  // same tensor (`y = x`) sees the update. Names holding the same value are
  // rebound too. (Views, `y = x[0]`, are not tracked: see docs.)
  if (isa<ts::TensorType>(lhs.getType())) {
    SmallVector<std::string> aliases;
    for (Frame *f = frame; f; f = f->parent)
      for (auto &kv : f->vars)
        if (kv.second.value == lhs && kv.first != name->getName() &&
            kv.first[0] != '$' && lookupVar(kv.first) == &kv.second)
          aliases.push_back(kv.first);
    for (const std::string &alias : aliases)
      (void)assignVar(alias, v, name->getLoc());
  }
  (void)assignVar(name->getName(), v, name->getLoc());
  return ExitKind::Normal;
}

ExitKind MLIRGenImpl::emitReturn(const tsast::ReturnStmt &stmt) {
  Location loc = stmt.getLoc();
  Type declared = currentFunction->returnType;
  Value v = stmt.getValue() ? emitExpr(stmt.getValue(), declared)
                            : constNone(loc);
  if (!v)
    return ExitKind::Terminates;
  if (declared && v.getType() != declared) {
    Value c = coerce(v, declared, loc);
    if (!c) {
      error(stmt.getValue() ? stmt.getValue()->getLoc() : loc)
          << "return value of type " << typeName(v.getType())
          << " does not match the function's return type "
          << typeName(declared);
      return ExitKind::Terminates;
    }
    v = c;
  }
  if (!declared) {
    Variable *prev = lookupVar(kReturnValue);
    if (prev && prev->value && prev->value.getType() != v.getType()) {
      Type j = ts::joinTypes(prev->value.getType(), v.getType());
      if (!j || isa<ts::TensorType>(j) != isa<ts::TensorType>(v.getType())) {
        error(loc) << "previous return statement returned a value of type "
                   << typeName(prev->value.getType())
                   << " but this return statement returns a value of type "
                   << typeName(v.getType());
        return ExitKind::Terminates;
      }
    }
  }
  Variable rv{v, Type(), "", false};
  rv.origin = &stmt;
  setVarRaw(kReturnValue, rv);
  if (usesReturnFlag)
    setVarRaw(kReturned, Variable{constBool(true, loc), boolTy(), "", false});
  return ExitKind::Terminates;
}

ExitKind MLIRGenImpl::emitRaise(Location loc, StringRef cls, Value message) {
  ts::RaiseOp::create(builder, loc, message, builder.getStringAttr(cls));
  return ExitKind::Terminates;
}

ExitKind MLIRGenImpl::emitAssert(const tsast::AssertStmt &stmt) {
  // assert c, msg  ==  if not c: raise AssertionError(msg)
  Value cond = emitCondition(stmt.getTest());
  if (!cond)
    return ExitKind::Normal;
  Location loc = stmt.getLoc();
  Value notCond = createOp("ts.aten.__not__", {cond}, {boolTy()}, loc);
  return emitIfOp(
      notCond, loc,
      [&] {
        Value msg;
        if (stmt.getMsg()) {
          msg = emitExpr(stmt.getMsg());
          if (msg && !isa<ts::StrType>(msg.getType()))
            msg = nullptr;
        }
        if (!msg)
          msg = constStr("", loc);
        return emitRaise(loc, "AssertionError", msg);
      },
      [] { return ExitKind::Normal; });
}

OwningOpRef<ModuleOp> tsc::mlirGen(MLIRContext &context,
                                   const tsast::Module &module) {
  context.loadDialect<ts::TSDialect, func::FuncDialect>();
  return MLIRGenImpl(context, module).run();
}
