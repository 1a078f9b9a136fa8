// RUN: tsc-opt %s --ts-decompose | FileCheck %s

// layer_norm over the last two dims with weight and bias: checks that the
// input's last sizes are the normalized shape (as PyTorch raises), means
// with keepdim over [-2, -1], the biased variance, rsqrt, then the affine
// part.
// CHECK-LABEL: func.func @layer_norm
// CHECK-SAME: (%[[X:[^:]*]]: !ts.tensor<[2,3,4],f32>, %[[W:[^:]*]]: !ts.tensor<[3,4],f32>, %[[B:[^:]*]]: !ts.tensor<[3,4],f32>,
// CHECK-DAG: %[[M2:.*]] = ts.constant -2 : !ts.int
// CHECK-DAG: %[[M1:.*]] = ts.constant -1 : !ts.int
// CHECK-DAG: %[[MSG:.*]] = ts.constant "Given normalized_shape=[3, 4], expected input with shape [*, 3, 4]" : !ts.str
// CHECK: %[[DIMS:.*]] = ts.list_construct(%[[M2]], %[[M1]])
// CHECK: ts.if %{{.*}} {
// CHECK:   ts.raise "RuntimeError", %[[MSG]]
// CHECK: %[[MU:.*]] = ts.aten.mean.dim %[[X]], %[[DIMS]], %{{.*}}, %{{.*}} : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor
// CHECK: %[[D:.*]] = ts.aten.sub.Tensor %[[X]], %[[MU]]
// CHECK: %[[SQ:.*]] = ts.aten.mul.Tensor %[[D]], %[[D]]
// CHECK: %[[VAR:.*]] = ts.aten.mean.dim %[[SQ]], %[[DIMS]]
// CHECK: %[[EPS:.*]] = ts.aten.add.Scalar %[[VAR]], %arg3
// CHECK: %[[R:.*]] = ts.aten.rsqrt %[[EPS]]
// CHECK: %[[N:.*]] = ts.aten.mul.Tensor %[[D]], %[[R]]
// CHECK: %[[S:.*]] = ts.aten.mul.Tensor %[[N]], %[[W]]
// CHECK: %[[Y:.*]] = ts.aten.add.Tensor %[[S]], %[[B]]
// CHECK: ts.tensor_cast %[[Y]] : !ts.tensor -> !ts.tensor<[2,3,4],f32>
// CHECK-NOT: ts.aten.layer_norm
func.func @layer_norm(%x: !ts.tensor<[2,3,4],f32>, %w: !ts.tensor<[3,4],f32>, %b: !ts.tensor<[3,4],f32>, %eps: !ts.float) -> !ts.tensor<[2,3,4],f32> {
  %c3 = ts.constant 3 : !ts.int
  %c4 = ts.constant 4 : !ts.int
  %true = ts.constant true : !ts.bool
  %shape = ts.list_construct(%c3, %c4) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %wo = ts.derefine %w : !ts.tensor<[3,4],f32> -> !ts.optional<!ts.tensor>
  %bo = ts.derefine %b : !ts.tensor<[3,4],f32> -> !ts.optional<!ts.tensor>
  %r = ts.aten.layer_norm %x, %shape, %wo, %bo, %eps, %true : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>, !ts.optional<!ts.tensor>, !ts.optional<!ts.tensor>, !ts.float, !ts.bool) -> !ts.tensor<[2,3,4],f32>
  return %r : !ts.tensor<[2,3,4],f32>
}

// Without weight and bias: no affine part. A dynamic last size is checked
// at run time.
// CHECK-LABEL: func.func @no_affine
// CHECK: %[[S:.*]] = ts.aten.size.int %arg0, %{{.*}}
// CHECK: %[[NE:.*]] = ts.aten.ne.int %[[S]], %{{.*}}
// CHECK: ts.if %[[NE]] {
// CHECK:   ts.raise "RuntimeError"
// CHECK: ts.aten.rsqrt
// CHECK: %[[N:.*]] = ts.aten.mul.Tensor
// CHECK-NOT: ts.aten.mul.Tensor
// CHECK-NOT: ts.aten.add.Tensor
// CHECK: ts.tensor_cast %[[N]]
func.func @no_affine(%x: !ts.tensor<[2,?],f32>, %eps: !ts.float) -> !ts.tensor<[2,?],f32> {
  %c4 = ts.constant 4 : !ts.int
  %true = ts.constant true : !ts.bool
  %none = ts.constant none : !ts.none
  %shape = ts.list_construct(%c4) : (!ts.int) -> !ts.list<!ts.int>
  %r = ts.aten.layer_norm %x, %shape, %none, %none, %eps, %true : (!ts.tensor<[2,?],f32>, !ts.list<!ts.int>, !ts.none, !ts.none, !ts.float, !ts.bool) -> !ts.tensor<[2,?],f32>
  return %r : !ts.tensor<[2,?],f32>
}
