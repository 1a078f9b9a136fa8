// RUN: tsc-opt %s --canonicalize | FileCheck %s

// CHECK-LABEL: func.func @int_arith(
// CHECK-DAG: %[[C5:.*]] = ts.constant 5 : !ts.int
// CHECK-DAG: %[[CM1:.*]] = ts.constant -1 : !ts.int
// CHECK-DAG: %[[C6:.*]] = ts.constant 6 : !ts.int
// CHECK-DAG: %[[CM4:.*]] = ts.constant -4 : !ts.int
// CHECK-DAG: %[[C1:.*]] = ts.constant 1 : !ts.int
// CHECK-DAG: %[[CM3:.*]] = ts.constant -3 : !ts.int
// CHECK-DAG: %[[MIN:.*]] = ts.constant -9223372036854775808 : !ts.int
// CHECK: %[[FD:.*]] = ts.aten.floordiv.int %{{.*}}, %{{.*}} : (!ts.int, !ts.int) -> !ts.int
// CHECK: %[[RM:.*]] = ts.aten.remainder.int %{{.*}}, %{{.*}} : (!ts.int, !ts.int) -> !ts.int
// CHECK: return %[[C5]], %[[CM1]], %[[C6]], %[[CM4]], %[[C1]], %[[CM3]], %[[C1]], %[[MIN]], %[[FD]], %[[RM]], %[[CM3]]
func.func @int_arith() -> (!ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int) {
  %c0 = ts.constant 0 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %c3 = ts.constant 3 : !ts.int
  %cm7 = ts.constant -7 : !ts.int
  %c7 = ts.constant 7 : !ts.int
  %max = ts.constant 9223372036854775807 : !ts.int
  %one = ts.constant 1 : !ts.int
  %0 = ts.aten.add.int %c2, %c3 : (!ts.int, !ts.int) -> !ts.int
  %1 = ts.aten.sub.int %c2, %c3 : (!ts.int, !ts.int) -> !ts.int
  %2 = ts.aten.mul.int %c2, %c3 : (!ts.int, !ts.int) -> !ts.int
  // Python rounds floor division towards -inf: -7 // 2 == -4.
  %3 = ts.aten.floordiv.int %cm7, %c2 : (!ts.int, !ts.int) -> !ts.int
  // and the remainder takes the divisor's sign: -7 % 2 == 1, 7 % -3 == -2.
  %4 = ts.aten.remainder.int %cm7, %c2 : (!ts.int, !ts.int) -> !ts.int
  %cm3 = ts.constant -3 : !ts.int
  %5 = ts.aten.floordiv.int %c7, %cm3 : (!ts.int, !ts.int) -> !ts.int
  %6 = ts.aten.remainder.int %c7, %c3 : (!ts.int, !ts.int) -> !ts.int
  // int64 wraps around.
  %7 = ts.aten.add.int %max, %one : (!ts.int, !ts.int) -> !ts.int
  // Division by zero raises at run time: not folded.
  %8 = ts.aten.floordiv.int %c7, %c0 : (!ts.int, !ts.int) -> !ts.int
  %9 = ts.aten.remainder.int %c7, %c0 : (!ts.int, !ts.int) -> !ts.int
  %10 = ts.aten.neg.int %c3 : (!ts.int) -> !ts.int
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int
}

// CHECK-LABEL: func.func @remainder_negative_divisor(
// CHECK: %[[R:.*]] = ts.constant -2 : !ts.int
// CHECK: return %[[R]]
func.func @remainder_negative_divisor() -> !ts.int {
  %c7 = ts.constant 7 : !ts.int
  %cm3 = ts.constant -3 : !ts.int
  %0 = ts.aten.remainder.int %c7, %cm3 : (!ts.int, !ts.int) -> !ts.int
  return %0 : !ts.int
}

