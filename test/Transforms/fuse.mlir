// RUN: tsc-opt %s --ts-fuse | FileCheck %s

// A chain of elementwise ops, with a second input branch, is one group; the
// scalar constants move into it.
// CHECK-LABEL: func.func @chain
// CHECK-SAME: (%[[X:.*]]: !ts.tensor<[?,4],f32>)
// CHECK-NOT: ts.constant
// CHECK: %[[G:.*]] = ts.fusion_group(%[[X]]) : (!ts.tensor<[?,4],f32>) -> !ts.tensor<[?,4],f32> {
// CHECK-NEXT: ^bb0(%[[A:.*]]: !ts.tensor<[?,4],f32>):
// CHECK-DAG: %[[TWO:.*]] = ts.constant 2.0{{.*}} : !ts.float
// CHECK-DAG: %[[ONE:.*]] = ts.constant 1 : !ts.int
// CHECK: %[[M:.*]] = ts.aten.mul.Scalar %[[A]], %[[TWO]]
// CHECK: %[[ADD:.*]] = ts.aten.add.Scalar %[[M]]
// CHECK: %[[T:.*]] = ts.aten.tanh %[[ADD]]
// CHECK: %[[S:.*]] = ts.aten.sigmoid %[[A]]
// CHECK: %[[R:.*]] = ts.aten.mul.Tensor %[[T]], %[[S]]
// CHECK: ts.yield %[[R]] : !ts.tensor<[?,4],f32>
// CHECK: return %[[G]]
func.func @chain(%x: !ts.tensor<[?,4],f32>) -> !ts.tensor<[?,4],f32> {
  %two = ts.constant 2.0 : !ts.float
  %one = ts.constant 1 : !ts.int
  %m = ts.aten.mul.Scalar %x, %two : (!ts.tensor<[?,4],f32>, !ts.float) -> !ts.tensor<[?,4],f32>
  %a = ts.aten.add.Scalar %m, %one, %one : (!ts.tensor<[?,4],f32>, !ts.int, !ts.int) -> !ts.tensor<[?,4],f32>
  %t = ts.aten.tanh %a : (!ts.tensor<[?,4],f32>) -> !ts.tensor<[?,4],f32>
  %s = ts.aten.sigmoid %x : (!ts.tensor<[?,4],f32>) -> !ts.tensor<[?,4],f32>
  %r = ts.aten.mul.Tensor %t, %s : (!ts.tensor<[?,4],f32>, !ts.tensor<[?,4],f32>) -> !ts.tensor<[?,4],f32>
  return %r : !ts.tensor<[?,4],f32>
}

// A reduction ends the group: the op after it starts a new one, and a value
// used outside the group becomes one of its results.
// CHECK-LABEL: func.func @reduction
// CHECK: %[[G:.*]]:2 = ts.fusion_group(%{{.*}}) : (!ts.tensor<[8],f32>) -> (!ts.tensor<[8],f32>, !ts.tensor<[],f32>)
// CHECK: ts.aten.exp
// CHECK: ts.aten.sum
// CHECK: ts.yield
// CHECK-NOT: ts.fusion_group
// CHECK: %[[N:.*]] = ts.aten.neg %[[G]]#1
// CHECK: return %[[G]]#0, %[[N]]
func.func @reduction(%x: !ts.tensor<[8],f32>) -> (!ts.tensor<[8],f32>, !ts.tensor<[],f32>) {
  %none = ts.constant none : !ts.none
  %e = ts.aten.exp %x : (!ts.tensor<[8],f32>) -> !ts.tensor<[8],f32>
  %s = ts.aten.sum %e, %none : (!ts.tensor<[8],f32>, !ts.none) -> !ts.tensor<[],f32>
  %n = ts.aten.neg %s : (!ts.tensor<[],f32>) -> !ts.tensor<[],f32>
  return %e, %n : !ts.tensor<[8],f32>, !ts.tensor<[],f32>
}

