//===- CPUTarget.h - CPU code generation, emission and linking --*- C++ -*-===//
//
// From a module on builtin types (public `func.func`s taking and returning
// ranked tensors and i64/f64/i1 scalars, bodies in linalg, tensor, arith,
// math, scf, cf, func) to LLVM IR, assembly, an object, a static library or
// a shared library exposing the C ABI of docs/abi.md.
//
// The driver's use, in order:
//   tsc::cpu::CompileOptions opts;  // fill from the command line
//   if (failed(tsc::cpu::compileModel(module, opts))) return 1;
// compileModel lowers `module` in place; the pieces it uses are below for
// tools that need only a part (--emit=mlir after the pipeline, a header
// alone).
//
//===----------------------------------------------------------------------===//

#ifndef TSC_TARGET_CPU_CPUTARGET_H
#define TSC_TARGET_CPU_CPUTARGET_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
} // namespace llvm

namespace mlir {
class DialectRegistry;
class OpPassManager;
class Pass;
} // namespace mlir

namespace tsc::cpu {

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

struct CPUOptions {
  /// LLVM optimization level, 0 to 3 (-O0..-O3).
  unsigned optLevel = 2;
  /// Target triple; empty for the host's.
  std::string triple;
  /// Target CPU (-march=); empty or "native" for the host CPU. With a
  /// triple other than the host's, empty means the triple's generic CPU.
  std::string cpu;
  /// Extra target features, LLVM syntax ("+avx2,-fma").
  std::string features;
  /// Fuses elementwise linalg ops before bufferization.
  bool fuseElementwise = true;
};

enum class OutputKind {
  LLVMIR,        ///< textual LLVM IR (--emit=llvm)
  Assembly,      ///< target assembly (--emit=asm)
  Object,        ///< relocatable object (-c)
  StaticLibrary, ///< .a archive holding the object
  SharedLibrary, ///< .so linked in-process with lld
};

/// The kind an output path implies: .so, .a, .o, .ll, .s; none otherwise.
std::optional<OutputKind> outputKindForPath(llvm::StringRef path);

struct CompileOptions {
  CPUOptions cpu;
  OutputKind kind = OutputKind::SharedLibrary;
  /// Where to write the output; "-" for stdout (LLVM IR and assembly only).
  std::string outputPath;
  /// The symbol prefix P of the C ABI (P_create, P_<fn>, ...); empty for
  /// defaultModelName(outputPath).
  std::string modelName;
  /// Also writes the model's C header there when not empty.
  std::string headerPath;
};

//===----------------------------------------------------------------------===//
// The whole flow
//===----------------------------------------------------------------------===//

/// Lowers `module` (on builtin types; modified in place) and writes the
/// output `options` asks for, and the header. Reports errors as diagnostics
/// on the module's context.
mlir::LogicalResult compileModel(mlir::ModuleOp module,
                                 const CompileOptions &options);

//===----------------------------------------------------------------------===//
// Pipeline
//===----------------------------------------------------------------------===//

/// Builtin-typed tensors to the LLVM dialect: elementwise fusion, one-shot
/// bufferization (function boundaries, identity layouts; inputs of public
/// functions are read-only), ownership-based deallocation (returned buffers
/// belong to the caller), loops, polynomial math, LLVM dialect.
void buildCPUCodegenPipeline(mlir::OpPassManager &pm,
                             const CPUOptions &options);

/// Registers the pipeline as `tsc-cpu-codegen` (for tsc-opt and lit).
void registerCPUCodegenPipeline();

/// Orders the loops of each linalg op that reduces so that the innermost
/// loop vectorises (tsc-reduction-loop-order).
std::unique_ptr<mlir::Pass> createReductionLoopOrderPass();

/// arith-expand without the float min/max expansion (tsc-expand-arith).
std::unique_ptr<mlir::Pass> createExpandArithPass();

/// The dialects, interface implementations and LLVM IR translations the
/// pipeline and the emitter need.
void registerCPUCodegenDialects(mlir::DialectRegistry &registry);

//===----------------------------------------------------------------------===//
// Signatures and headers
//===----------------------------------------------------------------------===//

/// One argument or result of an exported function, as the ABI sees it.
struct ValueSignature {
  std::string name;
  bool isScalar = false;
  /// DLPack dtype: code (kDLInt, kDLUInt, kDLFloat, kDLBfloat, 6 for bool)
  /// and bits.
  uint8_t dtypeCode = 0;
  uint8_t dtypeBits = 0;
  /// -1 where dynamic; empty for scalars and 0-d tensors.
  llvm::SmallVector<int64_t> sizes;
  /// The type in the builtin-typed module (tensor or scalar).
  mlir::Type type;
};

struct EntrySignature {
  std::string name;
  std::vector<ValueSignature> inputs;
  std::vector<ValueSignature> outputs;
};

struct ModelSignature {
  std::vector<EntrySignature> entries;
};

/// The signature of every public function with a body, read from the
/// builtin-typed module (before the pipeline). Names: the argument or result
/// attribute `tsc.name` (a string), else the argument's NameLoc, else
/// `argN` / `outN`. Fails (with a diagnostic) on types the ABI cannot carry.
mlir::FailureOr<ModelSignature> collectModelSignature(mlir::ModuleOp module);

/// The C header of a model: the ABI types, P_create/P_destroy/P_last_error/
/// P_model_info, and one entry per function with its signature in comments.
std::string generateHeader(const ModelSignature &signature,
                           llvm::StringRef prefix);
mlir::FailureOr<std::string> generateHeader(mlir::ModuleOp module,
                                            llvm::StringRef prefix);

/// A C identifier from `name` (invalid characters become '_').
std::string sanitizeModelName(llvm::StringRef name);
/// The default prefix: the sanitized stem of the output file ("model" for
/// stdout).
std::string defaultModelName(llvm::StringRef outputPath);

//===----------------------------------------------------------------------===//
// LLVM IR and machine code
//===----------------------------------------------------------------------===//

/// A TargetMachine for `options` (PIC), or an error message.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createTargetMachine(const CPUOptions &options);

/// Translates a module already in the LLVM dialect, adds the C ABI entry
/// points for `signature` and the model getter `tsc_get_model` (when
/// `withModelGetter`: shared libraries only, since the name is fixed), links
/// the runtime, internalizes everything else and optimizes.
mlir::FailureOr<std::unique_ptr<llvm::Module>>
buildLLVMModel(mlir::ModuleOp llvmDialectModule,
               const ModelSignature &signature, llvm::StringRef prefix,
               bool withModelGetter, llvm::TargetMachine &targetMachine,
               unsigned optLevel, llvm::LLVMContext &context);

/// Object file or assembly bytes for `module`.
llvm::Expected<std::string> emitMachineCode(llvm::Module &module,
                                            llvm::TargetMachine &targetMachine,
                                            bool assembly);

/// Links an object into a shared library at `outputPath` with lld, in
/// process, against libc and libm only.
llvm::Error linkSharedLibrary(llvm::StringRef object,
                              llvm::StringRef outputPath);

/// Writes a deterministic archive holding `object` as `memberName`.
llvm::Error writeStaticLibrary(llvm::StringRef object,
                               llvm::StringRef memberName,
                               llvm::StringRef outputPath);

} // namespace tsc::cpu

#endif // TSC_TARGET_CPU_CPUTARGET_H
