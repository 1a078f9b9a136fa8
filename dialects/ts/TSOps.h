//===- TSOps.h - TorchScript ops --------------------------------*- C++ -*-===//

#ifndef TSC_DIALECT_TS_TSOPS_H
#define TSC_DIALECT_TS_TSOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "ts/TSDialect.h"
#include "ts/TSTypes.h"

namespace tsc::ts::TSTrait {
/// Marks ATen ops computed element by element with broadcasting.
template <typename ConcreteType>
class ElementwiseTensorOp
    : public mlir::OpTrait::TraitBase<ConcreteType, ElementwiseTensorOp> {};
/// Marks ATen reductions a fusion group may end with.
template <typename ConcreteType>
class ReductionTensorOp
    : public mlir::OpTrait::TraitBase<ConcreteType, ReductionTensorOp> {};
} // namespace tsc::ts::TSTrait

#define GET_OP_CLASSES
#include "ts/TSOps.h.inc"

namespace tsc::ts {

/// The schema string of a generated ATen op (its ODS summary), or empty.
llvm::StringRef getATenSchema(mlir::Operation *op);

/// TorchScript's name of an op (`aten::add`, `prim::If`): what graphs print.
std::string getTorchScriptOpName(mlir::Operation *op);

/// Whether `user`, an op using a list, only reads it: it neither mutates the
/// list nor lets it escape (into a container, a region result, a call).
bool onlyReadsList(mlir::Operation *user);

/// Whether no user of the list `list` may mutate it or let it escape (into a
/// container, a region result, a call): then its elements stay those it was
/// created with.
bool isListNeverMutated(mlir::Value list);

/// The `ts.list_construct` defining `list` if the list is never mutated.
ListConstructOp getImmutableListConstruct(mlir::Value list);

} // namespace tsc::ts

#endif // TSC_DIALECT_TS_TSOPS_H
