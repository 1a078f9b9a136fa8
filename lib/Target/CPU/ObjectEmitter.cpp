//===- ObjectEmitter.cpp - LLVM IR, entry points, runtime, machine code ---===//
//
// The LLVM dialect module becomes an LLVM module; then, per exported
// function, this file generates (in LLVM IR) the C ABI entry point, the
// signature metadata the runtime validates inputs against, and a thunk that
// unpacks memref descriptors from int64 slots and calls the compiled function
// (runtime/tsc_runtime.c documents the slot layout). The runtime bitcode is
// linked in, everything but the ABI is internalized (so several models can
// share a process or a static link), and LLVM optimizes and emits code.
//
//===----------------------------------------------------------------------===//

#include "tsc/Target/CPU/CPUTarget.h"
#include "tsc/Target/CPU/EmbeddedRuntime.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Linker/Linker.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/Transforms/IPO/Internalize.h"

#include <dlpack/dlpack.h>

using namespace mlir;

namespace tsc::cpu {

//===----------------------------------------------------------------------===//
// Target machine
//===----------------------------------------------------------------------===//

static void initializeTargets() {
  static bool once = [] {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargets();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmPrinters();
    llvm::InitializeAllAsmParsers();
    return true;
  }();
  (void)once;
}

llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createTargetMachine(const CPUOptions &options) {
  initializeTargets();
  std::string hostTriple =
      llvm::Triple::normalize(llvm::sys::getDefaultTargetTriple());
  llvm::Triple triple(options.triple.empty()
                          ? hostTriple
                          : llvm::Triple::normalize(options.triple));
  // The runtime is x86-64 bitcode (its va_list and ABI are x86-64's).
  if (triple.getArch() != llvm::Triple::x86_64 || !triple.isOSLinux())
    return llvm::createStringError(
        "unsupported target '" + triple.str() +
        "': the CPU target supports x86_64 Linux only");
  std::string error;
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return llvm::createStringError(error);

  bool isHost = triple.str() == hostTriple;
  std::string cpu = options.cpu;
  std::string features;
  if (cpu.empty() || cpu == "native") {
    if (isHost || cpu == "native") {
      cpu = llvm::sys::getHostCPUName().str();
      // Sorted so that the feature string, hence the output, is stable.
      std::vector<std::string> hostFeatures;
      for (const auto &f : llvm::sys::getHostCPUFeatures())
        hostFeatures.push_back((f.second ? "+" : "-") + f.first().str());
      llvm::sort(hostFeatures);
      features = llvm::join(hostFeatures, ",");
    } else {
      cpu = "x86-64";
    }
  }
  if (!options.features.empty())
    features += (features.empty() ? "" : ",") + options.features;

  llvm::CodeGenOptLevel level = llvm::CodeGenOptLevel::Default;
  switch (options.optLevel) {
  case 0:
    level = llvm::CodeGenOptLevel::None;
    break;
  case 1:
    level = llvm::CodeGenOptLevel::Less;
    break;
  case 3:
    level = llvm::CodeGenOptLevel::Aggressive;
    break;
  default:
    break;
  }
  llvm::TargetOptions targetOptions;
  std::unique_ptr<llvm::TargetMachine> tm(target->createTargetMachine(
      triple, cpu, features, targetOptions, llvm::Reloc::PIC_, std::nullopt,
      level));
  if (!tm)
    return llvm::createStringError("cannot create a target machine for '" +
                                   triple.str() + "' (cpu '" + cpu + "')");
  return std::move(tm);
}

//===----------------------------------------------------------------------===//
// Entry points and metadata
//===----------------------------------------------------------------------===//

namespace {

/// Builds the ABI of one model in an LLVM module that already holds the
/// compiled functions and the runtime.
class EntryBuilder {
public:
  EntryBuilder(llvm::Module &module, StringRef prefix)
      : module(module), ctx(module.getContext()), prefix(prefix.str()),
        ptrTy(llvm::PointerType::getUnqual(ctx)), i8Ty(llvm::Type::getInt8Ty(ctx)),
        i16Ty(llvm::Type::getInt16Ty(ctx)), i32Ty(llvm::Type::getInt32Ty(ctx)),
        i64Ty(llvm::Type::getInt64Ty(ctx)) {
    dtypeTy = llvm::StructType::get(ctx, {i8Ty, i8Ty, i16Ty});
    valueInfoTy = llvm::StructType::get(ctx, {ptrTy, i32Ty, i32Ty, dtypeTy, ptrTy});
    entryInfoTy =
        llvm::StructType::get(ctx, {ptrTy, ptrTy, i64Ty, ptrTy, i64Ty, ptrTy});
    modelApiTy = llvm::StructType::get(
        ctx, {i32Ty, ptrTy, ptrTy, ptrTy, ptrTy, i64Ty, ptrTy});
  }

