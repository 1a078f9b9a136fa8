// Every element type the ABI carries, 0-d tensors, several results, and a
// result returned twice (two tensors sharing one buffer must both be valid
// and freed once).
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %tsc-translate --mlir-to-shared %s -o %t/dt.so
// RUN: %python %inputs/check.py gen %t h=float16[7] d=float64[2x2] i=int32[5] l=int64[5] b=int8[4] w=int16[4] z=float32[]
// RUN: %tsc-run %t/dt.so --entry f16 %t/h.npy -o %t/o1
// RUN: %python %inputs/check.py cmp %t/o1/out0.npy 'x0 * x0 + np.float16(1)' %t/h.npy
// RUN: %python %inputs/check.py cmp %t/o1/out1.npy 'x0 > 0' %t/h.npy
// RUN: %tsc-run %t/dt.so --entry ints %t/i.npy %t/l.npy %t/b.npy %t/w.npy -o %t/o2
// RUN: %python %inputs/check.py cmp %t/o2/out0.npy 'x0 + x0' %t/i.npy
// RUN: %python %inputs/check.py cmp %t/o2/out1.npy 'x0 * x0' %t/l.npy
// RUN: %python %inputs/check.py cmp %t/o2/out2.npy '-x0' %t/b.npy
// RUN: %python %inputs/check.py cmp %t/o2/out3.npy 'x0 - np.int16(1)' %t/w.npy
// RUN: %tsc-run %t/dt.so --entry twice %t/d.npy -o %t/o3
// RUN: %python %inputs/check.py cmp %t/o3/out0.npy 'np.exp(x0)' %t/d.npy
// RUN: %python %inputs/check.py cmp %t/o3/out1.npy 'np.exp(x0)' %t/d.npy
// RUN: %tsc-run %t/dt.so --entry zerod %t/z.npy b:true -o %t/o4
// RUN: %python %inputs/check.py cmp %t/o4/out0.npy 'x0 * np.float32(3)' %t/z.npy
// RUN: %python %inputs/check.py cmp %t/o4/out1.npy 'np.bool_(False)' %t/z.npy

#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map0 = affine_map<() -> ()>

func.func @f16(%a: tensor<7xf16>) -> (tensor<7xf16>, tensor<7xi1>) {
  %one = arith.constant 1.0 : f16
  %zero = arith.constant 0.0 : f16
  %e = tensor.empty() : tensor<7xf16>
  %eb = tensor.empty() : tensor<7xi1>
  %r:2 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel"]}
      ins(%a : tensor<7xf16>) outs(%e, %eb : tensor<7xf16>, tensor<7xi1>) {
  ^bb0(%x: f16, %o: f16, %ob: i1):
    %m = arith.mulf %x, %x : f16
    %s = arith.addf %m, %one : f16
    %c = arith.cmpf ogt, %x, %zero : f16
    linalg.yield %s, %c : f16, i1
  } -> (tensor<7xf16>, tensor<7xi1>)
  return %r#0, %r#1 : tensor<7xf16>, tensor<7xi1>
}

func.func @ints(%a: tensor<?xi32>, %b: tensor<?xi64>, %c: tensor<4xi8>, %d: tensor<4xi16>)
    -> (tensor<?xi32>, tensor<?xi64>, tensor<4xi8>, tensor<4xi16>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %a, %c0 : tensor<?xi32>
  %m = tensor.dim %b, %c0 : tensor<?xi64>
  %ea = tensor.empty(%n) : tensor<?xi32>
  %eb = tensor.empty(%m) : tensor<?xi64>
  %ec = tensor.empty() : tensor<4xi8>
  %ed = tensor.empty() : tensor<4xi16>
  %ra = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]}
      ins(%a : tensor<?xi32>) outs(%ea : tensor<?xi32>) {
  ^bb0(%x: i32, %o: i32):
    %s = arith.addi %x, %x : i32
    linalg.yield %s : i32
  } -> tensor<?xi32>
  %rb = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]}
      ins(%b : tensor<?xi64>) outs(%eb : tensor<?xi64>) {
  ^bb0(%x: i64, %o: i64):
    %s = arith.muli %x, %x : i64
    linalg.yield %s : i64
  } -> tensor<?xi64>
  %rc = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]}
      ins(%c : tensor<4xi8>) outs(%ec : tensor<4xi8>) {
  ^bb0(%x: i8, %o: i8):
    %z = arith.constant 0 : i8
    %s = arith.subi %z, %x : i8
    linalg.yield %s : i8
  } -> tensor<4xi8>
  %rd = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]}
      ins(%d : tensor<4xi16>) outs(%ed : tensor<4xi16>) {
  ^bb0(%x: i16, %o: i16):
    %one = arith.constant 1 : i16
    %s = arith.subi %x, %one : i16
    linalg.yield %s : i16
  } -> tensor<4xi16>
  return %ra, %rb, %rc, %rd : tensor<?xi32>, tensor<?xi64>, tensor<4xi8>, tensor<4xi16>
}

func.func @twice(%a: tensor<?x?xf64>) -> (tensor<?x?xf64>, tensor<?x?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %a, %c0 : tensor<?x?xf64>
  %d1 = tensor.dim %a, %c1 : tensor<?x?xf64>
  %e = tensor.empty(%d0, %d1) : tensor<?x?xf64>
  %r = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<?x?xf64>) outs(%e : tensor<?x?xf64>) {
  ^bb0(%x: f64, %o: f64):
    %t = math.exp %x : f64
    linalg.yield %t : f64
  } -> tensor<?x?xf64>
  return %r, %r : tensor<?x?xf64>, tensor<?x?xf64>
}

func.func @zerod(%a: tensor<f32>, %flag: i1) -> (tensor<f32>, i1) {
  %three = arith.constant 3.0 : f32
  %e = tensor.empty() : tensor<f32>
  %r = linalg.generic {indexing_maps = [#map0, #map0], iterator_types = []}
      ins(%a : tensor<f32>) outs(%e : tensor<f32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.mulf %x, %three : f32
    linalg.yield %m : f32
  } -> tensor<f32>
  %true = arith.constant true
  %not = arith.xori %flag, %true : i1
  return %r, %not : tensor<f32>, i1
}
