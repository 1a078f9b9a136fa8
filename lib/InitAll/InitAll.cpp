//===- InitAll.cpp - Registration of what tsc uses ------------------------===//

#include "tsc/InitAll.h"
#include "tsc/Conversion/Passes.h"
#include "tsc/Target/CPU/CPUTarget.h"
#include "tsc/Transforms/Passes.h"
#include "ts/TSOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/Extensions/InlinerExtension.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void tsc::registerAllDialects(DialectRegistry &registry) {
  registry.insert<ts::TSDialect, func::FuncDialect, arith::ArithDialect,
                  math::MathDialect, scf::SCFDialect, cf::ControlFlowDialect,
                  tensor::TensorDialect, linalg::LinalgDialect,
                  memref::MemRefDialect, bufferization::BufferizationDialect,
                  LLVM::LLVMDialect>();
  func::registerInlinerExtension(registry);
  cpu::registerCPUCodegenDialects(registry);
}

void tsc::registerAllPasses() {
  ts::registerTSPasses();
  ts::registerTSPipelines();
  tsc::registerTSConversionPasses();
  registerCanonicalizerPass();
  registerCSEPass();
  registerInlinerPass();
  registerSymbolDCEPass();
  registerReconcileUnrealizedCastsPass();
  cpu::registerCPUCodegenPipeline();
}
