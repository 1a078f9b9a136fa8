// RUN: tsc-opt %s --split-input-file --verify-diagnostics --ts-expand-tuple-signatures | FileCheck %s
// RUN: tsc-opt %s --split-input-file --verify-diagnostics --ts-expand-tuple-signatures --canonicalize | FileCheck %s --check-prefix=CANON

// Tuple arguments of public functions become one argument per leaf,
// nested tuples included, in order; the body gets the tuple back from a
// ts.tuple_construct at entry. Names follow the leaves' positions.

// CHECK-LABEL: func.func @args(
// CHECK-SAME: %[[A:[^:]*]]: !ts.tensor<[2],f32> {tsc.name = "p_0"}, %[[B:[^:]*]]: !ts.int {tsc.name = "p_1_0"}, %[[C:[^:]*]]: !ts.float {tsc.name = "p_1_1"}, %[[X:[^:]*]]: !ts.float {tsc.name = "x"}, %[[D:[^:]*]]: !ts.bool, %[[E:[^:]*]]: !ts.int) -> !ts.int
// CHECK-NEXT: %[[INNER:.*]] = ts.tuple_construct(%[[B]], %[[C]]) : (!ts.int, !ts.float) -> !ts.tuple<!ts.int, !ts.float>
// CHECK-NEXT: %[[P:.*]] = ts.tuple_construct(%[[A]], %[[INNER]]) : (!ts.tensor<[2],f32>, !ts.tuple<!ts.int, !ts.float>) -> !ts.tuple<!ts.tensor<[2],f32>, !ts.tuple<!ts.int, !ts.float>>
// CHECK-NEXT: %[[Q:.*]] = ts.tuple_construct(%[[D]], %[[E]]) : (!ts.bool, !ts.int) -> !ts.tuple<!ts.bool, !ts.int>
// CHECK-NEXT: %[[I:.*]] = ts.tuple_index %[[P]][1]
// CHECK-NEXT: %[[J:.*]] = ts.tuple_index %[[I]][0]
// CHECK-NEXT: %[[K:.*]] = ts.tuple_index %[[Q]][1]
// CHECK-NEXT: %[[S:.*]] = ts.aten.add.int %[[J]], %[[K]]
// CHECK-NEXT: return %[[S]] : !ts.int
// CANON-LABEL: func.func @args(
// CANON-SAME: %{{[^:]*}}: !ts.tensor<[2],f32> {tsc.name = "p_0"}, %[[B:[^:]*]]: !ts.int {tsc.name = "p_1_0"}, %{{[^:]*}}: !ts.float {tsc.name = "p_1_1"}, %{{[^:]*}}: !ts.float {tsc.name = "x"}, %{{[^:]*}}: !ts.bool, %[[E:[^:]*]]: !ts.int) -> !ts.int
// CANON-NEXT: %[[S:.*]] = ts.aten.add.int %[[B]], %[[E]]
// CANON-NEXT: return %[[S]] : !ts.int
func.func @args(%p: !ts.tuple<!ts.tensor<[2],f32>, !ts.tuple<!ts.int, !ts.float>> {tsc.name = "p"}, %x: !ts.float {tsc.name = "x"}, %q: !ts.tuple<!ts.bool, !ts.int>) -> !ts.int {
  %i = ts.tuple_index %p[1] : !ts.tuple<!ts.tensor<[2],f32>, !ts.tuple<!ts.int, !ts.float>> -> !ts.tuple<!ts.int, !ts.float>
  %j = ts.tuple_index %i[0] : !ts.tuple<!ts.int, !ts.float> -> !ts.int
  %k = ts.tuple_index %q[1] : !ts.tuple<!ts.bool, !ts.int> -> !ts.int
  %s = ts.aten.add.int %j, %k : (!ts.int, !ts.int) -> !ts.int
  return %s : !ts.int
}

// Tuple results become one result per leaf, unpacked before every return;
// a name on the result is given to its leaves.

