// The codegen pipeline alone: linalg on tensors to the LLVM dialect, with
// math expanded into polynomials (no call to tanhf/expf/erff), fusion, and
// the temporaries of unfused ops freed.
// RUN: tsc-opt --tsc-cpu-codegen %s | FileCheck %s
// RUN: tsc-opt --tsc-cpu-codegen %s | FileCheck %s --check-prefix=NEG
// RUN: %tsc-translate --mlir-to-llvm-dialect %s | FileCheck %s
// RUN: %tsc-translate --mlir-to-llvm-dialect %s | FileCheck %s --check-prefix=NEG
// RUN: %tsc-translate --mlir-to-llvm-dialect --no-fusion %s | FileCheck %s --check-prefix=NOFUSE

// The fused chain allocates its result only, and frees nothing.
// CHECK-LABEL: llvm.func @tanh_exp(
// CHECK-COUNT-1: llvm.call @malloc
// CHECK-NOT: llvm.call @free
// CHECK: llvm.return
// NEG-NOT: linalg.
// NEG-NOT: memref.
// NEG-NOT: math.
// NEG-NOT: tanhf
// NEG-NOT: expf
// NEG-NOT: erff

// Unfused, the intermediate tensor is a buffer freed before returning.
// NOFUSE-LABEL: llvm.func @tanh_exp(
// NOFUSE: llvm.call @malloc
// NOFUSE: llvm.call @malloc
// NOFUSE: llvm.call @free
// NOFUSE: llvm.return

#map = affine_map<(d0) -> (d0)>
func.func @tanh_exp(%a: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %d0 = tensor.dim %a, %c0 : tensor<?xf32>
  %e = tensor.empty(%d0) : tensor<?xf32>
  %r = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%a : tensor<?xf32>) outs(%e : tensor<?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %t = math.tanh %x : f32
    %u = math.exp %t : f32
    linalg.yield %u : f32
  } -> tensor<?xf32>
  %e2 = tensor.empty(%d0) : tensor<?xf32>
  %s = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]}
      ins(%r : tensor<?xf32>) outs(%e2 : tensor<?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %v = math.erf %x : f32
    linalg.yield %v : f32
  } -> tensor<?xf32>
  return %s : tensor<?xf32>
}