// CHECK-LABEL: func.func @float_arith(
// CHECK-DAG: %[[A:.*]] = ts.constant 4.000000e+00 : !ts.float
// CHECK-DAG: %[[B:.*]] = ts.constant -1.000000e+00 : !ts.float
// CHECK-DAG: %[[C:.*]] = ts.constant 3.750000e+00 : !ts.float
// CHECK-DAG: %[[D:.*]] = ts.constant 6.000000e-01 : !ts.float
// CHECK-DAG: %[[E:.*]] = ts.constant 3.500000e+00 : !ts.float
// CHECK-DAG: %[[F:.*]] = ts.constant -1.500000e+00 : !ts.float
// CHECK: %[[Z:.*]] = ts.aten.div.float
// CHECK: %[[ZI:.*]] = ts.aten.div.int
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]], %[[E]], %[[F]], %[[Z]], %[[ZI]]
func.func @float_arith() -> (!ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float) {
  %a = ts.constant 1.5 : !ts.float
  %b = ts.constant 2.5 : !ts.float
  %z = ts.constant 0.0 : !ts.float
  %c7 = ts.constant 7 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %c0 = ts.constant 0 : !ts.int
  %0 = ts.aten.add.float %a, %b : (!ts.float, !ts.float) -> !ts.float
  %1 = ts.aten.sub.float %a, %b : (!ts.float, !ts.float) -> !ts.float
  %2 = ts.aten.mul.float %a, %b : (!ts.float, !ts.float) -> !ts.float
  %3 = ts.aten.div.float %a, %b : (!ts.float, !ts.float) -> !ts.float
  // int / int is true division.
  %4 = ts.aten.div.int %c7, %c2 : (!ts.int, !ts.int) -> !ts.float
  %5 = ts.aten.neg.float %a : (!ts.float) -> !ts.float
  %6 = ts.aten.div.float %a, %z : (!ts.float, !ts.float) -> !ts.float
  %7 = ts.aten.div.int %c7, %c0 : (!ts.int, !ts.int) -> !ts.float
  return %0, %1, %2, %3, %4, %5, %6, %7 : !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float
}

// CHECK-LABEL: func.func @compare(
// CHECK-DAG: %[[T:.*]] = ts.constant true : !ts.bool
// CHECK-DAG: %[[F:.*]] = ts.constant false : !ts.bool
// CHECK: return %[[T]], %[[F]], %[[T]], %[[F]], %[[T]], %[[F]], %[[T]], %[[F]], %[[F]], %[[T]], %[[T]], %[[F]], %[[X:.*]] :
func.func @compare(%x: !ts.bool) -> (!ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool) {
  %c1 = ts.constant 1 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %f1 = ts.constant 1.0 : !ts.float
  %f2 = ts.constant 2.0 : !ts.float
  %t = ts.constant true : !ts.bool
  %f = ts.constant false : !ts.bool
  %s = ts.constant "a" : !ts.str
  %s2 = ts.constant "b" : !ts.str
  %0 = ts.aten.lt.int %c1, %c2 : (!ts.int, !ts.int) -> !ts.bool
  %1 = ts.aten.ge.int %c1, %c2 : (!ts.int, !ts.int) -> !ts.bool
  %2 = ts.aten.le.float %f1, %f1 : (!ts.float, !ts.float) -> !ts.bool
  %3 = ts.aten.gt.float %f1, %f2 : (!ts.float, !ts.float) -> !ts.bool
  %4 = ts.aten.ne.int %c1, %c2 : (!ts.int, !ts.int) -> !ts.bool
  %5 = ts.aten.eq.bool %t, %f : (!ts.bool, !ts.bool) -> !ts.bool
  %6 = ts.aten.eq.str %s, %s : (!ts.str, !ts.str) -> !ts.bool
  %7 = ts.aten.eq.str %s, %s2 : (!ts.str, !ts.str) -> !ts.bool
  %8 = ts.aten.__and__.bool %t, %f : (!ts.bool, !ts.bool) -> !ts.bool
  %9 = ts.aten.__or__.bool %t, %f : (!ts.bool, !ts.bool) -> !ts.bool
  %10 = ts.aten.__not__ %f : (!ts.bool) -> !ts.bool
  %11 = ts.aten.eq.float %f1, %f2 : (!ts.float, !ts.float) -> !ts.bool
  // not(not(x)) is x.
  %n = ts.aten.__not__ %x : (!ts.bool) -> !ts.bool
  %12 = ts.aten.__not__ %n : (!ts.bool) -> !ts.bool
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool
}

