//===- ScalarOps.cpp - Python's scalar semantics on arith values ----------===//

#include "tsc/Conversion/ScalarOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;

namespace tsc {

Value createPythonMod(OpBuilder &b, Location loc, Value x, Value y) {
  Type t = x.getType();
  Value r, zero, rNonZero, rNeg, yNeg, adjusted;
  if (isa<mlir::FloatType>(t)) {
    r = arith::RemFOp::create(b, loc, x, y);
    zero = arith::ConstantOp::create(b, loc, b.getFloatAttr(t, 0.0));
    rNonZero =
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, r, zero);
    rNeg = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, r, zero);
    yNeg = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, y, zero);
    adjusted = arith::AddFOp::create(b, loc, r, y);
  } else {
    r = arith::RemSIOp::create(b, loc, x, y);
    zero = arith::ConstantIntOp::create(b, loc, t, 0);
    rNonZero = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, r, zero);
    rNeg = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, r, zero);
    yNeg = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, y, zero);
    adjusted = arith::AddIOp::create(b, loc, r, y);
  }
  Value signsDiffer = arith::XOrIOp::create(b, loc, rNeg, yNeg);
  Value adjust = arith::AndIOp::create(b, loc, rNonZero, signsDiffer);
  return arith::SelectOp::create(b, loc, adjust, adjusted, r);
}

} // namespace tsc
