//===- Compile.cpp - The CPU target's whole flow --------------------------===//

#include "tsc/Target/CPU/CPUTarget.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"

using namespace mlir;

namespace tsc::cpu {

std::optional<OutputKind> outputKindForPath(StringRef path) {
  StringRef ext = llvm::sys::path::extension(path);
  return llvm::StringSwitch<std::optional<OutputKind>>(ext)
      .Case(".so", OutputKind::SharedLibrary)
      .Case(".a", OutputKind::StaticLibrary)
      .Case(".o", OutputKind::Object)
      .Case(".ll", OutputKind::LLVMIR)
      .Case(".s", OutputKind::Assembly)
      .Default(std::nullopt);
}

static LogicalResult writeFile(Location loc, StringRef path,
                               StringRef contents) {
  std::string error;
  auto file = openOutputFile(path, &error);
  if (!file)
    return emitError(loc) << error;
  file->os() << contents;
  file->keep();
  return success();
}

LogicalResult compileModel(ModuleOp module, const CompileOptions &options) {
  Location loc = module.getLoc();
  std::string prefix = options.modelName.empty()
                           ? defaultModelName(options.outputPath)
                           : sanitizeModelName(options.modelName);
  if (options.outputPath.empty())
    return emitError(loc, "no output file");
  bool binary = options.kind == OutputKind::Object ||
                options.kind == OutputKind::StaticLibrary ||
                options.kind == OutputKind::SharedLibrary;
  if (binary && options.outputPath == "-")
    return emitError(loc, "will not write a binary output to stdout");

  // The signature is read before lowering erases the tensor types.
  auto signature = collectModelSignature(module);
  if (failed(signature))
    return failure();
  if (!options.headerPath.empty() &&
      failed(writeFile(loc, options.headerPath,
                       generateHeader(*signature, prefix))))
    return failure();

  PassManager pm(module.getContext());
  buildCPUCodegenPipeline(pm, options.cpu);
  if (failed(pm.run(module)))
    return failure();

  auto tm = createTargetMachine(options.cpu);
  if (!tm)
    return emitError(loc) << llvm::toString(tm.takeError());
  llvm::LLVMContext context;
  auto llvmModule = buildLLVMModel(
      module, *signature, prefix, options.kind == OutputKind::SharedLibrary,
      **tm, options.cpu.optLevel, context);
  if (failed(llvmModule))
    return failure();

  if (options.kind == OutputKind::LLVMIR) {
    std::string text;
    llvm::raw_string_ostream os(text);
    (*llvmModule)->print(os, nullptr);
    return writeFile(loc, options.outputPath, text);
  }
  auto code = emitMachineCode(**llvmModule, **tm,
                              options.kind == OutputKind::Assembly);
  if (!code)
    return emitError(loc) << llvm::toString(code.takeError());
  switch (options.kind) {
  case OutputKind::Assembly:
  case OutputKind::Object:
    return writeFile(loc, options.outputPath, *code);
  case OutputKind::StaticLibrary:
    if (auto err = writeStaticLibrary(*code, prefix + ".o",
                                      options.outputPath))
      return emitError(loc) << llvm::toString(std::move(err));
    return success();
  case OutputKind::SharedLibrary:
    if (auto err = linkSharedLibrary(*code, options.outputPath))
      return emitError(loc) << llvm::toString(std::move(err));
    return success();
  case OutputKind::LLVMIR:
    break;
  }
  return success();
}

} // namespace tsc::cpu
