//===- MLIRGenControl.cpp - if, while and for -----------------------------===//
//
// Structured control flow: each branch and loop body is emitted in its own
// frame, then the variables it assigned are merged with TorchScript's rules
// into the results of the ts.if / the carried values of the ts.loop.
//
//===----------------------------------------------------------------------===//

#include "MLIRGenImpl.h"

#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::detail;
namespace tsast = tsc::ast;

/// The variable a branch frame assigned itself (narrowings do not count).
static Variable *ownVar(Frame &f, StringRef name) {
  auto it = f.vars.find(name.str());
  if (it == f.vars.end() || it->second.isRefinement)
    return nullptr;
  return &it->second;
}

static void setResultNames(Operation *op, ArrayRef<std::string> names) {
  Builder b(op->getContext());
  SmallVector<Attribute> attrs;
  for (const std::string &n : names)
    attrs.push_back(b.getStringAttr(n.empty() || n[0] == '$' ? "" : n));
  op->setAttr("ts.result_names", b.getArrayAttr(attrs));
}

ExitKind MLIRGenImpl::emitIfOp(Value cond, Location loc, BranchFn thenFn,
                               BranchFn elseFn) {
  auto tmp = ts::IfOp::create(builder, loc, TypeRange{}, cond);
  Block *thenBlock = builder.createBlock(&tmp.getThenRegion());
  Block *elseBlock = builder.createBlock(&tmp.getElseRegion());
  Frame *parent = frame;
  Frame thenFrame{parent, {}}, elseFrame{parent, {}};

  builder.setInsertionPointToEnd(thenBlock);
  frame = &thenFrame;
  ExitKind tk = thenFn();
  builder.setInsertionPointToEnd(elseBlock);
  frame = &elseFrame;
  ExitKind ek = elseFn();
  frame = parent;
  builder.setInsertionPointAfter(tmp);

  bool tTerm = tk == ExitKind::Terminates, eTerm = ek == ExitKind::Terminates;
  NameSet names;
  for (auto &kv : thenFrame.vars)
    if (!kv.second.isRefinement)
      names.insert(kv.first);
  for (auto &kv : elseFrame.vars)
    if (!kv.second.isRefinement)
      names.insert(kv.first);

  struct Merged {
    std::string name;
    Type type;
    Value thenValue, elseValue; // null: yield ts.uninitialized
    Type declared;
  };
  SmallVector<Merged> merged;
  for (const std::string &name : names) {
    bool special = name[0] == '$';
    if (tTerm && eTerm && !special)
      continue; // nothing after this if runs
    Variable *outer = lookupVar(name);
    Variable *tv = ownVar(thenFrame, name), *ev = ownVar(elseFrame, name);
    if ((tv && tv->poisoned) || (ev && ev->poisoned)) {
      Variable poisoned;
      poisoned.poisoned = true;
      frame->vars[name] = poisoned;
      continue;
    }
    Value tval = tv ? tv->value : (outer ? outer->value : Value());
    Value eval = ev ? ev->value : (outer ? outer->value : Value());
    Type declared = outer ? outer->declaredType
                          : (tv ? tv->declaredType
                                : (ev ? ev->declaredType : Type()));
    // A branch that returns or raises does not define what comes after.
    if (!special && tTerm)
      tval = Value();
    if (!special && eTerm)
      eval = Value();
    if (!tval && !eval) {
      if (!tTerm || !eTerm) {
        Variable undef;
        undef.undefinedReason = (tv || ev) ? "'" + name +
                                                 "' is not defined in the " +
                                                 (tv ? "false" : "true") +
                                                 " branch"
                                           : "";
        frame->vars[name] = undef;
      }
      continue;
    }
    if (!tval || !eval) {
      bool otherExits = !tval ? tTerm : eTerm;
      if (!special && !otherExits) {
        Variable undef;
        undef.undefinedReason = "'" + name + "' is not defined in the " +
                                (tval ? "false" : "true") + " branch";
        frame->vars[name] = undef;
        continue;
      }
      Value v = tval ? tval : eval;
      merged.push_back({name, v.getType(), tval, eval, declared});
      continue;
    }
    Type t = tval.getType();
    if (tval.getType() != eval.getType()) {
      Type j = ts::joinTypes(tval.getType(), eval.getType());
      // Only None/T unify implicitly (into Optional[T]); other differences
      // are TorchScript's classic type error.
      if (name == kReturnValue && (!j || !isa<ts::OptionalType>(j))) {
        // Two returns of an unannotated function disagree.
        Variable *ret = ev ? ev : tv;
        error(ret && ret->origin ? ret->origin->getLoc() : loc)
            << "previous return statement returned a value of type "
            << typeName((ev ? tval : eval).getType())
            << " but this return statement returns a value of type "
            << typeName((ev ? eval : tval).getType());
        continue;
      }
      if (!j || (!isa<ts::OptionalType>(j) && !declared)) {
        error(loc) << "'" << name << "' is set to type "
                   << typeName(tval.getType()) << " in the true branch and type "
                   << typeName(eval.getType()) << " in the false branch";
        Variable poisoned;
        poisoned.poisoned = true;
        frame->vars[name] = poisoned;
        continue;
      }
      t = declared ? declared : j;
    }
    merged.push_back({name, t, tval, eval, declared});
  }

  SmallVector<Type> types;
  SmallVector<std::string> resultNames;
  for (Merged &m : merged) {
    types.push_back(m.type);
    resultNames.push_back(m.name);
  }
  auto ifOp = ts::IfOp::create(builder, loc, types, cond);
  ifOp.getThenRegion().takeBody(tmp.getThenRegion());
  ifOp.getElseRegion().takeBody(tmp.getElseRegion());
  tmp.erase();
  setResultNames(ifOp, resultNames);

  auto addYield = [&](Block *block, bool thenSide) {
    OpBuilder::InsertionGuard g(builder);
    builder.setInsertionPointToEnd(block);
    SmallVector<Value> vals;
    for (Merged &m : merged) {
      Value v = thenSide ? m.thenValue : m.elseValue;
      if (!v) {
        v = ts::UninitializedOp::create(builder, loc, m.type);
      } else if (v.getType() != m.type) {
        Value c = coerce(v, m.type, loc);
        if (!c) {
          error(loc) << "'" << m.name << "' has type " << typeName(v.getType())
                     << " in one branch, which does not convert to "
                     << typeName(m.type);
          c = ts::UninitializedOp::create(builder, loc, m.type);
        }
        v = c;
      }
      vals.push_back(v);
    }
    ts::YieldOp::create(builder, loc, vals);
  };
  addYield(ifOp.thenBlock(), true);
  addYield(ifOp.elseBlock(), false);

  for (auto [m, r] : llvm::zip(merged, ifOp.getResults()))
    frame->vars[m.name] = Variable{r, m.declared, "", false};

  if (tTerm && eTerm)
    return ExitKind::Terminates;
  if (tk == ExitKind::LoopJump && (ek == ExitKind::LoopJump || eTerm))
    return ExitKind::LoopJump;
  if (ek == ExitKind::LoopJump && tTerm)
    return ExitKind::LoopJump;
  return ExitKind::Normal;
}

