// RUN: tsc-opt %s --tsc-expand-arith | FileCheck %s

// Float min/max stay ops (LLVM vectorizes their reductions); integer
// floor division has no LLVM counterpart and is expanded.
// CHECK-LABEL: func.func @ops
// CHECK: arith.maximumf
// CHECK: arith.minimumf
// CHECK-NOT: arith.floordivsi
// CHECK: arith.divsi
func.func @ops(%a: f32, %b: f32, %i: i64, %j: i64) -> (f32, f32, i64) {
  %0 = arith.maximumf %a, %b : f32
  %1 = arith.minimumf %a, %b : f32
  %2 = arith.floordivsi %i, %j : i64
  return %0, %1, %2 : f32, f32, i64
}
