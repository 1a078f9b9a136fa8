// RUN: tsc-opt %s --tsc-reduction-loop-order | FileCheck %s

// A x B: blocked for the cache in tiles of 32 rows and 256 columns; inside
// a tile the loop over B's and C's columns goes innermost and the rows
// just outside it, (k, i, j), so that a row of B serves the 32 rows of
// the tile; multiply-adds may fuse.
// CHECK-DAG: #[[A:.*]] = affine_map<(d0, d1, d2) -> (d1, d0)>
// CHECK-DAG: #[[B:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-LABEL: func.func @matmul
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %c32
// CHECK:   scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %c256
// CHECK:     %[[AT:.*]] = tensor.extract_slice %arg0[%[[I]], 0]
// CHECK:     %[[BT:.*]] = tensor.extract_slice %arg1[0, %[[J]]]
// CHECK:     linalg.generic {indexing_maps = [#[[A]], #[[B]], #[[C]]], iterator_types = ["reduction", "parallel", "parallel"]} ins(%[[AT]], %[[BT]]
// CHECK:       arith.mulf %{{.*}}, %{{.*}} fastmath<contract> : f32
// CHECK:       arith.addf %{{.*}}, %{{.*}} fastmath<contract> : f32
// CHECK:     tensor.insert_slice
func.func @matmul(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// A x W^T (linear): both inputs are walked along k, so the dot product
// stays innermost, and its sum may be reassociated to vectorise; tiles of
// 32 rows of x, inside which each row of W serves all 32: (j, i, k).
// CHECK-LABEL: func.func @linear
// CHECK: scf.for %{{.*}} step %c32
// CHECK:   linalg.generic {indexing_maps = [#[[C]], #[[B]], #[[A]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK:     arith.addf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
func.func @linear(%x: tensor<?x?xf32>, %w: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = linalg.matmul indexing_maps = [#mk, #nk, #mn] ins(%x, %w : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// Too few rows to block: only the loop order changes, (i, k, j).
// CHECK-LABEL: func.func @small
// CHECK-NOT: scf.for
// CHECK: iterator_types = ["parallel", "reduction", "parallel"]
func.func @small(%a: tensor<8x64xf32>, %b: tensor<64x64xf32>, %c: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<8x64xf32>, tensor<64x64xf32>) outs(%c : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %r : tensor<8x64xf32>
}

// Elementwise ops are not contractions: untouched.
// CHECK-LABEL: func.func @add
// CHECK: linalg.add
func.func @add(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.add ins(%a, %b : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// A sum over the last dimension keeps the reduction innermost, reassociable;
// a sum over the first puts the parallel loop innermost (whole rows are
// added into the accumulator row).
// CHECK-LABEL: func.func @sums
// CHECK: iterator_types = ["parallel", "reduction"]
// CHECK:   arith.addf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: iterator_types = ["reduction", "parallel"]
// CHECK:   arith.addf %{{.*}}, %{{.*}} fastmath<contract> : f32
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
#col = affine_map<(i, j) -> (j)>
#ji = affine_map<(j, i) -> (i, j)>
#j = affine_map<(j, i) -> (j)>
func.func @sums(%x: tensor<?x?xf32>, %r: tensor<?xf32>, %c: tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>) {
  %0 = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<?x?xf32>) outs(%r : tensor<?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  } -> tensor<?xf32>
  %1 = linalg.generic {indexing_maps = [#ji, #j], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<?x?xf32>) outs(%c : tensor<?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  } -> tensor<?xf32>
  return %0, %1 : tensor<?xf32>, tensor<?xf32>
}