// `x is None` is decided by the static types unless x may be None.
// CHECK-LABEL: func.func @is_none(
// CHECK-DAG: %[[T:.*]] = ts.constant true : !ts.bool
// CHECK-DAG: %[[F:.*]] = ts.constant false : !ts.bool
// CHECK: %[[OPT:.*]] = ts.aten.__is__ %{{.*}}, %{{.*}} : (!ts.optional<!ts.tensor>, !ts.none) -> !ts.bool
// CHECK: %[[OPT2:.*]] = ts.aten.__isnot__ %{{.*}}, %{{.*}} : (!ts.optional<!ts.tensor>, !ts.none) -> !ts.bool
// CHECK: return %[[F]], %[[T]], %[[T]], %[[F]], %[[OPT]], %[[OPT2]]
func.func @is_none(%t: !ts.tensor, %o: !ts.optional<!ts.tensor>) -> (!ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool) {
  %none = ts.constant none : !ts.none
  %0 = ts.aten.__is__ %t, %none : (!ts.tensor, !ts.none) -> !ts.bool
  %1 = ts.aten.__isnot__ %t, %none : (!ts.tensor, !ts.none) -> !ts.bool
  %2 = ts.aten.__is__ %none, %none : (!ts.none, !ts.none) -> !ts.bool
  %3 = ts.aten.__isnot__ %none, %none : (!ts.none, !ts.none) -> !ts.bool
  %4 = ts.aten.__is__ %o, %none : (!ts.optional<!ts.tensor>, !ts.none) -> !ts.bool
  %5 = ts.aten.__isnot__ %o, %none : (!ts.optional<!ts.tensor>, !ts.none) -> !ts.bool
  return %0, %1, %2, %3, %4, %5 : !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool, !ts.bool
}

// CHECK-LABEL: func.func @conversions(
// CHECK-DAG: %[[C2:.*]] = ts.constant 2 : !ts.int
// CHECK-DAG: %[[CM2:.*]] = ts.constant -2 : !ts.int
// CHECK-DAG: %[[C1:.*]] = ts.constant 1 : !ts.int
// CHECK-DAG: %[[F3:.*]] = ts.constant 3.000000e+00 : !ts.float
// CHECK-DAG: %[[T:.*]] = ts.constant true : !ts.bool
// CHECK: %[[BIG:.*]] = ts.aten.Int.float
// CHECK: return %[[C2]], %[[CM2]], %[[C1]], %[[F3]], %[[T]], %[[BIG]]
func.func @conversions() -> (!ts.int, !ts.int, !ts.int, !ts.float, !ts.bool, !ts.int) {
  %a = ts.constant 2.7 : !ts.float
  %b = ts.constant -2.7 : !ts.float
  %t = ts.constant true : !ts.bool
  %c3 = ts.constant 3 : !ts.int
  %big = ts.constant 1.0e30 : !ts.float
  // int() truncates towards zero.
  %0 = ts.aten.Int.float %a : (!ts.float) -> !ts.int
  %1 = ts.aten.Int.float %b : (!ts.float) -> !ts.int
  %2 = ts.aten.Int.bool %t : (!ts.bool) -> !ts.int
  %3 = ts.aten.Float.int %c3 : (!ts.int) -> !ts.float
  %4 = ts.aten.Bool.int %c3 : (!ts.int) -> !ts.bool
  // Out of int64's range: raises at run time.
  %5 = ts.aten.Int.float %big : (!ts.float) -> !ts.int
  return %0, %1, %2, %3, %4, %5 : !ts.int, !ts.int, !ts.int, !ts.float, !ts.bool, !ts.int
}

