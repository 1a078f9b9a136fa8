// RUN: tsc-opt %s --ts-refine-types | FileCheck %s
// RUN: tsc-opt %s --ts-simplify | FileCheck %s --check-prefix=SIMPLIFY

// Results are checked against what PyTorch 1.13 computes for the same
// operands. What cannot be known stays unknown: `!ts.tensor<[4]>` has no
// dtype, `!ts.tensor<f32>` no rank.

// Tensor-scalar promotion: a Python float makes an integral tensor float32
// (the default dtype), an int keeps the tensor's dtype (bool becomes int64),
// an unknown Number decides nothing unless the tensor is floating.
// Tensor-tensor: a zero-dim operand only wins when of a higher category;
// uint8 with int8 is int16, bfloat16 with float16 float32; unranked operands
// might be zero-dim, so f32 against f64 stays unknown.

// CHECK-LABEL: func.func @scalars(
// CHECK-SAME: -> (!ts.tensor<[4],f32>, !ts.tensor<[4],i32>, !ts.tensor<[4],i64>, !ts.tensor<[4],i1>, !ts.tensor<[4]>, !ts.tensor<[4],f16>, !ts.tensor<[4],f32>)
// CHECK: ts.aten.add.Scalar {{.*}} -> !ts.tensor<[4],f32>{{$}}
// CHECK: ts.aten.add.Scalar {{.*}} -> !ts.tensor<[4],i32>{{$}}
// CHECK: ts.aten.mul.Scalar {{.*}} -> !ts.tensor<[4],i64>{{$}}
// CHECK: ts.aten.mul.Scalar {{.*}} -> !ts.tensor<[4],i1>{{$}}
// CHECK: ts.aten.mul.Scalar {{.*}} -> !ts.tensor<[4]>{{$}}
// CHECK: ts.aten.mul.Scalar {{.*}} -> !ts.tensor<[4],f16>{{$}}
// CHECK: ts.aten.rsub.Scalar {{.*}} -> !ts.tensor<[4],f32>{{$}}
func.func @scalars(%i64: !ts.tensor<[4],i64>, %i32: !ts.tensor<[4],i32>, %b: !ts.tensor<[4],i1>, %h: !ts.tensor<[4],f16>, %n: !ts.number, %x: !ts.float) -> (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) {
  %one = ts.constant 1 : !ts.int
  %f = ts.constant 1.5 : !ts.float
  %t = ts.constant true : !ts.bool
  %0 = ts.aten.add.Scalar %i64, %f, %one : (!ts.tensor<[4],i64>, !ts.float, !ts.int) -> !ts.tensor
  %1 = ts.aten.add.Scalar %i32, %one, %one : (!ts.tensor<[4],i32>, !ts.int, !ts.int) -> !ts.tensor
  %2 = ts.aten.mul.Scalar %b, %one : (!ts.tensor<[4],i1>, !ts.int) -> !ts.tensor
  %3 = ts.aten.mul.Scalar %b, %t : (!ts.tensor<[4],i1>, !ts.bool) -> !ts.tensor
  %4 = ts.aten.mul.Scalar %i64, %n : (!ts.tensor<[4],i64>, !ts.number) -> !ts.tensor
  %5 = ts.aten.mul.Scalar %h, %n : (!ts.tensor<[4],f16>, !ts.number) -> !ts.tensor
  %6 = ts.aten.rsub.Scalar %i32, %x, %one : (!ts.tensor<[4],i32>, !ts.float, !ts.int) -> !ts.tensor
  return %0, %1, %2, %3, %4, %5, %6 : !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor
}
// CHECK-LABEL: func.func @zero_dim(
// CHECK-SAME: -> (!ts.tensor<[4],f64>, !ts.tensor<[4],f32>, !ts.tensor, !ts.tensor<f32>, !ts.tensor<[2,3],i16>, !ts.tensor<[3],f32>)
// CHECK: ts.aten.add.Tensor {{.*}} -> !ts.tensor<[4],f64>{{$}}
// CHECK: ts.aten.add.Tensor {{.*}} -> !ts.tensor<[4],f32>{{$}}
// CHECK: ts.aten.add.Tensor {{.*}} -> !ts.tensor{{$}}
// CHECK: ts.aten.add.Tensor {{.*}} -> !ts.tensor<f32>{{$}}
// CHECK: ts.aten.sub.Tensor {{.*}} -> !ts.tensor<[2,3],i16>{{$}}
// CHECK: ts.aten.mul.Tensor {{.*}} -> !ts.tensor<[3],f32>{{$}}
func.func @zero_dim(%i32: !ts.tensor<[4],i32>, %f32: !ts.tensor<[4],f32>, %d0: !ts.tensor<[],f64>, %u: !ts.tensor<f32>, %v: !ts.tensor<f64>, %u8: !ts.tensor<[2,1],ui8>, %i8: !ts.tensor<[3],i8>, %bf: !ts.tensor<[3],bf16>, %h: !ts.tensor<[3],f16>) -> (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) {
  %one = ts.constant 1 : !ts.int
  %0 = ts.aten.add.Tensor %i32, %d0, %one : (!ts.tensor<[4],i32>, !ts.tensor<[],f64>, !ts.int) -> !ts.tensor
  %1 = ts.aten.add.Tensor %f32, %d0, %one : (!ts.tensor<[4],f32>, !ts.tensor<[],f64>, !ts.int) -> !ts.tensor
  %2 = ts.aten.add.Tensor %u, %v, %one : (!ts.tensor<f32>, !ts.tensor<f64>, !ts.int) -> !ts.tensor
  %3 = ts.aten.add.Tensor %u, %u, %one : (!ts.tensor<f32>, !ts.tensor<f32>, !ts.int) -> !ts.tensor
  %4 = ts.aten.sub.Tensor %u8, %i8, %one : (!ts.tensor<[2,1],ui8>, !ts.tensor<[3],i8>, !ts.int) -> !ts.tensor
  %5 = ts.aten.mul.Tensor %bf, %h : (!ts.tensor<[3],bf16>, !ts.tensor<[3],f16>) -> !ts.tensor
  return %0, %1, %2, %3, %4, %5 : !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor
}

// Comparisons give bool; true division of integers float32, floor division
// keeps them (unknown when the mode is not known); float functions of
// integers give float32; ops that raise on some dtypes (neg of bool, gelu
// of int) claim no dtype. Reductions: sum/prod of bool and ints is int64,
// dims and keepdim from constants, max.dim's indices int64.

