//===- Runtime.cpp - Calls into the compiled model's C runtime ------------===//

#include "tsc/Conversion/Runtime.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace tsc {

static std::string withLocation(Location loc, StringRef message) {
  std::string s;
  llvm::raw_string_ostream os(s);
  Location l = loc;
  while (auto n = dyn_cast<NameLoc>(l))
    l = n.getChildLoc();
  if (auto f = dyn_cast<FileLineColLoc>(l))
    os << f.getFilename().getValue() << ":" << f.getLine() << ":"
       << f.getColumn() << ": ";
  os << message;
  return s;
}

void emitRuntimeRaise(OpBuilder &builder, Location loc, StringRef message) {
  Operation *parent = builder.getInsertionBlock()->getParentOp();
  auto module = isa<ModuleOp>(parent) ? cast<ModuleOp>(parent)
                                      : parent->getParentOfType<ModuleOp>();
  MLIRContext *ctx = builder.getContext();
  auto ptrTy = LLVM::LLVMPointerType::get(ctx);
  OpBuilder::InsertionGuard guard(builder);
  auto fn = module.lookupSymbol<func::FuncOp>(kRuntimeRaise);
  if (!fn) {
    OpBuilder mb = OpBuilder::atBlockBegin(module.getBody());
    fn = func::FuncOp::create(mb, module.getLoc(), kRuntimeRaise,
                              mb.getFunctionType({ptrTy}, {}));
    fn.setPrivate();
  }
  // One global per distinct message.
  std::string text = withLocation(loc, message);
  text.push_back('\0');
  std::string name =
      "__tsc_msg_" + std::to_string(llvm::hash_value(text) & 0xffffffffffff);
  auto global = module.lookupSymbol<LLVM::GlobalOp>(name);
  if (!global) {
    OpBuilder mb = OpBuilder::atBlockBegin(module.getBody());
    auto type = LLVM::LLVMArrayType::get(IntegerType::get(ctx, 8), text.size());
    global = LLVM::GlobalOp::create(mb, loc, type, /*isConstant=*/true,
                                    LLVM::Linkage::Internal, name,
                                    mb.getStringAttr(text));
  }
  Value addr = LLVM::AddressOfOp::create(builder, loc, global);
  func::CallOp::create(builder, loc, fn, ValueRange{addr});
}

void emitRuntimeRaiseIf(OpBuilder &builder, Location loc, Value cond,
                        StringRef message) {
  auto ifOp = scf::IfOp::create(builder, loc, cond, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&ifOp.getThenRegion().front());
  emitRuntimeRaise(builder, loc, message);
}

} // namespace tsc
