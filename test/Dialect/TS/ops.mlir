// RUN: tsc-opt %s | tsc-opt | FileCheck %s

// Every type, printed back as written.
// CHECK-LABEL: func.func @types(
// CHECK-SAME: %{{.*}}: !ts.int, %{{.*}}: !ts.float, %{{.*}}: !ts.bool, %{{.*}}: !ts.str, %{{.*}}: !ts.none, %{{.*}}: !ts.device, %{{.*}}: !ts.number, %{{.*}}: !ts.any,
// CHECK-SAME: %{{.*}}: !ts.tensor, %{{.*}}: !ts.tensor<f32>, %{{.*}}: !ts.tensor<[2,?]>, %{{.*}}: !ts.tensor<[2,?],f32>, %{{.*}}: !ts.tensor<[],i1>, %{{.*}}: !ts.tensor<[0,3],ui8>,
// CHECK-SAME: %{{.*}}: !ts.optional<!ts.tensor>, %{{.*}}: !ts.list<!ts.int>, %{{.*}}: !ts.tuple<>, %{{.*}}: !ts.tuple<!ts.int, !ts.tensor<bf16>>, %{{.*}}: !ts.dict<!ts.str, !ts.list<!ts.tensor>>)
func.func @types(%a: !ts.int, %b: !ts.float, %c: !ts.bool, %d: !ts.str, %e: !ts.none, %f: !ts.device, %g: !ts.number, %h: !ts.any,
                 %t0: !ts.tensor, %t1: !ts.tensor<f32>, %t2: !ts.tensor<[2,?]>, %t3: !ts.tensor<[2,?],f32>, %t4: !ts.tensor<[],i1>, %t5: !ts.tensor<[0,3],ui8>,
                 %o: !ts.optional<!ts.tensor>, %l: !ts.list<!ts.int>, %u0: !ts.tuple<>, %u1: !ts.tuple<!ts.int, !ts.tensor<bf16>>, %m: !ts.dict<!ts.str, !ts.list<!ts.tensor>>) {
  return
}

// CHECK-LABEL: func.func @constants(
func.func @constants() {
  // CHECK: ts.constant 3 : !ts.int
  %0 = ts.constant 3 : !ts.int
  // CHECK: ts.constant -7 : !ts.int
  %1 = ts.constant -7 : !ts.int
  // CHECK: ts.constant 2.500000e+00 : !ts.float
  %2 = ts.constant 2.5 : !ts.float
  // An integer literal of type float is the float.
  // CHECK: ts.constant 3.000000e+00 : !ts.float
  %3 = ts.constant 3 : !ts.float
  // CHECK: ts.constant true : !ts.bool
  %4 = ts.constant true : !ts.bool
  // CHECK: ts.constant false : !ts.bool
  %5 = ts.constant false : !ts.bool
  // CHECK: ts.constant "hi" : !ts.str
  %6 = ts.constant "hi" : !ts.str
  // CHECK: ts.constant none : !ts.none
  %7 = ts.constant none : !ts.none
  // CHECK: ts.constant "cuda:0" : !ts.device
  %8 = ts.constant "cuda:0" : !ts.device
  // CHECK: ts.constant elements dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32> : !ts.tensor<[2],f32>
  %9 = ts.constant elements dense<[1.0, 2.0]> : tensor<2xf32> : !ts.tensor<[2],f32>
  // Negative floats, and infinities in the hex form MLIR prints them in.
  // CHECK: ts.constant -2.500000e+00 : !ts.float
  %10 = ts.constant -2.5 : !ts.float
  // CHECK: ts.constant 0xFFF0000000000000 : !ts.float
  %11 = ts.constant -0x7FF0000000000000 : !ts.float
  // CHECK: ts.constant -9223372036854775808 : !ts.int
  %12 = ts.constant -9223372036854775808 : !ts.int
  ts.print(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12) : !ts.int, !ts.int, !ts.float, !ts.float, !ts.bool, !ts.bool, !ts.str, !ts.none, !ts.device, !ts.tensor<[2],f32>, !ts.float, !ts.float, !ts.int
  return
}

