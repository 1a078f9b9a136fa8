//===- tsc.cpp - The TorchScript compiler driver --------------------------===//
//
//   tsc model.py --emit=graph          TorchScript IR, as PyTorch prints it
//   tsc model.py --emit=mlir           the ts dialect after simplification
//   tsc model.py --emit=ast|source     the parsed program
//
//===----------------------------------------------------------------------===//

#include "tsc/Conversion/Passes.h"
#include "tsc/Frontend/AST.h"
#include "tsc/Frontend/ASTPrinter.h"
#include "tsc/Frontend/MLIRGen.h"
#include "tsc/Frontend/Parser.h"
#include "tsc/InitAll.h"
#include "tsc/Target/CPU/CPUTarget.h"
#include "tsc/Target/GraphPrinter.h"
#include "tsc/Transforms/InputTypes.h"
#include "tsc/Transforms/Passes.h"
#include "ts/TSTypes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

using namespace mlir;

namespace {
struct Options {
  std::string input;
  std::string output = "-";
  std::string emit;
  std::string emitStage;
  bool compileOnly = false;
  bool noFusion = false;
  std::string optLevel = "2";
  std::string march;
  std::string target;
  std::string modelName;
  std::string headerPath;
  std::string depfile;
  std::string entry;
  std::vector<std::string> inputShapes;
  std::vector<std::string> inputDtypes;
  bool printIRAfterAll = false;
  bool timePasses = false;
  bool verifyDiagnostics = false;
  bool verbose = false;
  std::string logLevel = "warn";
};

/// `--input-shape x=2x3` names an argument; `--input-shape 2x3` takes the
/// next argument in order.
LogicalResult collectSpecs(MLIRContext &ctx, func::FuncOp func,
                           const Options &opts,
                           SmallVectorImpl<std::optional<tsc::InputTypeSpec>>
                               &specs) {
  Block &entry = func.getBody().front();
  SmallVector<std::string> argNames;
  for (BlockArgument a : entry.getArguments()) {
    if (auto n = dyn_cast<NameLoc>(a.getLoc()))
      argNames.push_back(n.getName().str());
    else
      argNames.push_back("");
  }
  specs.assign(entry.getNumArguments(), std::nullopt);
  auto apply = [&](ArrayRef<std::string> items, bool isShape) {
    unsigned next = 0;
    for (const std::string &item : items) {
      StringRef text(item), name;
      if (text.contains('=')) {
        std::tie(name, text) = text.split('=');
      }
      unsigned index;
      if (!name.empty()) {
        auto it = llvm::find(argNames, name.str());
        if (it == argNames.end()) {
          llvm::errs() << "tsc: error: no argument named '" << name
                       << "' in '" << func.getSymName() << "'\n";
          return failure();
        }
        index = it - argNames.begin();
      } else {
        // Positional specs skip non-tensor arguments.
        while (next < entry.getNumArguments() &&
               !isa<tsc::ts::TensorType>(entry.getArgument(next).getType()))
          ++next;
        index = next++;
        if (index >= entry.getNumArguments()) {
          llvm::errs() << "tsc: error: more input specs than tensor arguments "
                          "of '"
                       << func.getSymName() << "'\n";
          return failure();
        }
      }
      if (!specs[index])
        specs[index] = tsc::InputTypeSpec();
      if (isShape) {
        auto sizes = tsc::parseShapeSpec(text);
        if (!sizes) {
          llvm::errs() << "tsc: error: invalid shape '" << text
                       << "' (expected e.g. 2x3x? or *)\n";
          return failure();
        }
        specs[index]->sizes = *sizes;
      } else {
        Type t = tsc::parseDtypeSpec(&ctx, text);
        if (!t) {
          llvm::errs() << "tsc: error: unknown dtype '" << text << "'\n";
          return failure();
        }
        specs[index]->dtype = t;
      }
    }
    return success();
  };
  if (failed(apply(opts.inputShapes, true)) ||
      failed(apply(opts.inputDtypes, false)))
    return failure();
  return success();
}

/// The ABI reports uint8 tensors as unsigned; lowering makes their storage
/// signless, so mark them while the ts types still say so.
void markUnsignedValues(ModuleOp module) {
  auto isUnsigned = [](Type t) {
    auto tt = dyn_cast<tsc::ts::TensorType>(t);
    auto it = tt ? dyn_cast_if_present<IntegerType>(tt.getDtype())
                 : IntegerType();
    return it && it.isUnsigned();
  };
  UnitAttr unit = UnitAttr::get(module.getContext());
  for (auto f : module.getOps<func::FuncOp>()) {
    for (auto [i, t] : llvm::enumerate(f.getArgumentTypes()))
      if (isUnsigned(t))
        f.setArgAttr(i, "tsc.unsigned", unit);
    for (auto [i, t] : llvm::enumerate(f.getResultTypes()))
      if (isUnsigned(t))
        f.setResultAttr(i, "tsc.unsigned", unit);
  }
}

int compile(const Options &opts) {
  std::string errorMessage;
  auto file = openInputFile(opts.input, &errorMessage);
  if (!file) {
    llvm::errs() << "tsc: error: " << errorMessage << "\n";
    return 1;
  }
  StringRef contents = file->getBuffer();
  if (contents.starts_with("PK\x03\x04")) {
    llvm::errs() << "tsc: error: " << opts.input
                 << ": TorchScript archives (.pt) are not supported yet\n";
    return 1;
  }

  DialectRegistry registry;
  tsc::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // Diagnostics print `file:line:col: error: ...`, the line and a caret.
  llvm::SourceMgr sourceMgr;
  unsigned bufferId = sourceMgr.AddNewSourceBuffer(std::move(file), SMLoc());
  std::unique_ptr<ScopedDiagnosticHandler> handler;
  SourceMgrDiagnosticVerifierHandler *verifier = nullptr;
  if (opts.verifyDiagnostics) {
    auto v = std::make_unique<SourceMgrDiagnosticVerifierHandler>(sourceMgr,
                                                                  &context);
    verifier = v.get();
    handler = std::move(v);
  } else {
    handler = std::make_unique<SourceMgrDiagnosticHandler>(sourceMgr, &context);
  }
  auto finish = [&](bool ok) {
    if (verifier)
      return succeeded(verifier->verify()) ? 0 : 1;
    return ok ? 0 : 1;
  };

  std::string filename = opts.input == "-" ? "<stdin>" : opts.input;
  StringRef buffer = sourceMgr.getMemoryBuffer(bufferId)->getBuffer();
  spdlog::debug("parsing {}", filename);
  tsc::Parser parser(buffer, filename, &context);
  std::unique_ptr<tsc::ast::Module> ast = parser.parseModule();
  if (!ast)
    return finish(false);

  auto out = openOutputFile(opts.output, &errorMessage);
  if (!out) {
    llvm::errs() << "tsc: error: " << errorMessage << "\n";
    return 1;
  }
  if (opts.emit == "ast" || opts.emit == "source") {
    if (opts.emit == "ast")
      tsc::dumpAST(*ast, out->os());
    else
      tsc::printSource(*ast, out->os());
    out->keep();
    return finish(true);
  }

  spdlog::debug("generating the ts dialect");
  OwningOpRef<ModuleOp> module = tsc::mlirGen(context, *ast);
  if (!module)
    return finish(false);

  // --entry keeps one function and what it calls.
  if (!opts.entry.empty()) {
    auto f = module->lookupSymbol<func::FuncOp>(opts.entry);
    if (!f) {
      llvm::errs() << "tsc: error: no function named '" << opts.entry
                   << "' in " << filename << "\n";
      return 1;
    }
    for (auto other : module->getOps<func::FuncOp>())
      if (other != f)
        other.setPrivate();
  }
  bool haveSpecs = !opts.inputShapes.empty() || !opts.inputDtypes.empty();
  if (haveSpecs) {
    unsigned publics = 0;
    for (auto f : module->getOps<func::FuncOp>())
      publics += f.isPublic();
    if (publics != 1) {
      llvm::errs() << "tsc: error: --input-shape and --input-dtype need a "
                      "single entry function (use --entry)\n";
      return 1;
    }
  }
  if (haveSpecs && !opts.emit.empty() &&
      (opts.emit == "graph" || opts.emit == "mlir")) {
    for (auto f : module->getOps<func::FuncOp>()) {
      if (!f.isPublic())
        continue;
      SmallVector<std::optional<tsc::InputTypeSpec>> specs;
      if (failed(collectSpecs(context, f, opts, specs)))
        return 1;
      // Without code generation, unspecified dtypes stay unknown.
      if (failed(tsc::applyInputTypes(f, specs, Type())))
        return finish(false);
    }
  }

  // What to produce, and the last stage that runs.
  std::string emit = opts.emit;
  if (emit.empty()) {
    if (opts.compileOnly)
      emit = "obj";
    else if (auto kind = tsc::cpu::outputKindForPath(opts.output))
      emit = *kind == tsc::cpu::OutputKind::StaticLibrary ? "lib"
             : *kind == tsc::cpu::OutputKind::Object      ? "obj"
             : *kind == tsc::cpu::OutputKind::LLVMIR      ? "llvm"
             : *kind == tsc::cpu::OutputKind::Assembly    ? "asm"
                                                          : "so";
    else
      emit = "so";
  }
  bool codegen = emit != "mlir" && emit != "graph";
  std::string stage = opts.emitStage;
  if (stage.empty())
    stage = codegen ? "llvm" : "fused";
  static const char *stages[] = {"frontend", "ts", "fused", "linalg", "llvm"};
  auto stageIndex = [](StringRef s) {
    for (unsigned i = 0; i < std::size(stages); ++i)
      if (s == stages[i])
        return i;
    return 0u;
  };
  unsigned last = stageIndex(stage);

  // Code generation needs ranks and dtypes: tensor inputs default to
  // float32 there.
  if (codegen || last >= stageIndex("linalg")) {
    // The ABI passes tuples flattened: flatten first, so that input specs
    // apply to the tensors inside tuples too.
    PassManager flatten(&context);
    flatten.addPass(tsc::ts::createTSExpandTupleSignatures());
    if (failed(flatten.run(*module)))
      return finish(false);
    for (auto f : module->getOps<func::FuncOp>()) {
      if (!f.isPublic())
        continue;
      SmallVector<std::optional<tsc::InputTypeSpec>> specs;
      if (haveSpecs && failed(collectSpecs(context, f, opts, specs)))
        return 1;
      if (failed(tsc::applyInputTypes(f, specs, Float32Type::get(&context))))
        return finish(false);
    }
  }

  PassManager pm(&context);
  if (opts.printIRAfterAll) {
    context.disableMultithreading();
    pm.enableIRPrinting([](Pass *, Operation *) { return false; },
                        [](Pass *, Operation *) { return true; },
                        /*printModuleScope=*/true);
  }
  if (opts.timePasses)
    pm.enableTiming();
  if (last >= stageIndex("ts"))
    tsc::ts::buildTSSimplificationPipeline(pm);
  if (last >= stageIndex("fused")) {
    pm.addPass(tsc::ts::createTSDecompose());
    pm.addPass(tsc::ts::createTSRefineTypes());
    pm.addPass(createCanonicalizerPass());
    if (!opts.noFusion)
      pm.addPass(tsc::ts::createTSFuse());
  }
  spdlog::debug("running passes up to stage '{}'", stages[last]);
  if (failed(pm.run(*module)))
    return finish(false);
  if (last >= stageIndex("linalg")) {
    pm.clear();
    pm.addPass(tsc::ts::createTSExpandTupleSignatures());
    // Lists built at run time become values (carried by the loops that
    // append to them).
    pm.addNestedPass<func::FuncOp>(tsc::ts::createTSListValueSemantics());
    // Optionals decided at run time become a flag and a value.
    pm.addNestedPass<func::FuncOp>(tsc::ts::createTSExpandOptionals());
    // Small constant loops (over lists and sizes) unroll, so that their
    // lists fold away; types refine again on the unrolled code.
    pm.addPass(tsc::ts::createTSUnrollLoops());
    pm.addPass(createCanonicalizerPass());
    pm.addPass(tsc::ts::createTSRefineTypes());
    pm.addPass(createCanonicalizerPass());
    if (failed(pm.run(*module)))
      return finish(false);
    markUnsignedValues(*module);
    pm.clear();
    pm.addPass(tsc::createConvertTSToSCF());
    pm.addPass(tsc::createConvertTSToArith());
    pm.addPass(tsc::createConvertTSToLinalg());
    // Size checks of values whose sizes are equal fold once equal sizes are
    // one value.
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createCSEPass());
    pm.addPass(createCanonicalizerPass());
    pm.addPass(tsc::createTSVerifyLowered());
    pm.addPass(createReconcileUnrealizedCastsPass());
    if (failed(pm.run(*module)))
      return finish(false);
  }

