// RUN: tsc-opt %s --split-input-file --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --ts-verify-lowered | FileCheck %s

// Text known at compile time (strings, None, constant bools and the
// separators) becomes one string per run; ints and floats are formatted by
// the runtime; a bool known at run time selects between two strings.
// CHECK-DAG: llvm.mlir.global internal constant @[[HEAD:__tsc_str_[0-9]+]]("x = \00")
// CHECK-DAG: llvm.mlir.global internal constant @[[MID:__tsc_str_[0-9]+]](" None True \00")
// CHECK-DAG: llvm.mlir.global internal constant @[[SEP:__tsc_str_[0-9]+]](" \00")
// CHECK-DAG: llvm.mlir.global internal constant @[[TRUE:__tsc_str_[0-9]+]]("True\00")
// CHECK-DAG: llvm.mlir.global internal constant @[[FALSE:__tsc_str_[0-9]+]]("False\00")
// CHECK-DAG: func.func private @tsc_rt_print_begin()
// CHECK-DAG: func.func private @tsc_rt_print_str(!llvm.ptr)
// CHECK-DAG: func.func private @tsc_rt_print_int(i64)
// CHECK-DAG: func.func private @tsc_rt_print_float(f64)
// CHECK-DAG: func.func private @tsc_rt_print_end()
// CHECK-LABEL: func.func @scalars
// CHECK-SAME: (%[[N:.*]]: i64, %[[R:.*]]: f64, %[[B:.*]]: i1)
// CHECK-NOT: ts.
// CHECK: call @tsc_rt_print_begin()
// CHECK: %[[P0:.*]] = llvm.mlir.addressof @[[HEAD]]
// CHECK: call @tsc_rt_print_str(%[[P0]])
// CHECK: call @tsc_rt_print_int(%[[N]])
// CHECK: %[[P1:.*]] = llvm.mlir.addressof @[[MID]]
// CHECK: call @tsc_rt_print_str(%[[P1]])
// CHECK: call @tsc_rt_print_float(%[[R]])
// CHECK: call @tsc_rt_print_str(%{{.*}})
// CHECK: %[[T:.*]] = llvm.mlir.addressof @[[TRUE]]
// CHECK: %[[F:.*]] = llvm.mlir.addressof @[[FALSE]]
// CHECK: %[[S:.*]] = arith.select %[[B]], %[[T]], %[[F]] : !llvm.ptr
// CHECK: call @tsc_rt_print_str(%[[S]])
// CHECK: call @tsc_rt_print_end()
// CHECK: return
func.func @scalars(%n: !ts.int, %r: !ts.float, %b: !ts.bool) {
  %s = ts.constant "x =" : !ts.str
  %none = ts.constant none : !ts.none
  %t = ts.constant true : !ts.bool
  "ts.print"(%s, %n, %none, %t, %r, %b) : (!ts.str, !ts.int, !ts.none, !ts.bool, !ts.float, !ts.bool) -> ()
  return
}

// -----

// A tensor is passed to the runtime as its buffer, cast to an unranked
// memref (the rank and a pointer to the descriptor), to the function for
// its dtype; uint8 has its own even though its storage is i8.
// CHECK-DAG: func.func private @tsc_rt_print_tensor_f32(memref<*xf32>)
// CHECK-DAG: func.func private @tsc_rt_print_tensor_u8(memref<*xi8>)
// CHECK-DAG: func.func private @tsc_rt_print_tensor_i8(memref<*xi8>)
// CHECK-DAG: func.func private @tsc_rt_print_tensor_bool(memref<*xi1>)
// CHECK-LABEL: func.func @tensors
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>, %[[U:.*]]: tensor<3xi8>, %[[I:.*]]: tensor<3xi8>, %[[M:.*]]: tensor<i1>)
// CHECK: call @tsc_rt_print_begin()
// CHECK: %[[XB:.*]] = bufferization.to_buffer %[[X]] read_only : tensor<2x?xf32> to memref<2x?xf32, strided<[?, ?], offset: ?>>
// CHECK: %[[XU:.*]] = memref.cast %[[XB]] : memref<2x?xf32, strided<[?, ?], offset: ?>> to memref<*xf32>
// CHECK: call @tsc_rt_print_tensor_f32(%[[XU]]) : (memref<*xf32>) -> ()
// CHECK: call @tsc_rt_print_str
// CHECK: %[[UB:.*]] = bufferization.to_buffer %[[U]] read_only
// CHECK: %[[UU:.*]] = memref.cast %[[UB]]
// CHECK: call @tsc_rt_print_tensor_u8(%[[UU]])
// CHECK: call @tsc_rt_print_tensor_i8
// CHECK: call @tsc_rt_print_tensor_bool
// CHECK: call @tsc_rt_print_end()
func.func @tensors(%x: !ts.tensor<[2,?],f32>, %u: !ts.tensor<[3],ui8>, %i: !ts.tensor<[3],i8>, %m: !ts.tensor<[],i1>) {
  "ts.print"(%x, %u, %i, %m) : (!ts.tensor<[2,?],f32>, !ts.tensor<[3],ui8>, !ts.tensor<[3],i8>, !ts.tensor<[],i1>) -> ()
  return
}

// -----

// No arguments: an empty line.
// CHECK-LABEL: func.func @empty
// CHECK-NEXT: call @tsc_rt_print_begin()
// CHECK-NEXT: call @tsc_rt_print_end()
func.func @empty() {
  "ts.print"() : () -> ()
  return
}
