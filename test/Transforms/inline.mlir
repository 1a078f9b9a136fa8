// RUN: tsc-opt %s --inline --symbol-dce | FileCheck %s

// Calls between TorchScript functions inline, regions included, and the
// callee disappears once unused (what `--emit=graph` shows).
// CHECK-LABEL: func.func @caller
// CHECK-SAME: (%[[X:.*]]: !ts.tensor, %[[N:.*]]: !ts.int)
// CHECK-NOT: call
// CHECK: %[[C:.*]] = ts.aten.gt.int %[[N]]
// CHECK: %[[R:.*]] = ts.if %[[C]] -> (!ts.tensor) {
// CHECK: ts.aten.relu %[[X]]
// CHECK: } else {
// CHECK: ts.aten.neg %[[X]]
// CHECK: return %[[R]]
// CHECK-NOT: func.func private @callee
func.func @caller(%x: !ts.tensor, %n: !ts.int) -> !ts.tensor {
  %r = call @callee(%x, %n) : (!ts.tensor, !ts.int) -> !ts.tensor
  return %r : !ts.tensor
}

func.func private @callee(%x: !ts.tensor, %n: !ts.int) -> !ts.tensor {
  %zero = ts.constant 0 : !ts.int
  %c = ts.aten.gt.int %n, %zero : (!ts.int, !ts.int) -> !ts.bool
  %r = ts.if %c -> (!ts.tensor) {
    %a = ts.aten.relu %x : (!ts.tensor) -> !ts.tensor
    ts.yield %a : !ts.tensor
  } else {
    %b = ts.aten.neg %x : (!ts.tensor) -> !ts.tensor
    ts.yield %b : !ts.tensor
  }
  return %r : !ts.tensor
}
