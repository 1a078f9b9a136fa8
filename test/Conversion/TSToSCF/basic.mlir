// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --reconcile-unrealized-casts | FileCheck %s

// ts.loop becomes scf.while carrying (iteration, values); the condition
// checks the trip count and the loop's own condition.
// CHECK-LABEL: func.func @loop
// CHECK-SAME: (%[[N:.*]]: i64, %[[X:.*]]: tensor<2xf32>) -> tensor<2xf32>
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[TRUE:.*]] = arith.constant true
// CHECK: %[[W:.*]]:2 = scf.while (%[[I:.*]] = %[[ZERO]], %[[C:.*]] = %[[TRUE]], %[[V:.*]] = %[[X]]) : (i64, i1, tensor<2xf32>) -> (i64, tensor<2xf32>) {
// CHECK: %[[LT:.*]] = arith.cmpi slt, %[[I]], %[[N]] : i64
// CHECK: %[[GO:.*]] = arith.andi %[[LT]], %[[C]] : i1
// CHECK: scf.condition(%[[GO]]) %[[I]], %[[V]] : i64, tensor<2xf32>
// CHECK: } do {
// CHECK: ^bb0(%[[I2:.*]]: i64, %[[V2:.*]]: tensor<2xf32>):
// CHECK: %[[NEXT:.*]] = arith.addi %[[I2]], %{{.*}} : i64
// CHECK: scf.yield %[[NEXT]], %{{.*}}, %[[V2]] : i64, i1, tensor<2xf32>
// CHECK: return %[[W]]#1
func.func @loop(%n: !ts.int, %x: !ts.tensor<[2],f32>) -> !ts.tensor<[2],f32> {
  %t = ts.constant true : !ts.bool
  %r = ts.loop %n, %t (%i) iter_args(%v = %x : !ts.tensor<[2],f32>) -> (!ts.tensor<[2],f32>) {
    %five = ts.constant 5 : !ts.int
    %c = ts.aten.lt.int %i, %five : (!ts.int, !ts.int) -> !ts.bool
    ts.yield %c, %v : !ts.bool, !ts.tensor<[2],f32>
  }
  return %r : !ts.tensor<[2],f32>
}

// ts.if becomes scf.if; tensor_cast becomes tensor.cast; a fusion group is
// inlined.
// CHECK-LABEL: func.func @branch
// CHECK: %[[R:.*]] = scf.if %{{.*}} -> (tensor<?xf32>) {
// CHECK: %[[CAST:.*]] = tensor.cast %{{.*}} : tensor<3xf32> to tensor<?xf32>
// CHECK: scf.yield %[[CAST]] : tensor<?xf32>
// CHECK: } else {
// CHECK: scf.yield %{{.*}} : tensor<?xf32>
// CHECK-NOT: ts.fusion_group
func.func @branch(%b: !ts.bool, %x: !ts.tensor<[3],f32>, %y: !ts.tensor<[?],f32>) -> !ts.tensor<[?],f32> {
  %r = ts.if %b -> (!ts.tensor<[?],f32>) {
    %c = ts.tensor_cast %x : !ts.tensor<[3],f32> -> !ts.tensor<[?],f32>
    ts.yield %c : !ts.tensor<[?],f32>
  } else {
    %g = ts.fusion_group(%y) : (!ts.tensor<[?],f32>) -> !ts.tensor<[?],f32> {
    ^bb0(%a: !ts.tensor<[?],f32>):
      ts.yield %a : !ts.tensor<[?],f32>
    }
    ts.yield %g : !ts.tensor<[?],f32>
  }
  return %r : !ts.tensor<[?],f32>
}
