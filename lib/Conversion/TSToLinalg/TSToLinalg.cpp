//===- TSToLinalg.cpp - ts tensor ops to linalg and tensor ----------------===//
//
// The pass; the patterns live in one file per op family (Elementwise.cpp,
// Reductions.cpp, Linear.cpp, DataMovement.cpp, Creation.cpp, Lists.cpp,
// Print.cpp).
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Passes.h"
#include "tsc/Conversion/TSTypeConverter.h"

namespace tsc {
#define GEN_PASS_DEF_CONVERTTSTOLINALG
#include "tsc/Conversion/Passes.h.inc"
} // namespace tsc

using namespace mlir;
using namespace tsc;

namespace {
struct ConvertTSToLinalgPass
    : public tsc::impl::ConvertTSToLinalgBase<ConvertTSToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    TSTypeConverter converter(ctx);
    ConversionTarget target(*ctx);
    configureTSConversionTarget(target);
    RewritePatternSet patterns(ctx);
    populateElementwisePatterns(converter, patterns);
    populateReductionPatterns(converter, patterns);
    populateLinearPatterns(converter, patterns);
    populateDataMovementPatterns(converter, patterns);
    populateCreationPatterns(converter, patterns);
    populateListPatterns(converter, patterns);
    populatePrintPatterns(converter, patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
