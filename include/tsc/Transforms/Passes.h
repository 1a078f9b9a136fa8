//===- Passes.h - Passes on the ts dialect ----------------------*- C++ -*-===//

#ifndef TSC_TRANSFORMS_PASSES_H
#define TSC_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"

#include "ts/TSDialect.h"

namespace tsc::ts {

#define GEN_PASS_DECL
#include "ts/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "ts/Passes.h.inc"

/// The ts-level simplification pipeline that --emit=graph shows: inline
/// every call, then canonicalize (fold, dead code, dead branches and loops),
/// CSE, and refine tensor types from the inputs.
void buildTSSimplificationPipeline(mlir::OpPassManager &pm);

/// Registers `ts-simplify` (the pipeline above) for tsc-opt.
void registerTSPipelines();

} // namespace tsc::ts

#endif // TSC_TRANSFORMS_PASSES_H
