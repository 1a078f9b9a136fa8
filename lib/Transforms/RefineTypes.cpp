//===- RefineTypes.cpp - Dtype and shape propagation ----------------------===//
//
// A forward dataflow over each function: every value's type becomes the
// most refined type consistent with its declared type and with what the
// shape functions compute from its operands. ts.if results join their
// branches; ts.loop carried values are iterated to a fixpoint. Types are
// always recomputed from the declared ones, never from an earlier
// refinement, so re-running a loop body with wider carried types is sound.
// Only when every type is final are casts inserted where a refined value
// meets a use whose type is fixed (region terminators, returns, calls).
//
//===----------------------------------------------------------------------===//

#include "ts/TSOps.h"
#include "tsc/Transforms/Passes.h"
#include "tsc/Transforms/ShapeFunctions.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/TypeSwitch.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSREFINETYPES
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {

/// Loop fixpoints normally converge in a few rounds (the lattice only
/// widens); past this many, the declared types are used.
constexpr unsigned kMaxLoopIterations = 16;

/// Whether `castTo` can turn a value of type `from` into one of type `to`.
bool isCastable(Type from, Type to) {
  if (from == to)
    return true;
  if (isa<TensorType>(from) && isa<TensorType>(to))
    return isSubtypeOf(from, to);
  if (auto ft = dyn_cast<TupleType>(from)) {
    auto tt = dyn_cast<TupleType>(to);
    if (!tt || ft.getElementTypes().size() != tt.getElementTypes().size())
      return false;
    return llvm::all_of(
        llvm::zip(ft.getElementTypes(), tt.getElementTypes()),
        [](auto p) { return isCastable(std::get<0>(p), std::get<1>(p)); });
  }
  if (isa<OptionalType>(to) && !isa<OptionalType, NoneType>(from))
    return isSubtypeOf(from, to);
  // A number refined to what it holds (item() of a bool tensor holds a
  // bool).
  if (isa<NumberType>(to))
    return isa<IntType, FloatType, BoolType>(from);
  return false;
}

/// Converts `v` to the less refined type `to` (see isCastable).
Value castTo(OpBuilder &b, Location loc, Value v, Type to) {
  Type from = v.getType();
  if (from == to)
    return v;
  if (isa<TensorType>(from))
    return TensorCastOp::create(b, loc, to, v);
  if (auto ft = dyn_cast<TupleType>(from)) {
    auto tt = cast<TupleType>(to);
    auto unpack = TupleUnpackOp::create(b, loc, ft.getElementTypes(), v);
    SmallVector<Value> elts;
    for (auto [elt, type] :
         llvm::zip(unpack.getResults(), tt.getElementTypes()))
      elts.push_back(castTo(b, loc, elt, type));
    return TupleConstructOp::create(b, loc, to, elts);
  }
  return DerefineOp::create(b, loc, to, v);
}

/// The most refined type that both the declared type and the inferred one
/// describe; the declared type when they contradict (the op then raises at
/// run time).
Type meet(Type declared, Type inferred) {
  if (!inferred || inferred == declared)
    return declared;
  auto d = dyn_cast<TensorType>(declared);
  auto i = dyn_cast<TensorType>(inferred);
  if (d && i) {
    if (!areCompatibleTensorTypes(d, i))
      return declared;
    Type dtype = d.hasDtype() ? d.getDtype() : i.getDtype();
    if (!d.hasSizes())
      return TensorType::get(d.getContext(), i.getSizes(), dtype);
    SmallVector<int64_t> sizes(*d.getSizes());
    if (i.hasSizes())
      for (auto [s, t] : llvm::zip(sizes, *i.getSizes()))
        if (ShapedType::isDynamic(s))
          s = t;
    return TensorType::get(d.getContext(), ArrayRef<int64_t>(sizes), dtype);
  }
  if ((isSubtypeOf(inferred, declared) || isa<NumberType>(declared)) &&
      isCastable(inferred, declared))
    return inferred;
  return declared;
}

bool isUninitialized(Value v) {
  return static_cast<bool>(v.getDefiningOp<UninitializedOp>());
}

class Refiner {
public:
  explicit Refiner(ModuleOp module) : module(module) {}

  LogicalResult run();

private:
  Type declaredType(Value v) {
    return declared.try_emplace(v, v.getType()).first->second;
  }
  /// Gives `v` the meet of its declared type and `inferred` (null: nothing
  /// inferred).
  void update(Value v, Type inferred) {
    Type t = meet(declaredType(v), inferred);
    if (t != v.getType())
      v.setType(t);
  }

  void processRegion(Region &region);
  void processOp(Operation *op);
  void processIf(IfOp op);
  void processLoop(LoopOp op);
  /// Returns whether the function's result types changed.
  bool processFunc(func::FuncOp func);
  LogicalResult insertCasts(func::FuncOp func);

  ModuleOp module;
  /// Values that hold nothing yet while a loop's fixpoint starts: carried
  /// values whose only incoming value so far is ts.uninitialized, and what
  /// is computed from them. Joins ignore them, as they do uninitialized
  /// values, so that a loop that assigns a variable first on some path
  /// (`best = x if best is None else best + x`) still gets a refined type.
  llvm::DenseSet<Value> noValueYet;
  bool hasNoValueYet(Value v) {
    return isUninitialized(v) || noValueYet.contains(v);
  }
  DenseMap<Value, Type> declared;
  DenseMap<Operation *, SmallVector<Type>> declaredResults;
};

void Refiner::processRegion(Region &region) {
  for (Block &block : region)
    for (Operation &op : block)
      processOp(&op);
}

void Refiner::processOp(Operation *op) {
  if (auto ifOp = dyn_cast<IfOp>(op))
    return processIf(ifOp);
  if (auto loop = dyn_cast<LoopOp>(op))
    return processLoop(loop);
  for (Region &region : op->getRegions())
    processRegion(region);
  bool fromNothing = llvm::any_of(
      op->getOperands(), [&](Value v) { return noValueYet.contains(v); });
  for (Value result : op->getResults()) {
    if (fromNothing)
      noValueYet.insert(result);
    else
      noValueYet.erase(result);
  }

  SmallVector<Type> inferred;
  if (inferResultTypes(op, inferred)) {
    for (auto [result, type] : llvm::zip(op->getResults(), inferred))
      if (isa<TensorType, NumberType>(declaredType(result)))
        update(result, type);
    return;
  }
  llvm::TypeSwitch<Operation *>(op)
      .Case<TensorCastOp>([&](TensorCastOp cast) {
        update(cast.getResult(), cast.getOperand().getType());
      })
      .Case<TupleConstructOp>([&](TupleConstructOp construct) {
        SmallVector<Type> elts(construct.getElements().getTypes());
        update(construct.getResult(), TupleType::get(op->getContext(), elts));
      })
      .Case<TupleUnpackOp>([&](TupleUnpackOp unpack) {
        for (auto [result, type] :
             llvm::zip(unpack.getResults(),
                       unpack.getTuple().getType().getElementTypes()))
          update(result, type);
      })
      .Case<TupleIndexOp>([&](TupleIndexOp index) {
        ArrayRef<Type> elts = index.getTuple().getType().getElementTypes();
        int64_t i = index.getIndex();
        if (i >= 0 && i < static_cast<int64_t>(elts.size()))
          update(index.getResult(), elts[i]);
      })
      .Case<UncheckedCastOp>([&](UncheckedCastOp cast) {
        // unchecked_cast(derefine(x)) is x.
        if (auto d = cast.getOperand().getDefiningOp<DerefineOp>())
          update(cast.getResult(), d.getOperand().getType());
      })
      .Case<func::CallOp>([&](func::CallOp call) {
        auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
            call, call.getCalleeAttr());
        if (!callee ||
            callee.getFunctionType().getNumResults() != call.getNumResults())
          return;
        for (auto [result, type] : llvm::zip(
                 call.getResults(), callee.getFunctionType().getResults()))
          update(result, type);
      });
}