  /// Emits everything; returns the names of the symbols to export.
  llvm::Expected<std::vector<std::string>> build(const ModelSignature &sig,
                                                 bool withModelGetter);

private:
  llvm::Constant *string(StringRef s, const llvm::Twine &name) {
    auto *init = llvm::ConstantDataArray::getString(ctx, s);
    return new llvm::GlobalVariable(module, init->getType(), /*isConstant=*/true,
                                    llvm::GlobalValue::PrivateLinkage, init,
                                    name);
  }
  llvm::Constant *valueInfos(ArrayRef<ValueSignature> values,
                             const llvm::Twine &name);
  llvm::Expected<llvm::Function *> thunk(const EntrySignature &entry);
  llvm::Function *runtime(StringRef name, llvm::FunctionType *type) {
    return llvm::cast<llvm::Function>(
        module.getOrInsertFunction(name, type).getCallee());
  }
  llvm::Function *define(StringRef name, llvm::FunctionType *type) {
    return llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage,
                                  name, module);
  }

  llvm::Module &module;
  llvm::LLVMContext &ctx;
  std::string prefix;
  llvm::PointerType *ptrTy;
  llvm::IntegerType *i8Ty, *i16Ty, *i32Ty, *i64Ty;
  llvm::StructType *dtypeTy, *valueInfoTy, *entryInfoTy, *modelApiTy;
};

} // namespace

static int64_t slotCount(const ValueSignature &v) {
  return v.isScalar ? 1 : 3 + 2 * static_cast<int64_t>(v.sizes.size());
}

llvm::Constant *EntryBuilder::valueInfos(ArrayRef<ValueSignature> values,
                                         const llvm::Twine &name) {
  std::vector<llvm::Constant *> infos;
  for (auto [i, v] : llvm::enumerate(values)) {
    std::vector<llvm::Constant *> sizes;
    for (int64_t s : v.sizes)
      sizes.push_back(llvm::ConstantInt::get(i64Ty, s));
    auto *sizesTy = llvm::ArrayType::get(i64Ty, sizes.size());
    llvm::Constant *sizesGV = new llvm::GlobalVariable(
        module, sizesTy, true, llvm::GlobalValue::PrivateLinkage,
        llvm::ConstantArray::get(sizesTy, sizes), name + ".sizes" + llvm::Twine(i));
    infos.push_back(llvm::ConstantStruct::get(
        valueInfoTy,
        {string(v.name, name + ".name" + llvm::Twine(i)),
         llvm::ConstantInt::get(i32Ty, v.isScalar ? 1 : 0),
         llvm::ConstantInt::get(i32Ty, v.sizes.size()),
         llvm::ConstantStruct::get(dtypeTy,
                                   {llvm::ConstantInt::get(i8Ty, v.dtypeCode),
                                    llvm::ConstantInt::get(i8Ty, v.dtypeBits),
                                    llvm::ConstantInt::get(i16Ty, 1)}),
         sizesGV}));
  }
  auto *arrayTy = llvm::ArrayType::get(valueInfoTy, infos.size());
  return new llvm::GlobalVariable(module, arrayTy, true,
                                  llvm::GlobalValue::PrivateLinkage,
                                  llvm::ConstantArray::get(arrayTy, infos), name);
}

