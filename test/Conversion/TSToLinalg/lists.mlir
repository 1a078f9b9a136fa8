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
// CHECK: %[[K:.*]] = arith.index_cast %[[IDX]] : i64 to index
// CHECK: %[[IS1:.*]] = arith.cmpi eq, %[[K]], %{{.*}} : index
// CHECK: %[[S1:.*]] = arith.select %[[IS1]], %{{.*}}, %[[A]] : i64
// CHECK: %[[IS2:.*]] = arith.cmpi eq, %[[K]], %{{.*}} : index
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

// A list built at run time is a tensor whose first dimension is its length:
// a loop carries it, appending copies it into one element more.
// CHECK-LABEL: func.func @appended_ints
// CHECK-SAME: (%[[N:.*]]: i64) -> i64
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<0xi64>
// CHECK: %[[INIT:.*]] = tensor.cast %[[EMPTY]] : tensor<0xi64> to tensor<?xi64>
// CHECK: scf.while ({{.*}}, %{{.*}} = %[[INIT]]) : (i64, tensor<?xi64>)
// CHECK: ^bb0(%{{.*}}: i64, %[[L:.*]]: tensor<?xi64>):
// CHECK:   %[[ONE:.*]] = tensor.from_elements %{{.*}} : tensor<1xi64>
// CHECK:   %[[SUM:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// CHECK:   %[[NEW:.*]] = tensor.empty(%[[SUM]]) : tensor<?xi64>
// CHECK:   %[[LEN:.*]] = tensor.dim %[[L]], %{{.*}} : tensor<?xi64>
// CHECK:   %[[PART:.*]] = tensor.insert_slice %[[L]] into %[[NEW]][0] [%[[LEN]]] [1]
// CHECK:   tensor.insert_slice %[[ONE]] into %[[PART]][%[[LEN]]] [1] [1]
// len, and indexing with a bounds check:
// CHECK: tensor.dim
// CHECK: arith.index_cast
// CHECK: call @tsc_rt_raise
// CHECK: tensor.extract
func.func @appended_ints(%n: !ts.int) -> !ts.int {
  %true = ts.constant true : !ts.bool
  %m1 = ts.constant -1 : !ts.int
  %l = ts.list_construct() : () -> !ts.list<!ts.int>
  %r = ts.loop %n, %true (%i) iter_args(%a = %l : !ts.list<!ts.int>) -> (!ts.list<!ts.int>) {
    %b = ts.list_append %a, %i : !ts.list<!ts.int>, !ts.int
    ts.yield %true, %b : !ts.bool, !ts.list<!ts.int>
  }
  %len = ts.aten.len.t %r : (!ts.list<!ts.int>) -> !ts.int
  %last = ts.aten.__getitem__.t %r, %m1 : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  %s = ts.aten.add.int %len, %last : (!ts.int, !ts.int) -> !ts.int
  return %s : !ts.int
}

