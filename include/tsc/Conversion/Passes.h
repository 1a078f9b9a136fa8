//===- Passes.h - Lowerings out of the ts dialect ---------------*- C++ -*-===//

#ifndef TSC_CONVERSION_PASSES_H
#define TSC_CONVERSION_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Pass/Pass.h"

namespace tsc {

#define GEN_PASS_DECL
#include "tsc/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "tsc/Conversion/Passes.h.inc"

} // namespace tsc

#endif // TSC_CONVERSION_PASSES_H