void Refiner::processIf(IfOp op) {
  processRegion(op.getThenRegion());
  processRegion(op.getElseRegion());
  auto thenYield = cast<YieldOp>(op.thenBlock()->getTerminator());
  auto elseYield = cast<YieldOp>(op.elseBlock()->getTerminator());
  for (unsigned i = 0, e = op.getNumResults(); i < e; ++i) {
    Type joined;
    bool ok = true;
    // An uninitialized value is never used: it constrains nothing.
    bool nothing = true;
    for (Value v : {thenYield.getValues()[i], elseYield.getValues()[i]}) {
      if (hasNoValueYet(v))
        continue;
      nothing = false;
      joined = joined ? joinTypes(joined, v.getType()) : v.getType();
      ok &= static_cast<bool>(joined);
    }
    if (nothing &&
        llvm::any_of(
            ValueRange{thenYield.getValues()[i], elseYield.getValues()[i]},
            [&](Value v) { return noValueYet.contains(v); }))
      noValueYet.insert(op.getResult(i));
    else
      noValueYet.erase(op.getResult(i));
    Type t = ok ? meet(declaredType(op.getResult(i)), joined)
                : declaredType(op.getResult(i));
    for (Value v : {thenYield.getValues()[i], elseYield.getValues()[i]})
      if (!hasNoValueYet(v) && !isCastable(v.getType(), t))
        t = declaredType(op.getResult(i));
    op.getResult(i).setType(t);
  }
}

