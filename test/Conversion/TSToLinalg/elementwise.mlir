// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --canonicalize --ts-verify-lowered | FileCheck %s

// Broadcasting: the 1-D operand maps to the last dimension; alpha is a
// captured scalar. The dynamic sizes of the two operands must agree unless
// one is 1 (checked at run time); the result's is the other one, and an
// operand whose size is 1 where the result's is not is broadcast by
// materializing it (in an scf.if that folds away where the sizes are
// provably the same value).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[LAST:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[BCAST:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @add_broadcast
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>, %[[Y:.*]]: tensor<?xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<2x?xf32>
// CHECK: %[[DY:.*]] = tensor.dim %[[Y]], %{{.*}} : tensor<?xf32>
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[DY]], %[[D]] : index
// CHECK: %[[DYONE:.*]] = arith.cmpi eq, %[[DY]], %{{.*}} : index
// CHECK: %[[DONE:.*]] = arith.cmpi eq, %[[D]], %{{.*}} : index
// CHECK: %[[BAD:.*]] = arith.andi %[[NE]], %{{.*}} : i1
// CHECK: scf.if %[[BAD]]
// CHECK: call @tsc_rt_raise
// CHECK: %[[SIZE:.*]] = arith.select %[[DONE]], %[[DY]], %[[D]] : index
// CHECK: %[[XNEEDS:.*]] = arith.cmpi ne, %[[D]], %[[SIZE]] : index
// CHECK: %[[XB:.*]] = scf.if %[[XNEEDS]] -> (tensor<2x?xf32>) {
// CHECK:   linalg.index 1
// CHECK:   arith.select
// CHECK:   tensor.extract %[[X]]
// CHECK: } else {
// CHECK:   scf.yield %[[X]]
// CHECK: %[[YB:.*]] = scf.if %{{.*}} -> (tensor<?xf32>) {
// CHECK: %[[E:.*]] = tensor.empty(%[[SIZE]]) : tensor<2x?xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[LAST]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[XB]], %[[YB]] : tensor<2x?xf32>, tensor<?xf32>) outs(%[[E]] : tensor<2x?xf32>)
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[M:.*]] = arith.mulf %[[B]], %{{.*}} : f32
// CHECK: %[[S:.*]] = arith.addf %[[A]], %[[M]] : f32
// CHECK: linalg.yield %[[S]] : f32
func.func @add_broadcast(%x: !ts.tensor<[2,?],f32>, %y: !ts.tensor<[?],f32>) -> !ts.tensor<[2,?],f32> {
  %two = ts.constant 2 : !ts.int
  %r = ts.aten.add.Tensor %x, %y, %two : (!ts.tensor<[2,?],f32>, !ts.tensor<[?],f32>, !ts.int) -> !ts.tensor<[2,?],f32>
  return %r : !ts.tensor<[2,?],f32>
}

// A static size-1 dimension broadcasts with a constant index.
// CHECK-LABEL: func.func @mul_static_broadcast
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[BCAST]], #[[ID]]]
// CHECK: arith.mulf
func.func @mul_static_broadcast(%x: !ts.tensor<[3,4],f32>, %y: !ts.tensor<[1,4],f32>) -> !ts.tensor<[3,4],f32> {
  %r = ts.aten.mul.Tensor %x, %y : (!ts.tensor<[3,4],f32>, !ts.tensor<[1,4],f32>) -> !ts.tensor<[3,4],f32>
  return %r : !ts.tensor<[3,4],f32>
}

// Type promotion: an int tensor compared with a float scalar compares in
// f32 (`float(x) < 2.5`, which arith's canonicalizer turns into the exact
// `x <= 2`); true division of ints computes in the float result type.
// CHECK-LABEL: func.func @promotion
// CHECK: %[[TWO:.*]] = arith.constant 2 : i64
// CHECK: ^bb0(%[[I:.*]]: i64, %{{.*}}: i1):
// CHECK-NEXT: arith.cmpi sle, %[[I]], %[[TWO]] : i64
// CHECK: ^bb0(%[[J:.*]]: i64, %[[K:.*]]: i64, %{{.*}}: f32):
// CHECK-DAG: arith.sitofp %[[J]] : i64 to f32
// CHECK-DAG: arith.sitofp %[[K]] : i64 to f32
// CHECK: arith.divf
func.func @promotion(%x: !ts.tensor<[4],i64>) -> (!ts.tensor<[4],i1>, !ts.tensor<[4],f32>) {
  %h = ts.constant 2.5 : !ts.float
  %c = ts.aten.lt.Scalar %x, %h : (!ts.tensor<[4],i64>, !ts.float) -> !ts.tensor<[4],i1>
  %d = ts.aten.div.Tensor %x, %x : (!ts.tensor<[4],i64>, !ts.tensor<[4],i64>) -> !ts.tensor<[4],f32>
  return %c, %d : !ts.tensor<[4],i1>, !ts.tensor<[4],f32>
}

// Activations: sigmoid as 1/(1+exp(-x)), gelu with erf, where on a bool
// condition.
// CHECK-LABEL: func.func @activations
// CHECK: arith.negf
// CHECK: math.exp
// CHECK: arith.divf
// CHECK: math.erf
// CHECK: arith.select
func.func @activations(%x: !ts.tensor<[4],f32>, %m: !ts.tensor<[4],i1>) -> (!ts.tensor<[4],f32>, !ts.tensor<[4],f32>, !ts.tensor<[4],f32>) {
  %s = ts.aten.sigmoid %x : (!ts.tensor<[4],f32>) -> !ts.tensor<[4],f32>
  %none = ts.constant "none" : !ts.str
  %g = ts.aten.gelu %x, %none : (!ts.tensor<[4],f32>, !ts.str) -> !ts.tensor<[4],f32>
  %w = ts.aten.where.self %m, %s, %g : (!ts.tensor<[4],i1>, !ts.tensor<[4],f32>, !ts.tensor<[4],f32>) -> !ts.tensor<[4],f32>
  return %s, %g, %w : !ts.tensor<[4],f32>, !ts.tensor<[4],f32>, !ts.tensor<[4],f32>
}


// uint8 compares and takes maxima unsigned (its storage is signless i8).
// CHECK-LABEL: func.func @uint8
// CHECK: arith.cmpi ult
// CHECK: arith.maxui
func.func @uint8(%x: !ts.tensor<[4],ui8>, %y: !ts.tensor<[4],ui8>) -> (!ts.tensor<[4],i1>, !ts.tensor<[4],ui8>) {
  %c = ts.aten.lt.Tensor %x, %y : (!ts.tensor<[4],ui8>, !ts.tensor<[4],ui8>) -> !ts.tensor<[4],i1>
  %m = ts.aten.maximum %x, %y : (!ts.tensor<[4],ui8>, !ts.tensor<[4],ui8>) -> !ts.tensor<[4],ui8>
  return %c, %m : !ts.tensor<[4],i1>, !ts.tensor<[4],ui8>
}