// CHECK-LABEL: func.func @ops(
// CHECK: ts.aten.lt.Tensor {{.*}} -> !ts.tensor<[2,3],i1>{{$}}
// CHECK: ts.aten.div.Tensor {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.div.Tensor_mode {{.*}} -> !ts.tensor<[2,3],i64>{{$}}
// CHECK: ts.aten.div.Tensor_mode {{.*}} -> !ts.tensor<[2,3]>{{$}}
// CHECK: ts.aten.div.Tensor_mode {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.exp {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.neg {{.*}} -> !ts.tensor<[2,3],i64>{{$}}
// CHECK: ts.aten.neg {{.*}} -> !ts.tensor<[2,3]>{{$}}
// CHECK: ts.aten.where.self {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.where.ScalarSelf {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.clamp {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.clamp {{.*}} -> !ts.tensor<[2,3],i64>{{$}}
// CHECK: ts.aten.logical_not {{.*}} -> !ts.tensor<[2,3],i1>{{$}}
// CHECK: ts.aten.sigmoid {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.pow.Scalar {{.*}} -> !ts.tensor<[2,3],i64>{{$}}
// CHECK: ts.aten.pow.Tensor_Scalar {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.gelu {{.*}} -> !ts.tensor<[2,3]>{{$}}
func.func @ops(%a: !ts.tensor<[2,3],f32>, %i: !ts.tensor<[2,3],i64>, %b: !ts.tensor<[2,3],i1>, %mode: !ts.optional<!ts.str>) {
  %one = ts.constant 1 : !ts.int
  %none = ts.constant none : !ts.none
  %floor = ts.constant "floor" : !ts.str
  %h = ts.constant 0.5 : !ts.float
  %0 = ts.aten.lt.Tensor %a, %i : (!ts.tensor<[2,3],f32>, !ts.tensor<[2,3],i64>) -> !ts.tensor
  %1 = ts.aten.div.Tensor %i, %i : (!ts.tensor<[2,3],i64>, !ts.tensor<[2,3],i64>) -> !ts.tensor
  %2 = ts.aten.div.Tensor_mode %i, %i, %floor : (!ts.tensor<[2,3],i64>, !ts.tensor<[2,3],i64>, !ts.str) -> !ts.tensor
  %3 = ts.aten.div.Tensor_mode %i, %i, %mode : (!ts.tensor<[2,3],i64>, !ts.tensor<[2,3],i64>, !ts.optional<!ts.str>) -> !ts.tensor
  %4 = ts.aten.div.Tensor_mode %i, %i, %none : (!ts.tensor<[2,3],i64>, !ts.tensor<[2,3],i64>, !ts.none) -> !ts.tensor
  %5 = ts.aten.exp %i : (!ts.tensor<[2,3],i64>) -> !ts.tensor
  %6 = ts.aten.neg %i : (!ts.tensor<[2,3],i64>) -> !ts.tensor
  %7 = ts.aten.neg %b : (!ts.tensor<[2,3],i1>) -> !ts.tensor
  %8 = ts.aten.where.self %b, %i, %a : (!ts.tensor<[2,3],i1>, !ts.tensor<[2,3],i64>, !ts.tensor<[2,3],f32>) -> !ts.tensor
  %9 = ts.aten.where.ScalarSelf %b, %h, %i : (!ts.tensor<[2,3],i1>, !ts.float, !ts.tensor<[2,3],i64>) -> !ts.tensor
  %10 = ts.aten.clamp %i, %h, %none : (!ts.tensor<[2,3],i64>, !ts.float, !ts.none) -> !ts.tensor
  %11 = ts.aten.clamp %i, %one, %none : (!ts.tensor<[2,3],i64>, !ts.int, !ts.none) -> !ts.tensor
  %12 = ts.aten.logical_not %a : (!ts.tensor<[2,3],f32>) -> !ts.tensor
  %13 = ts.aten.sigmoid %b : (!ts.tensor<[2,3],i1>) -> !ts.tensor
  %14 = ts.aten.pow.Scalar %one, %i : (!ts.int, !ts.tensor<[2,3],i64>) -> !ts.tensor
  %15 = ts.aten.pow.Tensor_Scalar %i, %h : (!ts.tensor<[2,3],i64>, !ts.float) -> !ts.tensor
  %16 = ts.aten.gelu %i, %floor : (!ts.tensor<[2,3],i64>, !ts.str) -> !ts.tensor
  ts.print(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16) : !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor
  return
}
// CHECK-LABEL: func.func @reductions(
// CHECK: ts.aten.sum {{.*}} -> !ts.tensor<[],i64>{{$}}
// CHECK: ts.aten.sum.dim_IntList {{.*}} -> !ts.tensor<[2,1,4],f32>{{$}}
// CHECK: ts.aten.sum.dim_IntList {{.*}} -> !ts.tensor<[],f64>{{$}}
// CHECK: ts.aten.mean.dim {{.*}} -> !ts.tensor<[2],f32>{{$}}
// CHECK: ts.aten.mean.dim {{.*}} -> !ts.tensor<[1,1,1],f32>{{$}}
// CHECK: ts.aten.mean {{.*}} -> !ts.tensor<[]>{{$}}
// CHECK: ts.aten.max.dim {{.*}} -> (!ts.tensor<[?],f32>, !ts.tensor<[?],i64>){{$}}
// CHECK: ts.aten.argmax {{.*}} -> !ts.tensor<[1,1,1],i64>{{$}}
// CHECK: ts.aten.argmin {{.*}} -> !ts.tensor<[2,3],i64>{{$}}
// CHECK: ts.aten.amax {{.*}} -> !ts.tensor<f32>{{$}}
// CHECK: ts.aten.prod {{.*}} -> !ts.tensor<[],i64>{{$}}
// CHECK: ts.aten.softmax.int {{.*}} -> !ts.tensor<[2,3,4],f64>{{$}}
// CHECK: ts.aten.log_softmax.int {{.*}} -> !ts.tensor<[?,3],f32>{{$}}
func.func @reductions(%a: !ts.tensor<[2,3,4],f32>, %b: !ts.tensor<[2,3],i1>, %i: !ts.tensor<[5],i32>, %u: !ts.tensor<[?,3],f32>, %k: !ts.bool) {
  %none = ts.constant none : !ts.none
  %t = ts.constant true : !ts.bool
  %f = ts.constant false : !ts.bool
  %c1 = ts.constant 1 : !ts.int
  %cm1 = ts.constant -1 : !ts.int
  %c7 = ts.constant 7 : !ts.int
  %l = ts.list_construct(%c1) : (!ts.int) -> !ts.list<!ts.int>
  %l2 = ts.list_construct(%c1, %cm1) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %empty = ts.list_construct() : () -> !ts.list<!ts.int>
  %0 = ts.aten.sum %b, %none : (!ts.tensor<[2,3],i1>, !ts.none) -> !ts.tensor
  %1 = ts.aten.sum.dim_IntList %a, %l, %t, %none : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor
  %2 = ts.aten.sum.dim_IntList %i, %empty, %f, %c7 : (!ts.tensor<[5],i32>, !ts.list<!ts.int>, !ts.bool, !ts.int) -> !ts.tensor
  %3 = ts.aten.mean.dim %a, %l2, %f, %none : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor
  %4 = ts.aten.mean.dim %a, %none, %t, %none : (!ts.tensor<[2,3,4],f32>, !ts.none, !ts.bool, !ts.none) -> !ts.tensor
  %5 = ts.aten.mean %i, %none : (!ts.tensor<[5],i32>, !ts.none) -> !ts.tensor
  %6:2 = ts.aten.max.dim %u, %c1, %f : (!ts.tensor<[?,3],f32>, !ts.int, !ts.bool) -> (!ts.tensor, !ts.tensor)
  %7 = ts.aten.argmax %a, %none, %t : (!ts.tensor<[2,3,4],f32>, !ts.none, !ts.bool) -> !ts.tensor
  %8 = ts.aten.argmin %a, %cm1, %f : (!ts.tensor<[2,3,4],f32>, !ts.int, !ts.bool) -> !ts.tensor
  %9 = ts.aten.amax %u, %l, %k : (!ts.tensor<[?,3],f32>, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor
  %10 = ts.aten.prod %i, %none : (!ts.tensor<[5],i32>, !ts.none) -> !ts.tensor
  %11 = ts.aten.softmax.int %a, %c1, %c7 : (!ts.tensor<[2,3,4],f32>, !ts.int, !ts.int) -> !ts.tensor
  %12 = ts.aten.log_softmax.int %u, %c1, %none : (!ts.tensor<[?,3],f32>, !ts.int, !ts.none) -> !ts.tensor
  ts.print(%0, %1, %2, %3, %4, %5, %6#0, %6#1, %7, %8, %9, %10, %11, %12) : !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor
  return
}

// torch.matmul in all its forms, mm, bmm (batch sizes merge), linear with
// and without bias. Views: reshape infers the one -1 (or the one unknown
// entry) from the element count; size lists may come from aten.size;
// slice clamps start/end as PyTorch does; squeeze of a dynamic size might
// drop it, so the rank is unknown.

// CHECK-LABEL: func.func @linalg(
// CHECK: ts.aten.matmul {{.*}} -> !ts.tensor<[],f32>{{$}}
// CHECK: ts.aten.matmul {{.*}} -> !ts.tensor<[2],f32>{{$}}
// CHECK: ts.aten.matmul {{.*}} -> !ts.tensor<[4],f32>{{$}}
// CHECK: ts.aten.matmul {{.*}} -> !ts.tensor<[7,5,2,4],f32>{{$}}
// CHECK: ts.aten.matmul {{.*}} -> !ts.tensor<[5,2],f32>{{$}}
// CHECK: ts.aten.matmul {{.*}} -> !ts.tensor<[7,1,4],f32>{{$}}
// CHECK: ts.aten.mm {{.*}} -> !ts.tensor<[2,4],f32>{{$}}
// CHECK: ts.aten.bmm {{.*}} -> !ts.tensor<[5,2,3],f32>{{$}}
// CHECK: ts.aten.linear {{.*}} -> !ts.tensor<[?,5,4],f32>{{$}}
// CHECK: ts.aten.linear {{.*}} -> !ts.tensor<[4],f32>{{$}}
// CHECK: ts.aten.linear {{.*}} -> !ts.tensor<f32>{{$}}
// CHECK: ts.aten.matmul {{.*}} -> !ts.tensor<f32>{{$}}
func.func @linalg(%v: !ts.tensor<[3],f32>, %m: !ts.tensor<[2,3],f32>, %n: !ts.tensor<[3,4],f32>, %b1: !ts.tensor<[1,5,2,3],f32>, %b2: !ts.tensor<[7,1,3,4],f32>, %b3: !ts.tensor<[5,2,3],f32>, %w: !ts.tensor<[4,3],f32>, %bias: !ts.tensor<[4],f32>, %x: !ts.tensor<[?,5,3],f32>, %u: !ts.tensor, %ob: !ts.optional<!ts.tensor>) {
  %none = ts.constant none : !ts.none
  %0 = ts.aten.matmul %v, %v : (!ts.tensor<[3],f32>, !ts.tensor<[3],f32>) -> !ts.tensor
  %1 = ts.aten.matmul %m, %v : (!ts.tensor<[2,3],f32>, !ts.tensor<[3],f32>) -> !ts.tensor
  %2 = ts.aten.matmul %v, %n : (!ts.tensor<[3],f32>, !ts.tensor<[3,4],f32>) -> !ts.tensor
  %3 = ts.aten.matmul %b1, %b2 : (!ts.tensor<[1,5,2,3],f32>, !ts.tensor<[7,1,3,4],f32>) -> !ts.tensor
  %4 = ts.aten.matmul %b3, %v : (!ts.tensor<[5,2,3],f32>, !ts.tensor<[3],f32>) -> !ts.tensor
  %5 = ts.aten.matmul %v, %b2 : (!ts.tensor<[3],f32>, !ts.tensor<[7,1,3,4],f32>) -> !ts.tensor
  %6 = ts.aten.mm %m, %n : (!ts.tensor<[2,3],f32>, !ts.tensor<[3,4],f32>) -> !ts.tensor
  %7 = ts.aten.bmm %b3, %x : (!ts.tensor<[5,2,3],f32>, !ts.tensor<[?,5,3],f32>) -> !ts.tensor
  %8 = ts.aten.linear %x, %w, %bias : (!ts.tensor<[?,5,3],f32>, !ts.tensor<[4,3],f32>, !ts.tensor<[4],f32>) -> !ts.tensor
  %9 = ts.aten.linear %v, %w, %none : (!ts.tensor<[3],f32>, !ts.tensor<[4,3],f32>, !ts.none) -> !ts.tensor
  %10 = ts.aten.linear %m, %w, %ob : (!ts.tensor<[2,3],f32>, !ts.tensor<[4,3],f32>, !ts.optional<!ts.tensor>) -> !ts.tensor
  %11 = ts.aten.matmul %u, %m : (!ts.tensor, !ts.tensor<[2,3],f32>) -> !ts.tensor
  ts.print(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11) : !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor
  return
}
// CHECK-LABEL: func.func @views(
// CHECK: ts.aten.reshape {{.*}} -> !ts.tensor<[6,2,2],f32>{{$}}
// CHECK: ts.aten.view {{.*}} -> !ts.tensor<[?,3],i64>{{$}}
// CHECK: ts.aten.size {{.*}} -> !ts.list<!ts.int>{{$}}
// CHECK: ts.aten.view {{.*}} -> !ts.tensor<[8,3],f32>{{$}}
// CHECK: ts.aten.flatten.using_ints {{.*}} -> !ts.tensor<[2,12],f32>{{$}}
// CHECK: ts.aten.t {{.*}} -> !ts.tensor<[3,?],i64>{{$}}
// CHECK: ts.aten.transpose.int {{.*}} -> !ts.tensor<[4,3,2],f32>{{$}}
// CHECK: ts.aten.permute {{.*}} -> !ts.tensor<[4,2,3],f32>{{$}}
// CHECK: ts.aten.unsqueeze {{.*}} -> !ts.tensor<[?,3,1],i64>{{$}}
// CHECK: ts.aten.squeeze.dim {{.*}} -> !ts.tensor<[?,3],i64>{{$}}
// CHECK: ts.aten.squeeze {{.*}} -> !ts.tensor<i64>{{$}}
// CHECK: ts.aten.select.int {{.*}} -> !ts.tensor<[2,4],f32>{{$}}
// CHECK: ts.aten.slice.Tensor {{.*}} -> !ts.tensor<[3],f32>{{$}}
// CHECK: ts.aten.slice.Tensor {{.*}} -> !ts.tensor<[3],f32>{{$}}
// CHECK: ts.aten.slice.Tensor {{.*}} -> !ts.tensor<[0],f32>{{$}}
// CHECK: ts.aten.slice.Tensor {{.*}} -> !ts.tensor<[?,3],i64>{{$}}
// CHECK: ts.aten.slice.Tensor {{.*}} -> !ts.tensor<[?,?],i64>{{$}}
// CHECK: ts.aten.slice.Tensor {{.*}} -> !ts.tensor<[5],f32>{{$}}
// CHECK: ts.aten.unsqueeze {{.*}} -> !ts.tensor<[10,1],f32>{{$}}
// CHECK: ts.aten.expand {{.*}} -> !ts.tensor<[2,10,5],f32>{{$}}
// CHECK: ts.aten.expand_as {{.*}} -> !ts.tensor<[2,3,4],f32>{{$}}
// CHECK: ts.aten.contiguous {{.*}} -> !ts.tensor<[?,3],i64>{{$}}
func.func @views(%a: !ts.tensor<[2,3,4],f32>, %d: !ts.tensor<[?,3],i64>, %s: !ts.tensor<[10],f32>, %k: !ts.int) {
  %none = ts.constant none : !ts.none
  %f = ts.constant false : !ts.bool
  %c0 = ts.constant 0 : !ts.int
  %c1 = ts.constant 1 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %c3 = ts.constant 3 : !ts.int
  %c5 = ts.constant 5 : !ts.int
  %cm1 = ts.constant -1 : !ts.int
  %cm3 = ts.constant -3 : !ts.int
  %big = ts.constant 100 : !ts.int
  %shape = ts.list_construct(%cm1, %c2, %c2) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.reshape %a, %shape : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>) -> !ts.tensor
  %shape2 = ts.list_construct(%k, %c3) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %1 = ts.aten.view %d, %shape2 : (!ts.tensor<[?,3],i64>, !ts.list<!ts.int>) -> !ts.tensor
  %sz = ts.aten.size %d : (!ts.tensor<[?,3],i64>) -> !ts.list<!ts.int>
  %2 = ts.aten.view %a, %sz : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>) -> !ts.tensor
  %3 = ts.aten.flatten.using_ints %a, %c1, %cm1 : (!ts.tensor<[2,3,4],f32>, !ts.int, !ts.int) -> !ts.tensor
  %4 = ts.aten.t %d : (!ts.tensor<[?,3],i64>) -> !ts.tensor
  %5 = ts.aten.transpose.int %a, %c0, %cm1 : (!ts.tensor<[2,3,4],f32>, !ts.int, !ts.int) -> !ts.tensor
  %perm = ts.list_construct(%c2, %c0, %c1) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %6 = ts.aten.permute %a, %perm : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>) -> !ts.tensor
  %7 = ts.aten.unsqueeze %d, %cm1 : (!ts.tensor<[?,3],i64>, !ts.int) -> !ts.tensor
  %8 = ts.aten.squeeze.dim %7, %c2 : (!ts.tensor, !ts.int) -> !ts.tensor
  %9 = ts.aten.squeeze %7 : (!ts.tensor) -> !ts.tensor
  %10 = ts.aten.select.int %a, %c1, %c0 : (!ts.tensor<[2,3,4],f32>, !ts.int, !ts.int) -> !ts.tensor
  %11 = ts.aten.slice.Tensor %s, %c0, %cm3, %none, %c1 : (!ts.tensor<[10],f32>, !ts.int, !ts.int, !ts.none, !ts.int) -> !ts.tensor
  %12 = ts.aten.slice.Tensor %s, %c0, %c2, %big, %c3 : (!ts.tensor<[10],f32>, !ts.int, !ts.int, !ts.int, !ts.int) -> !ts.tensor
  %13 = ts.aten.slice.Tensor %s, %c0, %c5, %c2, %c1 : (!ts.tensor<[10],f32>, !ts.int, !ts.int, !ts.int, !ts.int) -> !ts.tensor
  %14 = ts.aten.slice.Tensor %d, %c0, %c0, %none, %c1 : (!ts.tensor<[?,3],i64>, !ts.int, !ts.int, !ts.none, !ts.int) -> !ts.tensor
  %15 = ts.aten.slice.Tensor %d, %c1, %k, %none, %c1 : (!ts.tensor<[?,3],i64>, !ts.int, !ts.int, !ts.none, !ts.int) -> !ts.tensor
  %16 = ts.aten.slice.Tensor %s, %c0, %none, %cm1, %c2 : (!ts.tensor<[10],f32>, !ts.int, !ts.none, !ts.int, !ts.int) -> !ts.tensor
  %esz = ts.list_construct(%c2, %cm1, %c5) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %col = ts.aten.unsqueeze %s, %c1 : (!ts.tensor<[10],f32>, !ts.int) -> !ts.tensor
  %17 = ts.aten.expand %col, %esz, %f : (!ts.tensor, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor
  %18 = ts.aten.expand_as %s, %a : (!ts.tensor<[10],f32>, !ts.tensor<[2,3,4],f32>) -> !ts.tensor
  %19 = ts.aten.contiguous %d, %c0 : (!ts.tensor<[?,3],i64>, !ts.int) -> !ts.tensor
  ts.print(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19) : !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor
  return
}