// CHECK-LABEL: func.func @builtins(
// CHECK-DAG: %[[C5:.*]] = ts.constant 5 : !ts.int
// CHECK-DAG: %[[CM5:.*]] = ts.constant -5 : !ts.int
// CHECK-DAG: %[[C4:.*]] = ts.constant 4 : !ts.int
// CHECK-DAG: %[[C0:.*]] = ts.constant 0 : !ts.int
// CHECK-DAG: %[[C3:.*]] = ts.constant 3 : !ts.int
// CHECK-DAG: %[[C13:.*]] = ts.constant 13 : !ts.int
// CHECK: %[[RL:.*]] = ts.aten.__range_length
// CHECK: return %[[C5]], %[[CM5]], %[[C5]], %[[C4]], %[[C5]], %[[C0]], %[[C3]], %[[C13]], %[[RL]]
func.func @builtins() -> (!ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int) {
  %c0 = ts.constant 0 : !ts.int
  %c1 = ts.constant 1 : !ts.int
  %c3 = ts.constant 3 : !ts.int
  %c5 = ts.constant 5 : !ts.int
  %cm5 = ts.constant -5 : !ts.int
  %c10 = ts.constant 10 : !ts.int
  %cm2 = ts.constant -2 : !ts.int
  %0 = ts.prim.abs.int %cm5 : (!ts.int) -> !ts.int
  %1 = ts.prim.min.int %cm5, %c5 : (!ts.int, !ts.int) -> !ts.int
  %2 = ts.prim.max.int %cm5, %c5 : (!ts.int, !ts.int) -> !ts.int
  // range(0, 10, 3) has 4 elements, range(10, 1, -2) 5, range(5, 1) none.
  %3 = ts.aten.__range_length %c0, %c10, %c3 : (!ts.int, !ts.int, !ts.int) -> !ts.int
  %4 = ts.aten.__range_length %c10, %c1, %cm2 : (!ts.int, !ts.int, !ts.int) -> !ts.int
  %5 = ts.aten.__range_length %c5, %c1, %c1 : (!ts.int, !ts.int, !ts.int) -> !ts.int
  %s = ts.constant "abc" : !ts.str
  %6 = ts.aten.len.str %s : (!ts.str) -> !ts.int
  // The index-th value of range(1, _, 3) is 1 + 3 * 4.
  %c4 = ts.constant 4 : !ts.int
  %7 = ts.aten.__derive_index %c4, %c1, %c3 : (!ts.int, !ts.int, !ts.int) -> !ts.int
  // A zero step raises.
  %8 = ts.aten.__range_length %c0, %c10, %c0 : (!ts.int, !ts.int, !ts.int) -> !ts.int
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int
}

// CHECK-LABEL: func.func @lists(
// CHECK-SAME: %[[A:[^:]*]]: !ts.int, %[[B:[^:]*]]: !ts.int
// CHECK-DAG: %[[C2:.*]] = ts.constant 2 : !ts.int
// CHECK: %[[OOB:.*]] = ts.aten.__getitem__.t
// CHECK: return %[[C2]], %[[B]], %[[A]], %[[OOB]]
func.func @lists(%a: !ts.int, %b: !ts.int) -> (!ts.int, !ts.int, !ts.int, !ts.int) {
  %c0 = ts.constant 0 : !ts.int
  %cm1 = ts.constant -1 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %l = ts.list_construct(%a, %b) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.len.t %l : (!ts.list<!ts.int>) -> !ts.int
  %1 = ts.aten.__getitem__.t %l, %cm1 : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  %2 = ts.aten.__getitem__.t %l, %c0 : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  // Out of range: raises IndexError at run time.
  %3 = ts.aten.__getitem__.t %l, %c2 : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  return %0, %1, %2, %3 : !ts.int, !ts.int, !ts.int, !ts.int
}

