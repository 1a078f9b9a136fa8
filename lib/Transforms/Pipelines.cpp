//===- Pipelines.cpp - ts-level pass pipelines ----------------------------===//

#include "tsc/Transforms/Passes.h"
#include "ts/TSOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void tsc::ts::buildTSSimplificationPipeline(OpPassManager &pm) {
  pm.addPass(createInlinerPass());
  pm.addPass(createSymbolDCEPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createTSRefineTypes());
  // Refined types enable more folds (sizes, dims, dtype checks).
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void tsc::ts::registerTSPipelines() {
  PassPipelineRegistration<>(
      "ts-simplify",
      "Inlines, canonicalizes and refines types: what --emit=graph shows",
      buildTSSimplificationPipeline);
}
