//===- TSTypes.td - TorchScript types ----------------------*- tablegen -*-===//
//
// TorchScript's static types. Scalars are their own types rather than
// builtin integers because their semantics (Python division, modulo, int
// overflow checks) differ from `arith`'s.
//
//===----------------------------------------------------------------------===//

#ifndef TS_TYPES
#define TS_TYPES

include "ts/TSDialect.td"
include "mlir/IR/AttrTypeBase.td"

class TS_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<TS_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def TS_IntType : TS_Type<"Int", "int"> {
  let summary = "TorchScript int (64-bit signed)";
}
def TS_FloatType : TS_Type<"Float", "float"> {
  let summary = "TorchScript float (64-bit IEEE)";
}
def TS_BoolType : TS_Type<"Bool", "bool"> {
  let summary = "TorchScript bool";
}
def TS_StrType : TS_Type<"Str", "str"> {
  let summary = "TorchScript str";
}
def TS_NoneType : TS_Type<"None", "none"> {
  let summary = "TorchScript NoneType";
}
def TS_DeviceType : TS_Type<"Device", "device"> {
  let summary = "torch.device";
}
def TS_NumberType : TS_Type<"Number", "number"> {
  let summary = "TorchScript Scalar: an int, float or bool decided at run time";
}
def TS_AnyType : TS_Type<"Any", "any"> {
  let summary = "TorchScript Any";
}

def TS_TensorType : TS_Type<"Tensor", "tensor"> {
  let summary = "torch.Tensor, optionally refined with a dtype and sizes";
  let description = [{
    `!ts.tensor` is a tensor about which nothing is known statically.
    `!ts.tensor<f32>` knows its dtype, `!ts.tensor<[2,?]>` its rank and some
    sizes, `!ts.tensor<[2,?],f32>` both. Dtypes are builtin types: f16, bf16,
    f32, f64, i8 (int8), ui8 (uint8), i16, i32, i64 and i1 (bool).
    Tensors have value semantics: the frontend rewrites in-place ops.
  }];
  // `ranked` distinguishes "rank unknown" from rank 0 (no dims).
  let parameters = (ins "bool":$ranked, ArrayRefParameter<"int64_t">:$dims,
                        OptionalParameter<"::mlir::Type">:$dtype);
  let hasCustomAssemblyFormat = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    TypeBuilder<(ins), [{
      return $_get($_ctxt, false, ::llvm::ArrayRef<int64_t>(), ::mlir::Type());
    }]>,
    TypeBuilder<(ins "std::optional<::llvm::ArrayRef<int64_t>>":$sizes,
                     "::mlir::Type":$dtype), [{
      return $_get($_ctxt, sizes.has_value(),
                   sizes ? *sizes : ::llvm::ArrayRef<int64_t>(), dtype);
    }]>
  ];
  let extraClassDeclaration = [{
    /// The sizes (ShapedType::kDynamic where unknown) if the rank is known.
    std::optional<::llvm::ArrayRef<int64_t>> getSizes() const {
      if (!getRanked())
        return std::nullopt;
      return getDims();
    }
    bool hasSizes() const { return getRanked(); }
    bool hasDtype() const { return static_cast<bool>(getDtype()); }
    /// Rank and dtype known, sizes possibly dynamic.
    bool isRankedWithDtype() const { return hasSizes() && hasDtype(); }
    /// Drops all refinements: the `!ts.tensor` every tensor type casts to.
    TensorType getUnrefined() const { return TensorType::get(getContext()); }
  }];
}

def TS_OptionalType : TS_Type<"Optional", "optional"> {
  let summary = "Optional[T]";
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}

def TS_ListType : TS_Type<"List", "list"> {
  let summary = "List[T]: a mutable list with reference semantics";
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}

def TS_TupleType : TS_Type<"Tuple", "tuple"> {
  let summary = "Tuple[T1, ..., Tn]";
  let parameters = (ins ArrayRefParameter<"::mlir::Type">:$elementTypes);
  let hasCustomAssemblyFormat = 1;
}

