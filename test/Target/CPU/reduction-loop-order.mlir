// RUN: tsc-opt %s --tsc-reduction-loop-order | FileCheck %s

// A x B: the loop over B's and C's columns goes innermost, (i, k, j), so
// that a row of C is updated from a row of B; multiply-adds may fuse.
// CHECK-DAG: #[[A:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[B:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @matmul
// CHECK: linalg.generic {indexing_maps = [#[[A]], #[[B]], #[[C]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK:   arith.mulf %{{.*}}, %{{.*}} fastmath<contract> : f32
// CHECK:   arith.addf %{{.*}}, %{{.*}} fastmath<contract> : f32
func.func @matmul(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// A x W^T (linear): both inputs are walked along k, so the dot product
// stays innermost, and its sum may be reassociated to vectorise.
// CHECK-LABEL: func.func @linear
// CHECK: iterator_types = ["parallel", "parallel", "reduction"]
// CHECK:   arith.addf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
func.func @linear(%x: tensor<?x?xf32>, %w: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = linalg.matmul indexing_maps = [#mk, #nk, #mn] ins(%x, %w : tensor<?x?xf32>, tensor<?x?xf32>) outs(%c : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
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