// CHECK-LABEL: func.func @containers(
func.func @containers(%i: !ts.int, %t: !ts.tensor<[2],f32>, %s: !ts.str) -> !ts.int {
  // CHECK: %[[L:.*]] = ts.list_construct(%{{.*}}, %{{.*}}) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %l = ts.list_construct(%i, %i) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  // A refined tensor is an element of a list of tensors.
  // CHECK: ts.list_construct(%{{.*}}) : (!ts.tensor<[2],f32>) -> !ts.list<!ts.tensor>
  %tl = ts.list_construct(%t) : (!ts.tensor<[2],f32>) -> !ts.list<!ts.tensor>
  // CHECK: ts.list_unpack %[[L]] : !ts.list<!ts.int> -> !ts.int, !ts.int
  %a:2 = ts.list_unpack %l : !ts.list<!ts.int> -> !ts.int, !ts.int
  // CHECK: %[[T:.*]] = ts.tuple_construct(%{{.*}}, %{{.*}}) : (!ts.int, !ts.str) -> !ts.tuple<!ts.int, !ts.str>
  %tu = ts.tuple_construct(%i, %s) : (!ts.int, !ts.str) -> !ts.tuple<!ts.int, !ts.str>
  // CHECK: ts.tuple_unpack %[[T]] : !ts.tuple<!ts.int, !ts.str> -> !ts.int, !ts.str
  %b:2 = ts.tuple_unpack %tu : !ts.tuple<!ts.int, !ts.str> -> !ts.int, !ts.str
  // CHECK: ts.tuple_index %[[T]][1] : !ts.tuple<!ts.int, !ts.str> -> !ts.str
  %c = ts.tuple_index %tu[1] : !ts.tuple<!ts.int, !ts.str> -> !ts.str
  // CHECK: ts.dict_construct(%{{.*}}) (%{{.*}}) : (!ts.str, !ts.int) -> !ts.dict<!ts.str, !ts.int>
  %d = ts.dict_construct(%s) (%i) : (!ts.str, !ts.int) -> !ts.dict<!ts.str, !ts.int>
  ts.print(%tl, %a#0, %b#1, %c, %d) : !ts.list<!ts.tensor>, !ts.int, !ts.str, !ts.str, !ts.dict<!ts.str, !ts.int>
  return %a#1 : !ts.int
}

// CHECK-LABEL: func.func @control_flow(
func.func @control_flow(%c: !ts.bool, %n: !ts.int, %x: !ts.tensor) -> !ts.tensor {
  // CHECK: %[[R:.*]]:2 = ts.if %{{.*}} -> (!ts.tensor, !ts.int) {
  // CHECK:   ts.yield %{{.*}}, %{{.*}} : !ts.tensor, !ts.int
  // CHECK: } else {
  // CHECK:   ts.yield %{{.*}}, %{{.*}} : !ts.tensor, !ts.int
  // CHECK: }
  %r:2 = ts.if %c -> (!ts.tensor, !ts.int) {
    ts.yield %x, %n : !ts.tensor, !ts.int
  } else {
    %z = ts.constant 0 : !ts.int
    ts.yield %x, %z : !ts.tensor, !ts.int
  }
  // An if without results.
  // CHECK: ts.if %{{.*}} {
  // CHECK-NEXT: ts.yield
  // CHECK-NEXT: } else {
  ts.if %c {
    ts.yield
  } else {
    %m = ts.constant "boom" : !ts.str
    ts.raise "builtins.RuntimeError", %m
    ts.yield
  }
  // CHECK: %[[L:.*]] = ts.loop %{{.*}}, %{{.*}} (%[[I:.*]]) iter_args(%[[A:.*]] = %[[R]]#0 : !ts.tensor) -> (!ts.tensor) {
  // CHECK:   ts.yield %{{.*}}, %[[A]] : !ts.bool, !ts.tensor
  %l = ts.loop %n, %c (%i) iter_args(%a = %r#0 : !ts.tensor) -> (!ts.tensor) {
    ts.print(%i) : !ts.int
    ts.yield %c, %a : !ts.bool, !ts.tensor
  }
  // A loop without carried values.
  // CHECK: ts.loop %{{.*}}, %{{.*}} (%{{.*}}) {
  ts.loop %n, %c (%i) {
    ts.yield %c : !ts.bool
  }
  // CHECK: ts.raise "builtins.ValueError", %{{.*}}
  %msg = ts.constant "bad" : !ts.str
  ts.raise "builtins.ValueError", %msg
  return %l : !ts.tensor
}

// CHECK-LABEL: func.func @casts(
func.func @casts(%o: !ts.optional<!ts.tensor>, %t: !ts.tensor<[2,?],f32>) {
  // CHECK: ts.uninitialized : !ts.tensor
  %u = ts.uninitialized : !ts.tensor
  // CHECK: ts.unchecked_cast %{{.*}} : !ts.optional<!ts.tensor> -> !ts.tensor
  %a = ts.unchecked_cast %o : !ts.optional<!ts.tensor> -> !ts.tensor
  // CHECK: ts.derefine %{{.*}} : !ts.tensor<[2,?],f32> -> !ts.optional<!ts.tensor>
  %b = ts.derefine %t : !ts.tensor<[2,?],f32> -> !ts.optional<!ts.tensor>
  // CHECK: ts.tensor_cast %{{.*}} : !ts.tensor<[2,?],f32> -> !ts.tensor<[?,3]>
  %c = ts.tensor_cast %t : !ts.tensor<[2,?],f32> -> !ts.tensor<[?,3]>
  // CHECK: ts.print() {end = ""}
  ts.print() {end = ""}
  // CHECK: ts.print(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : !ts.tensor, !ts.tensor, !ts.optional<!ts.tensor>, !ts.tensor<[?,3]>
  ts.print(%u, %a, %b, %c) : !ts.tensor, !ts.tensor, !ts.optional<!ts.tensor>, !ts.tensor<[?,3]>
  // CHECK: ts.operator "aten::lgamma"(%{{.*}}) : (!ts.tensor<[2,?],f32>) -> !ts.tensor
  %d = ts.operator "aten::lgamma"(%t) : (!ts.tensor<[2,?],f32>) -> !ts.tensor
  return
}

// Generated ATen ops use the generic-like form `operands : functional-type`.
// CHECK-LABEL: func.func @aten(
func.func @aten(%a: !ts.tensor, %b: !ts.tensor<[3],f32>, %i: !ts.int, %l: !ts.list<!ts.int>) -> !ts.int {
  // CHECK: ts.aten.add.Tensor %{{.*}}, %{{.*}}, %{{.*}} : (!ts.tensor, !ts.tensor<[3],f32>, !ts.int) -> !ts.tensor
  %0 = ts.aten.add.Tensor %a, %b, %i : (!ts.tensor, !ts.tensor<[3],f32>, !ts.int) -> !ts.tensor
  // CHECK: %{{.*}}, %{{.*}} = ts.aten.max.dim %{{.*}}, %{{.*}}, %{{.*}} : (!ts.tensor, !ts.int, !ts.bool) -> (!ts.tensor, !ts.tensor)
  %f = ts.constant false : !ts.bool
  %1:2 = ts.aten.max.dim %0, %i, %f : (!ts.tensor, !ts.int, !ts.bool) -> (!ts.tensor, !ts.tensor)
  // CHECK: ts.aten.size.int %{{.*}}, %{{.*}} : (!ts.tensor, !ts.int) -> !ts.int
  %2 = ts.aten.size.int %1#0, %i : (!ts.tensor, !ts.int) -> !ts.int
  // CHECK: ts.aten.append.t %{{.*}}, %{{.*}} : (!ts.list<!ts.int>, !ts.int) -> !ts.list<!ts.int>
  %3 = ts.aten.append.t %l, %2 : (!ts.list<!ts.int>, !ts.int) -> !ts.list<!ts.int>
  // CHECK: ts.aten.__is__ %{{.*}}, %{{.*}} : (!ts.tensor, !ts.tensor) -> !ts.bool
  %4 = ts.aten.__is__ %a, %1#1 : (!ts.tensor, !ts.tensor) -> !ts.bool
  // CHECK: ts.prim.NumToTensor.Scalar %{{.*}} : (!ts.int) -> !ts.tensor
  %5 = ts.prim.NumToTensor.Scalar %i : (!ts.int) -> !ts.tensor
  ts.print(%3, %4, %5) : !ts.list<!ts.int>, !ts.bool, !ts.tensor
  return %2 : !ts.int
}
