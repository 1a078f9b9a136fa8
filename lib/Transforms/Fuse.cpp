//===- Fuse.cpp - Fusion groups of elementwise ops and reductions ---------===//

#include "tsc/Transforms/Passes.h"
#include "ts/TSOps.h"

#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSFUSE
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {

bool isElementwise(Operation *op) {
  return op->hasTrait<TSTrait::ElementwiseTensorOp>();
}
bool isReduction(Operation *op) {
  return op->hasTrait<TSTrait::ReductionTensorOp>();
}

struct Group {
  llvm::SetVector<Operation *> ops;
  bool closed = false; // ends in a reduction
};

class Fuser {
public:
  explicit Fuser(Block &block) : block(block) {}

  void run() {
    recomputeCheapProducers();
    for (Operation &op : llvm::make_early_inc_range(block)) {
      if (!isElementwise(&op) && !isReduction(&op))
        continue;
      Group *target = nullptr;
      for (Value v : op.getOperands()) {
        Operation *def = v.getDefiningOp();
        auto it = def ? groupOf.find(def) : groupOf.end();
        if (it == groupOf.end() || it->second->closed)
          continue;
        if (canAppend(*it->second, &op)) {
          target = it->second;
          break;
        }
      }
      if (!target) {
        groups.push_back(std::make_unique<Group>());
        target = groups.back().get();
      }
      // Other operands' groups merge in too when nothing outside uses
      // them before `op` (`tanh(a) * sigmoid(b)` is one group).
      for (Value v : op.getOperands()) {
        Operation *def = v.getDefiningOp();
        auto it = def ? groupOf.find(def) : groupOf.end();
        if (it == groupOf.end() || it->second == target || it->second->closed)
          continue;
        Group *other = it->second;
        if (!canAppend(*other, &op, target))
          continue;
        for (Operation *m : other->ops) {
          target->ops.insert(m);
          groupOf[m] = target;
        }
        other->ops.clear();
      }
      // Keep members in program order: they are cloned in this order.
      SmallVector<Operation *> sorted(target->ops.begin(), target->ops.end());
      llvm::sort(sorted, [](Operation *a, Operation *b) {
        return a->isBeforeInBlock(b);
      });
      target->ops.clear();
      target->ops.insert(sorted.begin(), sorted.end());
      target->ops.insert(&op);
      target->closed = isReduction(&op);
      groupOf[&op] = target;
    }
    for (auto &g : groups)
      if (g->ops.size() >= 2)
        materialize(*g);
  }

private:
  /// An elementwise op that reads no other elementwise op's result and
  /// feeds several fusible ops is cloned for each of them (recomputed
  /// rather than written to memory and read back): in a layer norm,
  /// `d = x - mean` feeds both the variance's reduction and the
  /// normalization, and would otherwise be an output of the first group
  /// and an input of the second. A group then only writes what is used
  /// outside fused code.
  void recomputeCheapProducers() {
    SmallVector<Operation *> candidates;
    for (Operation &op : block)
      if (isElementwise(&op) && op.getNumResults() == 1)
        candidates.push_back(&op);
    for (Operation *op : candidates) {
      bool fromInputs = llvm::all_of(op->getOperands(), [](Value v) {
        Operation *d = v.getDefiningOp();
        return !d || !isElementwise(d);
      });
      if (!fromInputs)
        continue;
      llvm::SetVector<Operation *> users;
      for (Operation *u : op->getResult(0).getUsers())
        users.insert(u);
      if (users.size() < 2 || llvm::any_of(users, [&](Operation *u) {
            return u->getBlock() != &block ||
                   (!isElementwise(u) && !isReduction(u));
          }))
        continue;
      for (Operation *u : users.getArrayRef().drop_front()) {
        OpBuilder b(u);
        Operation *copy = b.clone(*op);
        u->replaceUsesOfWith(op->getResult(0), copy->getResult(0));
      }
    }
  }

  /// `op` may join `g` if no op between the group's last op and `op` uses a
  /// value of the group (the group is built where its last op is), and its
  /// other operands are available there (they are: they precede `op`).
  bool canAppend(Group &g, Operation *op, Group *ignore = nullptr) {
    Operation *last = g.ops.back();
    for (Operation *it = last->getNextNode(); it && it != op;
         it = it->getNextNode()) {
      if (ignore && ignore->ops.contains(it))
        continue;
      for (Value v : it->getOperands())
        if (Operation *d = v.getDefiningOp(); d && g.ops.contains(d))
          return false;
      // Uses nested in regions count too.
      bool nestedUse = false;
      it->walk([&](Operation *inner) {
        for (Value v : inner->getOperands())
          if (Operation *d = v.getDefiningOp(); d && g.ops.contains(d))
            nestedUse = true;
      });
      if (nestedUse)
        return false;
    }
    return true;
  }

  void materialize(Group &g) {
    Operation *last = g.ops.back();
    // Inputs: values from outside; constants are copied in instead.
    llvm::SetVector<Value> inputs;
    llvm::SetVector<Operation *> constants;
    for (Operation *op : g.ops)
      for (Value v : op->getOperands()) {
        Operation *d = v.getDefiningOp();
        if (d && g.ops.contains(d))
          continue;
        if (d && isa<ConstantOp>(d) && !isa<TensorType>(v.getType()))
          constants.insert(d);
        else
          inputs.insert(v);
      }
    // Outputs: values used outside the group.
    SmallVector<Value> outputs;
    for (Operation *op : g.ops)
      for (Value r : op->getResults())
        if (llvm::any_of(r.getUsers(), [&](Operation *u) {
              return !g.ops.contains(block.findAncestorOpInBlock(*u));
            }))
          outputs.push_back(r);

    OpBuilder b(last->getContext());
    b.setInsertionPointAfter(last);
    SmallVector<Type> outTypes;
    for (Value v : outputs)
      outTypes.push_back(v.getType());
    Location loc = last->getLoc();
    auto group = FusionGroupOp::create(b, loc, outTypes, inputs.getArrayRef());
    Block *body = b.createBlock(&group.getBody());
    IRMapping map;
    for (Value in : inputs)
      map.map(in, body->addArgument(in.getType(), in.getLoc()));
    b.setInsertionPointToEnd(body);
    for (Operation *c : constants)
      b.clone(*c, map);
    for (Operation *op : g.ops)
      b.clone(*op, map);
    SmallVector<Value> yielded;
    for (Value v : outputs)
      yielded.push_back(map.lookup(v));
    YieldOp::create(b, loc, yielded);
    for (auto [v, r] : llvm::zip(outputs, group.getResults()))
      v.replaceAllUsesWith(r);
    for (Operation *op : llvm::reverse(g.ops))
      op->erase();
    for (Operation *c : constants)
      if (c->use_empty())
        c->erase();
  }

  Block &block;
  std::vector<std::unique_ptr<Group>> groups;
  llvm::DenseMap<Operation *, Group *> groupOf;
};

struct FusePass : public impl::TSFuseBase<FusePass> {
  void runOnOperation() override {
    SmallVector<Block *> blocks;
    getOperation().walk([&](Block *b) {
      if (!isa<FusionGroupOp>(b->getParentOp()))
        blocks.push_back(b);
    });
    for (Block *b : blocks)
      Fuser(*b).run();
  }
};
} // namespace
} // namespace tsc::ts