// Tensors appended to a list are stacked; one of another shape raises.
// cat of the list along dim 1 moves the list's dimension next to it and
// collapses the two.
// CHECK-LABEL: func.func @appended_tensors
// CHECK: scf.while {{.*}} -> (i64, tensor<?x?x3xf32>)
// CHECK:   tensor.expand_shape %{{.*}} {{\[\[}}0, 1], [2]] output_shape [1, %{{.*}}, 3] : tensor<?x3xf32> into tensor<1x?x3xf32>
// CHECK:   arith.cmpi ne
// CHECK:   scf.if
// CHECK:     call @tsc_rt_raise
// CHECK: scf.if
// CHECK:   call @tsc_rt_raise
// CHECK: %[[T:.*]] = linalg.transpose ins(%{{.*}} : tensor<?x?x3xf32>) outs(%{{.*}} : tensor<?x?x3xf32>) permutation = [1, 0, 2]
// CHECK: tensor.collapse_shape %[[T]] {{\[\[}}0], [1, 2]] : tensor<?x?x3xf32> into tensor<?x?xf32>
func.func @appended_tensors(%x: !ts.tensor<[?,3],f32>, %n: !ts.int) -> !ts.tensor<[?,?],f32> {
  %true = ts.constant true : !ts.bool
  %one = ts.constant 1 : !ts.int
  %l = ts.list_construct() : () -> !ts.list<!ts.tensor<[?,3],f32>>
  %r = ts.loop %n, %true (%i) iter_args(%a = %l : !ts.list<!ts.tensor<[?,3],f32>>) -> (!ts.list<!ts.tensor<[?,3],f32>>) {
    %b = ts.list_append %a, %x : !ts.list<!ts.tensor<[?,3],f32>>, !ts.tensor<[?,3],f32>
    ts.yield %true, %b : !ts.bool, !ts.list<!ts.tensor<[?,3],f32>>
  }
  %c = ts.aten.cat %r, %one : (!ts.list<!ts.tensor<[?,3],f32>>, !ts.int) -> !ts.tensor<[?,?],f32>
  return %c : !ts.tensor<[?,?],f32>
}

// `in` and max() over a list: loops; max() of an empty list raises.
// CHECK-LABEL: func.func @contains_and_max
// CHECK: scf.for {{.*}} -> (i1)
// CHECK:   arith.cmpi eq, %{{.*}}, %{{.*}} : i64
// CHECK:   arith.ori
// CHECK: scf.if
// CHECK:   call @tsc_rt_raise
// CHECK: scf.for {{.*}} -> (i64)
// CHECK:   arith.maxsi
func.func @contains_and_max(%n: !ts.int, %k: !ts.int) -> (!ts.bool, !ts.int) {
  %true = ts.constant true : !ts.bool
  %l = ts.list_construct() : () -> !ts.list<!ts.int>
  %r = ts.loop %n, %true (%i) iter_args(%a = %l : !ts.list<!ts.int>) -> (!ts.list<!ts.int>) {
    %b = ts.list_append %a, %i : !ts.list<!ts.int>, !ts.int
    ts.yield %true, %b : !ts.bool, !ts.list<!ts.int>
  }
  %in = ts.aten.__contains__.int_list %r, %k : (!ts.list<!ts.int>, !ts.int) -> !ts.bool
  %m = ts.prim.max.self_int %r : (!ts.list<!ts.int>) -> !ts.int
  return %in, %m : !ts.bool, !ts.int
}

// insert clamps its index into [0, len] and concatenates the head, the
// element and the tail; pop checks its index and concatenates the head and
// the tail around the element it extracts.
// CHECK-LABEL: func.func @insert_pop
// CHECK: arith.maxsi
// CHECK: arith.minsi
// CHECK: tensor.extract_slice
// CHECK: tensor.extract_slice
// CHECK: tensor.from_elements
// CHECK: tensor.insert_slice
// CHECK: call @tsc_rt_raise
// CHECK: tensor.extract %{{.*}}[%{{.*}}] : tensor<?xi64>
func.func @insert_pop(%n: !ts.int, %k: !ts.int) -> (!ts.int, !ts.int) {
  %true = ts.constant true : !ts.bool
  %l = ts.list_construct() : () -> !ts.list<!ts.int>
  %r = ts.loop %n, %true (%i) iter_args(%a = %l : !ts.list<!ts.int>) -> (!ts.list<!ts.int>) {
    %b = ts.list_insert %a[%k], %i : !ts.list<!ts.int>, !ts.int
    ts.yield %true, %b : !ts.bool, !ts.list<!ts.int>
  }
  %rest, %v = ts.list_pop %r[%k] : !ts.list<!ts.int> -> !ts.int
  %len = ts.aten.len.t %rest : (!ts.list<!ts.int>) -> !ts.int
  return %v, %len : !ts.int, !ts.int
}
