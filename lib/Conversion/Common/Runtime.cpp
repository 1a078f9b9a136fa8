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

static ModuleOp getEnclosingModule(OpBuilder &builder) {
  Operation *parent = builder.getInsertionBlock()->getParentOp();
  return isa<ModuleOp>(parent) ? cast<ModuleOp>(parent)
                               : parent->getParentOfType<ModuleOp>();
}

void emitRuntimeCall(OpBuilder &builder, Location loc, StringRef name,
                     ValueRange args) {
  ModuleOp module = getEnclosingModule(builder);
  auto fn = module.lookupSymbol<func::FuncOp>(name);
  if (!fn) {
    OpBuilder mb = OpBuilder::atBlockBegin(module.getBody());
    fn = func::FuncOp::create(mb, module.getLoc(), name,
                              mb.getFunctionType(args.getTypes(), {}));
    fn.setPrivate();
  }
  func::CallOp::create(builder, loc, fn, args);
}

Value emitStringPointer(OpBuilder &builder, Location loc, StringRef text) {
  ModuleOp module = getEnclosingModule(builder);
  MLIRContext *ctx = builder.getContext();
  std::string data = text.str();
  data.push_back('\0');
  // One global per distinct text; a hash collision gets the next name.
  uint64_t hash = llvm::hash_value(data) & 0xffffffffffff;
  LLVM::GlobalOp global;
  for (;; ++hash) {
    std::string name = "__tsc_str_" + std::to_string(hash);
    global = module.lookupSymbol<LLVM::GlobalOp>(name);
    if (global) {
      auto value = dyn_cast_or_null<StringAttr>(global.getValueOrNull());
      if (value && value.getValue() == data)
        break;
      continue;
    }
    OpBuilder mb = OpBuilder::atBlockBegin(module.getBody());
    auto type = LLVM::LLVMArrayType::get(IntegerType::get(ctx, 8), data.size());
    global = LLVM::GlobalOp::create(mb, loc, type, /*isConstant=*/true,
                                    LLVM::Linkage::Internal, name,
                                    mb.getStringAttr(data));
    break;
  }
  return LLVM::AddressOfOp::create(builder, loc, global);
}

void emitRuntimeRaise(OpBuilder &builder, Location loc, StringRef message) {
  emitRuntimeCall(builder, loc, kRuntimeRaise,
                  emitStringPointer(builder, loc, withLocation(loc, message)));
}

void emitRuntimeRaiseIf(OpBuilder &builder, Location loc, Value cond,
                        StringRef message) {
  auto ifOp = scf::IfOp::create(builder, loc, cond, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&ifOp.getThenRegion().front());
  emitRuntimeRaise(builder, loc, message);
}

void emitRuntimeRaiseIf(OpBuilder &builder, Location loc, Value cond,
                        StringRef before, Value value, StringRef after) {
  auto ifOp = scf::IfOp::create(builder, loc, cond, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&ifOp.getThenRegion().front());
  // The runtime formats the message: the text around the value stays
  // constant, and no format string ever comes from the source.
  emitRuntimeCall(builder, loc, kRuntimeRaiseInt,
                  {emitStringPointer(builder, loc, withLocation(loc, before)),
                   value, emitStringPointer(builder, loc, after)});
}

} // namespace tsc
