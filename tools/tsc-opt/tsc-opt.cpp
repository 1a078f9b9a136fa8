//===- tsc-opt.cpp - Runs tsc's passes on MLIR files ----------------------===//
//
// The way every transformation gets a lit test: the ts dialect, the upstream
// dialects tsc lowers through, tsc's own passes and the upstream passes its
// pipeline uses.
//
//===----------------------------------------------------------------------===//

#include "tsc/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  tsc::registerAllDialects(registry);
  tsc::registerAllPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "tsc optimizer driver\n", registry));
}