// Factories: dtype None is float32 for zeros/ones, the fill value's type for
// full (int -> int64 in 1.13), all-int arange is int64 with ceil((end -
// start) / step) elements; NumToTensor gives int64/float64 0-d tensors;
// dtype arguments may be constants or prim.dtype of a refined tensor.
// cat promotes and skips legacy empty 1-d tensors; a list that is appended
// to is not trusted.

// CHECK-LABEL: func.func @factories(
// CHECK: ts.aten.zeros {{.*}} -> !ts.tensor<[2,?],f32>{{$}}
// CHECK: ts.aten.ones {{.*}} -> !ts.tensor<[2,?],i64>{{$}}
// CHECK: ts.aten.full {{.*}} -> !ts.tensor<[2,?],i64>{{$}}
// CHECK: ts.aten.full {{.*}} -> !ts.tensor<[2,?],i1>{{$}}
// CHECK: ts.aten.zeros_like {{.*}} -> !ts.tensor<[2,3],i32>{{$}}
// CHECK: ts.aten.full_like {{.*}} -> !ts.tensor<[2,3],i32>{{$}}
// CHECK: ts.prim.dtype {{.*}} -> !ts.int{{$}}
// CHECK: ts.aten.ones_like {{.*}} -> !ts.tensor<[2,3],f32>{{$}}
// CHECK: ts.aten.arange {{.*}} -> !ts.tensor<[10],i64>{{$}}
// CHECK: ts.aten.arange.start_step {{.*}} -> !ts.tensor<[3],f32>{{$}}
// CHECK: ts.aten.arange.start_step {{.*}} -> !ts.tensor<[4],i64>{{$}}
// CHECK: ts.aten.arange.start {{.*}} -> !ts.tensor<[?],i64>{{$}}
// CHECK: ts.prim.NumToTensor.Scalar {{.*}} -> !ts.tensor<[],i64>{{$}}
// CHECK: ts.prim.NumToTensor.Scalar {{.*}} -> !ts.tensor<[],f64>{{$}}
// CHECK: ts.aten.tensor.float {{.*}} -> !ts.tensor<[],f32>{{$}}
// CHECK: ts.aten.tensor.int {{.*}} -> !ts.tensor<[],i64>{{$}}
// CHECK: ts.aten.to.dtype {{.*}} -> !ts.tensor<[2,3],i8>{{$}}
// CHECK: ts.aten.stack {{.*}} -> !ts.tensor<[2,2,1],f32>{{$}}
// CHECK: ts.aten.cat {{.*}} -> !ts.tensor<[2,4],f32>{{$}}
// CHECK: ts.aten.cat {{.*}} -> !ts.tensor{{$}}
// CHECK: ts.aten.append.t {{.*}} -> !ts.list<!ts.tensor>{{$}}
// CHECK: ts.aten.tensor {{.*}} -> !ts.tensor<[3],i64>{{$}}
func.func @factories(%a: !ts.tensor<[2,3],i32>, %e: !ts.tensor<[0],f32>, %c: !ts.tensor<[2,1],f32>, %n: !ts.int, %x: !ts.float, %flag: !ts.bool) {
  %none = ts.constant none : !ts.none
  %f = ts.constant false : !ts.bool
  %c0 = ts.constant 0 : !ts.int
  %c1 = ts.constant 1 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %c3 = ts.constant 3 : !ts.int
  %c4 = ts.constant 4 : !ts.int
  %c10 = ts.constant 10 : !ts.int
  %h = ts.constant 0.5 : !ts.float
  %f25 = ts.constant 2.5 : !ts.float
  %size = ts.list_construct(%c2, %n) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.zeros %size, %none, %none, %none, %none : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %1 = ts.aten.ones %size, %c4, %none, %none, %none : (!ts.list<!ts.int>, !ts.int, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %2 = ts.aten.full %size, %c3, %none, %none, %none, %none : (!ts.list<!ts.int>, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %3 = ts.aten.full %size, %flag, %none, %none, %none, %none : (!ts.list<!ts.int>, !ts.bool, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %4 = ts.aten.zeros_like %a, %none, %none, %none, %none, %none : (!ts.tensor<[2,3],i32>, !ts.none, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %5 = ts.aten.full_like %a, %h, %none, %none, %none, %none, %none : (!ts.tensor<[2,3],i32>, !ts.float, !ts.none, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %dt = ts.prim.dtype %c : (!ts.tensor<[2,1],f32>) -> !ts.int
  %6 = ts.aten.ones_like %a, %dt, %none, %none, %none, %none : (!ts.tensor<[2,3],i32>, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %7 = ts.aten.arange %c10, %none, %none, %none, %none : (!ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %8 = ts.aten.arange.start_step %c1, %f25, %h, %none, %none, %none, %none : (!ts.int, !ts.float, !ts.float, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %9 = ts.aten.arange.start_step %c0, %c10, %c3, %none, %none, %none, %none : (!ts.int, !ts.int, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %10 = ts.aten.arange.start %c0, %n, %none, %none, %none, %none : (!ts.int, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %11 = ts.prim.NumToTensor.Scalar %n : (!ts.int) -> !ts.tensor
  %12 = ts.prim.NumToTensor.Scalar %x : (!ts.float) -> !ts.tensor
  %13 = ts.aten.tensor.float %x, %none, %none, %f : (!ts.float, !ts.none, !ts.none, !ts.bool) -> !ts.tensor
  %14 = ts.aten.tensor.int %n, %none, %none, %f : (!ts.int, !ts.none, !ts.none, !ts.bool) -> !ts.tensor
  %15 = ts.aten.to.dtype %a, %c1, %f, %f, %none : (!ts.tensor<[2,3],i32>, !ts.int, !ts.bool, !ts.bool, !ts.none) -> !ts.tensor
  %l = ts.list_construct(%c, %c) : (!ts.tensor<[2,1],f32>, !ts.tensor<[2,1],f32>) -> !ts.list<!ts.tensor>
  %16 = ts.aten.stack %l, %c1 : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
  %l2 = ts.list_construct(%a, %c, %e) : (!ts.tensor<[2,3],i32>, !ts.tensor<[2,1],f32>, !ts.tensor<[0],f32>) -> !ts.list<!ts.tensor>
  %17 = ts.aten.cat %l2, %c1 : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
  %l3 = ts.list_construct(%a, %a) : (!ts.tensor<[2,3],i32>, !ts.tensor<[2,3],i32>) -> !ts.list<!ts.tensor>
  %18 = ts.aten.cat %l3, %c0 : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
  %19 = ts.aten.append.t %l3, %c : (!ts.list<!ts.tensor>, !ts.tensor<[2,1],f32>) -> !ts.list<!ts.tensor>
  %il = ts.list_construct(%c1, %c2, %c3) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %20 = ts.aten.tensor %il, %none, %none, %f : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.bool) -> !ts.tensor
  ts.print(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %20) : !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor
  return
}

// The if's results join the branches: a size that differs becomes dynamic,
// a dtype that differs is dropped; an uninitialized value constrains
// nothing and is recreated with the joined type. Each branch casts what it
// yields to the joined type.
// CHECK-LABEL: func.func @if_join(
// CHECK-SAME: -> (!ts.tensor<[2,?],f32>, !ts.tensor<[2,3]>, !ts.tensor<[2,3],f64>)
// CHECK: %[[IF:.*]]:3 = ts.if %{{.*}} -> (!ts.tensor<[2,?],f32>, !ts.tensor<[2,3]>, !ts.tensor<[2,3],f64>) {
// CHECK:   %[[A:.*]] = ts.aten.relu %{{.*}} -> !ts.tensor<[2,3],f32>
// CHECK:   %[[A0:.*]] = ts.tensor_cast %[[A]] : !ts.tensor<[2,3],f32> -> !ts.tensor<[2,?],f32>
// CHECK:   %[[A1:.*]] = ts.tensor_cast %[[A]] : !ts.tensor<[2,3],f32> -> !ts.tensor<[2,3]>
// CHECK:   %[[U:.*]] = ts.uninitialized : !ts.tensor<[2,3],f64>
// CHECK:   ts.yield %[[A0]], %[[A1]], %[[U]] : !ts.tensor<[2,?],f32>, !ts.tensor<[2,3]>, !ts.tensor<[2,3],f64>
// CHECK: } else {
// CHECK:   %[[B:.*]] = ts.aten.relu %{{.*}} -> !ts.tensor<[2,4],f32>
// CHECK:   %[[D:.*]] = ts.aten.relu %{{.*}} -> !ts.tensor<[2,3],f64>
// CHECK:   %[[B0:.*]] = ts.tensor_cast %[[B]] : !ts.tensor<[2,4],f32> -> !ts.tensor<[2,?],f32>
// CHECK:   %[[D1:.*]] = ts.tensor_cast %[[D]] : !ts.tensor<[2,3],f64> -> !ts.tensor<[2,3]>
// CHECK:   ts.yield %[[B0]], %[[D1]], %[[D]] : !ts.tensor<[2,?],f32>, !ts.tensor<[2,3]>, !ts.tensor<[2,3],f64>
// CHECK: }
// CHECK: %[[S:.*]] = ts.aten.add.Tensor %[[IF]]#0, %[[IF]]#0, %{{.*}} -> !ts.tensor<[2,?],f32>
// CHECK: return %[[S]], %[[IF]]#1, %[[IF]]#2 : !ts.tensor<[2,?],f32>, !ts.tensor<[2,3]>, !ts.tensor<[2,3],f64>
func.func @if_join(%c: !ts.bool, %a: !ts.tensor<[2,3],f32>, %b: !ts.tensor<[2,4],f32>, %d: !ts.tensor<[2,3],f64>) -> (!ts.tensor, !ts.tensor, !ts.tensor) {
  %one = ts.constant 1 : !ts.int
  %r:3 = ts.if %c -> (!ts.tensor, !ts.tensor, !ts.tensor) {
    %0 = ts.aten.relu %a : (!ts.tensor<[2,3],f32>) -> !ts.tensor
    %u = ts.uninitialized : !ts.tensor
    ts.yield %0, %0, %u : !ts.tensor, !ts.tensor, !ts.tensor
  } else {
    %1 = ts.aten.relu %b : (!ts.tensor<[2,4],f32>) -> !ts.tensor
    %2 = ts.aten.relu %d : (!ts.tensor<[2,3],f64>) -> !ts.tensor
    ts.yield %1, %2, %2 : !ts.tensor, !ts.tensor, !ts.tensor
  }
  %s = ts.aten.add.Tensor %r#0, %r#0, %one : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
  return %s, %r#1, %r#2 : !ts.tensor, !ts.tensor, !ts.tensor
}

// Loop-carried values reach a fixpoint: the concatenation grows ([1], [2],
// ...) so its size becomes dynamic; the recurrent state keeps [4,3]; a value
// that starts uninitialized takes the type of what the body yields.
// CHECK-LABEL: func.func @loop_grow(
// CHECK-SAME: %[[X:[^:]*]]: !ts.tensor<[1],f32>
// CHECK-SAME: %[[H:[^:]*]]: !ts.tensor<[4,3],f32>
// CHECK-SAME: -> (!ts.tensor<[?],f32>, !ts.tensor<[4,3],f32>, !ts.tensor<[4,3],f32>)
// CHECK: %[[X0:.*]] = ts.tensor_cast %[[X]] : !ts.tensor<[1],f32> -> !ts.tensor<[?],f32>
// CHECK: %[[U:.*]] = ts.uninitialized : !ts.tensor<[4,3],f32>
// CHECK: %[[L:.*]]:3 = ts.loop %{{.*}}, %{{.*}} (%{{.*}}) iter_args(%[[ACC:.*]] = %[[X0]] : !ts.tensor<[?],f32>, %[[ST:.*]] = %[[H]] : !ts.tensor<[4,3],f32>, %{{.*}} = %[[U]] : !ts.tensor<[4,3],f32>) -> (!ts.tensor<[?],f32>, !ts.tensor<[4,3],f32>, !ts.tensor<[4,3],f32>) {
// CHECK:   %[[CAT:.*]] = ts.aten.cat {{.*}} -> !ts.tensor<[?],f32>
// CHECK:   %[[MM:.*]] = ts.aten.mm %[[ST]], {{.*}} -> !ts.tensor<[4,3],f32>
// CHECK:   %[[TH:.*]] = ts.aten.tanh %[[MM]] : (!ts.tensor<[4,3],f32>) -> !ts.tensor<[4,3],f32>
// CHECK:   ts.yield %{{.*}}, %[[CAT]], %[[TH]], %[[TH]] : !ts.bool, !ts.tensor<[?],f32>, !ts.tensor<[4,3],f32>, !ts.tensor<[4,3],f32>
// CHECK: return %[[L]]#0, %[[L]]#1, %[[L]]#2
func.func @loop_grow(%n: !ts.int, %x: !ts.tensor<[1],f32>, %w: !ts.tensor<[3,3],f32>, %h: !ts.tensor<[4,3],f32>) -> (!ts.tensor, !ts.tensor, !ts.tensor) {
  %t = ts.constant true : !ts.bool
  %c0 = ts.constant 0 : !ts.int
  %one = ts.constant 1 : !ts.int
  %u = ts.uninitialized : !ts.tensor
  %x0 = ts.tensor_cast %x : !ts.tensor<[1],f32> -> !ts.tensor
  %h0 = ts.tensor_cast %h : !ts.tensor<[4,3],f32> -> !ts.tensor
  %r:3 = ts.loop %n, %t (%i) iter_args(%acc = %x0 : !ts.tensor, %state = %h0 : !ts.tensor, %last = %u : !ts.tensor) -> (!ts.tensor, !ts.tensor, !ts.tensor) {
    %l = ts.list_construct(%acc, %x) : (!ts.tensor, !ts.tensor<[1],f32>) -> !ts.list<!ts.tensor>
    %cat = ts.aten.cat %l, %c0 : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
    %mm = ts.aten.mm %state, %w : (!ts.tensor, !ts.tensor<[3,3],f32>) -> !ts.tensor
    %th = ts.aten.tanh %mm : (!ts.tensor) -> !ts.tensor
    ts.yield %t, %cat, %th, %th : !ts.bool, !ts.tensor, !ts.tensor, !ts.tensor
  }
  return %r#0, %r#1, %r#2 : !ts.tensor, !ts.tensor, !ts.tensor
}

// A carried value that starts uninitialized and is first assigned on one
// path (`best = x if first else best + x`): while the fixpoint starts, what
// is computed from it holds no value yet and constrains no join, so it
// gets the type of the other path rather than staying unknown.
// CHECK-LABEL: func.func @loop_first_assigned(
// CHECK-SAME: -> !ts.tensor<[?],f32>
// CHECK: %[[U:.*]] = ts.uninitialized : !ts.tensor<[?],f32>
// CHECK: ts.loop %{{.*}}, %{{.*}} (%{{.*}}) iter_args(%{{.*}} = %{{.*}} : !ts.bool, %[[B:.*]] = %[[U]] : !ts.tensor<[?],f32>) -> (!ts.bool, !ts.tensor<[?],f32>)
// CHECK:   ts.if %{{.*}} -> (!ts.tensor<[?],f32>)
// CHECK:     ts.aten.add.Tensor %[[B]], %{{.*}} -> !ts.tensor<[?],f32>
func.func @loop_first_assigned(%n: !ts.int, %x: !ts.tensor<[?],f32>) -> !ts.tensor {
  %t = ts.constant true : !ts.bool
  %f = ts.constant false : !ts.bool
  %one = ts.constant 1 : !ts.int
  %u = ts.uninitialized : !ts.tensor
  %r:2 = ts.loop %n, %t (%i) iter_args(%has = %f : !ts.bool, %best = %u : !ts.tensor) -> (!ts.bool, !ts.tensor) {
    %next = ts.if %has -> (!ts.tensor) {
      %s = ts.aten.add.Tensor %best, %x, %one : (!ts.tensor, !ts.tensor<[?],f32>, !ts.int) -> !ts.tensor
      ts.yield %s : !ts.tensor
    } else {
      %c = ts.tensor_cast %x : !ts.tensor<[?],f32> -> !ts.tensor
      ts.yield %c : !ts.tensor
    }
    ts.yield %t, %t, %next : !ts.bool, !ts.bool, !ts.tensor
  }
  return %r#1 : !ts.tensor
}

// int64 * float is float32: the carried dtype differs between iterations,
// so the fixpoint drops it and keeps the size.
// CHECK-LABEL: func.func @loop_dtype(
// CHECK-SAME: -> !ts.tensor<[4]>
// CHECK: %[[X0:.*]] = ts.tensor_cast %{{.*}} : !ts.tensor<[4],i64> -> !ts.tensor<[4]>
// CHECK: ts.loop %{{.*}} iter_args(%[[ACC:.*]] = %[[X0]] : !ts.tensor<[4]>) -> (!ts.tensor<[4]>)
// CHECK:   ts.aten.mul.Scalar %[[ACC]], {{.*}} -> !ts.tensor<[4]>{{$}}
func.func @loop_dtype(%n: !ts.int, %x: !ts.tensor<[4],i64>) -> !ts.tensor {
  %t = ts.constant true : !ts.bool
  %h = ts.constant 0.5 : !ts.float
  %x0 = ts.tensor_cast %x : !ts.tensor<[4],i64> -> !ts.tensor
  %r = ts.loop %n, %t (%i) iter_args(%acc = %x0 : !ts.tensor) -> (!ts.tensor) {
    %m = ts.aten.mul.Scalar %acc, %h : (!ts.tensor, !ts.float) -> !ts.tensor
    ts.yield %t, %m : !ts.bool, !ts.tensor
  }
  return %r : !ts.tensor
}

// Tuples are immutable: their element types follow their elements.
// unchecked_cast(derefine(x)) has x's type; a cast to a less refined type
// becomes a no-op and disappears.
// CHECK-LABEL: func.func @tuples(
// CHECK-SAME: -> !ts.tensor<[2],f32>
// CHECK: %[[E:.*]] = ts.aten.exp {{.*}} -> !ts.tensor<[2],f32>
// CHECK: %[[T:.*]] = ts.tuple_construct(%[[E]], %{{.*}}) : (!ts.tensor<[2],f32>, !ts.tensor<[2],f32>) -> !ts.tuple<!ts.tensor<[2],f32>, !ts.tensor<[2],f32>>
// CHECK: %[[UN:.*]]:2 = ts.tuple_unpack %[[T]] : !ts.tuple<!ts.tensor<[2],f32>, !ts.tensor<[2],f32>> -> !ts.tensor<[2],f32>, !ts.tensor<[2],f32>
// CHECK: %[[I:.*]] = ts.tuple_index %[[T]][0] : !ts.tuple<!ts.tensor<[2],f32>, !ts.tensor<[2],f32>> -> !ts.tensor<[2],f32>
// CHECK: %[[D:.*]] = ts.derefine %[[UN]]#0 : !ts.tensor<[2],f32> -> !ts.optional<!ts.tensor>
// CHECK: %[[C:.*]] = ts.unchecked_cast %[[D]] : !ts.optional<!ts.tensor> -> !ts.tensor<[2],f32>
// CHECK-NOT: ts.tensor_cast
// CHECK: ts.aten.add.Tensor %[[I]], %[[C]], {{.*}} -> !ts.tensor<[2],f32>
func.func @tuples(%a: !ts.tensor<[2],f32>) -> !ts.tensor {
  %0 = ts.aten.exp %a : (!ts.tensor<[2],f32>) -> !ts.tensor
  %t = ts.tuple_construct(%0, %a) : (!ts.tensor, !ts.tensor<[2],f32>) -> !ts.tuple<!ts.tensor, !ts.tensor<[2],f32>>
  %x:2 = ts.tuple_unpack %t : !ts.tuple<!ts.tensor, !ts.tensor<[2],f32>> -> !ts.tensor, !ts.tensor<[2],f32>
  %y = ts.tuple_index %t[0] : !ts.tuple<!ts.tensor, !ts.tensor<[2],f32>> -> !ts.tensor
  %d = ts.derefine %x#0 : !ts.tensor -> !ts.optional<!ts.tensor>
  %z = ts.unchecked_cast %d : !ts.optional<!ts.tensor> -> !ts.tensor
  %c = ts.tensor_cast %z : !ts.tensor -> !ts.tensor<[?]>
  %one = ts.constant 1 : !ts.int
  %s = ts.aten.add.Tensor %y, %c, %one : (!ts.tensor, !ts.tensor<[?]>, !ts.int) -> !ts.tensor
  return %s : !ts.tensor
}

// Call operands keep the callee's parameter types through casts; a public
// function's results follow its returns.
// CHECK-LABEL: func.func private @callee(%{{.*}}: !ts.tensor) -> !ts.tensor
// CHECK-LABEL: func.func @caller(
// CHECK-SAME: -> (!ts.tensor, !ts.tuple<!ts.tensor<[2],i64>, !ts.int>)
// CHECK: %[[A0:.*]] = ts.tensor_cast %{{.*}} : !ts.tensor<[2],i64> -> !ts.tensor
// CHECK: call @callee(%[[A0]]) : (!ts.tensor) -> !ts.tensor
// CHECK: %[[R:.*]] = ts.aten.relu {{.*}} -> !ts.tensor<[2],i64>
// CHECK: %[[R0:.*]] = ts.tensor_cast %[[R]] : !ts.tensor<[2],i64> -> !ts.tensor
// CHECK: call @callee(%[[R0]]) : (!ts.tensor) -> !ts.tensor
// CHECK: ts.tuple_construct(%[[R]], %{{.*}}) : (!ts.tensor<[2],i64>, !ts.int) -> !ts.tuple<!ts.tensor<[2],i64>, !ts.int>
func.func private @callee(%a: !ts.tensor) -> !ts.tensor {
  %0 = ts.aten.sigmoid %a : (!ts.tensor) -> !ts.tensor
  return %0 : !ts.tensor
}
func.func @caller(%a: !ts.tensor<[2],i64>) -> (!ts.tensor, !ts.tuple<!ts.tensor, !ts.int>) {
  %a0 = ts.tensor_cast %a : !ts.tensor<[2],i64> -> !ts.tensor
  %0 = func.call @callee(%a0) : (!ts.tensor) -> !ts.tensor
  %1 = ts.aten.relu %a : (!ts.tensor<[2],i64>) -> !ts.tensor
  %2 = func.call @callee(%1) : (!ts.tensor) -> !ts.tensor
  %n = ts.constant 1 : !ts.int
  %t = ts.tuple_construct(%1, %n) : (!ts.tensor, !ts.int) -> !ts.tuple<!ts.tensor, !ts.int>
  return %2, %t : !ts.tensor, !ts.tuple<!ts.tensor, !ts.int>
}

// A private function's results are refined and its calls follow.
// CHECK-LABEL: func.func private @helper(
// CHECK-SAME: -> !ts.tensor<[2],f32>
func.func private @helper(%a: !ts.tensor<[2],f32>) -> !ts.tensor {
  %0 = ts.aten.relu %a : (!ts.tensor<[2],f32>) -> !ts.tensor
  return %0 : !ts.tensor
}
// CHECK-LABEL: func.func @uses_helper(
// CHECK-SAME: -> !ts.tensor<[2],f32>
// CHECK: %[[C:.*]] = call @helper(%{{.*}}) : (!ts.tensor<[2],f32>) -> !ts.tensor<[2],f32>
// CHECK: ts.aten.neg %[[C]] : (!ts.tensor<[2],f32>) -> !ts.tensor<[2],f32>
func.func @uses_helper(%a: !ts.tensor<[2],f32>) -> !ts.tensor {
  %0 = func.call @helper(%a) : (!ts.tensor<[2],f32>) -> !ts.tensor
  %1 = ts.aten.neg %0 : (!ts.tensor) -> !ts.tensor
  return %1 : !ts.tensor
}

// Nested loops: the inner loop is re-run whenever the outer carried type
// widens, so nothing keeps the types of the first iteration ([2,2]).
// CHECK-LABEL: func.func @nested(
// CHECK-SAME: -> !ts.tensor<[2,?],f32>
// CHECK: %[[X0:.*]] = ts.tensor_cast %{{.*}} : !ts.tensor<[2,2],f32> -> !ts.tensor<[2,?],f32>
// CHECK: ts.loop {{.*}} iter_args(%[[A:.*]] = %[[X0]] : !ts.tensor<[2,?],f32>) -> (!ts.tensor<[2,?],f32>)
// CHECK: ts.loop {{.*}} iter_args(%[[B:.*]] = %[[A]] : !ts.tensor<[2,?],f32>) -> (!ts.tensor<[2,?],f32>)
// CHECK: ts.aten.unsqueeze %[[B]], {{.*}} -> !ts.tensor<[2,1,?],f32>
// CHECK: ts.aten.squeeze.dim {{.*}} -> !ts.tensor<[2,?],f32>
// CHECK: ts.aten.cat {{.*}} -> !ts.tensor<[2,?],f32>
func.func @nested(%n: !ts.int, %x: !ts.tensor<[2,2],f32>) -> !ts.tensor {
  %t = ts.constant true : !ts.bool
  %c1 = ts.constant 1 : !ts.int
  %x0 = ts.tensor_cast %x : !ts.tensor<[2,2],f32> -> !ts.tensor
  %r = ts.loop %n, %t (%i) iter_args(%a = %x0 : !ts.tensor) -> (!ts.tensor) {
    %s = ts.loop %n, %t (%j) iter_args(%b = %a : !ts.tensor) -> (!ts.tensor) {
      %u = ts.aten.unsqueeze %b, %c1 : (!ts.tensor, !ts.int) -> !ts.tensor
      %v = ts.aten.squeeze.dim %u, %c1 : (!ts.tensor, !ts.int) -> !ts.tensor
      ts.yield %t, %v : !ts.bool, !ts.tensor
    }
    %l = ts.list_construct(%s, %s) : (!ts.tensor, !ts.tensor) -> !ts.list<!ts.tensor>
    %c = ts.aten.cat %l, %c1 : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
    ts.yield %t, %c : !ts.bool, !ts.tensor
  }
  return %r : !ts.tensor
}

// Sizes and ranks of refined tensors count as constants before the
// canonicalizer folds them: `torch.zeros(x.size(0), 4)`.
// CHECK-LABEL: func.func @size_operands(
// CHECK: ts.aten.zeros {{.*}} -> !ts.tensor<[2,4],f32>{{$}}
// CHECK: ts.aten.unsqueeze {{.*}} -> !ts.tensor<[2,3,1],f32>{{$}}
func.func @size_operands(%x: !ts.tensor<[2,3],f32>) -> (!ts.tensor, !ts.tensor) {
  %c0 = ts.constant 0 : !ts.int
  %c4 = ts.constant 4 : !ts.int
  %none = ts.constant none : !ts.none
  %s = ts.aten.size.int %x, %c0 : (!ts.tensor<[2,3],f32>, !ts.int) -> !ts.int
  %l = ts.list_construct(%s, %c4) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.zeros %l, %none, %none, %none, %none : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
  %d = ts.aten.dim %x : (!ts.tensor<[2,3],f32>) -> !ts.int
  %1 = ts.aten.unsqueeze %x, %d : (!ts.tensor<[2,3],f32>, !ts.int) -> !ts.tensor
  return %0, %1 : !ts.tensor, !ts.tensor
}

// After refinement, the pipeline folds sizes and dims of refined tensors.
// CHECK-LABEL: func.func @simplify_sizes(
// CHECK: ts.aten.reshape {{.*}} -> !ts.tensor<[6],f32>
// CHECK: ts.aten.t {{.*}} -> !ts.tensor<[3,2],f32>
// SIMPLIFY-LABEL: func.func @simplify_sizes(
// SIMPLIFY-DAG: %[[C6:.*]] = ts.constant 6 : !ts.int
// SIMPLIFY-DAG: %[[C2:.*]] = ts.constant 2 : !ts.int
// SIMPLIFY-NOT: ts.aten.size.int
// SIMPLIFY-NOT: ts.aten.dim
// SIMPLIFY: return %[[C6]], %[[C2]] : !ts.int, !ts.int
func.func @simplify_sizes(%a: !ts.tensor<[2,3],f32>) -> (!ts.int, !ts.int) {
  %c0 = ts.constant 0 : !ts.int
  %cm1 = ts.constant -1 : !ts.int
  %l = ts.list_construct(%cm1) : (!ts.int) -> !ts.list<!ts.int>
  %r = ts.aten.reshape %a, %l : (!ts.tensor<[2,3],f32>, !ts.list<!ts.int>) -> !ts.tensor
  %n = ts.aten.size.int %r, %c0 : (!ts.tensor, !ts.int) -> !ts.int
  %t = ts.aten.t %a : (!ts.tensor<[2,3],f32>) -> !ts.tensor
  %d = ts.aten.dim %t : (!ts.tensor) -> !ts.int
  return %n, %d : !ts.int, !ts.int
}

// An element of an unmutated list of tensors has the join of their types.
// CHECK-LABEL: func.func @getitem_join
// CHECK: ts.aten.__getitem__.t %{{.*}}, %{{.*}} : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[?,4],f32>
func.func @getitem_join(%x: !ts.tensor<[2,4],f32>, %y: !ts.tensor<[3,4],f32>, %i: !ts.int) -> !ts.tensor {
  %l = ts.list_construct(%x, %y) : (!ts.tensor<[2,4],f32>, !ts.tensor<[3,4],f32>) -> !ts.list<!ts.tensor>
  %r = ts.aten.__getitem__.t %l, %i : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
  return %r : !ts.tensor
}

// item() holds what the tensor's dtype says (int for integer dtypes, float
// for floating ones, bool for bool); Scalar arithmetic on numbers follows
// TorchScript: int with int is an int, a float makes a float. The refined
// numbers reach the function's results.
// CHECK-LABEL: func.func @item_kinds
// CHECK-SAME: -> (!ts.float, !ts.int, !ts.bool, !ts.int, !ts.float, !ts.int, !ts.float)
// CHECK: %[[F:.*]] = ts.aten.item %{{.*}} : (!ts.tensor<[],f32>) -> !ts.float
// CHECK: %[[I:.*]] = ts.aten.item %{{.*}} : (!ts.tensor<[1],ui8>) -> !ts.int
// CHECK: %[[B:.*]] = ts.aten.item %{{.*}} : (!ts.tensor<[?],i1>) -> !ts.bool
// CHECK: ts.aten.add %[[I]], %[[I]] : (!ts.int, !ts.int) -> !ts.int
// CHECK: ts.aten.mul %[[I]], %[[F]] : (!ts.int, !ts.float) -> !ts.float
// CHECK: ts.aten.neg.Scalar %[[I]] : (!ts.int) -> !ts.int
// CHECK: ts.aten.sub %[[F]], %[[I]] : (!ts.float, !ts.int) -> !ts.float
func.func @item_kinds(%x: !ts.tensor<[],f32>, %u: !ts.tensor<[1],ui8>, %m: !ts.tensor<[?],i1>) -> (!ts.number, !ts.number, !ts.number, !ts.number, !ts.number, !ts.number, !ts.number) {
  %f = ts.aten.item %x : (!ts.tensor<[],f32>) -> !ts.number
  %i = ts.aten.item %u : (!ts.tensor<[1],ui8>) -> !ts.number
  %b = ts.aten.item %m : (!ts.tensor<[?],i1>) -> !ts.number
  %0 = ts.aten.add %i, %i : (!ts.number, !ts.number) -> !ts.number
  %1 = ts.aten.mul %i, %f : (!ts.number, !ts.number) -> !ts.number
  %2 = ts.aten.neg.Scalar %i : (!ts.number) -> !ts.number
  %3 = ts.aten.sub %f, %i : (!ts.number, !ts.number) -> !ts.number
  return %f, %i, %b, %0, %1, %2, %3 : !ts.number, !ts.number, !ts.number, !ts.number, !ts.number, !ts.number, !ts.number
}

// What cannot be decided stays a number: an unknown dtype, Scalar
// arithmetic on a bool, and the join of an int and a float (whose branches
// then derefine their values to number).
// CHECK-LABEL: func.func @item_unknown
// CHECK-SAME: -> (!ts.number, !ts.number, !ts.number)
// CHECK: ts.aten.item %{{.*}} : (!ts.tensor<[]>) -> !ts.number
// CHECK: ts.aten.add %{{.*}}, %{{.*}} : (!ts.bool, !ts.int) -> !ts.number
// CHECK: ts.if
// CHECK: %[[A:.*]] = ts.aten.item %{{.*}} : (!ts.tensor<[],f32>) -> !ts.float
// CHECK: %[[AD:.*]] = ts.derefine %[[A]] : !ts.float -> !ts.number
// CHECK: ts.yield %[[AD]] : !ts.number
// CHECK: %[[B:.*]] = ts.aten.item %{{.*}} : (!ts.tensor<[],i64>) -> !ts.int
// CHECK: %[[BD:.*]] = ts.derefine %[[B]] : !ts.int -> !ts.number
// CHECK: ts.yield %[[BD]] : !ts.number
// CHECK: return %{{.*}}, %{{.*}}, %{{.*}} : !ts.number, !ts.number, !ts.number
func.func @item_unknown(%x: !ts.tensor<[]>, %m: !ts.tensor<[],i1>, %c: !ts.bool, %f: !ts.tensor<[],f32>, %l: !ts.tensor<[],i64>) -> (!ts.number, !ts.number, !ts.number) {
  %one = ts.constant 1 : !ts.int
  %0 = ts.aten.item %x : (!ts.tensor<[]>) -> !ts.number
  %b = ts.aten.item %m : (!ts.tensor<[],i1>) -> !ts.number
  %1 = ts.aten.add %b, %one : (!ts.number, !ts.int) -> !ts.number
  %2 = ts.if %c -> (!ts.number) {
    %a = ts.aten.item %f : (!ts.tensor<[],f32>) -> !ts.number
    ts.yield %a : !ts.number
  } else {
    %a = ts.aten.item %l : (!ts.tensor<[],i64>) -> !ts.number
    ts.yield %a : !ts.number
  }
  return %0, %1, %2 : !ts.number, !ts.number, !ts.number
}
