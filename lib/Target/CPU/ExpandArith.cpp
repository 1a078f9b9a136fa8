//===- ExpandArith.cpp - arith ops without an LLVM lowering ---------------===//
//
// Upstream's arith-expand also rewrites the float min/max ops into compares
// and selects; kept as ops they become llvm.maximum/minimum/maxnum/minnum,
// which LLVM's loop vectorizer turns into vector reductions (a max over a
// row of softmax, amax, clamp) and the x86 backend lowers. This pass only
// expands what has no LLVM counterpart: ceil/floor integer division and
// bf16 conversions.
//
//===----------------------------------------------------------------------===//

#include "tsc/Target/CPU/CPUTarget.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace {
struct ExpandArithPass : PassWrapper<ExpandArithPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ExpandArithPass)
  StringRef getArgument() const final { return "tsc-expand-arith"; }
  StringRef getDescription() const final {
    return "Expands ceil/floor division and bf16 conversions, keeping float "
           "min/max for LLVM";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect>();
  }
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    arith::populateCeilFloorDivExpandOpsPatterns(patterns);
    arith::populateExpandBFloat16Patterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

std::unique_ptr<Pass> tsc::cpu::createExpandArithPass() {
  return std::make_unique<ExpandArithPass>();
}
