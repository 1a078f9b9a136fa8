//===- VerifyLowered.cpp - Report what the lowerings left -----------------===//

#include "tsc/Conversion/Passes.h"
#include "ts/TSOps.h"

namespace tsc {
#define GEN_PASS_DEF_TSVERIFYLOWERED
#include "tsc/Conversion/Passes.h.inc"
} // namespace tsc

using namespace mlir;
using namespace tsc;

namespace {

std::string describeTypes(Operation *op) {
  std::string s;
  llvm::raw_string_ostream os(s);
  auto print = [&](TypeRange types) {
    llvm::interleaveComma(types, os, [&](Type t) {
      os << ts::getTypeName(t, ts::TypeSyntax::Graph);
    });
  };
  os << "(";
  print(op->getOperandTypes());
  os << ") -> (";
  print(op->getResultTypes());
  os << ")";
  return s;
}

struct VerifyLoweredPass
    : public tsc::impl::TSVerifyLoweredBase<VerifyLoweredPass> {
  /// Values the lowerings consumed at compile time (lists of sizes, None,
  /// strings) and their casts are dead once their users are lowered.
  void eraseDeadCompileTimeValues() {
    bool changed = true;
    while (changed) {
      changed = false;
      SmallVector<Operation *> dead;
      getOperation().walk([&](Operation *op) {
        if (!op->use_empty() || op->getNumResults() == 0)
          return;
        if (isa<UnrealizedConversionCastOp>(op) ||
            (isa<ts::TSDialect>(op->getDialect()) &&
             (isMemoryEffectFree(op) || isa<ts::ListConstructOp>(op))))
          dead.push_back(op);
      });
      for (Operation *op : dead)
        op->erase();
      changed = !dead.empty();
    }
  }

  void runOnOperation() override {
    eraseDeadCompileTimeValues();
    bool failed = false;
    getOperation().walk([&](Operation *op) {
      if (!isa<ts::TSDialect>(op->getDialect()))
        return;
      // Values consumed at compile time (None, lists of constants, strings)
      // may outlive their users until DCE; only live ones matter.
      if (op->use_empty() && isMemoryEffectFree(op))
        return;
      if (op->use_empty() && isa<ts::ListConstructOp>(op))
        return;
      bool unranked = llvm::any_of(
          llvm::concat<Type>(op->getOperandTypes(), op->getResultTypes()),
          [](Type t) {
            auto tt = dyn_cast<ts::TensorType>(t);
            return tt && (!tt.hasSizes() || !tt.hasDtype());
          });
      auto diag = op->emitError();
      diag << "cannot compile " << ts::getTorchScriptOpName(op) << " "
           << describeTypes(op);
      bool number = llvm::any_of(
          llvm::concat<Type>(op->getOperandTypes(), op->getResultTypes()),
          [](Type t) { return isa<ts::NumberType>(t); });
      if (unranked)
        diag << ": the rank or dtype of a tensor is unknown here (give the "
                "inputs' ranks with --input-shape, e.g. x=?x?)";
      else if (number)
        diag << ": whether a number (Scalar) here is an int, a float or a "
                "bool is not known at compile time";
      else
        diag << ": not supported by the code generator yet";
      failed = true;
    });
    if (failed)
      signalPassFailure();
  }
};
} // namespace
