//===- tsc-translate.cpp - The CPU back end on builtin-typed MLIR ---------===//
//
// Drives lib/Target/CPU without the frontend, for lit tests and for
// lowerings written by hand:
//   tsc-translate --mlir-to-llvm-dialect in.mlir   (the pipeline only)
//   tsc-translate --mlir-to-llvmir in.mlir -o out.ll
//   tsc-translate --mlir-to-asm    in.mlir -o out.s
//   tsc-translate --mlir-to-obj    in.mlir -o out.o
//   tsc-translate --mlir-to-static in.mlir -o libm.a
//   tsc-translate --mlir-to-shared in.mlir -o m.so [--model-name P]
//                 [--emit-header m.h]
// The input is a module on builtin types (see CPUTarget.h).
//
//===----------------------------------------------------------------------===//

#include "tsc/Target/CPU/CPUTarget.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
namespace cl = llvm::cl;

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input.mlir>"),
                                      cl::init("-"));
static cl::opt<std::string> outputFile("o", cl::desc("Output file"),
                                       cl::value_desc("path"), cl::init("-"));
static cl::opt<bool> pipelineOnly(
    "mlir-to-llvm-dialect",
    cl::desc("Only run the codegen pipeline and print the LLVM dialect"));
static cl::opt<tsc::cpu::OutputKind> kind(
    cl::desc("Output:"), cl::init(tsc::cpu::OutputKind::LLVMIR),
    cl::values(
        clEnumValN(tsc::cpu::OutputKind::LLVMIR, "mlir-to-llvmir",
                   "LLVM IR of the model (entry points, runtime linked)"),
        clEnumValN(tsc::cpu::OutputKind::Assembly, "mlir-to-asm",
                   "Target assembly"),
        clEnumValN(tsc::cpu::OutputKind::Object, "mlir-to-obj",
                   "Relocatable object"),
        clEnumValN(tsc::cpu::OutputKind::StaticLibrary, "mlir-to-static",
                   "Static library"),
        clEnumValN(tsc::cpu::OutputKind::SharedLibrary, "mlir-to-shared",
                   "Shared library, linked in process")));
static cl::opt<std::string> modelName(
    "model-name", cl::desc("Symbol prefix of the C ABI (default: the output "
                           "file's stem)"));
static cl::opt<std::string> headerFile("emit-header",
                                       cl::desc("Also write the C header"),
                                       cl::value_desc("path"));
static cl::opt<unsigned> optLevel("O", cl::desc("Optimization level 0-3"),
                                  cl::Prefix, cl::init(2));
// Not -march/-mtriple/-mattr: lld registers LLVM's codegen flags under those
// names when it runs.
static cl::opt<std::string> targetCPU("target-cpu",
                                      cl::desc("Target CPU (default: host)"));
static cl::opt<std::string> triple("target-triple", cl::desc("Target triple"));
static cl::opt<std::string> features("target-features",
                                     cl::desc("Target features (+a,-b)"));
static cl::opt<bool> noFusion("no-fusion",
                              cl::desc("Do not fuse elementwise ops"));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "tsc CPU back end driver\n");
  if (optLevel > 3) {
    llvm::errs() << "tsc-translate: error: -O" << optLevel
                 << " is not a valid optimization level\n";
    return 1;
  }

  DialectRegistry registry;
  tsc::cpu::registerCPUCodegenDialects(registry);
  MLIRContext context(registry);
  context.allowUnregisteredDialects(false);

  std::string error;
  auto file = openInputFile(inputFile, &error);
  if (!file) {
    llvm::errs() << "tsc-translate: error: " << error << "\n";
    return 1;
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;

  if (pipelineOnly) {
    PassManager pm(&context);
    tsc::cpu::CPUOptions cpu;
    cpu.fuseElementwise = !noFusion;
    tsc::cpu::buildCPUCodegenPipeline(pm, cpu);
    if (failed(pm.run(*module)))
      return 1;
    auto out = openOutputFile(outputFile, &error);
    if (!out) {
      llvm::errs() << "tsc-translate: error: " << error << "\n";
      return 1;
    }
    module->print(out->os());
    out->keep();
    return 0;
  }

  tsc::cpu::CompileOptions options;
  options.kind = kind;
  options.outputPath = outputFile;
  options.modelName = modelName;
  options.headerPath = headerFile;
  options.cpu.optLevel = optLevel;
  options.cpu.cpu = targetCPU;
  options.cpu.triple = triple;
  options.cpu.features = features;
  options.cpu.fuseElementwise = !noFusion;
  return failed(tsc::cpu::compileModel(*module, options)) ? 1 : 0;
}
