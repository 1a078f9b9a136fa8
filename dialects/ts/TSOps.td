//===- TSOps.td - TorchScript structural and prim:: ops ----*- tablegen -*-===//
//
// The hand-written part of the dialect: constants, containers, control flow
// and the prim:: operators of TorchScript's IR. ATen operators are generated
// from PyTorch's schema registry into ATenOps.td.
//
//===----------------------------------------------------------------------===//

#ifndef TS_OPS
#define TS_OPS

include "ts/TSDialect.td"
include "ts/TSTypes.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def TS_ConstantOp : TS_Op<"constant", [ConstantLike, Pure]> {
  let summary = "prim::Constant";
  let description = [{
    A constant of a TorchScript type: an integer attribute for `!ts.int`, a
    float for `!ts.float`, a bool for `!ts.bool`, a string for `!ts.str` and
    `!ts.device`, `unit` for `!ts.none`, and an elements attribute for a
    tensor. The printed form omits the attribute's own type:
    `ts.constant 3 : !ts.int`, `ts.constant none : !ts.none`.
  }];
  let arguments = (ins AnyAttr:$value);
  let results = (outs AnyType:$result);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDeclaration = [{
    static ConstantOp createInt(::mlir::OpBuilder &b, ::mlir::Location loc, int64_t v);
    static ConstantOp createFloat(::mlir::OpBuilder &b, ::mlir::Location loc, double v);
    static ConstantOp createBool(::mlir::OpBuilder &b, ::mlir::Location loc, bool v);
    static ConstantOp createStr(::mlir::OpBuilder &b, ::mlir::Location loc, ::llvm::StringRef v);
    static ConstantOp createNone(::mlir::OpBuilder &b, ::mlir::Location loc);
    static ConstantOp createDevice(::mlir::OpBuilder &b, ::mlir::Location loc, ::llvm::StringRef v);
    /// Whether `value` is a valid constant payload for `type`.
    static bool isValidValue(::mlir::Type type, ::mlir::Attribute value);
  }];
}

//===----------------------------------------------------------------------===//
// Lists, tuples, dicts
//===----------------------------------------------------------------------===//

// Lists are mutable objects: construction allocates, so that CSE never merges
// two lists that may later be mutated separately.
def TS_ListConstructOp : TS_Op<"list_construct"> {
  let summary = "prim::ListConstruct";
  let arguments = (ins Variadic<AnyType>:$elements);
  // Allocates its result: CSE keeps two lists apart, and an unused list is
  // dead.
  let results = (outs Res<TS_List, "", [MemAlloc]>:$result);
  let assemblyFormat = "`(` $elements `)` attr-dict `:` functional-type($elements, $result)";
  let hasVerifier = 1;
}

def TS_ListUnpackOp : TS_Op<"list_unpack", [MemoryEffects<[MemRead]>]> {
  let summary = "prim::ListUnpack: a list of known length to its elements";
  let arguments = (ins TS_List:$list);
  let results = (outs Variadic<AnyType>:$results);
  let assemblyFormat = "$list attr-dict `:` qualified(type($list)) `->` qualified(type($results))";
  let hasVerifier = 1;
}