std::optional<std::pair<std::string, bool>>
tsc::detail::matchNoneCheck(const tsast::Expr *test) {
  auto *cmp = llvm::dyn_cast<tsast::CompareExpr>(test);
  if (!cmp || cmp->getOps().size() != 1)
    return std::nullopt;
  tsast::CmpOpKind op = cmp->getOps()[0];
  if (op != tsast::CmpOpKind::Is && op != tsast::CmpOpKind::IsNot)
    return std::nullopt;
  const tsast::Expr *l = cmp->getLeft(), *r = cmp->getComparators()[0].get();
  if (llvm::isa<tsast::NoneLiteralExpr>(l))
    std::swap(l, r);
  auto *name = llvm::dyn_cast<tsast::NameExpr>(l);
  if (!name || !llvm::isa<tsast::NoneLiteralExpr>(r))
    return std::nullopt;
  return std::make_pair(name->getName().str(), op == tsast::CmpOpKind::IsNot);
}

ExitKind MLIRGenImpl::emitIf(const tsast::IfStmt &stmt,
                             ArrayRef<const tsast::Stmt *> rest,
                             bool *consumedRest) {
  Value cond = emitCondition(stmt.getTest());
  if (!cond)
    return ExitKind::Normal;
  // Optional refinement: `if x is not None:` narrows x in the true branch.
  std::optional<std::pair<std::string, bool>> check =
      matchNoneCheck(stmt.getTest());
  Variable *checked = check ? lookupVar(check->first) : nullptr;
  std::optional<ts::OptionalType> optType;
  if (checked && checked->value)
    if (auto o = dyn_cast<ts::OptionalType>(checked->value.getType()))
      optType = o;
  auto refine = [&](bool inTrueBranch) {
    if (!optType || check->second != inTrueBranch)
      return;
    Value narrowed = ts::UncheckedCastOp::create(
        builder, stmt.getTest()->getLoc(), optType->getElementType(),
        checked->value);
    Variable v{narrowed, Type(), "", true};
    frame->vars[check->first] = v;
  };
  // `if c: return a` followed by more statements: the rest becomes the
  // else branch, so that no flag is needed and graphs look like PyTorch's.
  bool inLoop = loopDepth > 0;
  bool thenExits = alwaysExits(stmt.getBody(), inLoop);
  bool elseExits = alwaysExits(stmt.getOrElse(), inLoop);
  bool absorb = !rest.empty() && (thenExits || elseExits);
  if (consumedRest)
    *consumedRest = absorb;
  auto branch = [&](ArrayRef<tsast::StmtPtr> body, bool takesRest) {
    SmallVector<const tsast::Stmt *> seq;
    for (const tsast::StmtPtr &s : body)
      seq.push_back(s.get());
    if (absorb && takesRest)
      seq.append(rest.begin(), rest.end());
    return emitStmtSeq(seq);
  };
  ExitKind k = emitIfOp(
      cond, stmt.getLoc(),
      [&] {
        refine(true);
        return branch(stmt.getBody(), !thenExits);
      },
      [&] {
        refine(false);
        return branch(stmt.getOrElse(), thenExits);
      });
  if (absorb)
    return k;
  // `if x is None: return ...` narrows x for the rest of the block.
  if (optType && k == ExitKind::Normal) {
    bool thenExits = !stmt.getBody().empty() &&
                     (stmt.getBody().back()->getKind() ==
                          tsast::StmtKind::Return ||
                      stmt.getBody().back()->getKind() ==
                          tsast::StmtKind::Raise);
    Variable *now = lookupVar(check->first);
    if (thenExits && !check->second && now && now->value &&
        now->value.getType() == Type(*optType)) {
      Value narrowed = ts::UncheckedCastOp::create(
          builder, stmt.getTest()->getLoc(), optType->getElementType(),
          now->value);
      frame->vars[check->first] = Variable{narrowed, Type(), "", true};
    }
  }
  return k;
}

