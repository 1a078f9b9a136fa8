// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --canonicalize --ts-verify-lowered | FileCheck %s
// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --canonicalize --ts-verify-lowered | FileCheck %s --check-prefix=MSG

// Factories, tensor <-> scalar conversions and tensor metadata. The dtype
// comes from the refined result type; sizes known at compile time are
// static, the others checked (negative sizes, element counts) at run time.

// CHECK-DAG: #[[ID1:.*]] = affine_map<(d0) -> (d0)>

// CHECK-LABEL: func.func @fills(
// CHECK-SAME: %[[N:[^:]*]]: i64, %[[X:[^:]*]]: tensor<?x3xi64>, %[[V:[^:]*]]: f64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ONEI:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[ZEROI:.*]] = arith.constant 0 : i64
// zeros([2, n]): n must not be negative.
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[N]], %[[ZEROI]] : i64
// CHECK: scf.if %[[NEG]] {
// CHECK: func.call @tsc_rt_raise
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: %[[E0:.*]] = tensor.empty(%[[NI]]) : tensor<2x?xf32>
// CHECK: %[[R0:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E0]] : tensor<2x?xf32>)
// ones([3], dtype=int64).
// CHECK: %[[E1:.*]] = tensor.empty() : tensor<3xi64>
// CHECK: %[[R1:.*]] = linalg.fill ins(%[[ONEI]] : i64) outs(%[[E1]] : tensor<3xi64>)
// full(x.size(), v, dtype=float64): the sizes of x.
// CHECK: %[[D2:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[E2:.*]] = tensor.empty(%[[D2]]) : tensor<?x3xf64>
// CHECK: %[[R2:.*]] = linalg.fill ins(%[[V]] : f64) outs(%[[E2]] : tensor<?x3xf64>)
// zeros_like, ones_like(dtype=float32), full_like(v, dtype=int32): the
// float fill value truncated to the dtype.
// CHECK: %[[R3:.*]] = linalg.fill ins(%[[ZEROI]] : i64) outs(%{{.*}} : tensor<?x3xi64>)
// CHECK: %[[R4:.*]] = linalg.fill ins(%[[ONE]] : f32) outs(%{{.*}} : tensor<?x3xf32>)
// CHECK: %[[VI:.*]] = arith.fptosi %[[V]] : f64 to i32
// CHECK: %[[R5:.*]] = linalg.fill ins(%[[VI]] : i32) outs(%{{.*}} : tensor<?x3xi32>)
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]] :
func.func @fills(%n: !ts.int, %x: !ts.tensor<[?,3],i64>, %v: !ts.float) -> (!ts.tensor<[2,?],f32>, !ts.tensor<[3],i64>, !ts.tensor<[?,3],f64>, !ts.tensor<[?,3],i64>, !ts.tensor<[?,3],f32>, !ts.tensor<[?,3],i32>) {
  %none = ts.constant none : !ts.none
  %c2 = ts.constant 2 : !ts.int
  %c3 = ts.constant 3 : !ts.int
  %c4 = ts.constant 4 : !ts.int
  %c6 = ts.constant 6 : !ts.int
  %c7 = ts.constant 7 : !ts.int
  %l = ts.list_construct(%c2, %n) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %l3 = ts.list_construct(%c3) : (!ts.int) -> !ts.list<!ts.int>
  %s = ts.aten.size %x : (!ts.tensor<[?,3],i64>) -> !ts.list<!ts.int>
  %0 = ts.aten.zeros %l, %none, %none, %none, %none : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[2,?],f32>
  %1 = ts.aten.ones %l3, %c4, %none, %none, %none : (!ts.list<!ts.int>, !ts.int, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[3],i64>
  %2 = ts.aten.full %s, %v, %c7, %none, %none, %none : (!ts.list<!ts.int>, !ts.float, !ts.int, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?,3],f64>
  %3 = ts.aten.zeros_like %x, %none, %none, %none, %none, %none : (!ts.tensor<[?,3],i64>, !ts.none, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?,3],i64>
  %4 = ts.aten.ones_like %x, %c6, %none, %none, %none, %none : (!ts.tensor<[?,3],i64>, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?,3],f32>
  %5 = ts.aten.full_like %x, %v, %c3, %none, %none, %none, %none : (!ts.tensor<[?,3],i64>, !ts.float, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?,3],i32>
  return %0, %1, %2, %3, %4, %5 : !ts.tensor<[2,?],f32>, !ts.tensor<[3],i64>, !ts.tensor<[?,3],f64>, !ts.tensor<[?,3],i64>, !ts.tensor<[?,3],f32>, !ts.tensor<[?,3],i32>
}

// arange: a linalg.generic of start + index * step. The length is
// ceil((end - start) / step) computed in double when not known statically;
// the bounds are checked as PyTorch does.
// CHECK-LABEL: func.func @aranges(
// CHECK-SAME: %[[N:[^:]*]]: i64, %[[A:[^:]*]]: f64, %[[B:[^:]*]]: f64
// arange(n): n >= 0, length n.
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[N]], %c0_i64 : i64
// CHECK: scf.if %[[NEG]] {
// CHECK: %[[NF:.*]] = arith.sitofp %[[N]] : i64 to f64
// CHECK: %[[NC:.*]] = math.ceil %[[NF]] : f64
// CHECK: %[[NL:.*]] = arith.fptosi %[[NC]] : f64 to i64
// CHECK: %[[NX:.*]] = arith.index_cast %[[NL]] : i64 to index
// CHECK: %[[E0:.*]] = tensor.empty(%[[NX]]) : tensor<?xi64>
// CHECK: %[[R0:.*]] = linalg.generic {indexing_maps = [#[[ID1]]], iterator_types = ["parallel"]} outs(%[[E0]] : tensor<?xi64>)
// CHECK-NEXT: ^bb0(%{{.*}}: i64):
// CHECK-NEXT: %[[I:.*]] = linalg.index 0 : index
// CHECK-NEXT: %[[II:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK-NEXT: linalg.yield %[[II]] : i64
// arange(5): static, no checks left.
// CHECK-NOT: scf.if
// CHECK: %[[R1:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<5xi64>)
// arange(a, b, 0.5) as float32: finite bounds, b >= a; values computed in
// double.
// CHECK: math.absf %[[A]] : f64
// CHECK: arith.cmpf uge
// CHECK: math.absf %[[B]] : f64
// CHECK: scf.if
// CHECK: arith.cmpf oge, %[[B]], %[[A]] : f64
// CHECK: scf.if
// CHECK: %[[SPAN:.*]] = arith.subf %[[B]], %[[A]] : f64
// CHECK: %[[Q:.*]] = arith.divf %[[SPAN]], %[[HALF:.*]] : f64
// CHECK: math.ceil %[[Q]] : f64
// CHECK: %[[R2:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<?xf32>)
// CHECK: arith.sitofp %{{.*}} : i64 to f64
// CHECK-NEXT: %[[OFF:.*]] = arith.mulf %{{.*}}, %[[HALF]] : f64
// CHECK-NEXT: %[[VAL:.*]] = arith.addf %[[A]], %[[OFF]] : f64
// CHECK-NEXT: arith.truncf %[[VAL]] : f64 to f32
// arange(1, a) as int32: the bounds as int64 for the checks and the values,
// the length from the bounds as doubles (PyTorch's rule for non-int64
// dtypes).
// CHECK: %[[AI:.*]] = arith.fptosi %[[A]] : f64 to i64
// CHECK: arith.cmpi slt, %[[AI]], %c1_i64 : i64
// CHECK: scf.if
// CHECK: %[[SPAN3:.*]] = arith.subf %[[A]], %{{.*}} : f64
// CHECK: math.ceil %[[SPAN3]] : f64
// CHECK: %[[R3:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<?xi32>)
// CHECK: arith.addi %{{.*}}, %c1_i64 : i64
// CHECK-NEXT: arith.trunci %{{.*}} : i64 to i32
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]] :
func.func @aranges(%n: !ts.int, %a: !ts.float, %b: !ts.float) -> (!ts.tensor<[?],i64>, !ts.tensor<[5],i64>, !ts.tensor<[?],f32>, !ts.tensor<[?],i32>) {
  %none = ts.constant none : !ts.none
  %c1 = ts.constant 1 : !ts.int
  %c3 = ts.constant 3 : !ts.int
  %c5 = ts.constant 5 : !ts.int
  %h = ts.constant 0.5 : !ts.float
  %0 = ts.aten.arange %n, %none, %none, %none, %none : (!ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?],i64>
  %1 = ts.aten.arange %c5, %none, %none, %none, %none : (!ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[5],i64>
  %2 = ts.aten.arange.start_step %a, %b, %h, %none, %none, %none, %none : (!ts.float, !ts.float, !ts.float, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?],f32>
  %3 = ts.aten.arange.start %c1, %a, %c3, %none, %none, %none : (!ts.int, !ts.float, !ts.int, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?],i32>
  return %0, %1, %2, %3 : !ts.tensor<[?],i64>, !ts.tensor<[5],i64>, !ts.tensor<[?],f32>, !ts.tensor<[?],i32>
}

// A dynamic step is checked to be non-zero, and its sign against the
// bounds.
// CHECK-LABEL: func.func @arange_step(
// CHECK-SAME: %[[S:[^:]*]]: i64, %[[E:[^:]*]]: i64, %[[T:[^:]*]]: i64
// CHECK: %[[Z:.*]] = arith.cmpi eq, %[[T]], %c0_i64 : i64
// CHECK: scf.if %[[Z]] {
// CHECK: arith.cmpi sgt, %[[T]], %c0_i64 : i64
// CHECK: arith.cmpi sge, %[[E]], %[[S]] : i64
// CHECK: arith.cmpi slt, %[[T]], %c0_i64 : i64
// CHECK: arith.cmpi sle, %[[E]], %[[S]] : i64
// CHECK: scf.if
// CHECK: %[[SPAN:.*]] = arith.subi %[[E]], %[[S]] : i64
// CHECK: arith.sitofp %[[SPAN]] : i64 to f64
// CHECK: arith.sitofp %[[T]] : i64 to f64
// CHECK: linalg.generic
// CHECK: %[[OFF:.*]] = arith.muli %{{.*}}, %[[T]] : i64
// CHECK-NEXT: arith.addi %[[S]], %[[OFF]] : i64
func.func @arange_step(%s: !ts.int, %e: !ts.int, %t: !ts.int) -> !ts.tensor<[?],i64> {
  %none = ts.constant none : !ts.none
  %0 = ts.aten.arange.start_step %s, %e, %t, %none, %none, %none, %none : (!ts.int, !ts.int, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor<[?],i64>
  return %0 : !ts.tensor<[?],i64>
}

// Scalars to 0-d tensors (cast to the refined dtype) and back: one element
// (checked at run time when the size is dynamic), converted like Python's
// int(), float(), bool(); size/numel from tensor.dim.
// CHECK-LABEL: func.func @scalars(
// CHECK-SAME: %[[I:[^:]*]]: i64, %[[F:[^:]*]]: f64, %[[B:[^:]*]]: i1, %[[T:[^:]*]]: tensor<?xf32>, %[[U:[^:]*]]: tensor<i8>, %[[K:[^:]*]]: i64
// CHECK: %[[R0:.*]] = tensor.from_elements %[[I]] : tensor<i64>
// CHECK: %[[F32:.*]] = arith.truncf %[[F]] : f64 to f32
// CHECK: %[[R1:.*]] = tensor.from_elements %[[F32]] : tensor<f32>
// CHECK: %[[R2:.*]] = tensor.from_elements %[[B]] : tensor<i1>
// CHECK: %[[R3:.*]] = tensor.from_elements %[[F]] : tensor<f64>
// Int(t): numel == 1, then truncation.
// CHECK: %[[D:.*]] = tensor.dim %[[T]], %c0
// CHECK: %[[BAD:.*]] = arith.cmpi ne, %[[D]], %c1 : index
// CHECK: scf.if %[[BAD]] {
// CHECK: func.call @tsc_rt_raise
// CHECK: %[[X:.*]] = tensor.extract %[[T]][%c0] : tensor<?xf32>
// CHECK: %[[R4:.*]] = arith.fptosi %[[X]] : f32 to i64
// Float of a uint8 0-d tensor: no check, unsigned conversion.
// CHECK: %[[XU:.*]] = tensor.extract %[[U]][] : tensor<i8>
// CHECK: %[[R5:.*]] = arith.uitofp %[[XU]] : i8 to f64
// Bool(t): != 0.
// CHECK: scf.if
// CHECK: %[[XB:.*]] = tensor.extract %[[T]][%c0] : tensor<?xf32>
// CHECK: %[[R6:.*]] = arith.cmpf une, %[[XB]], %{{.*}} : f32
// size(-1)
// CHECK: %[[S7:.*]] = tensor.dim %[[T]], %c0
// CHECK: %[[R7:.*]] = arith.index_cast %[[S7]] : index to i64
// size(k): k wrapped and range-checked at run time.
// CHECK: %[[KNEG:.*]] = arith.cmpi slt, %[[K]], %c0_i64 : i64
// CHECK: %[[KW:.*]] = arith.addi %[[K]], %c1_i64 : i64
// CHECK: %[[KS:.*]] = arith.select %[[KNEG]], %[[KW]], %[[K]] : i64
// CHECK: arith.cmpi slt, %[[KS]], %c0_i64 : i64
// CHECK: arith.cmpi sge, %[[KS]], %c1_i64 : i64
// CHECK: scf.if
// CHECK: %[[KI:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[S8:.*]] = tensor.dim %[[T]], %[[KI]] : tensor<?xf32>
// CHECK: %[[R8:.*]] = arith.index_cast %[[S8]] : index to i64
// numel
// CHECK: %[[S9:.*]] = tensor.dim %[[T]], %c0
// CHECK: %[[R9:.*]] = arith.index_cast %[[S9]] : index to i64
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]], %[[R9]] :
func.func @scalars(%i: !ts.int, %f: !ts.float, %b: !ts.bool, %t: !ts.tensor<[?],f32>, %u: !ts.tensor<[],ui8>, %k: !ts.int) -> (!ts.tensor<[],i64>, !ts.tensor<[],f32>, !ts.tensor<[],i1>, !ts.tensor<[],f64>, !ts.int, !ts.float, !ts.bool, !ts.int, !ts.int, !ts.int) {
  %none = ts.constant none : !ts.none
  %false = ts.constant false : !ts.bool
  %cm1 = ts.constant -1 : !ts.int
  %0 = ts.aten.tensor.int %i, %none, %none, %false : (!ts.int, !ts.none, !ts.none, !ts.bool) -> !ts.tensor<[],i64>
  %1 = ts.aten.tensor.float %f, %none, %none, %false : (!ts.float, !ts.none, !ts.none, !ts.bool) -> !ts.tensor<[],f32>
  %2 = ts.aten.tensor.bool %b, %none, %none, %false : (!ts.bool, !ts.none, !ts.none, !ts.bool) -> !ts.tensor<[],i1>
  %3 = ts.prim.NumToTensor.Scalar %f : (!ts.float) -> !ts.tensor<[],f64>
  %4 = ts.aten.Int.Tensor %t : (!ts.tensor<[?],f32>) -> !ts.int
  %5 = ts.aten.Float.Tensor %u : (!ts.tensor<[],ui8>) -> !ts.float
  %6 = ts.aten.Bool.Tensor %t : (!ts.tensor<[?],f32>) -> !ts.bool
  %7 = ts.aten.size.int %t, %cm1 : (!ts.tensor<[?],f32>, !ts.int) -> !ts.int
  %8 = ts.aten.size.int %t, %k : (!ts.tensor<[?],f32>, !ts.int) -> !ts.int
  %9 = ts.aten.numel %t : (!ts.tensor<[?],f32>) -> !ts.int
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : !ts.tensor<[],i64>, !ts.tensor<[],f32>, !ts.tensor<[],i1>, !ts.tensor<[],f64>, !ts.int, !ts.float, !ts.bool, !ts.int, !ts.int, !ts.int
}

