// Bad inputs and raised errors return an error code and a message naming
// the argument; nothing crashes.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %tsc-translate --mlir-to-shared %s -o %t/err.so
// RUN: %python %inputs/check.py gen %t a=float32[2x3] r1=float32[6] i=int32[2x3] s=float32[2x5] v=float32[3]
// RUN: %tsc-run %t/err.so --entry scale %t/a.npy f:2.0 -o %t/ok
// RUN: %python %inputs/check.py cmp %t/ok/out0.npy 'x0 * 2' %t/a.npy
// RUN: not %tsc-run %t/err.so --entry scale %t/r1.npy f:2.0 2>&1 | FileCheck %s --check-prefix=RANK
// RUN: not %tsc-run %t/err.so --entry scale %t/i.npy f:2.0 2>&1 | FileCheck %s --check-prefix=DTYPE
// RUN: not %tsc-run %t/err.so --entry scale %t/s.npy f:2.0 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not %tsc-run %t/err.so --entry scale %t/a.npy i:2 2>&1 | FileCheck %s --check-prefix=SCALAR
// RUN: not %tsc-run %t/err.so --entry scale %t/a.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not %tsc-run %t/err.so --entry nope %t/a.npy 2>&1 | FileCheck %s --check-prefix=ENTRY
// RUN: not %tsc-run %t/err.so %t/missing.npy 2>&1 | FileCheck %s --check-prefix=FILE
// RUN: %tsc-run %t/err.so --entry checked %t/v.npy i:1 -o %t/ok2
// RUN: not %tsc-run %t/err.so --entry checked %t/v.npy i:-1 2>&1 | FileCheck %s --check-prefix=RAISE

// RANK: tsc-run: error: scale: input 0 ('x'): expected rank 2, got rank 1
// DTYPE: tsc-run: error: scale: input 0 ('x'): expected dtype float32, got int32
// SHAPE: tsc-run: error: scale: input 0 ('x'): dimension 1 has size 5, expected 3
// SCALAR: tsc-run: error: scale: input 1 ('factor'): expected dtype float64, got int64
// COUNT: tsc-run: error: scale: expected 2 inputs, got 1
// ENTRY: tsc-run: error: the model has no entry 'nope'
// FILE: tsc-run: error: cannot open '{{.*}}missing.npy'
// RAISE: tsc-run: error: model.py:3:5: n must be non-negative (error 2)

#map = affine_map<(d0, d1) -> (d0, d1)>
func.func @scale(%a: tensor<?x3xf32> {tsc.name = "x"}, %f: f64 {tsc.name = "factor"})
    -> tensor<?x3xf32> {
  %c0 = arith.constant 0 : index
  %d0 = tensor.dim %a, %c0 : tensor<?x3xf32>
  %e = tensor.empty(%d0) : tensor<?x3xf32>
  %f32 = arith.truncf %f : f64 to f32
  %r = linalg.generic {indexing_maps = [#map, #map],
                       iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<?x3xf32>) outs(%e : tensor<?x3xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.mulf %x, %f32 : f32
    linalg.yield %m : f32
  } -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}

llvm.mlir.global internal constant @msg("model.py:3:5: n must be non-negative\00") {addr_space = 0 : i32}
func.func private @tsc_rt_raise(!llvm.ptr)

// Returns its input (a copy the caller owns) after a check that raises.
func.func @checked(%a: tensor<3xf32>, %n: i64) -> tensor<3xf32> {
  %zero = arith.constant 0 : i64
  %neg = arith.cmpi slt, %n, %zero : i64
  scf.if %neg {
    %p = llvm.mlir.addressof @msg : !llvm.ptr
    func.call @tsc_rt_raise(%p) : (!llvm.ptr) -> ()
  }
  return %a : tensor<3xf32>
}
