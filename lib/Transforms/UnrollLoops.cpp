//===- UnrollLoops.cpp - Full unrolling of small constant for-loops -------===//

#include "tsc/Transforms/Passes.h"
#include "ts/TSOps.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSUNROLLLOOPS
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {

bool isConstantTrue(Value v) {
  BoolAttr b;
  return matchPattern(v, m_Constant(&b)) && b.getValue();
}

/// Replaces `loop` by `trips` copies of its body.
void unroll(LoopOp loop, int64_t trips) {
  OpBuilder b(loop);
  Block *body = loop.getBodyBlock();
  SmallVector<Value> carried(loop.getIterArgs());
  for (int64_t i = 0; i < trips; ++i) {
    IRMapping map;
    map.map(loop.getInductionVar(),
            ConstantOp::createInt(b, loop.getLoc(), i).getResult());
    for (auto [arg, v] : llvm::zip(loop.getRegionIterArgs(), carried))
      map.map(arg, v);
    for (Operation &op : body->without_terminator())
      b.clone(op, map);
    auto yield = cast<YieldOp>(body->getTerminator());
    for (auto [j, v] : llvm::enumerate(yield.getValues().drop_front()))
      carried[j] = map.lookupOrDefault(v);
  }
  loop.replaceAllUsesWith(carried);
  loop.erase();
}

struct UnrollLoopsPass : public impl::TSUnrollLoopsBase<UnrollLoopsPass> {
  using TSUnrollLoopsBase::TSUnrollLoopsBase;
  void runOnOperation() override {
    // Innermost first, so that unrolling an outer loop copies finished
    // bodies.
    SmallVector<LoopOp> loops;
    getOperation().walk([&](LoopOp loop) { loops.push_back(loop); });
    for (LoopOp loop : loops) {
      IntegerAttr trips;
      if (!matchPattern(loop.getMaxTripCount(), m_Constant(&trips)) ||
          trips.getInt() < 0 || trips.getInt() > maxTripCount ||
          !isConstantTrue(loop.getInitialCondition()))
        continue;
      auto yield = cast<YieldOp>(loop.getBodyBlock()->getTerminator());
      if (!isConstantTrue(yield.getValues().front()))
        continue;
      unroll(loop, trips.getInt());
    }
  }
};
} // namespace
} // namespace tsc::ts