ExitKind MLIRGenImpl::emitLoopOp(Value tripCount, Value initialCond,
                                 ArrayRef<tsast::StmtPtr> body,
                                 const tsast::Expr *whileTest, Location loc,
                                 LoopBodyFn bodyFn) {
  NameSet assigned;
  collectAssignedNames(body, assigned);
  bool mayBreak = llvm::any_of(body, [](const tsast::StmtPtr &s) {
    return mayBreakOrContinue(*s, /*breakOnly=*/true);
  });
  bool mayContinue = llvm::any_of(body, [](const tsast::StmtPtr &s) {
    return mayBreakOrContinue(*s, /*breakOnly=*/false);
  });
  bool mayRet = usesReturnFlag &&
                llvm::any_of(body, [](const tsast::StmtPtr &s) {
                  return mayReturn(*s);
                });

  // This loop's break flag shadows an enclosing loop's while it runs.
  std::optional<Variable> outerBroke;
  if (mayBreak) {
    auto it = frame->vars.find(kBroke.str());
    if (it != frame->vars.end())
      outerBroke = it->second;
    setVarRaw(kBroke, Variable{constBool(false, loc), boolTy(), "", false});
  }
  if (mayRet && !(lookupVar(kReturnValue) && lookupVar(kReturnValue)->value)) {
    Type rt = currentFunction->returnType;
    if (!rt) {
      error(loc) << "a 'return' inside a loop needs the function's return "
                    "type to be annotated";
      return ExitKind::Normal;
    }
    setVarRaw(kReturnValue,
              Variable{ts::UninitializedOp::create(builder, loc, rt), rt, "",
                       false});
  }

  // Loop-carried: variables defined before the loop that the body assigns,
  // and the exit flags.
  SmallVector<std::string> carried;
  SmallVector<Value> inits;
  SmallVector<Type> declared;
  auto addCarried = [&](StringRef name) {
    Variable *v = lookupVar(name);
    if (!v || !v->value)
      return;
    Value init = v->value;
    if (v->isRefinement) {
      // Carry the Optional, not the narrowed value.
      for (Frame *f = frame; f; f = f->parent) {
        auto it = f->vars.find(name.str());
        if (it != f->vars.end() && !it->second.isRefinement &&
            it->second.value) {
          init = it->second.value;
          break;
        }
      }
    }
    carried.push_back(name.str());
    inits.push_back(init);
    declared.push_back(v->declaredType);
  };
  for (const std::string &n : assigned)
    addCarried(n);
  if (mayBreak)
    addCarried(kBroke);
  if (mayRet) {
    addCarried(kReturned);
    addCarried(kReturnValue);
  }

  SmallVector<Type> types;
  for (Value v : inits)
    types.push_back(v.getType());
  auto loop =
      ts::LoopOp::create(builder, loc, types, tripCount, initialCond, inits);
  setResultNames(loop, carried);
  Block *block = builder.createBlock(&loop.getBody());
  Value iter = block->addArgument(intTy(), loc);
  Frame *parent = frame;
  // The carried values live in a frame of their own, outside the body's:
  // the body assigning them is then assigning an outer variable, which
  // keeps its type ("previously had type ...").
  Frame carriedFrame{parent, {}};
  Frame bodyFrame{&carriedFrame, {}};
  for (auto [i, name] : llvm::enumerate(carried)) {
    BlockArgument arg = block->addArgument(types[i], loc);
    if (name[0] != '$')
      arg.setLoc(NameLoc::get(builder.getStringAttr(name), loc));
    carriedFrame.vars[name] = Variable{arg, declared[i], "", false};
  }
  frame = &bodyFrame;
  builder.setInsertionPointToEnd(block);
  if (mayContinue)
    setVarRaw(kContinued, Variable{constBool(false, loc), boolTy(), "", false});
  ++loopDepth;
  (void)bodyFn(iter);
  --loopDepth;

  // The condition for the next iteration.
  SmallVector<Value> flags;
  if (mayBreak)
    flags.push_back(lookupVar(kBroke)->value);
  if (mayRet)
    flags.push_back(lookupVar(kReturned)->value);
  Value exited;
  for (Value f : flags)
    exited = exited ? createOp("ts.aten.__or__.bool", {exited, f}, {boolTy()},
                               loc)
                    : f;
  Value next;
  if (whileTest) {
    if (exited) {
      auto ifOp = ts::IfOp::create(builder, loc, TypeRange{boolTy()}, exited);
      OpBuilder::InsertionGuard g(builder);
      builder.setInsertionPointToEnd(builder.createBlock(&ifOp.getThenRegion()));
      ts::YieldOp::create(builder, loc, constBool(false, loc));
      builder.setInsertionPointToEnd(builder.createBlock(&ifOp.getElseRegion()));
      Value c = emitCondition(whileTest);
      ts::YieldOp::create(builder, loc, c ? c : constBool(false, loc));
      next = ifOp.getResult(0);
    } else {
      next = emitCondition(whileTest);
      if (!next)
        next = constBool(false, loc);
    }
  } else {
    next = exited ? createOp("ts.aten.__not__", {exited}, {boolTy()}, loc)
                  : constBool(true, loc);
  }
  SmallVector<Value> yields{next};
  for (auto [i, name] : llvm::enumerate(carried)) {
    Variable *v = lookupVar(name);
    Value val = v && v->value ? v->value : Value();
    if (val && val.getType() != types[i])
      val = coerce(val, types[i], loc);
    if (!val) {
      if (!v || !v->poisoned)
        error(loc) << "'" << name
                   << "' is not defined on every path through the loop body";
      val = ts::UninitializedOp::create(builder, loc, types[i]);
    }
    yields.push_back(val);
  }
  ts::YieldOp::create(builder, loc, yields);
  frame = parent;
  builder.setInsertionPointAfter(loop);

  for (auto [i, name] : llvm::enumerate(carried))
    frame->vars[name] = Variable{loop.getResult(i), declared[i], "", false};
  if (mayBreak) {
    if (outerBroke)
      frame->vars[kBroke.str()] = *outerBroke;
    else
      frame->vars.erase(kBroke.str());
  }
  for (const std::string &n : assigned) {
    Variable *v = lookupVar(n);
    if (!v || (!v->value && !v->poisoned)) {
      Variable undef;
      undef.undefinedReason =
          "'" + n + "' is only defined inside the loop body";
      frame->vars[n] = undef;
    }
  }
  return ExitKind::Normal;
}