/// Collects the scalar leaves of an aggregate, in memory order.
static void flattenLeaves(llvm::Type *type, SmallVectorImpl<unsigned> &path,
                          SmallVectorImpl<SmallVector<unsigned>> &leaves) {
  if (auto *st = llvm::dyn_cast<llvm::StructType>(type)) {
    for (unsigned i = 0; i < st->getNumElements(); ++i) {
      path.push_back(i);
      flattenLeaves(st->getElementType(i), path, leaves);
      path.pop_back();
    }
  } else if (auto *at = llvm::dyn_cast<llvm::ArrayType>(type)) {
    for (unsigned i = 0; i < at->getNumElements(); ++i) {
      path.push_back(i);
      flattenLeaves(at->getElementType(), path, leaves);
      path.pop_back();
    }
  } else {
    leaves.push_back(SmallVector<unsigned>(path.begin(), path.end()));
  }
}

/// An int64 slot as a value of the compiled function's parameter type.
static llvm::Value *fromSlot(llvm::IRBuilder<> &b, llvm::Value *slot,
                             llvm::Type *type) {
  if (type->isPointerTy())
    return b.CreateIntToPtr(slot, type);
  if (type->isIntegerTy(64))
    return slot;
  if (type->isIntegerTy())
    return b.CreateTrunc(slot, type);
  if (type->isDoubleTy())
    return b.CreateBitCast(slot, type);
  return nullptr;
}

static llvm::Value *toSlot(llvm::IRBuilder<> &b, llvm::Value *v) {
  llvm::Type *i64 = b.getInt64Ty();
  llvm::Type *type = v->getType();
  if (type->isPointerTy())
    return b.CreatePtrToInt(v, i64);
  if (type->isIntegerTy(64))
    return v;
  if (type->isIntegerTy())
    return b.CreateZExt(v, i64);
  if (type->isDoubleTy())
    return b.CreateBitCast(v, i64);
  return nullptr;
}

llvm::Expected<llvm::Function *>
EntryBuilder::thunk(const EntrySignature &entry) {
  llvm::Function *callee = module.getFunction(entry.name);
  if (!callee || callee->isDeclaration())
    return llvm::createStringError("no compiled function '" + entry.name + "'");
  auto *type = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx),
                                       {ptrTy, ptrTy}, false);
  auto *fn = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage,
                                    "__tsc_thunk_" + entry.name, module);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", fn));
  llvm::Value *in = fn->getArg(0), *out = fn->getArg(1);
  auto mismatch = [&](StringRef what) {
    fn->eraseFromParent();
    return llvm::createStringError(
        "the lowered " + what.str() + " of '" + entry.name +
        "' do not match its signature (unsupported lowering)");
  };

  int64_t expectedIn = 0, expectedOut = 0;
  for (const ValueSignature &v : entry.inputs)
    expectedIn += slotCount(v);
  for (const ValueSignature &v : entry.outputs)
    expectedOut += slotCount(v);

  // Memref arguments are expanded into their descriptor fields, in the
  // order of the runtime's slots.
  if (static_cast<int64_t>(callee->arg_size()) != expectedIn)
    return mismatch("arguments");
  SmallVector<llvm::Value *> args;
  for (auto [i, arg] : llvm::enumerate(callee->args())) {
    llvm::Value *slot = b.CreateLoad(
        i64Ty, b.CreateConstInBoundsGEP1_64(i64Ty, in, i), "slot");
    llvm::Value *v = fromSlot(b, slot, arg.getType());
    if (!v)
      return mismatch("arguments");
    args.push_back(v);
  }
  llvm::CallInst *call = b.CreateCall(callee, args);

  llvm::Type *resultTy = callee->getReturnType();
  SmallVector<unsigned> path;
  SmallVector<SmallVector<unsigned>> leaves;
  if (!resultTy->isVoidTy())
    flattenLeaves(resultTy, path, leaves);
  if (static_cast<int64_t>(leaves.size()) != expectedOut)
    return mismatch("results");
  for (auto [i, leaf] : llvm::enumerate(leaves)) {
    llvm::Value *v = leaf.empty() ? static_cast<llvm::Value *>(call)
                                  : b.CreateExtractValue(call, leaf);
    llvm::Value *slot = toSlot(b, v);
    if (!slot)
      return mismatch("results");
    b.CreateStore(slot, b.CreateConstInBoundsGEP1_64(i64Ty, out, i));
  }
  b.CreateRetVoid();
  return fn;
}

