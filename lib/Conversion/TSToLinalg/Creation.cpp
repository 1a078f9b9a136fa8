//===- Creation.cpp - ATen ops to linalg (work in progress) ---------------------===//

#include "Utils.h"

using namespace mlir;

void tsc::populateCreationPatterns(const TypeConverter &converter,
                                RewritePatternSet &patterns) {}
