// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --reconcile-unrealized-casts | FileCheck %s

// Messages of run-time errors are globals at the top of the module.
// CHECK-DAG: llvm.mlir.global internal constant @{{.*}}("{{.*}}basic.mlir:{{[0-9]+}}:{{[0-9]+}}: AssertionError: bad input\00")

// Python floor division and modulo: floordivsi, and a remainder adjusted to
// the divisor's sign; dividing by zero raises at run time.
// CHECK-LABEL: func.func @int_ops
// CHECK-SAME: (%[[A:.*]]: i64, %[[B:.*]]: i64)
// CHECK: %[[Z:.*]] = arith.cmpi eq, %[[B]], %{{.*}} : i64
// CHECK: scf.if %[[Z]] {
// CHECK: call @tsc_rt_raise
// CHECK: %[[Q:.*]] = arith.floordivsi %[[A]], %[[B]] : i64
// CHECK: %[[R:.*]] = arith.remsi %[[A]], %[[B]] : i64
// CHECK: arith.select
// CHECK: %[[F:.*]] = arith.sitofp %[[A]] : i64 to f64
// CHECK: return
func.func @int_ops(%a: !ts.int, %b: !ts.int) -> (!ts.int, !ts.int, !ts.float) {
  %q = ts.aten.floordiv.int %a, %b : (!ts.int, !ts.int) -> !ts.int
  %r = ts.aten.remainder.int %a, %b : (!ts.int, !ts.int) -> !ts.int
  %f = ts.aten.Float.int %a : (!ts.int) -> !ts.float
  return %q, %r, %f : !ts.int, !ts.int, !ts.float
}

// Mixed int/float arithmetic converts the int; comparisons are ordered.
// CHECK-LABEL: func.func @mixed
// CHECK: %[[I:.*]] = arith.sitofp %{{.*}} : i64 to f64
// CHECK: %[[S:.*]] = arith.addf %{{.*}}, %[[I]] : f64
// CHECK: arith.cmpf olt, %[[S]]
func.func @mixed(%x: !ts.float, %i: !ts.int) -> !ts.bool {
  %s = ts.aten.add.float_int %x, %i : (!ts.float, !ts.int) -> !ts.float
  %one = ts.constant 1.0 : !ts.float
  %c = ts.aten.lt.float %s, %one : (!ts.float, !ts.float) -> !ts.bool
  return %c : !ts.bool
}

// ts.raise calls the runtime with the message, prefixed by the location.
// CHECK-LABEL: func.func @raise
// CHECK: %[[P:.*]] = llvm.mlir.addressof
// CHECK: call @tsc_rt_raise(%[[P]]) : (!llvm.ptr) -> ()
func.func @raise() {
  %m = ts.constant "bad input" : !ts.str
  ts.raise "AssertionError", %m
  return
}

// Ops on numbers (ATen's Scalar) lower by what ts-refine-types decided each
// operand holds: int with int on ints, otherwise on floats.
// CHECK-LABEL: func.func @numbers
// CHECK-SAME: (%[[I:.*]]: i64, %[[F:.*]]: f64, %[[B:.*]]: i1)
// CHECK: %[[ADD:.*]] = arith.addi %[[I]], %[[I]] : i64
// CHECK: %[[IF:.*]] = arith.sitofp %[[I]] : i64 to f64
// CHECK: %[[MUL:.*]] = arith.mulf %[[IF]], %[[F]] : f64
// CHECK: %[[NEG:.*]] = arith.negf %[[F]] : f64
// CHECK: %[[LT:.*]] = arith.cmpi slt, %[[I]], %[[I]] : i64
// CHECK: %[[GE:.*]] = arith.cmpf oge, %{{.*}}, %[[F]] : f64
// CHECK: %[[INT:.*]] = arith.fptosi %[[F]] : f64 to i64
// CHECK: %[[FLOAT:.*]] = arith.uitofp %[[B]] : i1 to f64
// CHECK: return %[[ADD]], %[[MUL]], %[[NEG]], %[[LT]], %[[GE]], %[[INT]], %[[I]], %[[FLOAT]], %[[F]]
func.func @numbers(%i: !ts.int, %f: !ts.float, %b: !ts.bool) -> (!ts.int, !ts.float, !ts.float, !ts.bool, !ts.bool, !ts.int, !ts.int, !ts.float, !ts.float) {
  %0 = ts.aten.add %i, %i : (!ts.int, !ts.int) -> !ts.int
  %1 = ts.aten.mul %i, %f : (!ts.int, !ts.float) -> !ts.float
  %2 = ts.aten.neg.Scalar %f : (!ts.float) -> !ts.float
  %3 = ts.aten.lt %i, %i : (!ts.int, !ts.int) -> !ts.bool
  %4 = ts.aten.ge %i, %f : (!ts.int, !ts.float) -> !ts.bool
  %5 = ts.aten.Int.Scalar %f : (!ts.float) -> !ts.int
  %6 = ts.aten.Int.Scalar %i : (!ts.int) -> !ts.int
  %7 = ts.aten.Float.Scalar %b : (!ts.bool) -> !ts.float
  %8 = ts.aten.Float.Scalar %f : (!ts.float) -> !ts.float
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : !ts.int, !ts.float, !ts.float, !ts.bool, !ts.bool, !ts.int, !ts.int, !ts.float, !ts.float
}
