// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --canonicalize --ts-verify-lowered | FileCheck %s

// A list that is never mutated, indexed at run time: Python's negative
// indices, a bounds check, and a chain of selects; the list disappears.
// CHECK-LABEL: func.func @scalar_list
// CHECK-SAME: (%[[A:.*]]: i64, %[[I:.*]]: i64) -> i64
// CHECK-NOT: ts.
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i64
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[I]], %[[C0]] : i64
// CHECK: %[[WRAP:.*]] = arith.addi %[[I]], %[[C3]] : i64
// CHECK: %[[IDX:.*]] = arith.select %[[NEG]], %[[WRAP]], %[[I]] : i64
// CHECK: scf.if
// CHECK: call @tsc_rt_raise
// CHECK: %[[IS1:.*]] = arith.cmpi eq, %[[IDX]], %{{.*}} : i64
// CHECK: %[[S1:.*]] = arith.select %[[IS1]], %{{.*}}, %[[A]] : i64
// CHECK: %[[IS2:.*]] = arith.cmpi eq, %[[IDX]], %{{.*}} : i64
// CHECK: %[[S2:.*]] = arith.select %[[IS2]], %{{.*}}, %[[S1]] : i64
// CHECK: return %[[S2]]
func.func @scalar_list(%a: !ts.int, %i: !ts.int) -> !ts.int {
  %b = ts.constant 20 : !ts.int
  %c = ts.constant 30 : !ts.int
  %l = ts.list_construct(%a, %b, %c) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %r = ts.aten.__getitem__.t %l, %i : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  return %r : !ts.int
}

// Tensors of one converted type select as values.
// CHECK-LABEL: func.func @tensor_list
// CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : tensor<?xf32>
func.func @tensor_list(%x: !ts.tensor<[?],f32>, %y: !ts.tensor<[?],f32>, %i: !ts.int) -> !ts.tensor<[?],f32> {
  %l = ts.list_construct(%x, %y) : (!ts.tensor<[?],f32>, !ts.tensor<[?],f32>) -> !ts.list<!ts.tensor>
  %r = ts.aten.__getitem__.t %l, %i : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[?],f32>
  return %r : !ts.tensor<[?],f32>
}
