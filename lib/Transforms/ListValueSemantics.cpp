//===- ListValueSemantics.cpp - Appends to lists as new list values -------===//
//
// TorchScript lists are mutable references, code generation wants values.
// For a list that does not escape, this is mem2reg over structured control
// flow: walking the function in order, the pass keeps the newest value of
// each list; an append makes a new value (ts.list_append), a read uses the
// newest one, and a ts.loop or ts.if whose body appends to the list carries
// it (a new iteration argument, a new result). The list's identity is its
// SSA value: two names bound to one list are one value here, so an append
// through either is seen by both, as in Python.
//
//===----------------------------------------------------------------------===//

#include "ts/TSOps.h"
#include "tsc/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSLISTVALUESEMANTICS
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {

/// Whether `user` only reads the list; a return reads the list as it is
/// at the end of the function.
bool isRead(Operation *user) {
  return isa<func::ReturnOp>(user) || onlyReadsList(user);
}

/// The in-place list operations this pass turns into new values.
bool isMutation(Operation *op) {
  return isa<AtenAppendTOp, AtenExtendTOp, AtenInsertTOp, AtenPopTOp>(op);
}

/// Whether every use of the list made by `construct` is an append to it or
/// a read of it, in the regions of ts.if and ts.loop ops only.
bool canConvert(ListConstructOp construct, func::FuncOp func) {
  bool appended = false;
  for (OpOperand &use : construct.getResult().getUses()) {
    Operation *user = use.getOwner();
    for (Operation *p = user->getParentOp(); p != func; p = p->getParentOp())
      if (!isa<IfOp, LoopOp>(p))
        return false;
    if (isMutation(user) && use.getOperandNumber() == 0) {
      if (auto append = dyn_cast<AtenAppendTOp>(user))
        if (!append.getResult().use_empty())
          return false;
      appended = true;
      continue;
    }
    // `ys.extend(xs)` reads xs.
    if (isa<AtenExtendTOp>(user))
      continue;
    if (!isRead(user))
      return false;
  }
  return appended;
}

class Renamer {
public:
  explicit Renamer(const llvm::SetVector<Value> &lists) : lists(lists) {}

  /// The newest value of each list, by the list's original value.
  using Current = llvm::MapVector<Value, Value>;

  void processBlock(Block &block, Current &current);

  /// Every value each list takes (for its element type).
  llvm::MapVector<Value, SmallVector<Value>> values;
  /// The types of everything put into each list.
  llvm::MapVector<Value, SmallVector<Type>> elementTypes;

private:
  /// The lists of `current` that `op` appends to somewhere in its regions.
  SmallVector<Value> appendedIn(Operation *op, const Current &current);
  void processIf(IfOp op, Current &current);
  /// Replaces `op` by `replacement`, which has the results of `op` followed
  /// by the newest values of `lists`.
  void replaceAndCarry(Operation *op, Operation *replacement,
                       ArrayRef<Value> lists, Current &current);
  void processLoop(LoopOp op, Current &current);

  const llvm::SetVector<Value> &lists;
};

SmallVector<Value> Renamer::appendedIn(Operation *op, const Current &current) {
  llvm::SetVector<Value> result;
  op->walk([&](Operation *inner) {
    if (isMutation(inner) && current.count(inner->getOperand(0)))
      result.insert(inner->getOperand(0));
  });
  return result.takeVector();
}

void Renamer::processBlock(Block &block, Current &current) {
  for (Operation &op : llvm::make_early_inc_range(block)) {
    if (auto construct = dyn_cast<ListConstructOp>(op)) {
      if (lists.contains(construct.getResult())) {
        current[construct.getResult()] = construct.getResult();
        values[construct.getResult()].push_back(construct.getResult());
        llvm::append_range(elementTypes[construct.getResult()],
                           construct.getElements().getTypes());
      }
      continue;
    }
    if (isMutation(&op)) {
      Value list = op.getOperand(0);
      if (auto it = current.find(list); it != current.end()) {
        OpBuilder b(&op);
        Location loc = op.getLoc();
        Value cur = it->second;
        Value next;
        if (auto append = dyn_cast<AtenAppendTOp>(op)) {
          next =
              ListAppendOp::create(b, loc, cur.getType(), cur, append.getEl());
          elementTypes[list].push_back(append.getEl().getType());
        } else if (auto extend = dyn_cast<AtenExtendTOp>(op)) {
          Value other = extend.getOther();
          if (auto o = current.find(other); o != current.end())
            other = o->second;
          next = AtenAddTOp::create(b, loc, cur.getType(), cur, other);
          elementTypes[list].push_back(
              cast<ListType>(other.getType()).getElementType());
        } else if (auto insert = dyn_cast<AtenInsertTOp>(op)) {
          next = ListInsertOp::create(b, loc, cur.getType(), cur,
                                      insert.getIdx(), insert.getEl());
          elementTypes[list].push_back(insert.getEl().getType());
        } else {
          auto pop = cast<AtenPopTOp>(op);
          auto popped = ListPopOp::create(b, loc, cur.getType(), pop.getType(),
                                          cur, pop.getIdx());
          pop.getResult().replaceAllUsesWith(popped.getElement());
          next = popped.getRest();
        }
        it->second = next;
        values[list].push_back(next);
        op.erase();
        continue;
      }
    }
    // Reads see the newest value.
    for (OpOperand &operand : op.getOpOperands())
      if (auto it = current.find(operand.get()); it != current.end())
        operand.set(it->second);
    if (auto ifOp = dyn_cast<IfOp>(op)) {
      processIf(ifOp, current);
      continue;
    }
    if (auto loop = dyn_cast<LoopOp>(op)) {
      processLoop(loop, current);
      continue;
    }
  }
}

void Renamer::replaceAndCarry(Operation *op, Operation *replacement,
                              ArrayRef<Value> lists, Current &current) {
  unsigned n = op->getNumResults();
  op->replaceAllUsesWith(replacement->getResults().take_front(n));
  op->erase();
  for (auto [i, list] : llvm::enumerate(lists)) {
    current[list] = replacement->getResult(n + i);
    values[list].push_back(current[list]);
  }
}

void Renamer::processIf(IfOp op, Current &current) {
  SmallVector<Value> appended = appendedIn(op, current);
  Current thenCurrent = current, elseCurrent = current;
  processBlock(*op.thenBlock(), thenCurrent);
  processBlock(*op.elseBlock(), elseCurrent);
  if (appended.empty())
    return;
  // The lists become results of the if.
  SmallVector<Type> types(op.getResultTypes());
  for (Value list : appended)
    types.push_back(current[list].getType());
  OpBuilder b(op);
  auto newIf = op.moveIntoNew(b, types);
  for (auto [block, branch] : {std::pair{newIf.thenBlock(), &thenCurrent},
                               std::pair{newIf.elseBlock(), &elseCurrent}}) {
    Operation *yield = block->getTerminator();
    SmallVector<Value> operands(yield->getOperands());
    for (Value list : appended)
      operands.push_back((*branch)[list]);
    yield->setOperands(operands);
  }
  replaceAndCarry(op, newIf, appended, current);
}

void Renamer::processLoop(LoopOp op, Current &current) {
  SmallVector<Value> appended = appendedIn(op, current);
  if (appended.empty()) {
    Current inner = current;
    processBlock(*op.getBodyBlock(), inner);
    return;
  }
  // The lists become carried values of the loop.
  Block *body = op.getBodyBlock();
  Current inner = current;
  for (Value list : appended) {
    Value arg = body->addArgument(current[list].getType(), op.getLoc());
    inner[list] = arg;
    values[list].push_back(arg);
  }
  processBlock(*body, inner);
  Operation *yield = body->getTerminator();
  SmallVector<Value> yielded(yield->getOperands());
  SmallVector<Value> inits(op.getIterArgs());
  SmallVector<Type> types(op.getResultTypes());
  for (Value list : appended) {
    yielded.push_back(inner[list]);
    inits.push_back(current[list]);
    types.push_back(current[list].getType());
  }
  yield->setOperands(yielded);
  OpBuilder b(op);
  auto newLoop = op.moveIntoNew(b, types, inits);
  replaceAndCarry(op, newLoop, appended, current);
}

/// Gives `v` the more refined `type`; terminators (returns, yields), whose
/// types are fixed, get a cast back to the old one.
void refineResult(Value v, Type type) {
  Type old = v.getType();
  if (old == type)
    return;
  SmallVector<OpOperand *> fixed;
  for (OpOperand &use : v.getUses())
    if (use.getOwner()->hasTrait<OpTrait::IsTerminator>())
      fixed.push_back(&use);
  v.setType(type);
  for (OpOperand *use : fixed) {
    OpBuilder b(use->getOwner());
    use->set(TensorCastOp::create(b, v.getLoc(), old, v));
  }
}

struct ListValueSemanticsPass
    : public impl::TSListValueSemanticsBase<ListValueSemanticsPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    llvm::SetVector<Value> lists;
    func.walk([&](ListConstructOp construct) {
      if (canConvert(construct, func))
        lists.insert(construct.getResult());
    });
    if (lists.empty())
      return;
    Renamer renamer(lists);
    Renamer::Current current;
    renamer.processBlock(func.getBody().front(), current);

    // A list of tensors holds the join of the types put into it.
    for (auto &[list, values] : renamer.values) {
      auto type = cast<ListType>(list.getType());
      if (!isa<TensorType>(type.getElementType()))
        continue;
      Type joined;
      for (Type e : renamer.elementTypes[list]) {
        joined = joined ? joinTypes(joined, e) : e;
        if (!joined)
          break;
      }
      if (!joined || joined == type.getElementType() ||
          !isSubtypeOf(joined, type.getElementType()))
        continue;
      // The function's result type is fixed here.
      if (llvm::any_of(values, [](Value v) {
            return llvm::any_of(v.getUsers(), [](Operation *user) {
              return isa<func::ReturnOp>(user);
            });
          }))
        continue;
      auto refined = ListType::get(&getContext(), joined);
      for (Value v : values) {
        v.setType(refined);
        // What pop takes out of it has the same type.
        for (Operation *user : v.getUsers())
          if (auto pop = dyn_cast<ListPopOp>(user); pop && pop.getList() == v)
            refineResult(pop.getElement(), joined);
      }
    }
  }
};
} // namespace
} // namespace tsc::ts
