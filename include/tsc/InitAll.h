//===- InitAll.h - Registration of what tsc uses ----------------*- C++ -*-===//

#ifndef TSC_INITALL_H
#define TSC_INITALL_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace tsc {
/// The dialects tsc's IR can contain at any stage.
void registerAllDialects(mlir::DialectRegistry &registry);
/// tsc's passes and the upstream passes its pipelines use (only those).
void registerAllPasses();
} // namespace tsc

#endif // TSC_INITALL_H
