//===- TSTypeConverter.h - ts types to builtin types ------------*- C++ -*-===//

#ifndef TSC_CONVERSION_TSTYPECONVERTER_H
#define TSC_CONVERSION_TSTYPECONVERTER_H

#include "mlir/Transforms/DialectConversion.h"

namespace tsc {

/// `!ts.int` -> i64, `!ts.float` -> f64, `!ts.bool` -> i1, and a tensor of
/// known rank and dtype -> `tensor<...>` (uint8 becomes i8 storage).
/// Types that only ever feed other ops' operands and are consumed through
/// the original op (None, lists, strings, devices) stay as they are: the
/// patterns read them from their producers. A tensor of unknown rank or
/// dtype has no conversion, so ops using it are not lowered and get
/// reported by ts-verify-lowered.
class TSTypeConverter : public mlir::TypeConverter {
public:
  explicit TSTypeConverter(mlir::MLIRContext *ctx);
};

/// Leaves the legality of ts ops undecided, so that each lowering converts
/// what it can and leaves the rest, and marks everything else legal.
void configureTSConversionTarget(mlir::ConversionTarget &target);

} // namespace tsc

#endif // TSC_CONVERSION_TSTYPECONVERTER_H