// CHECK-LABEL: func.func @results(
// CHECK-SAME: %[[C:[^:]*]]: !ts.bool, %[[T:[^:]*]]: !ts.tensor<[3],f32>, %[[N:[^:]*]]: !ts.int)
// CHECK-SAME: -> (!ts.int, !ts.tensor<[3],f32> {tsc.name = "r_0"}, !ts.int {tsc.name = "r_1_0"}, !ts.float {tsc.name = "r_1_1"})
// CHECK: %[[TUP:.*]] = ts.tuple_construct(%[[T]], %{{.*}})
// CHECK: ts.if
// CHECK: %[[U:.*]]:2 = ts.tuple_unpack %[[TUP]] : !ts.tuple<!ts.tensor<[3],f32>, !ts.tuple<!ts.int, !ts.float>> -> !ts.tensor<[3],f32>, !ts.tuple<!ts.int, !ts.float>
// CHECK-NEXT: %[[V:.*]]:2 = ts.tuple_unpack %[[U]]#1 : !ts.tuple<!ts.int, !ts.float> -> !ts.int, !ts.float
// CHECK-NEXT: return %[[N]], %[[U]]#0, %[[V]]#0, %[[V]]#1 : !ts.int, !ts.tensor<[3],f32>, !ts.int, !ts.float
// CANON-LABEL: func.func @results(
// CANON-SAME: %{{[^:]*}}: !ts.bool, %[[T:[^:]*]]: !ts.tensor<[3],f32>, %[[N:[^:]*]]: !ts.int)
// CANON-NOT: ts.tuple_
// CANON: return %[[N]], %[[T]], %[[N]], %{{.*}} : !ts.int, !ts.tensor<[3],f32>, !ts.int, !ts.float
func.func @results(%c: !ts.bool, %t: !ts.tensor<[3],f32>, %n: !ts.int) -> (!ts.int, !ts.tuple<!ts.tensor<[3],f32>, !ts.tuple<!ts.int, !ts.float>> {tsc.name = "r"}) {
  %f = ts.constant 1.5 : !ts.float
  %in = ts.tuple_construct(%n, %f) : (!ts.int, !ts.float) -> !ts.tuple<!ts.int, !ts.float>
  %tup = ts.tuple_construct(%t, %in) : (!ts.tensor<[3],f32>, !ts.tuple<!ts.int, !ts.float>) -> !ts.tuple<!ts.tensor<[3],f32>, !ts.tuple<!ts.int, !ts.float>>
  ts.if %c {
    ts.yield
  } else {
    ts.yield
  }
  return %n, %tup : !ts.int, !ts.tuple<!ts.tensor<[3],f32>, !ts.tuple<!ts.int, !ts.float>>
}

// Private functions keep their signatures; the name of an argument
// without tsc.name comes from its location.

// CHECK-LABEL: func.func private @helper(%{{.*}}: !ts.tuple<!ts.int, !ts.int>) -> !ts.tuple<!ts.int, !ts.int>
func.func private @helper(%t: !ts.tuple<!ts.int, !ts.int>) -> !ts.tuple<!ts.int, !ts.int> {
  return %t : !ts.tuple<!ts.int, !ts.int>
}

// CHECK-LABEL: func.func @located(
// CHECK-SAME: !ts.int {tsc.name = "pair_0"}, %{{[^:]*}}: !ts.int {tsc.name = "pair_1"}) -> (!ts.int, !ts.int)
func.func @located(%t: !ts.tuple<!ts.int, !ts.int> loc("pair")) -> !ts.tuple<!ts.int, !ts.int> {
  return %t : !ts.tuple<!ts.int, !ts.int>
}

// An empty tuple has no leaves.

// CHECK-LABEL: func.func @empty(
// CHECK-SAME: %[[X:[^:]*]]: !ts.int) -> !ts.int
// CHECK-NEXT: ts.tuple_construct() : () -> !ts.tuple<>
// CHECK-NEXT: ts.tuple_unpack %{{.*}} : !ts.tuple<> -> {{$}}
// CHECK-NEXT: return %[[X]] : !ts.int
func.func @empty(%e: !ts.tuple<>, %x: !ts.int) -> (!ts.tuple<>, !ts.int) {
  return %e, %x : !ts.tuple<>, !ts.int
}

// -----

// A call would no longer match the flattened signature: calls must have
// been inlined.

func.func @callee(%t: !ts.tuple<!ts.int, !ts.int>) -> !ts.int {
  %0 = ts.tuple_index %t[0] : !ts.tuple<!ts.int, !ts.int> -> !ts.int
  return %0 : !ts.int
}

func.func @caller(%t: !ts.tuple<!ts.int, !ts.int>) -> !ts.int {
  // expected-error @+1 {{call to public function 'callee' whose signature has tuples}}
  %0 = call @callee(%t) : (!ts.tuple<!ts.int, !ts.int>) -> !ts.int
  return %0 : !ts.int
}