llvm::Expected<std::vector<std::string>>
EntryBuilder::build(const ModelSignature &sig, bool withModelGetter) {
  std::vector<std::string> exported;
  auto *entryFnTy =
      llvm::FunctionType::get(i32Ty, {ptrTy, ptrTy, i64Ty, ptrTy, i64Ty}, false);
  auto *invokeTy = llvm::FunctionType::get(
      i32Ty, {ptrTy, ptrTy, ptrTy, ptrTy, i64Ty, ptrTy, i64Ty}, false);
  llvm::Function *invoke = runtime("tsc_rt_invoke", invokeTy);

  std::vector<llvm::Constant *> entryInfos;
  for (const EntrySignature &entry : sig.entries) {
    std::string symbol = prefix + "_" + sanitizeModelName(entry.name);
    std::string base = "__tsc_info_" + entry.name;
    auto th = thunk(entry);
    if (!th)
      return th.takeError();
    if (module.getNamedValue(symbol))
      return llvm::createStringError("symbol '" + symbol +
                                     "' is defined twice");
    llvm::Function *fn = define(symbol, entryFnTy);
    // The entry info refers to the entry function and the entry function to
    // its info: create the info first, initialize it afterwards.
    auto *info = new llvm::GlobalVariable(module, entryInfoTy, true,
                                          llvm::GlobalValue::PrivateLinkage,
                                          nullptr, base);
    llvm::Constant *infoInit = llvm::ConstantStruct::get(
        entryInfoTy,
        {string(entry.name, base + ".name"), fn,
         llvm::ConstantInt::get(i64Ty, entry.inputs.size()),
         valueInfos(entry.inputs, base + ".inputs"),
         llvm::ConstantInt::get(i64Ty, entry.outputs.size()),
         valueInfos(entry.outputs, base + ".outputs")});
    info->setInitializer(infoInit);
    entryInfos.push_back(infoInit);

    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", fn));
    llvm::Value *status = b.CreateCall(
        invoke, {info, *th, fn->getArg(0), fn->getArg(1), fn->getArg(2),
                 fn->getArg(3), fn->getArg(4)});
    b.CreateRet(status);
    exported.push_back(symbol);
  }

  // P_create / P_destroy / P_last_error forward to the runtime.
  auto *createTy = llvm::FunctionType::get(i32Ty, {ptrTy}, false);
  auto *destroyTy =
      llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), {ptrTy}, false);
  auto *errorTy = llvm::FunctionType::get(ptrTy, {}, false);
  auto forward = [&](StringRef name, llvm::FunctionType *type,
                     StringRef target) {
    llvm::Function *fn = define((prefix + "_" + name).str(), type);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", fn));
    SmallVector<llvm::Value *> args;
    for (llvm::Argument &a : fn->args())
      args.push_back(&a);
    llvm::Value *r = b.CreateCall(runtime(target, type), args);
    if (type->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(r);
    exported.push_back(fn->getName().str());
    return fn;
  };
  llvm::Function *create = forward("create", createTy, "tsc_rt_create");
  llvm::Function *destroy = forward("destroy", destroyTy, "tsc_rt_destroy");
  llvm::Function *lastError =
      forward("last_error", errorTy, "tsc_rt_last_error");

  auto *entriesTy = llvm::ArrayType::get(entryInfoTy, entryInfos.size());
  auto *entries = new llvm::GlobalVariable(
      module, entriesTy, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantArray::get(entriesTy, entryInfos), "__tsc_entries");
  auto *api = new llvm::GlobalVariable(
      module, modelApiTy, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantStruct::get(
          modelApiTy,
          {llvm::ConstantInt::get(i32Ty, 1), string(prefix, "__tsc_prefix"),
           create, destroy, lastError,
           llvm::ConstantInt::get(i64Ty, entryInfos.size()), entries}),
      "__tsc_model_api");
  auto getter = [&](const std::string &name) {
    llvm::Function *fn = define(name, errorTy);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", fn));
    b.CreateRet(api);
    exported.push_back(name);
  };
  getter(prefix + "_model_info");
  if (withModelGetter)
    getter("tsc_get_model");
  return exported;
}

