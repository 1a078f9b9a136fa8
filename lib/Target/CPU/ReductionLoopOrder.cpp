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
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
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

/// Tile sizes that keep the operands' tiles in cache (per loop of a
/// matmul-like contraction): 32 rows of the output per tile, and 256
/// columns when the columns are the innermost loop. Measured on
/// bench/'s mlp_b64 (16: 127 ms, 32: 115 ms, 64: 298 ms; tiling k by 512
/// as well did not help).
constexpr int64_t kRowTile = 32;
constexpr int64_t kColumnTile = 256;

/// For a contraction of two matrices (A(m, k) and B(k, n) or B(n, k), plus
/// batch dims used by all three operands), its m, n and k loops.
struct MatmulDims {
  unsigned m, n, k;
};
std::optional<MatmulDims> matchMatmul(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() != 1)
    return std::nullopt;
  SmallVector<unsigned> reductions;
  op.getReductionDims(reductions);
  unsigned k = reductions.front();
  AffineMap a = op.getMatchingIndexingMap(op.getDpsInputOperand(0));
  AffineMap b = op.getMatchingIndexingMap(op.getDpsInputOperand(1));
  AffineMap c = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!a.isProjectedPermutation() || !b.isProjectedPermutation() ||
      !c.isProjectedPermutation())
    return std::nullopt;
  // m: a parallel loop of A and C only; n: of B and C only.
  std::optional<unsigned> m, n;
  for (unsigned d = 0; d < op.getNumLoops(); ++d) {
    if (d == k)
      continue;
    bool inA = a.isFunctionOfDim(d), inB = b.isFunctionOfDim(d),
         inC = c.isFunctionOfDim(d);
    if (inA && inC && !inB)
      m = d;
    else if (inB && inC && !inA)
      n = d;
    else if (!(inA && inB && inC))
      return std::nullopt;
  }
  if (!m || !n)
    return std::nullopt;
  return MatmulDims{*m, *n, k};
}

/// Blocks a matmul-like contraction for the cache: tiles of kRowTile rows
/// of the output (and kColumnTile columns when the columns are innermost),
/// inside which the loop over the rows goes just outside the innermost
/// loop. Then a row of B (or W) loaded into the L1 cache serves every row
/// of the tile: (k, m, n) inside a tile of A x B, (n, m, k) for A x W^T.
/// Returns the tiled op, or `op` when blocking does not apply.
linalg::GenericOp blockForCache(RewriterBase &rewriter, linalg::GenericOp op,
                                unsigned inner) {
  std::optional<MatmulDims> dims = matchMatmul(op);
  if (!dims || (inner != dims->n && inner != dims->k))
    return op;
  SmallVector<int64_t> bounds = op.getStaticLoopRanges();
  auto worth = [&](unsigned d, int64_t tile) {
    return ShapedType::isDynamic(bounds[d]) || bounds[d] > tile;
  };
  if (!worth(dims->m, kRowTile))
    return op;
  unsigned loops = op.getNumLoops();
  SmallVector<OpFoldResult> tiles(loops, rewriter.getIndexAttr(0));
  tiles[dims->m] = rewriter.getIndexAttr(kRowTile);
  if (inner == dims->n && worth(dims->n, kColumnTile))
    tiles[dims->n] = rewriter.getIndexAttr(kColumnTile);

  scf::SCFTilingOptions options;
  options.setTileSizes(tiles);
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
      rewriter, cast<TilingInterface>(op.getOperation()), options);
  if (failed(tiled))
    return op;
  rewriter.replaceOp(op, tiled->replacements);
  auto tiledOp = cast<linalg::GenericOp>(tiled->tiledOps.back());
  // Inside a tile: batch loops, then the other of n/k, m, the innermost.
  unsigned other = inner == dims->n ? dims->k : dims->n;
  SmallVector<unsigned> order;
  for (unsigned d = 0; d < loops; ++d)
    if (d != dims->m && d != dims->n && d != dims->k)
      order.push_back(d);
  order.append({other, dims->m, inner});
  rewriter.setInsertionPoint(tiledOp);
  FailureOr<linalg::GenericOp> swapped =
      linalg::interchangeGenericOp(rewriter, tiledOp, order);
  return succeeded(swapped) ? *swapped : tiledOp;
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
    registry.insert<linalg::LinalgDialect, arith::ArithDialect, scf::SCFDialect,
                    tensor::TensorDialect>();
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
        FailureOr<linalg::GenericOp> g =
            linalg::generalizeNamedOp(rewriter, op);
        if (failed(g))
          continue;
        generic = *g;
      }
      unsigned n = generic.getNumLoops();
      unsigned inner = pickInnermost(generic);
      linalg::GenericOp blocked = blockForCache(rewriter, generic, inner);
      if (blocked != generic) {
        generic = blocked;
      } else if (inner != n - 1) {
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
      bool reductionInnermost =
          linalg::isReductionIterator(generic.getIteratorTypesArray().back());
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