// A list that is appended to no longer has its constructed elements.
// CHECK-LABEL: func.func @mutated_list(
// CHECK: %[[L:.*]] = ts.list_construct
// CHECK: ts.aten.append.t %[[L]]
// CHECK: %[[N:.*]] = ts.aten.len.t %[[L]]
// CHECK: %[[E:.*]] = ts.aten.__getitem__.t %[[L]]
// CHECK: return %[[N]], %[[E]]
func.func @mutated_list(%a: !ts.int) -> (!ts.int, !ts.int) {
  %c0 = ts.constant 0 : !ts.int
  %l = ts.list_construct(%a) : (!ts.int) -> !ts.list<!ts.int>
  %x = ts.aten.append.t %l, %a : (!ts.list<!ts.int>, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.len.t %l : (!ts.list<!ts.int>) -> !ts.int
  %1 = ts.aten.__getitem__.t %l, %c0 : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  return %0, %1 : !ts.int, !ts.int
}

// CHECK-LABEL: func.func @tensor_properties(
// CHECK-DAG: %[[C3:.*]] = ts.constant 3 : !ts.int
// CHECK-DAG: %[[C2:.*]] = ts.constant 2 : !ts.int
// CHECK-DAG: %[[C6:.*]] = ts.constant 6 : !ts.int
// CHECK: %[[DYN:.*]] = ts.aten.size.int %{{.*}}, %{{.*}} : (!ts.tensor<[?,3]>, !ts.int) -> !ts.int
// CHECK: %[[NUM:.*]] = ts.aten.numel %{{.*}} : (!ts.tensor<[?,3]>) -> !ts.int
// CHECK: %[[UD:.*]] = ts.aten.dim %{{.*}} : (!ts.tensor) -> !ts.int
// CHECK: return %[[C3]], %[[C3]], %[[C2]], %[[C6]], %[[DYN]], %[[C2]], %[[NUM]], %[[UD]]
func.func @tensor_properties(%t: !ts.tensor<[2,3],f32>, %d: !ts.tensor<[?,3]>, %u: !ts.tensor) -> (!ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int) {
  %c0 = ts.constant 0 : !ts.int
  %c1 = ts.constant 1 : !ts.int
  %cm1 = ts.constant -1 : !ts.int
  %0 = ts.aten.size.int %t, %c1 : (!ts.tensor<[2,3],f32>, !ts.int) -> !ts.int
  %1 = ts.aten.size.int %t, %cm1 : (!ts.tensor<[2,3],f32>, !ts.int) -> !ts.int
  %2 = ts.aten.dim %t : (!ts.tensor<[2,3],f32>) -> !ts.int
  %3 = ts.aten.numel %t : (!ts.tensor<[2,3],f32>) -> !ts.int
  %4 = ts.aten.size.int %d, %c0 : (!ts.tensor<[?,3]>, !ts.int) -> !ts.int
  %5 = ts.aten.dim %d : (!ts.tensor<[?,3]>) -> !ts.int
  %6 = ts.aten.numel %d : (!ts.tensor<[?,3]>) -> !ts.int
  %7 = ts.aten.dim %u : (!ts.tensor) -> !ts.int
  return %0, %1, %2, %3, %4, %5, %6, %7 : !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int, !ts.int
}

// CHECK-LABEL: func.func @if_constant(
// CHECK-NOT: ts.if
// CHECK: %[[R:.*]] = ts.aten.add.int
// CHECK: return %[[R]]
func.func @if_constant(%a: !ts.int, %b: !ts.int) -> !ts.int {
  %t = ts.constant true : !ts.bool
  %0 = ts.if %t -> (!ts.int) {
    %s = ts.aten.add.int %a, %b : (!ts.int, !ts.int) -> !ts.int
    ts.yield %s : !ts.int
  } else {
    %s = ts.aten.sub.int %a, %b : (!ts.int, !ts.int) -> !ts.int
    ts.yield %s : !ts.int
  }
  return %0 : !ts.int
}

// An unused result and one both branches yield from above are dropped.
// CHECK-LABEL: func.func @if_results(
// CHECK-SAME: %[[C:[^:]*]]: !ts.bool, %[[A:[^:]*]]: !ts.int, %[[B:[^:]*]]: !ts.int
// CHECK: %[[R:.*]] = ts.if %[[C]] -> (!ts.int) {
// CHECK:   ts.yield %[[A]] : !ts.int
// CHECK: } else {
// CHECK:   ts.yield %[[B]] : !ts.int
// CHECK: }
// CHECK: return %[[R]], %[[A]]
func.func @if_results(%c: !ts.bool, %a: !ts.int, %b: !ts.int) -> (!ts.int, !ts.int) {
  %0:3 = ts.if %c -> (!ts.int, !ts.int, !ts.int) {
    ts.yield %a, %a, %b : !ts.int, !ts.int, !ts.int
  } else {
    ts.yield %b, %a, %a : !ts.int, !ts.int, !ts.int
  }
  return %0#0, %0#1 : !ts.int, !ts.int
}

// CHECK-LABEL: func.func @loop_never_runs(
// CHECK-SAME: %{{[^:]*}}: !ts.int, %[[X:[^:]*]]: !ts.int
// CHECK-NOT: ts.loop
// CHECK: return %[[X]], %[[X]]
func.func @loop_never_runs(%n: !ts.int, %x: !ts.int) -> (!ts.int, !ts.int) {
  %c0 = ts.constant 0 : !ts.int
  %t = ts.constant true : !ts.bool
  %f = ts.constant false : !ts.bool
  %0 = ts.loop %c0, %t (%i) iter_args(%a = %x : !ts.int) -> (!ts.int) {
    %s = ts.aten.add.int %a, %i : (!ts.int, !ts.int) -> !ts.int
    ts.yield %t, %s : !ts.bool, !ts.int
  }
  %1 = ts.loop %n, %f (%i) iter_args(%a = %x : !ts.int) -> (!ts.int) {
    %s = ts.aten.add.int %a, %i : (!ts.int, !ts.int) -> !ts.int
    ts.yield %t, %s : !ts.bool, !ts.int
  }
  return %0, %1 : !ts.int, !ts.int
}

// A carried value the body passes through unchanged is its initial value.
// CHECK-LABEL: func.func @loop_pass_through(
// CHECK-SAME: %[[N:[^:]*]]: !ts.int, %[[X:[^:]*]]: !ts.int, %[[Y:[^:]*]]: !ts.int
// CHECK: %[[L:.*]] = ts.loop %[[N]], %{{.*}} (%[[I:.*]]) iter_args(%[[A:.*]] = %[[Y]] : !ts.int) -> (!ts.int) {
// CHECK:   %[[S:.*]] = ts.aten.add.int %[[A]], %[[X]]
// CHECK:   ts.yield %{{.*}}, %[[S]] : !ts.bool, !ts.int
// CHECK: return %[[X]], %[[L]]
func.func @loop_pass_through(%n: !ts.int, %x: !ts.int, %y: !ts.int) -> (!ts.int, !ts.int) {
  %t = ts.constant true : !ts.bool
  %0:2 = ts.loop %n, %t (%i) iter_args(%a = %x : !ts.int, %b = %y : !ts.int) -> (!ts.int, !ts.int) {
    %s = ts.aten.add.int %b, %a : (!ts.int, !ts.int) -> !ts.int
    ts.yield %t, %a, %s : !ts.bool, !ts.int, !ts.int
  }
  return %0#0, %0#1 : !ts.int, !ts.int
}

// CHECK-LABEL: func.func @tuples(
// CHECK-SAME: %[[A:[^:]*]]: !ts.int, %[[B:[^:]*]]: !ts.str
// CHECK-NOT: ts.tuple
// CHECK: return %[[A]], %[[B]], %[[B]]
func.func @tuples(%a: !ts.int, %b: !ts.str) -> (!ts.int, !ts.str, !ts.str) {
  %t = ts.tuple_construct(%a, %b) : (!ts.int, !ts.str) -> !ts.tuple<!ts.int, !ts.str>
  %0:2 = ts.tuple_unpack %t : !ts.tuple<!ts.int, !ts.str> -> !ts.int, !ts.str
  %1 = ts.tuple_index %t[1] : !ts.tuple<!ts.int, !ts.str> -> !ts.str
  return %0#0, %0#1, %1 : !ts.int, !ts.str, !ts.str
}

// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[T:[^:]*]]: !ts.tensor<[2,3],f32>
// CHECK: %[[C:.*]] = ts.tensor_cast %[[T]] : !ts.tensor<[2,3],f32> -> !ts.tensor
// CHECK-NOT: ts.tensor_cast
// CHECK-NOT: ts.unchecked_cast
// CHECK: return %[[T]], %[[C]], %[[T]], %[[T]]
func.func @casts(%t: !ts.tensor<[2,3],f32>) -> (!ts.tensor<[2,3],f32>, !ts.tensor, !ts.tensor<[2,3],f32>, !ts.tensor<[2,3],f32>) {
  // A round trip is the original value; a chain is one cast.
  %0 = ts.tensor_cast %t : !ts.tensor<[2,3],f32> -> !ts.tensor<f32>
  %1 = ts.tensor_cast %0 : !ts.tensor<f32> -> !ts.tensor<[2,3],f32>
  %2 = ts.tensor_cast %0 : !ts.tensor<f32> -> !ts.tensor
  %3 = ts.tensor_cast %t : !ts.tensor<[2,3],f32> -> !ts.tensor<[2,3],f32>
  %d = ts.derefine %t : !ts.tensor<[2,3],f32> -> !ts.optional<!ts.tensor<[2,3],f32>>
  %4 = ts.unchecked_cast %d : !ts.optional<!ts.tensor<[2,3],f32>> -> !ts.tensor<[2,3],f32>
  return %1, %2, %3, %4 : !ts.tensor<[2,3],f32>, !ts.tensor, !ts.tensor<[2,3],f32>, !ts.tensor<[2,3],f32>
}

// -----

// x.dtype folds to the ScalarType code once the dtype is known.
// CHECK-LABEL: func.func @dtype_of_refined
// CHECK: %[[C:.*]] = ts.constant 6 : !ts.int
// CHECK: return %[[C]]
func.func @dtype_of_refined(%x: !ts.tensor<[2],f32>) -> !ts.int {
  %d = ts.prim.dtype %x : (!ts.tensor<[2],f32>) -> !ts.int
  return %d : !ts.int
}

// x.size() of a ranked tensor is the list of its sizes; a constant index
// into a list of more refined tensors casts the element.
// CHECK-LABEL: func.func @size_list_and_getitem
// CHECK-SAME: (%[[X:.*]]: !ts.tensor<[?,4],f32>)
// CHECK-NOT: ts.list_construct
// CHECK-DAG: %[[FOUR:.*]] = ts.constant 4 : !ts.int
// CHECK-DAG: %[[ZERO:.*]] = ts.constant 0 : !ts.int
// CHECK: %[[D0:.*]] = ts.aten.size.int %[[X]], %[[ZERO]]
// CHECK: %[[C:.*]] = ts.tensor_cast %[[X]] : !ts.tensor<[?,4],f32> -> !ts.tensor
// CHECK: return %[[D0]], %[[FOUR]], %[[C]]
func.func @size_list_and_getitem(%x: !ts.tensor<[?,4],f32>) -> (!ts.int, !ts.int, !ts.tensor) {
  %s = ts.aten.size %x : (!ts.tensor<[?,4],f32>) -> !ts.list<!ts.int>
  %zero = ts.constant 0 : !ts.int
  %one = ts.constant 1 : !ts.int
  %d0 = ts.aten.__getitem__.t %s, %zero : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  %d1 = ts.aten.__getitem__.t %s, %one : (!ts.list<!ts.int>, !ts.int) -> !ts.int
  %l = ts.list_construct(%x) : (!ts.tensor<[?,4],f32>) -> !ts.list<!ts.tensor>
  %e = ts.aten.__getitem__.t %l, %zero : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
  return %d0, %d1, %e : !ts.int, !ts.int, !ts.tensor
}
