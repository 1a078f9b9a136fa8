// RUN: tsc-opt %s --split-input-file --ts-list-value-semantics | FileCheck %s
// RUN: tsc-opt %s --split-input-file --ts-list-value-semantics --canonicalize | FileCheck %s --check-prefix=CANON

// Appends in a loop and in an if: the lists become carried values and if
// results; reads after them see the newest value. A list of tensors takes
// the type of the tensors appended to it.
// CHECK-LABEL: func.func @loop_and_if
// CHECK:         %[[L:.*]] = ts.list_construct() : () -> !ts.list<!ts.tensor<[?,3],f32>>
// CHECK:         %[[S:.*]] = ts.list_construct(%{{.*}}) : (!ts.int) -> !ts.list<!ts.int>
// CHECK:         %[[R:.*]]:2 = ts.loop %{{.*}}, %{{.*}} (%[[I:.*]]) iter_args(%[[LA:.*]] = %[[L]] : !ts.list<!ts.tensor<[?,3],f32>>, %[[SA:.*]] = %[[S]] : !ts.list<!ts.int>)
// CHECK:           %[[L2:.*]] = ts.list_append %[[LA]], %arg0
// CHECK:           %[[S2:.*]] = ts.if %arg2 -> (!ts.list<!ts.int>) {
// CHECK:             %[[S3:.*]] = ts.list_append %[[SA]], %[[I]] : !ts.list<!ts.int>, !ts.int
// CHECK:             ts.yield %[[S3]]
// CHECK:           } else {
// CHECK:             ts.yield %[[SA]]
// CHECK:           ts.yield %{{.*}}, %[[L2]], %[[S2]]
// CHECK:         ts.aten.len.t %[[R]]#1
// CHECK:         ts.aten.len.t %[[R]]#0
// CHECK-NOT:     ts.aten.append.t
func.func @loop_and_if(%x: !ts.tensor<[?,3],f32>, %n: !ts.int, %c: !ts.bool) -> !ts.int {
  %true = ts.constant true : !ts.bool
  %one = ts.constant 1 : !ts.int
  %l = ts.list_construct() : () -> !ts.list<!ts.tensor>
  %s = ts.list_construct(%one) : (!ts.int) -> !ts.list<!ts.int>
  ts.loop %n, %true (%i) {
    %a = ts.aten.append.t %l, %x : (!ts.list<!ts.tensor>, !ts.tensor<[?,3],f32>) -> !ts.list<!ts.tensor>
    ts.if %c {
      %b = ts.aten.append.t %s, %i : (!ts.list<!ts.int>, !ts.int) -> !ts.list<!ts.int>
      ts.yield
    } else {
      ts.yield
    }
    ts.yield %true : !ts.bool
  }
  %len = ts.aten.len.t %s : (!ts.list<!ts.int>) -> !ts.int
  %k = ts.aten.len.t %l : (!ts.list<!ts.tensor>) -> !ts.int
  %r = ts.aten.add.int %len, %k : (!ts.int, !ts.int) -> !ts.int
  return %r : !ts.int
}

// -----

// Straight-line appends: each read sees the list as it is at that point;
// canonicalization folds the appends into the construction.
// CHECK-LABEL: func.func @straight
// CHECK:         %[[L:.*]] = ts.list_construct(%arg0)
// CHECK:         %[[L1:.*]] = ts.list_append %[[L]], %arg1
// CHECK:         %[[N1:.*]] = ts.aten.len.t %[[L1]]
// CHECK:         %[[L2:.*]] = ts.list_append %[[L1]], %arg0
// CHECK:         %[[N2:.*]] = ts.aten.len.t %[[L2]]
// CANON-LABEL: func.func @straight
// CANON:         %[[A:.*]] = ts.constant 2 : !ts.int
// CANON:         %[[B:.*]] = ts.constant 3 : !ts.int
// CANON:         return %[[A]], %[[B]]
func.func @straight(%a: !ts.int, %b: !ts.int) -> (!ts.int, !ts.int) {
  %l = ts.list_construct(%a) : (!ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.append.t %l, %b : (!ts.list<!ts.int>, !ts.int) -> !ts.list<!ts.int>
  %n1 = ts.aten.len.t %l : (!ts.list<!ts.int>) -> !ts.int
  %1 = ts.aten.append.t %l, %a : (!ts.list<!ts.int>, !ts.int) -> !ts.list<!ts.int>
  %n2 = ts.aten.len.t %l : (!ts.list<!ts.int>) -> !ts.int
  return %n1, %n2 : !ts.int, !ts.int
}

// -----

// A list that escapes into a tuple keeps its in-place append.
// CHECK-LABEL: func.func @escapes
// CHECK:         ts.aten.append.t
// CHECK-NOT:     ts.list_append
func.func @escapes(%a: !ts.int) -> !ts.tuple<!ts.list<!ts.int>> {
  %l = ts.list_construct() : () -> !ts.list<!ts.int>
  %t = ts.tuple_construct(%l) : (!ts.list<!ts.int>) -> !ts.tuple<!ts.list<!ts.int>>
  %0 = ts.aten.append.t %l, %a : (!ts.list<!ts.int>, !ts.int) -> !ts.list<!ts.int>
  return %t : !ts.tuple<!ts.list<!ts.int>>
}

// -----

// extend, insert and pop become new values too; pop's element replaces
// the popped value.
// CHECK-LABEL: func.func @mutations
// CHECK:         %[[L:.*]] = ts.list_construct(%arg0)
// CHECK:         %[[E:.*]] = ts.aten.add.t %[[L]], %[[L]]
// CHECK:         %[[I:.*]] = ts.list_insert %[[E]][%arg1], %arg0
// CHECK:         %[[REST:.*]], %[[V:.*]] = ts.list_pop %[[I]][%arg1] : !ts.list<!ts.int> -> !ts.int
// CHECK:         %[[N:.*]] = ts.aten.len.t %[[REST]]
// CHECK:         return %[[V]], %[[N]]
func.func @mutations(%a: !ts.int, %k: !ts.int) -> (!ts.int, !ts.int) {
  %l = ts.list_construct(%a) : (!ts.int) -> !ts.list<!ts.int>
  ts.aten.extend.t %l, %l : (!ts.list<!ts.int>, !ts.list<!ts.int>) -> ()
  ts.aten.insert.t %l, %k, %a : (!ts.list<!ts.int>, !ts.int, !ts.int) -> ()
  %v = ts.aten.pop.t %l, %k : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  %n = ts.aten.len.t %l : (!ts.list<!ts.int>) -> !ts.int
  return %v, %n : !ts.int, !ts.int
}
