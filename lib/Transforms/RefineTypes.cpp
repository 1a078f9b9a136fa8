//===- RefineTypes.cpp - Dtype and shape propagation ----------------------===//

#include "tsc/Transforms/Passes.h"
#include "ts/TSOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSREFINETYPES
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {
struct RefineTypesPass : public impl::TSRefineTypesBase<RefineTypesPass> {
  void runOnOperation() override {}
};
} // namespace
} // namespace tsc::ts
