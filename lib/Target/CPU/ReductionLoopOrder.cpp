//===- ReductionLoopOrder.cpp - Loop orders that vectorise ----------------===//
//
// linalg-to-loops nests loops in iterator order: a matmul becomes (i, j, k)
// with the reduction innermost, which reads B down a column. This pass
// reorders the loops of each linalg op that reduces (contractions, sums,
// maxima) so that the innermost loop walks memory the most cheaply (see
// pickInnermost): (i, k, j)
// for A x B, a row of C updated from a row of B, which LLVM's loop
// vectorizer turns into vector FMAs; (i, j, k), a dot product, for
// A x B^T (linear) and for a sum over the last dimension. A reduction
// innermost is only vectorised when the floating-point reduction may be
// reassociated, so the body's float ops get the `reassoc` and `contract`
// fast-math flags there (PyTorch's own kernels sum in vectorised, pairwise
// order too); everywhere they get `contract`, so multiply-adds fuse.
//
//===----------------------------------------------------------------------===//

#include "tsc/Target/CPU/CPUTarget.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;

namespace {

/// The loop to put innermost: the one whose iterations touch memory the
/// most cheaply. Per operand, a loop that does not index it costs nothing
/// (the value stays in a register), one that is its last index costs 1
/// (unit stride), any other 8 (a strided walk); the output counts twice
/// (read and written). Ties go to parallel loops, then to the later loop.
unsigned pickInnermost(linalg::LinalgOp op) {
  unsigned n = op.getNumLoops();
  SmallVector<unsigned> cost(n, 0);
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    unsigned weight = op.isDpsInit(&operand) ? 2 : 1;
    std::optional<unsigned> last;
    if (map.getNumResults())
      if (auto dim = dyn_cast<AffineDimExpr>(map.getResults().back()))
        last = dim.getPosition();
    for (unsigned d = 0; d < n; ++d)
      if (map.isFunctionOfDim(d))
        cost[d] += weight * (last == d ? 1 : 8);
  }
  SmallVector<utils::IteratorType> iters = op.getIteratorTypesArray();
  unsigned best = n - 1;
  for (unsigned d = 0; d < n; ++d) {
    auto key = [&](unsigned x) {
      return std::make_pair(-static_cast<int64_t>(cost[x]),
                            linalg::isParallelIterator(iters[x]));
    };
    if (key(d) >= key(best))
      best = d;
  }
  return best;
}

struct ReductionLoopOrderPass
    : PassWrapper<ReductionLoopOrderPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ReductionLoopOrderPass)
  StringRef getArgument() const final { return "tsc-reduction-loop-order"; }
  StringRef getDescription() const final {
    return "Orders the loops of reductions so that the innermost one "
           "vectorises";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<linalg::LinalgDialect, arith::ArithDialect>();
  }

  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> reductions;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op.getNumReductionLoops() > 0 && op.getNumLoops() >= 1)
        reductions.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : reductions) {
      rewriter.setInsertionPoint(op);
      auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      if (!generic) {
        FailureOr<linalg::GenericOp> g = linalg::generalizeNamedOp(rewriter, op);
        if (failed(g))
          continue;
        generic = *g;
      }
      unsigned n = generic.getNumLoops();
      unsigned inner = pickInnermost(generic);
      if (inner != n - 1) {
        SmallVector<unsigned> order;
        for (unsigned d = 0; d < n; ++d)
          if (d != inner)
            order.push_back(d);
        order.push_back(inner);
        FailureOr<linalg::GenericOp> swapped =
            linalg::interchangeGenericOp(rewriter, generic, order);
        if (failed(swapped))
          continue;
        generic = *swapped;
      }
      bool reductionInnermost = linalg::isReductionIterator(
          generic.getIteratorTypesArray().back());
      auto flags = arith::FastMathFlags::contract;
      if (reductionInnermost)
        flags = flags | arith::FastMathFlags::reassoc;
      generic.getRegion().walk([&](arith::ArithFastMathInterface fm) {
        fm->setAttr(fm.getFastMathAttrName(),
                    arith::FastMathFlagsAttr::get(&getContext(), flags));
      });
    }
  }
};

} // namespace

std::unique_ptr<Pass> tsc::cpu::createReductionLoopOrderPass() {
  return std::make_unique<ReductionLoopOrderPass>();
}
