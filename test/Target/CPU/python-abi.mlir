// The Python example (examples/python/run_model.py) on the C example's model:
// strided and broadcast NumPy inputs, errors, threads, torch tensors.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %tsc-translate --mlir-to-shared %examples/c/demo.mlir -o %t/demo.so
// RUN: %python %inputs/python_abi.py %examples/python %t/demo.so | FileCheck %s
// CHECK: numpy ok
// CHECK-NEXT: error: forward: input 0 ('x'): dimension 1 has size 5, expected 4
// CHECK-NEXT: threads ok
// CHECK-NEXT: torch ok
// The command line of the example:
// RUN: %python %inputs/check.py gen %t a=float32[2x4]
// RUN: %python %examples/python/run_model.py %t/demo.so %t/a.npy %t/a.npy f:1.0 | FileCheck %s --check-prefix=CLI
// CLI: out0 float32[2, 4]:
