//===- Utils.h - Helpers shared by the ts to linalg patterns ----*- C++ -*-===//

#ifndef TSC_LIB_CONVERSION_TSTOLINALG_UTILS_H
#define TSC_LIB_CONVERSION_TSTOLINALG_UTILS_H

#include "ts/TSOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/DenseMap.h"

namespace tsc::lowering {

/// The builtin ranked tensor type a ts value converts to, or null.
mlir::RankedTensorType getRankedType(const mlir::TypeConverter *converter,
                                     mlir::Type tsType);

/// Whether the ts tensor type has an unsigned dtype (uint8): integer
/// storage is signless after conversion, so casts and comparisons need to
/// know.
bool isUnsignedTensor(mlir::Type tsType);

/// Converts a scalar between element types with PyTorch's semantics:
/// float to int truncates, anything to bool is `!= 0`, bool to number is 0/1.
mlir::Value castScalar(mlir::OpBuilder &b, mlir::Location loc, mlir::Value v,
                       mlir::Type to, bool srcUnsigned = false);

/// Compile-time values of ts scalars (from ts.constant), looking through
/// nothing else.
std::optional<int64_t> getConstantInt(mlir::Value tsValue);
std::optional<double> getConstantFloat(mlir::Value tsValue);
std::optional<bool> getConstantBool(mlir::Value tsValue);
std::optional<llvm::StringRef> getConstantStr(mlir::Value tsValue);
bool isNoneValue(mlir::Value tsValue);

/// The elements of a ts list built by ts.list_construct, as the converted
/// values (i64, f64, tensors), or failure.
mlir::FailureOr<llvm::SmallVector<mlir::Value>>
getListElements(mlir::ConversionPatternRewriter &rewriter, mlir::Value tsList);

/// `dim` normalized against `rank` (negative dims count from the end), or
/// failure when out of range.
mlir::FailureOr<int64_t> normalizeDim(int64_t dim, int64_t rank);

/// The size of dimension `dim` of a ranked tensor as an index value.
mlir::Value getDimSize(mlir::OpBuilder &b, mlir::Location loc,
                       mlir::Value tensor, int64_t dim);

/// The sizes of tensors as index values, one value per (tensor, dim), so
/// that run-time checks comparing a size with itself fold away.
class DimSizes {
public:
  DimSizes(mlir::OpBuilder &b, mlir::Location loc) : b(b), loc(loc) {}
  mlir::Value operator()(mlir::Value tensor, int64_t dim);

private:
  mlir::OpBuilder &b;
  mlir::Location loc;
  llvm::DenseMap<std::pair<mlir::Value, int64_t>, mlir::Value> sizes;
};

/// `tensor.empty` of `type` whose dynamic sizes are given in order.
mlir::Value createEmpty(mlir::OpBuilder &b, mlir::Location loc,
                        mlir::RankedTensorType type,
                        mlir::ValueRange dynamicSizes);

/// The identity or zero of a reduction for an element type.
mlir::Value createConstant(mlir::OpBuilder &b, mlir::Location loc,
                           mlir::Type elementType, double value);

/// max(x, y) or min(x, y) with PyTorch's semantics: NaN propagates, and
/// integers compare unsigned when `isUnsigned` (uint8, bool).
mlir::Value createMax(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                      mlir::Value y, bool isUnsigned, bool max);

/// PyTorch's result dtype for an elementwise op over these ts operand types
/// (tensors by category and width; Python scalars only raise the category,
/// to the default float32 for floats).
mlir::Type promoteDtypes(mlir::MLIRContext *ctx, mlir::TypeRange tsTypes);

} // namespace tsc::lowering

namespace tsc {
void populateElementwisePatterns(const mlir::TypeConverter &converter,
                                 mlir::RewritePatternSet &patterns);
void populateReductionPatterns(const mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns);
void populateLinearPatterns(const mlir::TypeConverter &converter,
                            mlir::RewritePatternSet &patterns);
void populateDataMovementPatterns(const mlir::TypeConverter &converter,
                                  mlir::RewritePatternSet &patterns);
void populateCreationPatterns(const mlir::TypeConverter &converter,
                              mlir::RewritePatternSet &patterns);
void populateListPatterns(const mlir::TypeConverter &converter,
                          mlir::RewritePatternSet &patterns);
void populatePrintPatterns(const mlir::TypeConverter &converter,
                           mlir::RewritePatternSet &patterns);
} // namespace tsc

namespace tsc::lowering {

/// The compile-time value of an int or bool operand, given either as the ts
/// value (a ts.constant, or the cast of an arith.constant that
/// convert-ts-to-arith leaves behind) or as the converted value. Unlike
/// getConstantInt/getConstantBool this works after convert-ts-to-arith.
std::optional<int64_t> matchConstantInt(mlir::Value v);
std::optional<bool> matchConstantBool(mlir::Value v);

/// The map that reads an operand of `operandType` inside a loop nest over
/// `resultType` under PyTorch's broadcasting (dims aligned from the right; a
/// static size-1 dim against a result dim that is not 1 reads index 0).
mlir::AffineMap getBroadcastMap(mlir::RankedTensorType operandType,
                                mlir::RankedTensorType resultType);

/// `operand` broadcast to `sizes` (one index value per dim of the operand)
/// where a dynamic dim is 1 and the size is not: a copy made at run time
/// when needed, the operand itself otherwise. With a `mismatch` message, a
/// dynamic dim that is neither 1 nor the size raises it. `dimSize` gives
/// the operand's sizes (to share them with other checks); null: tensor.dim.
mlir::Value broadcastDynamicOnes(
    mlir::OpBuilder &b, mlir::Location loc, mlir::Value operand,
    llvm::ArrayRef<mlir::Value> sizes, llvm::StringRef mismatch,
    llvm::function_ref<mlir::Value(mlir::Value, int64_t)> dimSize = nullptr);

/// The dynamic sizes of `resultType`, the result of broadcasting `operands`
/// against each other as PyTorch does (a size 1 gives way; other sizes
/// must agree, checked at run time, raising with `opName`). Operands whose
/// dynamic sizes may be 1 where the result's are not are replaced by a
/// version broadcast at run time when they are (getBroadcastMap only
/// broadcasts static 1s).
llvm::SmallVector<mlir::Value> getBroadcastSizes(
    mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType resultType,
    llvm::SmallVectorImpl<mlir::Value> &operands, llvm::StringRef opName);

} // namespace tsc::lowering

#endif // TSC_LIB_CONVERSION_TSTOLINALG_UTILS_H
