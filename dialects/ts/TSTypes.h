//===- TSTypes.h - TorchScript types ----------------------------*- C++ -*-===//

#ifndef TSC_DIALECT_TS_TSTYPES_H
#define TSC_DIALECT_TS_TSTYPES_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Types.h"

#define GET_TYPEDEF_CLASSES
#include "ts/TSTypes.h.inc"

namespace tsc::ts {

/// Whether a value of type `from` may be used where `to` is expected without
/// a conversion: equal types, T to Optional[T], None to Optional[T], a
/// refined tensor to a less refined one, and covariant containers.
bool isSubtypeOf(mlir::Type from, mlir::Type to);

/// The most refined type both `a` and `b` are subtypes of, or null. Tensor
/// types join by dropping what they disagree on.
mlir::Type joinTypes(mlir::Type a, mlir::Type b);

/// Whether two tensor types can describe the same run-time tensor.
bool areCompatibleTensorTypes(TensorType a, TensorType b);

/// PyTorch's ScalarType codes, as `dtype=` arguments carry them.
enum class ScalarTypeCode : int64_t {
  UInt8 = 0, Int8 = 1, Int16 = 2, Int32 = 3, Int64 = 4, Float16 = 5,
  Float32 = 6, Float64 = 7, Bool = 11, BFloat16 = 15,
};

/// The element type for a ScalarType code, or null if tsc does not support it.
mlir::Type getDtypeForScalarTypeCode(mlir::MLIRContext *ctx, int64_t code);
/// The ScalarType code of an element type, or -1.
int64_t getScalarTypeCode(mlir::Type dtype);
/// PyTorch's name of a dtype (`Float`, `Long`, ...), as graphs print it.
llvm::StringRef getTorchDtypeName(mlir::Type dtype);

/// How a type is spelled in TorchScript: `Annotation` as in source and
/// error messages (`List[int]`, `Optional[Tensor]`, `Tuple[int, Tensor]`),
/// `Graph` as graphs print it (`int[]`, `Tensor?`, `(int, Tensor)`, refined
/// tensors as `Float(2, *)`).
enum class TypeSyntax { Annotation, Graph };
std::string getTypeName(mlir::Type type,
                        TypeSyntax syntax = TypeSyntax::Annotation);

} // namespace tsc::ts

#endif // TSC_DIALECT_TS_TSTYPES_H
