//===- Passes.td - Lowerings out of the ts dialect ---------*- tablegen -*-===//

#ifndef TSC_CONVERSION_PASSES
#define TSC_CONVERSION_PASSES

include "mlir/Pass/PassBase.td"

def ConvertTSToSCF : Pass<"convert-ts-to-scf", "::mlir::ModuleOp"> {
  let summary = "Lowers ts.if/ts.loop to scf and ts function signatures to builtin types";
  let description = [{
    Converts the types at function boundaries (`!ts.tensor<[2,?],f32>` to
    `tensor<2x?xf32>`, `!ts.int` to `i64`, `!ts.float` to `f64`, `!ts.bool`
    to `i1`; a `!ts.tuple` result flattens into several results), and the
    structured control flow: `ts.if` becomes `scf.if` and `ts.loop`
    becomes `scf.while` carrying the iteration number and the condition.
    Values whose producers are not converted yet cross the boundary through
    `unrealized_conversion_cast`, which the later lowerings resolve.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect", "::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect", "::mlir::tensor::TensorDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

def ConvertTSToArith : Pass<"convert-ts-to-arith", "::mlir::ModuleOp"> {
  let summary = "Lowers ts scalar constants and operators to arith and math";
  let description = [{
    int, float and bool arithmetic, comparisons and conversions, with
    TorchScript's semantics: Python floor division and modulo, int64
    wrap-around, and division by zero raising at run time
    (`ts.raise` lowers to a call of the runtime's `tsc_rt_raise`).
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect", "::mlir::math::MathDialect",
                           "::mlir::func::FuncDialect", "::mlir::LLVM::LLVMDialect",
                           "::mlir::scf::SCFDialect"];
}

def ConvertTSToLinalg : Pass<"convert-ts-to-linalg", "::mlir::ModuleOp"> {
  let summary = "Lowers ts tensor operators to linalg and tensor on ranked tensors";
  let description = [{
    Every tensor op needs a known rank and dtype (from ts-refine-types);
    sizes may be dynamic. Elementwise ops become `linalg.generic` with
    PyTorch's broadcasting (a static size-1 dimension broadcasts; dynamic
    dimensions must agree, checked at run time) and type promotion
    (operands converted inside the body); reductions become reducing
    `linalg.generic`s; matrix products `linalg.matmul`/`batch_matmul`; data
    movement `tensor` reshapes and slices and `linalg.transpose`; `print`
    calls into the runtime (tensors passed as their buffers). Ops it
    cannot lower are left in place and reported together afterwards.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect", "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect", "::mlir::math::MathDialect",
                           "::mlir::cf::ControlFlowDialect", "::mlir::scf::SCFDialect",
                           "::mlir::func::FuncDialect", "::mlir::LLVM::LLVMDialect",
                           "::mlir::bufferization::BufferizationDialect",
                           "::mlir::memref::MemRefDialect"];
}

def TSVerifyLowered : Pass<"ts-verify-lowered", "::mlir::ModuleOp"> {
  let summary = "Reports every ts op and type left after lowering, with its location";
  let description = [{
    Runs after the ts lowerings: any ts op still present is an operator or
    construct tsc cannot compile yet. All of them are reported, each with
    the source location of the TorchScript that produced it, and the pass
    fails.
  }];
}

#endif // TSC_CONVERSION_PASSES
