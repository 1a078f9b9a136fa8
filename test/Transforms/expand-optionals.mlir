// RUN: tsc-opt %s --split-input-file --ts-expand-optionals | FileCheck %s

// An Optional chosen at run time becomes a flag and a value: `is not None`
// reads the flag, the refinement reads the value, the if yields both.
// CHECK-LABEL: func.func @branch
// CHECK:       %[[R:.*]]:2 = ts.if %arg1 -> (!ts.bool, !ts.int) {
// CHECK:         %[[T:.*]] = ts.constant true : !ts.bool
// CHECK:         ts.yield %[[T]], %arg0 : !ts.bool, !ts.int
// CHECK:       } else {
// CHECK:         %[[F:.*]] = ts.constant false : !ts.bool
// CHECK:         %[[U:.*]] = ts.uninitialized : !ts.int
// CHECK:         ts.yield %[[F]], %[[U]] : !ts.bool, !ts.int
// CHECK:       %[[K:.*]] = ts.if %[[R]]#0 -> (!ts.int) {
// CHECK:         %[[S:.*]] = ts.aten.add.int %[[R]]#1, %arg0
// CHECK-NOT:   ts.optional
// CHECK-NOT:   ts.derefine
func.func @branch(%n: !ts.int, %c: !ts.bool) -> !ts.int {
  %none = ts.constant none : !ts.none
  %zero = ts.constant 0 : !ts.int
  %o = ts.if %c -> (!ts.optional<!ts.int>) {
    %d = ts.derefine %n : !ts.int -> !ts.optional<!ts.int>
    ts.yield %d : !ts.optional<!ts.int>
  } else {
    %d = ts.derefine %none : !ts.none -> !ts.optional<!ts.int>
    ts.yield %d : !ts.optional<!ts.int>
  }
  %isnot = ts.aten.__isnot__ %o, %none : (!ts.optional<!ts.int>, !ts.none) -> !ts.bool
  %k = ts.if %isnot -> (!ts.int) {
    %v = ts.unchecked_cast %o : !ts.optional<!ts.int> -> !ts.int
    %s = ts.aten.add.int %v, %n : (!ts.int, !ts.int) -> !ts.int
    ts.yield %s : !ts.int
  } else {
    ts.yield %zero : !ts.int
  }
  return %k : !ts.int
}

// -----

// A loop carries both; `is None` is the negated flag.
// CHECK-LABEL: func.func @loop
// CHECK:       %[[R:.*]]:2 = ts.loop %arg1, %{{.*}} (%{{.*}}) iter_args(%[[P:.*]] = %{{.*}} : !ts.bool, %[[V:.*]] = %{{.*}} : !ts.tensor<[?],f32>) -> (!ts.bool, !ts.tensor<[?],f32>) {
// CHECK:         %[[NOT:.*]] = ts.aten.__not__ %[[P]]
// CHECK:         ts.if %[[NOT]]
// CHECK:           ts.aten.add.Tensor %[[V]], %arg0
// CHECK:       ts.aten.__not__ %[[R]]#0
func.func @loop(%x: !ts.tensor<[?],f32>, %n: !ts.int) -> !ts.bool {
  %none = ts.constant none : !ts.none
  %true = ts.constant true : !ts.bool
  %one = ts.constant 1 : !ts.int
  %init = ts.derefine %none : !ts.none -> !ts.optional<!ts.tensor<[?],f32>>
  %r = ts.loop %n, %true (%i) iter_args(%b = %init : !ts.optional<!ts.tensor<[?],f32>>) -> (!ts.optional<!ts.tensor<[?],f32>>) {
    %is = ts.aten.__is__ %b, %none : (!ts.optional<!ts.tensor<[?],f32>>, !ts.none) -> !ts.bool
    %next = ts.if %is -> (!ts.tensor<[?],f32>) {
      ts.yield %x : !ts.tensor<[?],f32>
    } else {
      %v = ts.unchecked_cast %b : !ts.optional<!ts.tensor<[?],f32>> -> !ts.tensor<[?],f32>
      %s = ts.aten.add.Tensor %v, %x, %one : (!ts.tensor<[?],f32>, !ts.tensor<[?],f32>, !ts.int) -> !ts.tensor<[?],f32>
      ts.yield %s : !ts.tensor<[?],f32>
    }
    %d = ts.derefine %next : !ts.tensor<[?],f32> -> !ts.optional<!ts.tensor<[?],f32>>
    ts.yield %true, %d : !ts.bool, !ts.optional<!ts.tensor<[?],f32>>
  }
  %done = ts.aten.__is__ %r, %none : (!ts.optional<!ts.tensor<[?],f32>>, !ts.none) -> !ts.bool
  return %done : !ts.bool
}

// -----

// An Optional that leaves the function is left alone.
// CHECK-LABEL: func.func @escapes
// CHECK: ts.derefine
func.func @escapes(%n: !ts.int) -> !ts.optional<!ts.int> {
  %d = ts.derefine %n : !ts.int -> !ts.optional<!ts.int>
  return %d : !ts.optional<!ts.int>
}