def TS_ListAppendOp : TS_Op<"list_append",
                              [Pure, AllTypesMatch<["list", "result"]>]> {
  let summary = "The list with one more element, as a new value";
  let description = [{
    The value-semantics form of `aten::append`: `ts-list-value-semantics`
    replaces each append to a list that does not escape by this op, and
    later reads of the list by its result. Code generation never sees a
    list mutated in place.
  }];
  let arguments = (ins TS_List:$list, AnyType:$element);
  let results = (outs TS_List:$result);
  let assemblyFormat = "$list `,` $element attr-dict `:` qualified(type($list)) `,` qualified(type($element))";
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def TS_ListInsertOp : TS_Op<"list_insert",
                              [Pure, AllTypesMatch<["list", "result"]>]> {
  let summary = "The list with an element inserted, as a new value";
  let description = [{
    The value-semantics form of `aten::insert` (see `ts.list_append`): an
    index below 0 counts from the end, and indices out of range insert at
    the nearest end, as Python's `list.insert` does.
  }];
  let arguments = (ins TS_List:$list, TS_Int:$index, AnyType:$element);
  let results = (outs TS_List:$result);
  let assemblyFormat = "$list `[` $index `]` `,` $element attr-dict `:` qualified(type($list)) `,` qualified(type($element))";
}

def TS_ListPopOp : TS_Op<"list_pop", [Pure, AllTypesMatch<["list", "rest"]>]> {
  let summary = "The list without one element, and that element";
  let description = [{
    The value-semantics form of `aten::pop` (see `ts.list_append`): Python's
    index rules, and an IndexError when the index is out of range.
  }];
  let arguments = (ins TS_List:$list, TS_Int:$index);
  let results = (outs TS_List:$rest, AnyType:$element);
  let assemblyFormat = "$list `[` $index `]` attr-dict `:` qualified(type($list)) `->` qualified(type($element))";
}

def TS_TupleConstructOp : TS_Op<"tuple_construct", [Pure]> {
  let summary = "prim::TupleConstruct";
  let arguments = (ins Variadic<AnyType>:$elements);
  let results = (outs TS_Tuple:$result);
  let assemblyFormat = "`(` $elements `)` attr-dict `:` functional-type($elements, $result)";
  let hasVerifier = 1;
}

def TS_TupleUnpackOp : TS_Op<"tuple_unpack", [Pure]> {
  let summary = "prim::TupleUnpack";
  let arguments = (ins TS_Tuple:$tuple);
  let results = (outs Variadic<AnyType>:$results);
  let assemblyFormat = "$tuple attr-dict `:` qualified(type($tuple)) `->` qualified(type($results))";
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def TS_TupleIndexOp : TS_Op<"tuple_index", [Pure]> {
  let summary = "prim::TupleIndex with a constant index";
  let arguments = (ins TS_Tuple:$tuple, I64Attr:$index);
  let results = (outs AnyType:$result);
  let assemblyFormat = "$tuple `[` $index `]` attr-dict `:` qualified(type($tuple)) `->` qualified(type($result))";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TS_DictConstructOp : TS_Op<"dict_construct", [SameVariadicOperandSize]> {
  let summary = "prim::DictConstruct";
  let arguments = (ins Variadic<AnyType>:$keys, Variadic<AnyType>:$values);
  let results = (outs Res<TS_Dict, "", [MemAlloc]>:$result);
  let assemblyFormat = [{
    `(` $keys `)` `(` $values `)` attr-dict `:` functional-type(operands, $result)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

def TS_IfOp : TS_Op<"if", [RecursiveMemoryEffects, NoRegionArguments]> {
  let summary = "prim::If";
  let description = [{
    Runs one of two single-block regions; each ends in `ts.yield` with the
    values the op returns.
  }];
  let arguments = (ins TS_Bool:$condition);
  let results = (outs Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$thenRegion, SizedRegion<1>:$elseRegion);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    ::mlir::Block *thenBlock() { return &getThenRegion().front(); }
    ::mlir::Block *elseBlock() { return &getElseRegion().front(); }
    /// A new if, before this one, with results of `types` and this one's
    /// regions (moved: their yields are the caller's to update). Result
    /// names are kept only while the results keep their number.
    IfOp moveIntoNew(::mlir::OpBuilder &b, ::mlir::TypeRange types);
  }];
}

def TS_LoopOp : TS_Op<"loop", [RecursiveMemoryEffects]> {
  let summary = "prim::Loop";
  let description = [{
    TorchScript's one loop: runs its body while the trip count is below
    `maxTripCount` and the condition is true. The body's block arguments are
    the iteration number and the loop-carried values; its `ts.yield` gives
    the condition for the next iteration followed by the new carried values.
    A `for i in range(n)` loop has condition `true`; a `while c:` loop has
    trip count INT64_MAX. The op's results are the final carried values.
  }];
  let arguments = (ins TS_Int:$maxTripCount, TS_Bool:$initialCondition,
                       Variadic<AnyType>:$iterArgs);
  let results = (outs Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    ::mlir::Block *getBodyBlock() { return &getBody().front(); }
    ::mlir::BlockArgument getInductionVar() { return getBodyBlock()->getArgument(0); }
    ::mlir::Block::BlockArgListType getRegionIterArgs() {
      return getBodyBlock()->getArguments().drop_front();
    }
    /// A new loop, before this one, carrying `inits` (results of `types`)
    /// with this one's body (moved: its block arguments and yield are the
    /// caller's to update). Result names are kept only while the results
    /// keep their number.
    LoopOp moveIntoNew(::mlir::OpBuilder &b, ::mlir::TypeRange types,
                       ::mlir::ValueRange inits);
  }];
}

def TS_YieldOp : TS_Op<"yield", [Pure, ReturnLike, Terminator,
                                 ParentOneOf<["IfOp", "LoopOp",
                                              "FusionGroupOp"]>]> {
  let summary = "Block terminator of ts.if (results) and ts.loop (condition, carried values)";
  let arguments = (ins Variadic<AnyType>:$values);
  let assemblyFormat = "($values^ `:` qualified(type($values)))? attr-dict";
  let builders = [OpBuilder<(ins), [{ build($_builder, $_state, ::mlir::ValueRange()); }]>];
}

//===----------------------------------------------------------------------===//
// Types and casts
//===----------------------------------------------------------------------===//

def TS_UninitializedOp : TS_Op<"uninitialized", [Pure]> {
  let summary = "prim::Uninitialized: a placeholder on paths that never use it";
  let results = (outs AnyType:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
}

def TS_UncheckedCastOp : TS_Op<"unchecked_cast", [Pure]> {
  let summary = "prim::unchecked_cast: Optional[T] to T after a None check";
  let arguments = (ins AnyType:$operand);
  let results = (outs AnyType:$result);
  let assemblyFormat = "$operand attr-dict `:` qualified(type($operand)) `->` qualified(type($result))";
  let hasFolder = 1;
}

def TS_DerefineOp : TS_Op<"derefine", [Pure]> {
  let summary = "A value of type T used as Optional[T] or an int, float or bool as a number (a no-op in TorchScript's IR)";
  let arguments = (ins AnyType:$operand);
  let results = (outs AnyTypeOf<[TS_Optional,
                                 Type<CPred<"::llvm::isa<::tsc::ts::NumberType>($_self)">,
                                      "number">]>:$result);
  let assemblyFormat = "$operand attr-dict `:` qualified(type($operand)) `->` qualified(type($result))";
  let hasVerifier = 1;
}

def TS_TensorCastOp : TS_Op<"tensor_cast", [Pure]> {
  let summary = "Changes what is known statically about a tensor (no-op at run time)";
  let arguments = (ins TS_Tensor:$operand);
  let results = (outs TS_Tensor:$result);
  let assemblyFormat = "$operand attr-dict `:` qualified(type($operand)) `->` qualified(type($result))";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TS_FusionGroupOp : TS_Op<"fusion_group", [IsolatedFromAbove, Pure,
                                              SingleBlock]> {
  let summary = "prim::FusionGroup: ops compiled together into one loop nest";
  let description = [{
    Formed by ts-fuse: elementwise ops, the broadcasts between them and a
    reduction that ends them. The region's arguments are the group's
    inputs; its ts.yield gives the values used outside. Lowering inlines
    the region, and the linalg ops it becomes are fused into one loop nest.
  }];
  let arguments = (ins Variadic<AnyType>:$inputs);
  let results = (outs Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    `(` $inputs `)` attr-dict `:` functional-type($inputs, $results) $body
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Side effects
//===----------------------------------------------------------------------===//

def TS_RaiseOp : TS_Op<"raise"> {
  let summary = "prim::RaiseException: aborts the call with an error message";
  let arguments = (ins TS_Str:$message, StrAttr:$exceptionClass);
  let assemblyFormat = "$exceptionClass `,` $message attr-dict";
}

def TS_PrintOp : TS_Op<"print"> {
  let summary = "prim::Print";
  let arguments = (ins Variadic<AnyType>:$values);
  let assemblyFormat = "`(` $values `)` attr-dict (`:` qualified(type($values))^)?";
}

//===----------------------------------------------------------------------===//
// Operators the dialect has no definition for
//===----------------------------------------------------------------------===//

def TS_OperatorOp : TS_Op<"operator"> {
  let summary = "An operator known by name only";
  let description = [{
    Carries the qualified name of an operator that has no op definition
    (for example `aten::lgamma`), so that a program using it still imports
    and every unsupported operator is reported, with its location, when the
    program is lowered.
  }];
  let arguments = (ins StrAttr:$name, Variadic<AnyType>:$operands);
  let results = (outs Variadic<AnyType>:$results);
  let assemblyFormat = "$name `(` $operands `)` attr-dict `:` functional-type($operands, $results)";
}

//===----------------------------------------------------------------------===//
// ATen operators (generated)
//===----------------------------------------------------------------------===//

// Markers the fusion pass reads: computed element by element with
// broadcasting, or a reduction that may end a fusion group.
def TS_ElementwiseTensorOp : NativeOpTrait<"ElementwiseTensorOp"> {
  let cppNamespace = "::tsc::ts::TSTrait";
}
def TS_ReductionTensorOp : NativeOpTrait<"ReductionTensorOp"> {
  let cppNamespace = "::tsc::ts::TSTrait";
}

// One op per ATen overload, named after it (`aten::add.Tensor` is
// `ts.aten.add.Tensor`); the summary holds the schema the frontend uses.
class TS_ATenOp<string mnemonic, list<Trait> traits = []>
    : TS_Op<mnemonic, traits> {
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

include "ts/ATenOps.td"

#endif // TS_OPS
