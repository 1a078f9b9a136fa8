//===- TSDialect.h - The TorchScript dialect --------------------*- C++ -*-===//

#ifndef TSC_DIALECT_TS_TSDIALECT_H
#define TSC_DIALECT_TS_TSDIALECT_H

#include "mlir/IR/Dialect.h"

#include "ts/TSDialect.h.inc"

#endif // TSC_DIALECT_TS_TSDIALECT_H
