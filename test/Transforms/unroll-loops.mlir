// RUN: tsc-opt %s --ts-unroll-loops --canonicalize | FileCheck %s
// RUN: tsc-opt %s --ts-unroll-loops=max-trip-count=2 | FileCheck %s --check-prefix=LIMIT

// A for-loop over a list literal unrolls, and the constant indices fold the
// list away.
// CHECK-LABEL: func.func @sum_list
// CHECK-SAME: (%[[A:.*]]: !ts.int, %[[B:.*]]: !ts.int)
// CHECK-NOT: ts.loop
// CHECK-NOT: ts.list_construct
// CHECK: %[[S1:.*]] = ts.aten.add.int %{{.*}}, %[[A]]
// CHECK: %[[S2:.*]] = ts.aten.add.int %[[S1]], %[[B]]
// CHECK: %[[S3:.*]] = ts.aten.add.int %[[S2]], %[[A]]
// CHECK: return %[[S3]]
// LIMIT-LABEL: func.func @sum_list
// LIMIT: ts.loop
func.func @sum_list(%a: !ts.int, %b: !ts.int) -> !ts.int {
  %l = ts.list_construct(%a, %b, %a) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %n = ts.constant 3 : !ts.int
  %t = ts.constant true : !ts.bool
  %zero = ts.constant 0 : !ts.int
  %r = ts.loop %n, %t (%i) iter_args(%acc = %zero : !ts.int) -> (!ts.int) {
    %v = ts.aten.__getitem__.t %l, %i : (!ts.list<!ts.int>, !ts.int) -> !ts.int
    %s = ts.aten.add.int %acc, %v : (!ts.int, !ts.int) -> !ts.int
    ts.yield %t, %s : !ts.bool, !ts.int
  }
  return %r : !ts.int
}

// A loop that may stop early (while, break) or has a run-time trip count
// stays.
// CHECK-LABEL: func.func @dynamic
// CHECK: ts.loop
func.func @dynamic(%n: !ts.int) -> !ts.int {
  %t = ts.constant true : !ts.bool
  %zero = ts.constant 0 : !ts.int
  %r = ts.loop %n, %t (%i) iter_args(%acc = %zero : !ts.int) -> (!ts.int) {
    %s = ts.aten.add.int %acc, %i : (!ts.int, !ts.int) -> !ts.int
    ts.yield %t, %s : !ts.bool, !ts.int
  }
  return %r : !ts.int
}

// CHECK-LABEL: func.func @early_exit
// CHECK: ts.loop
func.func @early_exit() -> !ts.int {
  %n = ts.constant 4 : !ts.int
  %t = ts.constant true : !ts.bool
  %zero = ts.constant 0 : !ts.int
  %two = ts.constant 2 : !ts.int
  %r = ts.loop %n, %t (%i) iter_args(%acc = %zero : !ts.int) -> (!ts.int) {
    %c = ts.aten.lt.int %i, %two : (!ts.int, !ts.int) -> !ts.bool
    ts.yield %c, %i : !ts.bool, !ts.int
  }
  return %r : !ts.int
}