// item() of a tensor whose size is known at run time only checks that it
// has one element; the message carries the count, as PyTorch's does. One
// that never has one element always raises.
// CHECK-LABEL: func.func @item
// CHECK-SAME: (%[[T:.*]]: tensor<?x1xi64>, %[[E:.*]]: tensor<0xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[T]], %c0
// CHECK: %[[BAD:.*]] = arith.cmpi ne, %[[N]], %c1
// CHECK: %[[N64:.*]] = arith.index_cast %[[N]] : index to i64
// CHECK: scf.if %[[BAD]] {
// CHECK-NEXT: func.call @tsc_rt_raise_int(%{{.*}}, %[[N64]], %{{.*}}) : (!llvm.ptr, i64, !llvm.ptr) -> ()
// CHECK: %[[V:.*]] = tensor.extract %[[T]][%c0, %c0] : tensor<?x1xi64>
// CHECK: call @tsc_rt_raise(
// CHECK: return %[[V]], %{{.*}} : i64, f64
func.func @item(%t: !ts.tensor<[?,1],i64>, %e: !ts.tensor<[0],f32>) -> (!ts.int, !ts.float) {
  %0 = ts.aten.item %t : (!ts.tensor<[?,1],i64>) -> !ts.int
  %1 = ts.aten.item %e : (!ts.tensor<[0],f32>) -> !ts.float
  return %0, %1 : !ts.int, !ts.float
}
// MSG-DAG: llvm.mlir.global internal constant @{{.*}}("{{.*}}creation.mlir:{{[0-9]+}}:{{[0-9]+}}: RuntimeError: a Tensor with \00")
// MSG-DAG: llvm.mlir.global internal constant @{{.*}}(" elements cannot be converted to Scalar\00")
// MSG-DAG: llvm.mlir.global internal constant @{{.*}}("{{.*}}creation.mlir:{{[0-9]+}}:{{[0-9]+}}: RuntimeError: a Tensor with 0 elements cannot be converted to Scalar\00")