void Refiner::processLoop(LoopOp op) {
  unsigned n = op.getNumResults();
  auto args = op.getRegionIterArgs();
  SmallVector<Type> decl;
  for (unsigned i = 0; i < n; ++i) {
    decl.push_back(declaredType(args[i]));
    declaredType(op.getResult(i));
  }
  // A null type is "no value yet": an uninitialized initial value.
  SmallVector<Type> current(n);
  for (unsigned i = 0; i < n; ++i)
    if (!isUninitialized(op.getIterArgs()[i]))
      current[i] = meet(decl[i], op.getIterArgs()[i].getType());

  auto yield = [&] {
    return cast<YieldOp>(op.getBodyBlock()->getTerminator());
  };
  for (unsigned iteration = 0;; ++iteration) {
    for (unsigned i = 0; i < n; ++i) {
      args[i].setType(current[i] ? current[i] : decl[i]);
      if (current[i])
        noValueYet.erase(args[i]);
      else
        noValueYet.insert(args[i]);
    }
    processRegion(op.getBody());
    if (iteration == kMaxLoopIterations) {
      current = decl; // give up: the declared types are always sound
      for (unsigned i = 0; i < n; ++i)
        args[i].setType(decl[i]);
      processRegion(op.getBody());
      break;
    }
    bool stable = true;
    for (unsigned i = 0; i < n; ++i) {
      Value y = yield().getValues()[i + 1];
      Type next = current[i];
      if (!hasNoValueYet(y)) {
        next = next ? joinTypes(next, y.getType()) : y.getType();
        next = next ? meet(decl[i], next) : decl[i];
        if (!isCastable(y.getType(), next))
          next = decl[i];
      }
      if (next != current[i])
        stable = false;
      current[i] = next;
    }
    // The body was last processed with exactly these carried types.
    if (stable)
      break;
  }
  // A carried value that never got one keeps its declared type: the body
  // then computes real types from it.
  if (llvm::any_of(args, [&](Value a) { return noValueYet.contains(a); })) {
    for (Value a : args)
      noValueYet.erase(a);
    processRegion(op.getBody());
  }
  for (unsigned i = 0; i < n; ++i) {
    Type t = current[i] ? current[i] : decl[i];
    if (!isCastable(op.getIterArgs()[i].getType(), t) &&
        !isUninitialized(op.getIterArgs()[i]))
      t = decl[i];
    op.getResult(i).setType(t);
  }
}

bool Refiner::processFunc(func::FuncOp func) {
  processRegion(func.getBody());
  FunctionType type = func.getFunctionType();
  auto &decl =
      declaredResults.try_emplace(func, SmallVector<Type>(type.getResults()))
          .first->second;
  SmallVector<func::ReturnOp> returns;
  for (Block &block : func.getBody())
    if (auto ret = dyn_cast<func::ReturnOp>(block.getTerminator()))
      returns.push_back(ret);
  if (returns.empty())
    return false;
  // Callers see the new result types: only change them where every use of
  // the function is a call this pass updates.
  std::optional<SymbolTable::UseRange> uses =
      SymbolTable::getSymbolUses(func, module);
  if (!uses || llvm::any_of(*uses, [](const SymbolTable::SymbolUse &use) {
        return !isa<func::CallOp>(use.getUser());
      }))
    return false;
  SmallVector<Type> results;
  for (unsigned i = 0, e = decl.size(); i < e; ++i) {
    Type joined;
    for (func::ReturnOp ret : returns) {
      Type t = ret.getOperand(i).getType();
      joined = joined ? joinTypes(joined, t) : t;
      if (!joined)
        break;
    }
    Type t = joined ? meet(decl[i], joined) : decl[i];
    for (func::ReturnOp ret : returns)
      if (!isCastable(ret.getOperand(i).getType(), t))
        t = decl[i];
    results.push_back(t);
  }
  if (ArrayRef<Type>(results) == type.getResults())
    return false;
  func.setFunctionType(
      FunctionType::get(func.getContext(), type.getInputs(), results));
  return true;
}

