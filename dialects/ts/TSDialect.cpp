//===- TSDialect.cpp - The TorchScript dialect ----------------------------===//

#include "ts/TSDialect.h"
#include "ts/TSOps.h"
#include "ts/TSTypes.h"

#include "mlir/Transforms/InliningUtils.h"

using namespace mlir;
#include "ts/TSDialect.cpp.inc"

namespace tsc::ts {

namespace {
/// Every ts op may be inlined: TorchScript functions have no state of their
/// own, and regions of ts.if/ts.loop are structured.
struct TSInlinerInterface : public DialectInlinerInterface {
  using DialectInlinerInterface::DialectInlinerInterface;
  bool isLegalToInline(Operation *, Region *, bool, IRMapping &) const final {
    return true;
  }
  bool isLegalToInline(Region *, Region *, bool, IRMapping &) const final {
    return true;
  }
};
} // namespace

void TSDialect::initialize() {
  registerTypes();
  addOperations<
#define GET_OP_LIST
#include "ts/TSOps.cpp.inc"
      >();
  addInterfaces<TSInlinerInterface>();
}

Operation *TSDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                          Type type, Location loc) {
  if (!ConstantOp::isValidValue(type, value))
    return nullptr;
  return ConstantOp::create(builder, loc, type, value);
}

} // namespace tsc::ts
