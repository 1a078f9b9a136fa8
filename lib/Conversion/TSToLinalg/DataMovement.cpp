//===- DataMovement.cpp - ATen ops to linalg (work in progress) ---------------------===//

#include "Utils.h"

using namespace mlir;

void tsc::populateDataMovementPatterns(const TypeConverter &converter,
                                RewritePatternSet &patterns) {}
