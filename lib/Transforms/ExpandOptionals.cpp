//===- ExpandOptionals.cpp - Optionals as a flag and a value --------------===//
//
// An Optional decided only at run time (`o = b if c else None`, a helper
// returning None on some paths) becomes two values: a bool saying whether
// it holds a value, and the value itself (ts.uninitialized where it holds
// none). `is None` reads the flag, the refinement after it
// (ts.unchecked_cast) reads the value, and ts.if and ts.loop carry both.
// Optionals decided at compile time have folded away before this runs.
// A function where an Optional flows anywhere else (into an op taking an
// Optional argument, out of the function) is left as it is; code
// generation then reports what it cannot compile.
//
//===----------------------------------------------------------------------===//

#include "ts/TSOps.h"
#include "tsc/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSEXPANDOPTIONALS
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {

bool isNoneTyped(Value v) { return isa<NoneType>(v.getType()); }

/// Whether every Optional value of `func` is made and used in ways this
/// pass rewrites.
bool canExpand(func::FuncOp func) {
  bool ok = true;
  auto checkValue = [&](Value v) {
    if (!isa<OptionalType>(v.getType()))
      return;
    if (auto arg = dyn_cast<BlockArgument>(v)) {
      if (!isa<LoopOp>(arg.getOwner()->getParentOp()) ||
          arg.getArgNumber() == 0)
        ok = false;
    } else if (!isa<DerefineOp, IfOp, LoopOp, UninitializedOp>(
                   v.getDefiningOp())) {
      ok = false;
    }
    for (OpOperand &use : v.getUses()) {
      Operation *user = use.getOwner();
      if (isa<DerefineOp, UncheckedCastOp, LoopOp>(user))
        continue;
      if (isa<YieldOp>(user) && isa<IfOp, LoopOp>(user->getParentOp()))
        continue;
      if (isa<AtenIsOp, AtenIsnotOp>(user) &&
          isNoneTyped(user->getOperand(1 - use.getOperandNumber())))
        continue;
      ok = false;
    }
  };
  func.walk([&](Operation *op) {
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          checkValue(arg);
    for (Value result : op->getResults())
      checkValue(result);
  });
  return ok;
}

/// Converts `v` to `type` where refinement made it more precise.
Value castValue(OpBuilder &b, Location loc, Value v, Type type) {
  if (v.getType() == type)
    return v;
  if (isa<TensorType>(v.getType()) && isa<TensorType>(type))
    return TensorCastOp::create(b, loc, type, v);
  return v;
}

class Expander {
public:
  void processBlock(Block &block);
  /// Ops whose Optional results are replaced; erased once unused.
  SmallVector<Operation *> dead;

private:
  struct Pair {
    Value present, value;
  };
  /// The operands of a terminator with each Optional replaced by its pair.
  SmallVector<Value> expandOperands(OpBuilder &b, ValueRange operands,
                                    TypeRange expectedTypes);
  void processDerefine(DerefineOp op);
  /// Maps the results of `op` to those of `expanded`, where each Optional
  /// result became a flag and a value; `op` is erased later.
  void replaceResults(Operation *op, Operation *expanded);
  void processIf(IfOp op);
  void processLoop(LoopOp op);

  DenseMap<Value, Pair> pairs;
};

SmallVector<Value> Expander::expandOperands(OpBuilder &b, ValueRange operands,
                                            TypeRange expectedTypes) {
  SmallVector<Value> result;
  for (auto [v, type] : llvm::zip(operands, expectedTypes)) {
    auto it = pairs.find(v);
    if (it == pairs.end()) {
      result.push_back(v);
      continue;
    }
    Type valueType = cast<OptionalType>(type).getElementType();
    result.push_back(it->second.present);
    result.push_back(castValue(b, v.getLoc(), it->second.value, valueType));
  }
  return result;
}

/// The types of an op's results (or carried values) with each Optional[T]
/// replaced by bool and T.
SmallVector<Type> expandTypes(TypeRange types) {
  SmallVector<Type> result;
  for (Type t : types) {
    if (auto opt = dyn_cast<OptionalType>(t)) {
      result.push_back(BoolType::get(t.getContext()));
      result.push_back(opt.getElementType());
    } else {
      result.push_back(t);
    }
  }
  return result;
}

void Expander::processDerefine(DerefineOp op) {
  auto type = dyn_cast<OptionalType>(op.getType());
  if (!type)
    return;
  OpBuilder b(op);
  Location loc = op.getLoc();
  Value x = op.getOperand();
  Type valueType = type.getElementType();
  if (auto it = pairs.find(x); it != pairs.end()) {
    pairs[op.getResult()] = {it->second.present,
                             castValue(b, loc, it->second.value, valueType)};
  } else if (isNoneTyped(x)) {
    pairs[op.getResult()] = {ConstantOp::createBool(b, loc, false),
                             UninitializedOp::create(b, loc, valueType)};
  } else {
    pairs[op.getResult()] = {ConstantOp::createBool(b, loc, true),
                             castValue(b, loc, x, valueType)};
  }
  dead.push_back(op);
}

void Expander::replaceResults(Operation *op, Operation *expanded) {
  unsigned k = 0;
  for (Value result : op->getResults()) {
    if (isa<OptionalType>(result.getType())) {
      pairs[result] = {expanded->getResult(k), expanded->getResult(k + 1)};
      k += 2;
    } else {
      result.replaceAllUsesWith(expanded->getResult(k++));
    }
  }
  dead.push_back(op);
}

void Expander::processIf(IfOp op) {
  processBlock(*op.thenBlock());
  processBlock(*op.elseBlock());
  if (!llvm::any_of(op.getResultTypes(), llvm::IsaPred<OptionalType>))
    return;
  OpBuilder b(op);
  auto newIf = op.moveIntoNew(b, expandTypes(op.getResultTypes()));
  for (Block *block : {newIf.thenBlock(), newIf.elseBlock()}) {
    Operation *yield = block->getTerminator();
    OpBuilder yb(yield);
    yield->setOperands(
        expandOperands(yb, yield->getOperands(), op.getResultTypes()));
  }
  replaceResults(op, newIf);
}

void Expander::processLoop(LoopOp op) {
  Block *body = op.getBodyBlock();
  SmallVector<Type> carried(op.getResultTypes());
  if (!llvm::any_of(carried, llvm::IsaPred<OptionalType>)) {
    processBlock(*body);
    return;
  }
  // Each Optional block argument becomes its value, preceded by a new flag.
  for (unsigned i = 0, arg = 1; i < carried.size(); ++i, ++arg) {
    auto opt = dyn_cast<OptionalType>(carried[i]);
    if (!opt)
      continue;
    BlockArgument value = body->getArgument(arg);
    BlockArgument present = body->insertArgument(
        arg, BoolType::get(op.getContext()), value.getLoc());
    value.setType(opt.getElementType());
    pairs[value] = {present, value};
    ++arg;
  }
  processBlock(*body);
  Operation *yield = body->getTerminator();
  OpBuilder yb(yield);
  SmallVector<Value> yielded{yield->getOperand(0)};
  llvm::append_range(
      yielded, expandOperands(yb, yield->getOperands().drop_front(), carried));
  yield->setOperands(yielded);
  OpBuilder b(op);
  SmallVector<Value> inits = expandOperands(b, op.getIterArgs(), carried);
  auto newLoop = op.moveIntoNew(b, expandTypes(carried), inits);
  replaceResults(op, newLoop);
}

void Expander::processBlock(Block &block) {
  for (Operation &op : llvm::make_early_inc_range(block)) {
    if (auto derefine = dyn_cast<DerefineOp>(op)) {
      processDerefine(derefine);
    } else if (auto uninit = dyn_cast<UninitializedOp>(op)) {
      auto opt = dyn_cast<OptionalType>(uninit.getType());
      if (!opt)
        continue;
      OpBuilder b(uninit);
      pairs[uninit.getResult()] = {
          ConstantOp::createBool(b, uninit.getLoc(), false),
          UninitializedOp::create(b, uninit.getLoc(), opt.getElementType())};
      dead.push_back(uninit);
    } else if (auto ifOp = dyn_cast<IfOp>(op)) {
      processIf(ifOp);
    } else if (auto loop = dyn_cast<LoopOp>(op)) {
      processLoop(loop);
    } else if (isa<AtenIsOp, AtenIsnotOp>(op)) {
      Value opt =
          isNoneTyped(op.getOperand(0)) ? op.getOperand(1) : op.getOperand(0);
      auto it = pairs.find(opt);
      if (it == pairs.end())
        continue;
      Value present = it->second.present;
      if (isa<AtenIsOp>(op)) {
        OpBuilder b(&op);
        present = AtenNotOp::create(b, op.getLoc(), present.getType(), present);
      }
      op.getResult(0).replaceAllUsesWith(present);
      op.erase();
    } else if (auto cast = dyn_cast<UncheckedCastOp>(op)) {
      auto it = pairs.find(cast.getOperand());
      if (it == pairs.end())
        continue;
      OpBuilder b(cast);
      cast.getResult().replaceAllUsesWith(
          castValue(b, cast.getLoc(), it->second.value, cast.getType()));
      cast.erase();
    } else {
      for (Region &region : op.getRegions())
        for (Block &inner : region)
          processBlock(inner);
    }
  }
}

struct ExpandOptionalsPass
    : public impl::TSExpandOptionalsBase<ExpandOptionalsPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal() || !canExpand(func))
      return;
    Expander expander;
    expander.processBlock(func.getBody().front());
    // Users come after their definitions: erase the last first. Every
    // use was rewritten (canExpand checked they all can be).
    for (Operation *op : llvm::reverse(expander.dead))
      if (op->use_empty())
        op->erase();
  }
};
} // namespace
} // namespace tsc::ts
