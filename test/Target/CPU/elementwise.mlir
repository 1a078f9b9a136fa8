// An elementwise add + tanh of two dynamic-batch tensors, compiled to a
// shared library and run on NumPy inputs of two batch sizes.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %tsc-translate --mlir-to-shared %s -o %t/ew.so --emit-header %t/ew.h
// RUN: %python %inputs/check.py gen %t a=float32[5x4] b=float32[5x4] c=float32[1x4] d=float32[1x4]
// RUN: %tsc-run %t/ew.so --entry add_tanh %t/a.npy %t/b.npy -o %t/o1
// RUN: %python %inputs/check.py cmp %t/o1/out0.npy 'np.tanh(x0 + x1)' %t/a.npy %t/b.npy
// RUN: %tsc-run %t/ew.so --entry add_tanh %t/c.npy %t/d.npy -o %t/o2
// RUN: %python %inputs/check.py cmp %t/o2/out0.npy 'np.tanh(x0 + x1)' %t/c.npy %t/d.npy
// Two ops fused into one loop nest still compute exp(x) * 2 - x.
// RUN: %tsc-run %t/ew.so --entry chain %t/a.npy -o %t/o3
// RUN: %python %inputs/check.py cmp %t/o3/out0.npy 'np.exp(x0) * 2 - x0' %t/a.npy
// RUN: FileCheck %s --check-prefix=HEADER < %t/ew.h
// RUN: %tsc-run %t/ew.so --info | FileCheck %s --check-prefix=INFO
// RUN: %tsc-run %t/ew.so --entry add_tanh %t/a.npy %t/b.npy --bench 5 | FileCheck %s --check-prefix=BENCH
// Every optimization level gives the same numbers.
// RUN: %tsc-translate --mlir-to-shared %s -o %t/ew0.so -O0
// RUN: %tsc-run %t/ew0.so --entry add_tanh %t/a.npy %t/b.npy -o %t/o4
// RUN: %python %inputs/check.py cmp %t/o4/out0.npy 'np.tanh(x0 + x1)' %t/a.npy %t/b.npy
// RUN: %tsc-translate --mlir-to-shared %s -o %t/ew3.so -O3
// RUN: %tsc-run %t/ew3.so --entry add_tanh %t/a.npy %t/b.npy -o %t/o5
// RUN: %python %inputs/check.py cmp %t/o5/out0.npy 'np.tanh(x0 + x1)' %t/a.npy %t/b.npy

// BENCH: add_tanh: 5 runs: median {{[0-9.]+}} ms, min {{[0-9.]+}} ms, max {{[0-9.]+}} ms

// HEADER: int ew_create(ew_model **model);
// HEADER: void ew_destroy(ew_model *model);
// HEADER: const char *ew_last_error(void);
// HEADER: inputs[0]  x: float32[?, 4]
// HEADER: inputs[1]  y: float32[?, 4]
// HEADER: outputs[0] sum: float32[?, 4]
// HEADER: int ew_add_tanh(ew_model *model, const DLTensor *inputs, int64_t num_inputs,

// INFO: model ew
// INFO-NEXT: entry add_tanh
// INFO-NEXT:   input x: float32[?, 4]
// INFO-NEXT:   input y: float32[?, 4]
// INFO-NEXT:   output sum: float32[?, 4]
// INFO-NEXT: entry chain

#map = affine_map<(d0, d1) -> (d0, d1)>
func.func @add_tanh(%a: tensor<?x4xf32> {tsc.name = "x"},
                    %b: tensor<?x4xf32> {tsc.name = "y"})
    -> (tensor<?x4xf32> {tsc.name = "sum"}) {
  %c0 = arith.constant 0 : index
  %d0 = tensor.dim %a, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%d0) : tensor<?x4xf32>
  %r = linalg.generic {indexing_maps = [#map, #map, #map],
                       iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : tensor<?x4xf32>, tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    %t = math.tanh %s : f32
    linalg.yield %t : f32
  } -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

func.func @chain(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %two = arith.constant 2.0 : f32
  %d0 = tensor.dim %a, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%d0) : tensor<?x4xf32>
  %x = linalg.generic {indexing_maps = [#map, #map],
                       iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%v: f32, %o: f32):
    %t = math.exp %v : f32
    %m = arith.mulf %t, %two : f32
    linalg.yield %m : f32
  } -> tensor<?x4xf32>
  %e2 = tensor.empty(%d0) : tensor<?x4xf32>
  %y = linalg.generic {indexing_maps = [#map, #map, #map],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x, %a : tensor<?x4xf32>, tensor<?x4xf32>) outs(%e2 : tensor<?x4xf32>) {
  ^bb0(%v: f32, %w: f32, %o: f32):
    %s = arith.subf %v, %w : f32
    linalg.yield %s : f32
  } -> tensor<?x4xf32>
  return %y : tensor<?x4xf32>
}