def TS_DictType : TS_Type<"Dict", "dict"> {
  let summary = "Dict[K, V]: a mutable dict with reference semantics";
  let parameters = (ins "::mlir::Type":$keyType, "::mlir::Type":$valueType);
  let assemblyFormat = "`<` $keyType `,` $valueType `>`";
}

//===----------------------------------------------------------------------===//
// Type constraints used by the ops.
//===----------------------------------------------------------------------===//

def TS_Tensor : Type<CPred<"::llvm::isa<::tsc::ts::TensorType>($_self)">,
                     "tensor", "::tsc::ts::TensorType">;
def TS_Int : Type<CPred<"::llvm::isa<::tsc::ts::IntType>($_self)">,
                  "int", "::tsc::ts::IntType">,
    BuildableType<"::tsc::ts::IntType::get($_builder.getContext())">;
def TS_Float : Type<CPred<"::llvm::isa<::tsc::ts::FloatType>($_self)">,
                    "float", "::tsc::ts::FloatType">,
    BuildableType<"::tsc::ts::FloatType::get($_builder.getContext())">;
def TS_Bool : Type<CPred<"::llvm::isa<::tsc::ts::BoolType>($_self)">,
                   "bool", "::tsc::ts::BoolType">,
    BuildableType<"::tsc::ts::BoolType::get($_builder.getContext())">;
def TS_Str : Type<CPred<"::llvm::isa<::tsc::ts::StrType>($_self)">,
                  "str", "::tsc::ts::StrType">,
    BuildableType<"::tsc::ts::StrType::get($_builder.getContext())">;
def TS_None : Type<CPred<"::llvm::isa<::tsc::ts::NoneType>($_self)">,
                   "None", "::tsc::ts::NoneType">,
    BuildableType<"::tsc::ts::NoneType::get($_builder.getContext())">;
def TS_Device : Type<CPred<"::llvm::isa<::tsc::ts::DeviceType>($_self)">,
                     "Device", "::tsc::ts::DeviceType">,
    BuildableType<"::tsc::ts::DeviceType::get($_builder.getContext())">;
def TS_List : Type<CPred<"::llvm::isa<::tsc::ts::ListType>($_self)">,
                   "list", "::tsc::ts::ListType">;
def TS_Tuple : Type<CPred<"::llvm::isa<::tsc::ts::TupleType>($_self)">,
                    "tuple", "::tsc::ts::TupleType">;
def TS_Dict : Type<CPred<"::llvm::isa<::tsc::ts::DictType>($_self)">,
                   "dict", "::tsc::ts::DictType">;
def TS_Optional : Type<CPred<"::llvm::isa<::tsc::ts::OptionalType>($_self)">,
                       "optional", "::tsc::ts::OptionalType">;
// Scalar: what ATen schemas call `Scalar` (a number decided at run time).
def TS_Scalar : AnyTypeOf<[TS_Int, TS_Float, TS_Bool,
                           Type<CPred<"::llvm::isa<::tsc::ts::NumberType>($_self)">,
                                "number">]>;
// `T?` arguments accept T, None or Optional[T].
class TS_OptionalOf<Type t>
    : AnyTypeOf<[t, TS_None,
                 Type<And<[CPred<"::llvm::isa<::tsc::ts::OptionalType>($_self)">,
                           SubstLeaves<"$_self",
                             "::llvm::cast<::tsc::ts::OptionalType>($_self).getElementType()",
                             t.predicate>]>, "Optional[" # t.summary # "]">]>;
class TS_ListOf<Type t>
    : Type<And<[CPred<"::llvm::isa<::tsc::ts::ListType>($_self)">,
                SubstLeaves<"$_self",
                  "::llvm::cast<::tsc::ts::ListType>($_self).getElementType()",
                  t.predicate>]>, "List[" # t.summary # "]">;

#endif // TS_TYPES