//===----------------------------------------------------------------------===//
// The LLVM module
//===----------------------------------------------------------------------===//

static void optimize(llvm::Module &module, llvm::TargetMachine &tm,
                     unsigned optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = llvm::OptimizationLevel::O2;
  switch (optLevel) {
  case 0:
    level = llvm::OptimizationLevel::O0;
    break;
  case 1:
    level = llvm::OptimizationLevel::O1;
    break;
  case 3:
    level = llvm::OptimizationLevel::O3;
    break;
  default:
    break;
  }
  llvm::ModulePassManager mpm = optLevel == 0
                                    ? pb.buildO0DefaultPipeline(level)
                                    : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(module, mam);
}

FailureOr<std::unique_ptr<llvm::Module>>
buildLLVMModel(ModuleOp llvmDialectModule, const ModelSignature &signature,
               StringRef prefix, bool withModelGetter,
               llvm::TargetMachine &targetMachine, unsigned optLevel,
               llvm::LLVMContext &context) {
  Location loc = llvmDialectModule.getLoc();
  std::unique_ptr<llvm::Module> module =
      translateModuleToLLVMIR(llvmDialectModule, context, prefix);
  if (!module)
    return emitError(loc, "cannot translate the module to LLVM IR");
  module->setTargetTriple(targetMachine.getTargetTriple());
  module->setDataLayout(targetMachine.createDataLayout());

  // The runtime, compiled for generic x86-64: drop its CPU attributes so
  // that it is compiled for the model's target like the rest.
  auto runtime = llvm::parseBitcodeFile(
      llvm::MemoryBufferRef(getRuntimeBitcode(), "tsc_runtime.bc"), context);
  if (!runtime)
    return emitError(loc, "cannot read the embedded runtime: ")
           << llvm::toString(runtime.takeError());
  (*runtime)->setTargetTriple(module->getTargetTriple());
  (*runtime)->setDataLayout(module->getDataLayout());
  for (llvm::Function &f : **runtime) {
    f.removeFnAttr("target-cpu");
    f.removeFnAttr("target-features");
    f.removeFnAttr("tune-cpu");
  }
  if (llvm::Linker::linkModules(*module, std::move(*runtime)))
    return emitError(loc, "cannot link the runtime into the model");

  EntryBuilder builder(*module, prefix);
  auto exported = builder.build(signature, withModelGetter);
  if (!exported)
    return emitError(loc) << llvm::toString(exported.takeError());

  // Only the ABI stays visible; the runtime's libcall helpers (weak, hidden)
  // must stay external for the backend's calls to bind to them.
  llvm::StringSet<> keep;
  for (const std::string &name : *exported)
    keep.insert(name);
  llvm::internalizeModule(*module, [&](const llvm::GlobalValue &gv) {
    return keep.contains(gv.getName()) ||
           (gv.hasWeakLinkage() && gv.hasHiddenVisibility());
  });

  std::string errors;
  llvm::raw_string_ostream os(errors);
  if (llvm::verifyModule(*module, &os))
    return emitError(loc, "invalid LLVM IR generated: ") << errors;
  optimize(*module, targetMachine, optLevel);
  return module;
}

llvm::Expected<std::string> emitMachineCode(llvm::Module &module,
                                            llvm::TargetMachine &targetMachine,
                                            bool assembly) {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream os(buffer);
  llvm::legacy::PassManager pm;
  if (targetMachine.addPassesToEmitFile(
          pm, os, nullptr,
          assembly ? llvm::CodeGenFileType::AssemblyFile
                   : llvm::CodeGenFileType::ObjectFile))
    return llvm::createStringError("the target cannot emit this file type");
  pm.run(module);
  return std::string(buffer.begin(), buffer.end());
}

} // namespace tsc::cpu