// A single op and non-fusible ops (matmul) form no group; an op between two
// elementwise ops that uses the first keeps them apart.
// CHECK-LABEL: func.func @no_group
// CHECK-NOT: ts.fusion_group
// CHECK: ts.aten.relu
// CHECK: ts.aten.mm
// CHECK: ts.aten.relu
// CHECK: return
func.func @no_group(%x: !ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32> {
  %a = ts.aten.relu %x : (!ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32>
  %m = ts.aten.mm %a, %a : (!ts.tensor<[4,4],f32>, !ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32>
  %b = ts.aten.relu %m : (!ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32>
  return %b : !ts.tensor<[4,4],f32>
}

// The matmul uses the first relu between it and the sigmoid: the relu cannot
// move down into a group with them, so it stays alone.
// CHECK-LABEL: func.func @interleaved_use
// CHECK: %[[A:.*]] = ts.aten.relu
// CHECK: %[[M:.*]] = ts.aten.mm %[[A]]
// CHECK: ts.fusion_group(%[[A]], %[[M]])
// CHECK-NEXT: ^bb0
// CHECK-NEXT: ts.aten.sigmoid
// CHECK-NEXT: ts.aten.mul.Tensor
// CHECK-NEXT: ts.yield
func.func @interleaved_use(%x: !ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32> {
  %a = ts.aten.relu %x : (!ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32>
  %m = ts.aten.mm %a, %x : (!ts.tensor<[4,4],f32>, !ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32>
  %b = ts.aten.sigmoid %a : (!ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32>
  %c = ts.aten.mul.Tensor %b, %m : (!ts.tensor<[4,4],f32>, !ts.tensor<[4,4],f32>) -> !ts.tensor<[4,4],f32>
  return %c : !ts.tensor<[4,4],f32>
}

// `d = x - mu` reads only inputs and feeds both a reduction and a later
// elementwise op: it is recomputed in each group instead of being written
// out by the first and read back by the second (the first group's only
// output is its reduction).
// CHECK-LABEL: func.func @recompute
// CHECK-SAME: (%[[X:[^:]*]]: !ts.tensor<[8,4],f32>, %[[MU:[^:]*]]: !ts.tensor<[8,1],f32>
// CHECK: %[[V:.*]] = ts.fusion_group(%[[X]], %[[MU]], %{{.*}}) : ({{.*}}) -> !ts.tensor<[8,1],f32> {
// CHECK:   ts.aten.sub.Tensor
// CHECK:   ts.aten.mul.Tensor
// CHECK:   ts.aten.sum.dim_IntList
// CHECK: %[[Y:.*]] = ts.fusion_group(%[[X]], %[[MU]], %[[V]]) : ({{.*}}) -> !ts.tensor<[8,4],f32> {
// CHECK:   %[[D:.*]] = ts.aten.sub.Tensor
// CHECK:   ts.aten.mul.Tensor %[[D]]
// CHECK: return %[[Y]]
func.func @recompute(%x: !ts.tensor<[8,4],f32>, %mu: !ts.tensor<[8,1],f32>) -> !ts.tensor<[8,4],f32> {
  %one = ts.constant 1 : !ts.int
  %true = ts.constant true : !ts.bool
  %none = ts.constant none : !ts.none
  %m1 = ts.constant -1 : !ts.int
  %dims = ts.list_construct(%m1) : (!ts.int) -> !ts.list<!ts.int>
  %d = ts.aten.sub.Tensor %x, %mu, %one : (!ts.tensor<[8,4],f32>, !ts.tensor<[8,1],f32>, !ts.int) -> !ts.tensor<[8,4],f32>
  %sq = ts.aten.mul.Tensor %d, %d : (!ts.tensor<[8,4],f32>, !ts.tensor<[8,4],f32>) -> !ts.tensor<[8,4],f32>
  %v = ts.aten.sum.dim_IntList %sq, %dims, %true, %none : (!ts.tensor<[8,4],f32>, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor<[8,1],f32>
  %y = ts.aten.mul.Tensor %d, %v : (!ts.tensor<[8,4],f32>, !ts.tensor<[8,1],f32>) -> !ts.tensor<[8,4],f32>
  return %y : !ts.tensor<[8,4],f32>
}
