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

def TSFuse : Pass<"ts-fuse", "::mlir::ModuleOp"> {
  let summary = "Groups elementwise ops and the reductions ending them into prim::FusionGroups";
  let description = [{
    PyTorch's fusers compile chains of pointwise ops into one kernel so
    that intermediate tensors never reach memory. This pass forms the same
    groups on the ts dialect: walking each block in order, an elementwise
    op (`TS_ElementwiseTensorOp`) joins the group of a producer of one of
    its operands when no op in between uses the group's values; a
    reduction (`TS_ReductionTensorOp`) may join as the group's last op.
    Scalar constants are copied into the group. Groups of at least two ops
    become `ts.fusion_group` ops, whose results are the values used
    outside. `--emit=graph` prints them as `prim::FusionGroup_N` subgraphs;
    the lowering inlines them and fuses the resulting linalg ops.
  }];
}

def TSExpandTupleSignatures
    : Pass<"ts-expand-tuple-signatures", "::mlir::ModuleOp"> {
  let summary = "Flattens tuple arguments and results of public functions";
  let description = [{
    The C ABI of a compiled model has no tuples: tensors and scalars cross
    it one by one, and tuples (nested ones too) flatten in order. This pass
    rewrites the signature of every public function that takes or returns
    `!ts.tuple<...>`: a tuple argument becomes one argument per leaf,
    rebuilt with `ts.tuple_construct` at entry, and a tuple result one
    result per leaf, taken apart with `ts.tuple_unpack` before each return
    (canonicalization folds the pairs away). Flattened arguments and
    results are named after the original (`tsc.name` = `x_0`, `x_1_0`, ...)
    when it had a name. Run after inlining: a call to a rewritten function
    that remains is an error, and private functions are left alone.
  }];
  let dependentDialects = ["::tsc::ts::TSDialect"];
}

def TSUnrollLoops : Pass<"ts-unroll-loops", "::mlir::ModuleOp"> {
  let summary = "Fully unrolls for-loops with a small constant trip count";
  let description = [{
    A `ts.loop` whose trip count is a constant of at most `max-trip-count`,
    whose initial condition is true and whose body always continues (a
    `for` loop without `break`) is replaced by copies of its body, the
    iteration number a constant in each. Loops over lists and sizes
    (`for t in [x, y]`, `for d in x.size()`) then index their list with
    constants, which folds, so the list never exists at run time. Part of
    the code generation pipeline, not of `--emit=graph`.
  }];
  let options = [
    Option<"maxTripCount", "max-trip-count", "int64_t", "16",
           "Unroll loops of at most this many iterations">
  ];
}

def TSListValueSemantics
    : Pass<"ts-list-value-semantics", "::mlir::func::FuncOp"> {
  let summary = "Turns appends to lists that do not escape into new list values";
  let description = [{
    TorchScript lists are mutable references: `xs.append(v)` changes the
    list every name bound to it sees. For each `prim::ListConstruct` whose
    uses are all appends to it and reads of it (including reads inside
    `ts.if` and `ts.loop` bodies), each `aten::append` becomes a
    `ts.list_append` that makes a new list value, and every later read uses
    the newest value: the list becomes a carried value of the loops, and a
    result of the ifs, that append to it. A list that escapes (into a tuple,
    another list, a yield) keeps its in-place appends. The element type of
    a list of tensors becomes the join of the types of the tensors put into
    it. Part of the code generation pipeline, not of `--emit=graph`.
  }];
  let dependentDialects = ["::tsc::ts::TSDialect"];
}

def TSExpandOptionals : Pass<"ts-expand-optionals", "::mlir::func::FuncOp"> {
  let summary = "Splits Optionals decided at run time into a flag and a value";
  let description = [{
    An `Optional[T]` that is still a value after canonicalization (a
    `ts.if` or `ts.loop` that yields None on some paths) becomes a bool
    (whether it holds a value) and a `T` (`ts.uninitialized` where it holds
    none): `is None` / `is not None` read the flag, `ts.unchecked_cast`
    reads the value, and the ifs and loops carry both. Functions where an
    Optional flows anywhere else are left unchanged. Part of the code
    generation pipeline, not of `--emit=graph`.
  }];
  let dependentDialects = ["::tsc::ts::TSDialect"];
}

def TSDecompose : Pass<"ts-decompose", "::mlir::ModuleOp"> {
  let summary = "Rewrites composite ATen ops into the ops they are made of";
  let description = [{
    `aten::layer_norm` becomes means, a subtraction, `rsqrt` and the affine
    transform (when its normalized shape is known), so that its lowering is
    the elementwise and reduction lowerings', and fusion can merge its
    pieces. Runs after the simplification pipeline (graphs at
    `--emit-stage=ts` show the composite op, as PyTorch's do), before
    fusion; types are refined again afterwards.
  }];
  let dependentDialects = ["::tsc::ts::TSDialect"];
}

#endif // TS_PASSES