  if (emit == "graph") {
    if (failed(tsc::printGraphs(*module, out->os())))
      return finish(false);
  } else if (emit == "mlir") {
    if (last == stageIndex("llvm")) {
      PassManager cg(&context);
      tsc::cpu::CPUOptions cpu;
      cpu.fuseElementwise = !opts.noFusion;
      tsc::cpu::buildCPUCodegenPipeline(cg, cpu);
      if (failed(cg.run(*module)))
        return finish(false);
    }
    module->print(out->os(), OpPrintingFlags());
    out->os() << "\n";
  } else {
    tsc::cpu::CompileOptions copts;
    copts.kind = emit == "llvm"  ? tsc::cpu::OutputKind::LLVMIR
                 : emit == "asm" ? tsc::cpu::OutputKind::Assembly
                 : emit == "obj" ? tsc::cpu::OutputKind::Object
                 : emit == "lib" ? tsc::cpu::OutputKind::StaticLibrary
                                 : tsc::cpu::OutputKind::SharedLibrary;
    copts.outputPath = opts.output;
    copts.modelName = opts.modelName;
    copts.headerPath = opts.headerPath;
    copts.cpu.fuseElementwise = !opts.noFusion;
    copts.cpu.optLevel = std::stoi(opts.optLevel);
    copts.cpu.triple = opts.target;
    copts.cpu.cpu = opts.march;
    // The file is written by the emitter; drop the placeholder stream.
    out.reset();
    if (failed(tsc::cpu::compileModel(*module, copts)))
      return finish(false);
    if (!opts.depfile.empty()) {
      // Make syntax, as compilers write it: the outputs depend on the
      // TorchScript file (tsc reads nothing else; its runtime is built in).
      auto dep = openOutputFile(opts.depfile, &errorMessage);
      if (!dep) {
        llvm::errs() << "tsc: error: " << errorMessage << "\n";
        return 1;
      }
      // Absolute paths: build tools read depfiles from their own directory.
      auto escape = [](StringRef path) {
        SmallString<256> abs(path);
        (void)llvm::sys::fs::make_absolute(abs);
        std::string e;
        for (char c : abs) {
          if (c == ' ' || c == '#' || c == '$')
            e += c == '$' ? '$' : '\\';
          e += c;
        }
        return e;
      };
      dep->os() << escape(opts.output);
      if (!opts.headerPath.empty())
        dep->os() << " " << escape(opts.headerPath);
      dep->os() << ": " << escape(opts.input) << "\n";
      dep->keep();
    }
    return finish(true);
  }
  out->keep();
  return finish(true);
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  Options opts;
  CLI::App app{"tsc: an ahead-of-time compiler for TorchScript", "tsc"};
  app.add_option("input", opts.input, "TorchScript source file ('-' for stdin)")
      ->required();
  app.add_option("-o", opts.output,
                 "Output file; its extension picks the output: .so (shared "
                 "library, the default), .a, .o, .ll, .s");
  app.add_flag("-c", opts.compileOnly, "Write a relocatable object (.o)");
  app.add_option("--emit", opts.emit,
                 "What to write: ast, source, graph, mlir, llvm, asm, obj, "
                 "lib, so")
      ->check(CLI::IsMember({"ast", "source", "mlir", "graph", "llvm", "asm",
                             "obj", "lib", "so"}));
  app.add_option("--emit-stage", opts.emitStage,
                 "With --emit=mlir/graph, the last stage: frontend (no "
                 "passes), ts (inlined, canonicalized, types refined), fused "
                 "(with fusion groups; the default), linalg (lowered out of "
                 "ts), llvm (LLVM dialect)")
      ->check(CLI::IsMember({"frontend", "ts", "fused", "linalg", "llvm"}));
  app.add_flag("--no-fusion", opts.noFusion,
               "Do not form fusion groups or fuse loops");
  app.add_option("-O", opts.optLevel, "Optimization level 0-3 (default 2)")
      ->check(CLI::IsMember({"0", "1", "2", "3"}));
  app.add_option("--march", opts.march,
                 "Target CPU (default: the host's; e.g. x86-64-v3)");
  app.add_option("--target", opts.target,
                 "Target triple (default: the host's)");
  app.add_option("--model-name", opts.modelName,
                 "Prefix of the C ABI's symbols (default: the output's stem)");
  app.add_option("--emit-header", opts.headerPath,
                 "Also write the model's C header to this file");
  app.add_option("--depfile", opts.depfile,
                 "Write a Makefile-style dependency file for build systems");
  app.add_option("--entry", opts.entry,
                 "Compile only this function (and what it calls)");
  app.add_option("--input-shape", opts.inputShapes,
                 "Sizes of a tensor argument: [NAME=]2x3x? (? is dynamic, * "
                 "unranked); repeat per argument");
  app.add_option("--input-dtype", opts.inputDtypes,
                 "Dtype of a tensor argument: [NAME=]float32|int64|...");
  app.add_flag("--print-ir-after-all", opts.printIRAfterAll,
               "Print the IR after every pass");
  app.add_flag("--time-passes", opts.timePasses, "Report the time of passes");
  app.add_flag("--verify-diagnostics", opts.verifyDiagnostics,
               "Check diagnostics against expected-* comments (for tests)");
  app.add_flag("-v,--verbose", opts.verbose, "Log what the compiler does");
  app.add_option("--log-level", opts.logLevel,
                 "trace, debug, info, warn, error or off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
  app.set_version_flag("--version", std::string("tsc ") + TSC_VERSION +
                                        " (LLVM/MLIR " LLVM_VERSION_STRING ")");
  // Accept the compilers' `-march=X` spelling (CLI11 would read it as `-m`
  // with the value `arch=X`).
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::string &a : args)
    if (StringRef(a).starts_with("-march"))
      a = "-" + a;
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::ParseError &e) {
    return app.exit(e);
  }
  spdlog::set_level(opts.verbose ? spdlog::level::debug
                                 : spdlog::level::from_str(opts.logLevel));
  return compile(opts);
}
