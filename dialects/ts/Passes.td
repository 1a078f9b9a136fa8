//===- Passes.td - Passes on the ts dialect ----------------*- tablegen -*-===//

#ifndef TS_PASSES
#define TS_PASSES

include "mlir/Pass/PassBase.td"

def TSRefineTypes : Pass<"ts-refine-types", "::mlir::ModuleOp"> {
  let summary = "Propagates tensor dtypes and shapes forward from the inputs";
  let description = [{
    Function arguments may carry refined tensor types (from `--input-shape`
    and `--input-dtype`); this pass computes, for every op with a shape
    function, the dtype and sizes of its tensor results, following PyTorch's
    type promotion and broadcasting rules, and rewrites the result types.
    Values flowing through `ts.if` and `ts.loop` get the join of their
    incoming types (a dimension that differs becomes dynamic); where a more
    refined value flows into a less refined use (a call, a return, a region
    terminator whose other paths are less known) a `ts.tensor_cast` keeps
    the IR valid. Function result types are updated to match the returns.
    Run after inlining, so that the whole program is one function.
  }];
  let dependentDialects = ["::tsc::ts::TSDialect"];
}

#endif // TS_PASSES