ExitKind MLIRGenImpl::emitWhile(const tsast::WhileStmt &stmt) {
  Value cond = emitCondition(stmt.getTest());
  if (!cond)
    return ExitKind::Normal;
  Location loc = stmt.getLoc();
  Value trip = constInt(std::numeric_limits<int64_t>::max(), loc);
  return emitLoopOp(trip, cond, stmt.getBody(), stmt.getTest(), loc,
                    [&](Value) { return emitStmts(stmt.getBody()); });
}

ExitKind MLIRGenImpl::emitFor(const tsast::ForStmt &stmt) {
  Location loc = stmt.getLoc();
  const tsast::Expr *iterExpr = stmt.getIter();
  auto emitBody = [&](Value element) {
    if (failed(assignTarget(stmt.getTarget(), element, loc)))
      return ExitKind::Normal;
    return emitStmts(stmt.getBody());
  };

  // for i in range(...)
  if (auto *call = llvm::dyn_cast<tsast::CallExpr>(iterExpr)) {
    if (resolveDottedName(call->getFunc()) == "range") {
      if (!call->getKeywords().empty() || call->getArgs().empty() ||
          call->getArgs().size() > 3) {
        error(call->getLoc()) << "range() takes 1 to 3 int arguments";
        return ExitKind::Normal;
      }
      SmallVector<Value> args;
      for (const tsast::ExprPtr &a : call->getArgs()) {
        Value v = emitExpr(a.get());
        if (!v)
          return ExitKind::Normal;
        if (!isa<ts::IntType>(v.getType())) {
          error(a->getLoc()) << "range() arguments must be int, not "
                             << typeName(v.getType());
          return ExitKind::Normal;
        }
        args.push_back(v);
      }
      Value trueV = constBool(true, loc);
      if (args.size() == 1)
        return emitLoopOp(args[0], trueV, stmt.getBody(), nullptr, loc,
                          emitBody);
      Value start = args[0], end = args[1],
            step = args.size() == 3 ? args[2] : constInt(1, loc);
      Value trip = createOp("ts.aten.__range_length", {start, end, step},
                            {intTy()}, call->getLoc());
      return emitLoopOp(trip, trueV, stmt.getBody(), nullptr, loc,
                        [&](Value iter) {
                          Value i = createOp("ts.aten.__derive_index",
                                             {iter, start, step}, {intTy()},
                                             loc);
                          return emitBody(i);
                        });
    }
  }

  Value seq = emitExpr(iterExpr);
  if (!seq)
    return ExitKind::Normal;
  Location iloc = iterExpr->getLoc();
  // Tuples are unrolled: each element may have its own type.
  if (auto tt = dyn_cast<ts::TupleType>(seq.getType())) {
    if (llvm::any_of(stmt.getBody(), [](const tsast::StmtPtr &s) {
          return mayBreakOrContinue(*s, false);
        })) {
      error(loc) << "'break' and 'continue' are not supported in a loop "
                    "over a tuple";
      return ExitKind::Normal;
    }
    auto unpack =
        ts::TupleUnpackOp::create(builder, iloc, tt.getElementTypes(), seq);
    for (Value element : unpack.getResults()) {
      ExitKind k = emitBody(element);
      if (k != ExitKind::Normal)
        return k;
    }
    return ExitKind::Normal;
  }
  Value trueV = constBool(true, loc);
  if (auto lt = dyn_cast<ts::ListType>(seq.getType())) {
    Value n = createOp("ts.aten.len.t", {seq}, {intTy()}, iloc);
    return emitLoopOp(n, trueV, stmt.getBody(), nullptr, loc, [&](Value i) {
      return emitBody(createOp("ts.aten.__getitem__.t", {seq, i},
                               {lt.getElementType()}, iloc));
    });
  }
  if (isa<ts::TensorType>(seq.getType())) {
    Value zero = constInt(0, iloc);
    Value n = createOp("ts.aten.size.int", {seq, zero}, {intTy()}, iloc);
    return emitLoopOp(n, trueV, stmt.getBody(), nullptr, loc, [&](Value i) {
      return emitBody(createOp("ts.aten.select.int", {seq, zero, i},
                               {tensorTy()}, iloc));
    });
  }
  error(iloc) << "cannot iterate over a value of type "
              << typeName(seq.getType());
  return ExitKind::Normal;
}
