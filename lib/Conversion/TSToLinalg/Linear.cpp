//===- Linear.cpp - ATen ops to linalg (work in progress) ---------------------===//

#include "Utils.h"

using namespace mlir;

void tsc::populateLinearPatterns(const TypeConverter &converter,
                                RewritePatternSet &patterns) {}
