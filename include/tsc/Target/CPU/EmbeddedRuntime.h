//===- EmbeddedRuntime.h - The model runtime, built into tsc ----*- C++ -*-===//
//
// runtime/ is compiled to LLVM bitcode when tsc is built and embedded here,
// so that compiling a model needs no file beside the tsc binary.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_TARGET_CPU_EMBEDDEDRUNTIME_H
#define TSC_TARGET_CPU_EMBEDDEDRUNTIME_H

#include "llvm/ADT/StringRef.h"

namespace tsc::cpu {
/// runtime/tsc_runtime.c as LLVM bitcode (x86_64-unknown-linux-gnu).
llvm::StringRef getRuntimeBitcode();
/// runtime/tsc_abi.h: the types every generated model header carries.
llvm::StringRef getRuntimeABIHeader();
} // namespace tsc::cpu

#endif // TSC_TARGET_CPU_EMBEDDEDRUNTIME_H
