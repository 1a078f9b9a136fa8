// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --canonicalize --ts-verify-lowered | FileCheck %s

// Reductions: one linalg.generic with `reduction` iterators over the reduced
// dims, accumulating into a linalg.fill of the identity; keepdim adds the
// size-1 dims back with tensor.expand_shape. Results as PyTorch 1.13: sums
// of bools are int64, mean divides by the number of reduced elements.

// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ALL2:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-DAG: #[[ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[D0D2:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[D0of3:.*]] = affine_map<(d0, d1, d2) -> (d0)>
// CHECK-DAG: #[[ALL3:.*]] = affine_map<(d0, d1, d2) -> ()>
// CHECK-DAG: #[[ID1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[ALL1:.*]] = affine_map<(d0) -> ()>
// CHECK-DAG: #[[D0of2:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[D1of2:.*]] = affine_map<(d0, d1) -> (d1)>

// CHECK-LABEL: func.func @sums(
// CHECK-SAME: %[[A:.*]]: tensor<2x?x4xf32>, %[[B:.*]]: tensor<2x3xi1>
// sum of bools: int64, extended as unsigned.
// CHECK: %[[I0:.*]] = linalg.fill ins(%c0_i64 : i64) outs(%{{.*}} : tensor<i64>) -> tensor<i64>
// CHECK: %[[S0:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[ALL2]]], iterator_types = ["reduction", "reduction"]} ins(%[[B]] : tensor<2x3xi1>) outs(%[[I0]] : tensor<i64>)
// CHECK: arith.extui %{{.*}} : i1 to i64
// CHECK: arith.addi
// sum over dim 1 with keepdim.
// CHECK: %[[F1:.*]] = linalg.fill ins(%[[ZERO:.*]] : f32) outs(%{{.*}} : tensor<2x4xf32>)
// CHECK: %[[S1:.*]] = linalg.generic {indexing_maps = [#[[ID3]], #[[D0D2]]], iterator_types = ["parallel", "reduction", "parallel"]} ins(%[[A]] : tensor<2x?x4xf32>) outs(%[[F1]] : tensor<2x4xf32>)
// CHECK: arith.addf
// CHECK: %[[K1:.*]] = tensor.expand_shape %[[S1]] {{\[}}[0, 1], [2]] output_shape [2, 1, 4] : tensor<2x4xf32> into tensor<2x1x4xf32>
// mean over [1, -1]: sum, then divide by the dynamic count (dim 1 * 4).
// CHECK: %[[S2:.*]] = linalg.generic {indexing_maps = [#[[ID3]], #[[D0of3]]], iterator_types = ["parallel", "reduction", "reduction"]} ins(%[[A]] : tensor<2x?x4xf32>) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[N:.*]] = arith.muli %[[D]], %c4 : index
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : index to i64
// CHECK: %[[NF:.*]] = arith.sitofp %[[NI]] : i64 to f32
// CHECK: %[[M2:.*]] = linalg.generic {indexing_maps = [#[[ID1]], #[[ID1]]], iterator_types = ["parallel"]} ins(%[[S2]] : tensor<2xf32>)
// CHECK: arith.divf %{{.*}}, %[[NF]] : f32
// mean over all dims (None) with keepdim: a 0-d result expanded to 1x1x1.
// CHECK: linalg.generic {indexing_maps = [#[[ID3]], #[[ALL3]]], iterator_types = ["reduction", "reduction", "reduction"]}
// CHECK: arith.muli %{{.*}}, %c8 : index
// CHECK: %[[M3:.*]] = linalg.generic
// CHECK: arith.divf
// CHECK: %[[K3:.*]] = tensor.expand_shape %[[M3]] [] output_shape [1, 1, 1] : tensor<f32> into tensor<1x1x1xf32>
// CHECK: return %[[S0]], %[[K1]], %[[M2]], %[[K3]] :
func.func @sums(%a: !ts.tensor<[2,?,4],f32>, %b: !ts.tensor<[2,3],i1>) -> (!ts.tensor<[],i64>, !ts.tensor<[2,1,4],f32>, !ts.tensor<[2],f32>, !ts.tensor<[1,1,1],f32>) {
  %none = ts.constant none : !ts.none
  %t = ts.constant true : !ts.bool
  %f = ts.constant false : !ts.bool
  %c1 = ts.constant 1 : !ts.int
  %cm1 = ts.constant -1 : !ts.int
  %l = ts.list_construct(%c1) : (!ts.int) -> !ts.list<!ts.int>
  %l2 = ts.list_construct(%c1, %cm1) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.sum %b, %none : (!ts.tensor<[2,3],i1>, !ts.none) -> !ts.tensor<[],i64>
  %1 = ts.aten.sum.dim_IntList %a, %l, %t, %none : (!ts.tensor<[2,?,4],f32>, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor<[2,1,4],f32>
  %2 = ts.aten.mean.dim %a, %l2, %f, %none : (!ts.tensor<[2,?,4],f32>, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor<[2],f32>
  %3 = ts.aten.mean.dim %a, %none, %t, %none : (!ts.tensor<[2,?,4],f32>, !ts.none, !ts.bool, !ts.none) -> !ts.tensor<[1,1,1],f32>
  return %0, %1, %2, %3 : !ts.tensor<[],i64>, !ts.tensor<[2,1,4],f32>, !ts.tensor<[2],f32>, !ts.tensor<[1,1,1],f32>
}

// sum with a dtype computes in that dtype; an empty dim list reduces
// everything; prod of uint8 is int64 (zero-extended).
// CHECK-LABEL: func.func @dtypes(
// CHECK-SAME: %[[I:.*]]: tensor<5xi32>, %[[U:.*]]: tensor<4xi8>
// CHECK: linalg.fill ins(%{{.*}} : f64) outs(%{{.*}} : tensor<f64>)
// CHECK: linalg.generic {indexing_maps = [#[[ID1]], #[[ALL1]]], iterator_types = ["reduction"]} ins(%[[I]] : tensor<5xi32>)
// CHECK: arith.sitofp %{{.*}} : i32 to f64
// CHECK: arith.addf
// CHECK: linalg.fill ins(%c1_i64 : i64) outs(%{{.*}} : tensor<i64>)
// CHECK: linalg.generic {indexing_maps = [#[[ID1]], #[[ALL1]]], iterator_types = ["reduction"]} ins(%[[U]] : tensor<4xi8>)
// CHECK: arith.extui %{{.*}} : i8 to i64
// CHECK: arith.muli
// A dim list passed as Optional[List[int]] (ts.derefine) is looked through.
// CHECK: linalg.generic {indexing_maps = [#[[ID2]], #[[D1of2]]], iterator_types = ["reduction", "parallel"]} ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<3xf32>)
func.func @dtypes(%i: !ts.tensor<[5],i32>, %u: !ts.tensor<[4],ui8>, %m: !ts.tensor<[2,3],f32>) -> (!ts.tensor<[],f64>, !ts.tensor<[],i64>, !ts.tensor<[3],f32>) {
  %none = ts.constant none : !ts.none
  %f = ts.constant false : !ts.bool
  %c7 = ts.constant 7 : !ts.int
  %empty = ts.list_construct() : () -> !ts.list<!ts.int>
  %0 = ts.aten.sum.dim_IntList %i, %empty, %f, %c7 : (!ts.tensor<[5],i32>, !ts.list<!ts.int>, !ts.bool, !ts.int) -> !ts.tensor<[],f64>
  %1 = ts.aten.prod %u, %none : (!ts.tensor<[4],ui8>, !ts.none) -> !ts.tensor<[],i64>
  %c0 = ts.constant 0 : !ts.int
  %l0 = ts.list_construct(%c0) : (!ts.int) -> !ts.list<!ts.int>
  %d0 = ts.derefine %l0 : !ts.list<!ts.int> -> !ts.optional<!ts.list<!ts.int>>
  %2 = ts.aten.sum.dim_IntList %m, %d0, %f, %none : (!ts.tensor<[2,3],f32>, !ts.optional<!ts.list<!ts.int>>, !ts.bool, !ts.none) -> !ts.tensor<[3],f32>
  return %0, %1, %2 : !ts.tensor<[],f64>, !ts.tensor<[],i64>, !ts.tensor<[3],f32>
}

// amax/amin/max/min: -inf/+inf or the integer extremes (unsigned for
// uint8); empty reductions raise at run time (dynamic dims only).
// CHECK-LABEL: func.func @extremes(
// CHECK-SAME: %[[A:.*]]: tensor<?x3xf32>, %[[I:.*]]: tensor<?xi32>, %[[U:.*]]: tensor<4xi8>
// amax over dim 0, keepdim: the dynamic dim 0 is checked.
// CHECK: %[[D0:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[E0:.*]] = arith.cmpi eq, %[[D0]], %c0 : index
// CHECK: scf.if %[[E0]] {
// CHECK: func.call @tsc_rt_raise
// CHECK: linalg.fill ins(%cst{{.*}} : f32) outs(%{{.*}} : tensor<3xf32>)
// CHECK: %[[AMAX:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[D1of2]]], iterator_types = ["reduction", "parallel"]} ins(%[[A]] : tensor<?x3xf32>)
// CHECK: arith.maximumf
// CHECK: tensor.expand_shape %[[AMAX]] {{\[}}[0, 1]] output_shape [1, 3] : tensor<3xf32> into tensor<1x3xf32>
// amin over dim 1: nothing to check (size 3).
// CHECK-NOT: scf.if
// CHECK: linalg.generic {indexing_maps = [#[[ID2]], #[[D0of2]]], iterator_types = ["parallel", "reduction"]} ins(%[[A]] : tensor<?x3xf32>)
// CHECK: arith.minimumf
// max of all elements of a dynamic int32 tensor: numel checked.
// CHECK: %[[DI:.*]] = tensor.dim %[[I]], %c0
// CHECK: arith.cmpi eq, %[[DI]], %c0 : index
// CHECK: scf.if
// CHECK: linalg.fill ins(%c-2147483648_i32 : i32)
// CHECK: linalg.generic {indexing_maps = [#[[ID1]], #[[ALL1]]], iterator_types = ["reduction"]} ins(%[[I]] : tensor<?xi32>)
// CHECK: arith.maxsi
// min of uint8: starts from 255 (-1 as i8) and compares unsigned.
// CHECK: linalg.fill ins(%c-1_i8 : i8)
// CHECK: linalg.generic {{.*}} ins(%[[U]] : tensor<4xi8>)
// CHECK: arith.minui
func.func @extremes(%a: !ts.tensor<[?,3],f32>, %i: !ts.tensor<[?],i32>, %u: !ts.tensor<[4],ui8>) -> (!ts.tensor<[1,3],f32>, !ts.tensor<[?],f32>, !ts.tensor<[],i32>, !ts.tensor<[],ui8>) {
  %t = ts.constant true : !ts.bool
  %f = ts.constant false : !ts.bool
  %c0 = ts.constant 0 : !ts.int
  %c1 = ts.constant 1 : !ts.int
  %l0 = ts.list_construct(%c0) : (!ts.int) -> !ts.list<!ts.int>
  %l1 = ts.list_construct(%c1) : (!ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.amax %a, %l0, %t : (!ts.tensor<[?,3],f32>, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor<[1,3],f32>
  %1 = ts.aten.amin %a, %l1, %f : (!ts.tensor<[?,3],f32>, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor<[?],f32>
  %2 = ts.aten.max %i : (!ts.tensor<[?],i32>) -> !ts.tensor<[],i32>
  %3 = ts.aten.min %u : (!ts.tensor<[4],ui8>) -> !ts.tensor<[],ui8>
  return %0, %1, %2, %3 : !ts.tensor<[1,3],f32>, !ts.tensor<[?],f32>, !ts.tensor<[],i32>, !ts.tensor<[],ui8>
}

// max.dim: values and int64 indices from one generic; NaN wins, and on ties
// the lower index wins whatever the iteration order.
// CHECK-LABEL: func.func @max_dim(
// CHECK-SAME: %[[A:.*]]: tensor<?x3xf32>
// CHECK-DAG: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK-DAG: %[[Z:.*]] = arith.constant 0 : i64
// CHECK: %[[V0:.*]] = linalg.fill ins(%[[NEGINF]] : f32) outs(%{{.*}} : tensor<?xf32>)
// CHECK: %[[I0:.*]] = linalg.fill ins(%[[Z]] : i64) outs(%{{.*}} : tensor<?xi64>)
// CHECK: %[[R:.*]]:2 = linalg.generic {indexing_maps = [#[[ID2]], #[[D0of2]], #[[D0of2]]], iterator_types = ["parallel", "reduction"]} ins(%[[A]] : tensor<?x3xf32>) outs(%[[V0]], %[[I0]] : tensor<?xf32>, tensor<?xi64>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[ACC:.*]]: f32, %[[IDX:.*]]: i64):
// CHECK-NEXT: %[[L:.*]] = linalg.index 1 : index
// CHECK-NEXT: %[[LI:.*]] = arith.index_cast %[[L]] : index to i64
// CHECK-NEXT: %[[XN:.*]] = arith.cmpf uno, %[[X]], %[[X]] : f32
// CHECK-NEXT: %[[AN:.*]] = arith.cmpf uno, %[[ACC]], %[[ACC]] : f32
// CHECK-NEXT: %[[ANN:.*]] = arith.xori %[[AN]], %true : i1
// CHECK-NEXT: %[[GT:.*]] = arith.cmpf ogt, %[[X]], %[[ACC]] : f32
// CHECK-NEXT: %[[NANWIN:.*]] = arith.andi %[[XN]], %[[ANN]] : i1
// CHECK-NEXT: %[[BETTER:.*]] = arith.ori %[[GT]], %[[NANWIN]] : i1
// CHECK-NEXT: %[[EQ:.*]] = arith.cmpf oeq, %[[X]], %[[ACC]] : f32
// CHECK-NEXT: %[[BOTHNAN:.*]] = arith.andi %[[XN]], %[[AN]] : i1
// CHECK-NEXT: %[[TIE:.*]] = arith.ori %[[EQ]], %[[BOTHNAN]] : i1
// CHECK-NEXT: %[[EARLIER:.*]] = arith.cmpi slt, %[[LI]], %[[IDX]] : i64
// CHECK-NEXT: %[[TIEWIN:.*]] = arith.andi %[[TIE]], %[[EARLIER]] : i1
// CHECK-NEXT: %[[TAKE:.*]] = arith.ori %[[BETTER]], %[[TIEWIN]] : i1
// CHECK-NEXT: %[[NV:.*]] = arith.select %[[TAKE]], %[[X]], %[[ACC]] : f32
// CHECK-NEXT: %[[NI:.*]] = arith.select %[[TAKE]], %[[LI]], %[[IDX]] : i64
// CHECK-NEXT: linalg.yield %[[NV]], %[[NI]] : f32, i64
// CHECK: return %[[R]]#0, %[[R]]#1 : tensor<?xf32>, tensor<?xi64>
func.func @max_dim(%a: !ts.tensor<[?,3],f32>) -> (!ts.tensor<[?],f32>, !ts.tensor<[?],i64>) {
  %f = ts.constant false : !ts.bool
  %c1 = ts.constant 1 : !ts.int
  %0:2 = ts.aten.max.dim %a, %c1, %f : (!ts.tensor<[?,3],f32>, !ts.int, !ts.bool) -> (!ts.tensor<[?],f32>, !ts.tensor<[?],i64>)
  return %0#0, %0#1 : !ts.tensor<[?],f32>, !ts.tensor<[?],i64>
}

// min.dim with keepdim and a negative dim on ints: signed comparisons from
// INT_MAX; both results get the size-1 dim back.
// CHECK-LABEL: func.func @min_dim(
// CHECK: linalg.fill ins(%c2147483647_i32 : i32) outs(%{{.*}} : tensor<2xi32>)
// CHECK: %[[R:.*]]:2 = linalg.generic {indexing_maps = [#[[ID2]], #[[D0of2]], #[[D0of2]]], iterator_types = ["parallel", "reduction"]}
// CHECK: arith.cmpi slt, %{{.*}}, %{{.*}} : i32
// CHECK: %[[V:.*]] = tensor.expand_shape %[[R]]#0 {{\[}}[0, 1]] output_shape [2, 1] : tensor<2xi32> into tensor<2x1xi32>
// CHECK: %[[I:.*]] = tensor.expand_shape %[[R]]#1 {{\[}}[0, 1]] output_shape [2, 1] : tensor<2xi64> into tensor<2x1xi64>
// CHECK: return %[[V]], %[[I]]
func.func @min_dim(%a: !ts.tensor<[2,5],i32>) -> (!ts.tensor<[2,1],i32>, !ts.tensor<[2,1],i64>) {
  %t = ts.constant true : !ts.bool
  %cm1 = ts.constant -1 : !ts.int
  %0:2 = ts.aten.min.dim %a, %cm1, %t : (!ts.tensor<[2,5],i32>, !ts.int, !ts.bool) -> (!ts.tensor<[2,1],i32>, !ts.tensor<[2,1],i64>)
  return %0#0, %0#1 : !ts.tensor<[2,1],i32>, !ts.tensor<[2,1],i64>
}

// argmax/argmin: without a dim over the flattened tensor (numel checked),
// with keepdim as many size-1 dims as the input has; with a dim like
// max.dim, the values dropped.
// CHECK-LABEL: func.func @args(
// CHECK-SAME: %[[A:.*]]: tensor<2x?x4xi32>
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[N:.*]] = arith.muli %[[D]], %c8 : index
// CHECK: arith.cmpi eq, %[[N]], %c0 : index
// CHECK: scf.if
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[A]] {{\[}}[0, 1, 2]] : tensor<2x?x4xi32> into tensor<?xi32>
// CHECK: linalg.fill ins(%c2147483647_i32 : i32) outs(%{{.*}} : tensor<i32>)
// CHECK: %[[R0:.*]]:2 = linalg.generic {indexing_maps = [#[[ID1]], #[[ALL1]], #[[ALL1]]], iterator_types = ["reduction"]} ins(%[[FLAT]] : tensor<?xi32>)
// CHECK: linalg.index 0 : index
// CHECK: arith.cmpi slt, %{{.*}}, %{{.*}} : i32
// CHECK: %[[K0:.*]] = tensor.expand_shape %[[R0]]#1 [] output_shape [1, 1, 1] : tensor<i64> into tensor<1x1x1xi64>
// CHECK: tensor.collapse_shape %[[A]]
// CHECK: %[[R1:.*]]:2 = linalg.generic
// CHECK: arith.cmpi sgt, %{{.*}}, %{{.*}} : i32
// CHECK: %[[R2:.*]]:2 = linalg.generic {indexing_maps = [#[[ID3]], #{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[A]] : tensor<2x?x4xi32>) outs(%{{.*}}, %{{.*}} : tensor<2x?xi32>, tensor<2x?xi64>)
// CHECK: linalg.index 2 : index
// CHECK: return %[[K0]], %[[R1]]#1, %[[R2]]#1 : tensor<1x1x1xi64>, tensor<i64>, tensor<2x?xi64>
func.func @args(%a: !ts.tensor<[2,?,4],i32>) -> (!ts.tensor<[1,1,1],i64>, !ts.tensor<[],i64>, !ts.tensor<[2,?],i64>) {
  %none = ts.constant none : !ts.none
  %t = ts.constant true : !ts.bool
  %f = ts.constant false : !ts.bool
  %cm1 = ts.constant -1 : !ts.int
  %0 = ts.aten.argmin %a, %none, %t : (!ts.tensor<[2,?,4],i32>, !ts.none, !ts.bool) -> !ts.tensor<[1,1,1],i64>
  %1 = ts.aten.argmax %a, %none, %f : (!ts.tensor<[2,?,4],i32>, !ts.none, !ts.bool) -> !ts.tensor<[],i64>
  %2 = ts.aten.argmax %a, %cm1, %f : (!ts.tensor<[2,?,4],i32>, !ts.int, !ts.bool) -> !ts.tensor<[2,?],i64>
  return %0, %1, %2 : !ts.tensor<[1,1,1],i64>, !ts.tensor<[],i64>, !ts.tensor<[2,?],i64>
}

// softmax: max reduction from -inf, sum of exp(x - max), then exp(x - max) /
// sum; log_softmax subtracts log(sum). A dtype argument computes in that
// dtype (the input extended first).
// CHECK-LABEL: func.func @softmax(
// CHECK-SAME: %[[A:.*]]: tensor<?x3xf32>
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?xf32>)
// CHECK: %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[D0of2]]], iterator_types = ["parallel", "reduction"]} ins(%[[A]] : tensor<?x3xf32>)
// CHECK: arith.maximumf
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[D0of2]], #[[D0of2]]], iterator_types = ["parallel", "reduction"]} ins(%[[A]], %[[MAX]] : tensor<?x3xf32>, tensor<?xf32>)
// CHECK: arith.subf
// CHECK-NEXT: math.exp
// CHECK-NEXT: arith.addf
// CHECK: %[[SM:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[D0of2]], #[[D0of2]], #[[ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[A]], %[[MAX]], %[[SUM]] : tensor<?x3xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK: arith.subf
// CHECK-NEXT: math.exp
// CHECK-NEXT: arith.divf
// CHECK: linalg.fill ins(%{{.*}} : f64) outs(%{{.*}} : tensor<?xf64>)
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: %[[LSM:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<?x3xf64>)
// CHECK: arith.extf
// CHECK-NEXT: arith.subf
// CHECK-NEXT: math.log
// CHECK-NEXT: arith.subf
// CHECK: return %[[SM]], %[[LSM]]
func.func @softmax(%a: !ts.tensor<[?,3],f32>) -> (!ts.tensor<[?,3],f32>, !ts.tensor<[?,3],f64>) {
  %none = ts.constant none : !ts.none
  %c1 = ts.constant 1 : !ts.int
  %c7 = ts.constant 7 : !ts.int
  %cm1 = ts.constant -1 : !ts.int
  %0 = ts.aten.softmax.int %a, %cm1, %none : (!ts.tensor<[?,3],f32>, !ts.int, !ts.none) -> !ts.tensor<[?,3],f32>
  %1 = ts.aten.log_softmax.int %a, %c1, %c7 : (!ts.tensor<[?,3],f32>, !ts.int, !ts.int) -> !ts.tensor<[?,3],f64>
  return %0, %1 : !ts.tensor<[?,3],f32>, !ts.tensor<[?,3],f64>
}

// max.other/min.other are elementwise with broadcasting and promotion.
// CHECK-LABEL: func.func @binary(
// CHECK-SAME: %[[A:.*]]: tensor<?x3xf32>, %[[B:.*]]: tensor<3xi32>, %[[C:.*]]: tensor<4xi8>, %[[D:.*]]: tensor<4xi8>
// CHECK: linalg.generic {indexing_maps = [#[[ID2]], #[[D1of2]], #[[ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[A]], %[[B]] : tensor<?x3xf32>, tensor<3xi32>)
// CHECK: arith.sitofp %{{.*}} : i32 to f32
// CHECK-NEXT: arith.maximumf
// CHECK: linalg.generic {indexing_maps = [#[[ID1]], #[[ID1]], #[[ID1]]], iterator_types = ["parallel"]} ins(%[[C]], %[[D]] : tensor<4xi8>, tensor<4xi8>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.minui
func.func @binary(%a: !ts.tensor<[?,3],f32>, %b: !ts.tensor<[3],i32>, %c: !ts.tensor<[4],ui8>, %d: !ts.tensor<[4],ui8>) -> (!ts.tensor<[?,3],f32>, !ts.tensor<[4],ui8>) {
  %0 = ts.aten.max.other %a, %b : (!ts.tensor<[?,3],f32>, !ts.tensor<[3],i32>) -> !ts.tensor<[?,3],f32>
  %1 = ts.aten.min.other %c, %d : (!ts.tensor<[4],ui8>, !ts.tensor<[4],ui8>) -> !ts.tensor<[4],ui8>
  return %0, %1 : !ts.tensor<[?,3],f32>, !ts.tensor<[4],ui8>
}

// Dynamic sizes of the operands of max.other must agree at run time, or
// one of them be 1.
// CHECK-LABEL: func.func @binary_dynamic(
// CHECK-SAME: %[[A:.*]]: tensor<?xf32>, %[[B:.*]]: tensor<?xf32>
// CHECK-DAG: %[[DA:.*]] = tensor.dim %[[A]], %c0
// CHECK-DAG: %[[DB:.*]] = tensor.dim %[[B]], %c0
// CHECK: arith.cmpi ne, %[[DB]], %[[DA]] : index
// CHECK: scf.if
// CHECK: call @tsc_rt_raise
// CHECK: %[[SIZE:.*]] = arith.select %{{.*}}, %[[DB]], %[[DA]] : index
// CHECK: tensor.empty(%[[SIZE]]) : tensor<?xf32>
func.func @binary_dynamic(%a: !ts.tensor<[?],f32>, %b: !ts.tensor<[?],f32>) -> !ts.tensor<[?],f32> {
  %0 = ts.aten.max.other %a, %b : (!ts.tensor<[?],f32>, !ts.tensor<[?],f32>) -> !ts.tensor<[?],f32>
  return %0 : !ts.tensor<[?],f32>
}