LogicalResult Refiner::insertCasts(func::FuncOp func) {
  OpBuilder b(func.getContext());
  bool failed = false;
  auto fix = [&](Operation *user, unsigned operandIndex, Type to,
                 Operation *insertBefore) {
    Value v = user->getOperand(operandIndex);
    if (v.getType() == to)
      return;
    b.setInsertionPoint(insertBefore);
    Value replacement;
    if (isUninitialized(v))
      replacement = UninitializedOp::create(b, v.getLoc(), to);
    else if (isCastable(v.getType(), to))
      replacement = castTo(b, v.getLoc(), v, to);
    if (!replacement) {
      user->emitOpError("operand #")
          << operandIndex << " of type " << v.getType()
          << " cannot be converted to " << to;
      failed = true;
      return;
    }
    user->setOperand(operandIndex, replacement);
  };
  func.walk([&](Operation *op) {
    if (auto ifOp = dyn_cast<IfOp>(op)) {
      for (Block *block : {ifOp.thenBlock(), ifOp.elseBlock()}) {
        Operation *yield = block->getTerminator();
        for (unsigned i = 0, e = ifOp.getNumResults(); i < e; ++i)
          fix(yield, i, ifOp.getResult(i).getType(), yield);
      }
    } else if (auto loop = dyn_cast<LoopOp>(op)) {
      Operation *yield = loop.getBodyBlock()->getTerminator();
      for (unsigned i = 0, e = loop.getNumResults(); i < e; ++i) {
        Type t = loop.getRegionIterArgs()[i].getType();
        fix(loop, 2 + i, t, loop);
        fix(yield, 1 + i, t, yield);
      }
    } else if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      for (auto [i, t] : llvm::enumerate(func.getFunctionType().getResults()))
        fix(ret, i, t, ret);
    } else if (auto call = dyn_cast<func::CallOp>(op)) {
      auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
          call, call.getCalleeAttr());
      if (!callee)
        return;
      FunctionType type = callee.getFunctionType();
      if (type.getNumInputs() != call.getNumOperands())
        return;
      for (auto [i, t] : llvm::enumerate(type.getInputs()))
        fix(call, i, t, call);
    }
  });
  return failure(failed);
}

LogicalResult Refiner::run() {
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  llvm::SetVector<func::FuncOp> worklist(funcs.begin(), funcs.end());
  // Without recursion (TorchScript has none) each signature change only
  // moves information towards callers, so this terminates quickly; the cap
  // guards against anything else.
  unsigned budget = 4 * funcs.size() + 16;
  while (!worklist.empty() && budget--) {
    func::FuncOp func = worklist.front();
    worklist.remove(func);
    if (func.isExternal() || !processFunc(func))
      continue;
    if (auto uses = SymbolTable::getSymbolUses(func, module))
      for (const SymbolTable::SymbolUse &use : *uses)
        if (auto caller = use.getUser()->getParentOfType<func::FuncOp>())
          worklist.insert(caller);
  }
  for (func::FuncOp func : funcs) {
    // Call results follow their callee's final signature.
    func.walk([&](func::CallOp call) {
      auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
          call, call.getCalleeAttr());
      if (!callee)
        return;
      for (auto [result, type] : llvm::zip(
               call.getResults(), callee.getFunctionType().getResults())) {
        if (result.getType() == type)
          continue;
        // Only if the pass was cut short: users keep the type they saw.
        Type old = result.getType();
        SmallVector<OpOperand *> uses;
        for (OpOperand &use : result.getUses())
          uses.push_back(&use);
        result.setType(type);
        if (isCastable(type, old)) {
          OpBuilder b(call->getContext());
          b.setInsertionPointAfter(call);
          Value cast = castTo(b, call.getLoc(), result, old);
          for (OpOperand *use : uses)
            use->set(cast);
        }
      }
    });
    if (!func.isExternal() && failed(insertCasts(func)))
      return failure();
    // Casts whose operand became as refined as their result are no-ops.
    func.walk([](TensorCastOp cast) {
      if (cast.getOperand().getType() == cast.getType()) {
        cast.getResult().replaceAllUsesWith(cast.getOperand());
        cast.erase();
      }
    });
  }
  return success();
}

struct RefineTypesPass : public impl::TSRefineTypesBase<RefineTypesPass> {
  void runOnOperation() override {
    if (failed(Refiner(getOperation()).run()))
      signalPassFailure();
  }
};
} // namespace
} // namespace tsc::ts
