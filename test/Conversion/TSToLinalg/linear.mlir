// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --canonicalize --ts-verify-lowered | FileCheck %s

// Matrix products: linalg's named contractions accumulating into a
// linalg.fill of zero (or the broadcast bias for linear); a generic only
// for matmul with broadcast batch dims. Contracted sizes that are dynamic
// are checked at run time.

// CHECK-DAG: #[[BA:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, d2, d4)>
// CHECK-DAG: #[[BB:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d4, d3)>
// CHECK-DAG: #[[BOUT:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[VA:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d2, d4)>
// CHECK-DAG: #[[VB:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4, d3)>
// CHECK-DAG: #[[BMAP:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-DAG: #[[ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[MK:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[NK:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[MN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[XK:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[WNK:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
// CHECK-DAG: #[[OUT3:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-DAG: #[[KN:.*]] = affine_map<(d0, d1, d2, d3) -> (d3, d2)>

// CHECK-LABEL: func.func @mm_bmm(
// CHECK-SAME: %[[A:.*]]: tensor<?x3xf32>, %[[B:.*]]: tensor<3x?xf32>, %[[X:.*]]: tensor<?x5x3xi32>, %[[Y:.*]]: tensor<?x3x2xi32>
// CHECK-DAG: %[[ZF:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ZI:.*]] = arith.constant 0 : i32
// CHECK: %[[M:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[N:.*]] = tensor.dim %[[B]], %c1
// CHECK: %[[E:.*]] = tensor.empty(%[[M]], %[[N]]) : tensor<?x?xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[ZF]] : f32) outs(%[[E]] : tensor<?x?xf32>)
// CHECK: %[[MM:.*]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<?x3xf32>, tensor<3x?xf32>) outs(%[[F]] : tensor<?x?xf32>)
// bmm: the dynamic batch sizes must agree; integers accumulate in i32.
// CHECK: %[[BX:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[BY:.*]] = tensor.dim %[[Y]], %c0
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[BX]], %[[BY]] : index
// CHECK: scf.if %[[NE]] {
// CHECK: func.call @tsc_rt_raise
// CHECK: linalg.fill ins(%[[ZI]] : i32) outs(%{{.*}} : tensor<?x5x2xi32>)
// CHECK: %[[BMM:.*]] = linalg.batch_matmul ins(%[[X]], %[[Y]] : tensor<?x5x3xi32>, tensor<?x3x2xi32>)
// CHECK: return %[[MM]], %[[BMM]]
func.func @mm_bmm(%a: !ts.tensor<[?,3],f32>, %b: !ts.tensor<[3,?],f32>, %x: !ts.tensor<[?,5,3],i32>, %y: !ts.tensor<[?,3,2],i32>) -> (!ts.tensor<[?,?],f32>, !ts.tensor<[?,5,2],i32>) {
  %0 = ts.aten.mm %a, %b : (!ts.tensor<[?,3],f32>, !ts.tensor<[3,?],f32>) -> !ts.tensor<[?,?],f32>
  %1 = ts.aten.bmm %x, %y : (!ts.tensor<[?,5,3],i32>, !ts.tensor<[?,3,2],i32>) -> !ts.tensor<[?,5,2],i32>
  return %0, %1 : !ts.tensor<[?,?],f32>, !ts.tensor<[?,5,2],i32>
}

// torch.matmul, case by case.
// CHECK-LABEL: func.func @matmul(
// CHECK-SAME: %[[V:[^:]*]]: tensor<3xf32>, %[[M:[^:]*]]: tensor<2x3xf32>, %[[N:[^:]*]]: tensor<3x4xf32>, %[[B1:[^:]*]]: tensor<1x5x2x3xf32>, %[[B2:[^:]*]]: tensor<7x1x3x4xf32>, %[[B3:[^:]*]]: tensor<5x2x3xf32>, %[[U:[^:]*]]: tensor<?xf32>
// 1-D . 1-D: a dot into a 0-d tensor.
// CHECK: %[[F0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<f32>)
// CHECK: %[[R0:.*]] = linalg.dot ins(%[[V]], %[[V]] : tensor<3xf32>, tensor<3xf32>) outs(%[[F0]] : tensor<f32>)
// 2-D . 1-D and 1-D . 2-D.
// CHECK: %[[R1:.*]] = linalg.matvec ins(%[[M]], %[[V]] : tensor<2x3xf32>, tensor<3xf32>) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[R2:.*]] = linalg.vecmat ins(%[[V]], %[[N]] : tensor<3xf32>, tensor<3x4xf32>) outs(%{{.*}} : tensor<4xf32>)
// Broadcast batch dims: a generic reading size-1 batch dims at index 0.
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<7x5x2x4xf32>)
// CHECK: %[[R3:.*]] = linalg.generic {indexing_maps = [#[[BA]], #[[BB]], #[[BOUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[B1]], %[[B2]] : tensor<1x5x2x3xf32>, tensor<7x1x3x4xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: arith.addf
// N-D . 1-D: the batch folds into the rows of one matvec.
// CHECK: %[[C4:.*]] = tensor.collapse_shape %[[B3]] {{\[}}[0, 1], [2]] : tensor<5x2x3xf32> into tensor<10x3xf32>
// CHECK: %[[MV:.*]] = linalg.matvec ins(%[[C4]], %[[V]] : tensor<10x3xf32>, tensor<3xf32>)
// CHECK: %[[R4:.*]] = tensor.expand_shape %[[MV]] {{\[}}[0, 1]] output_shape [5, 2] : tensor<10xf32> into tensor<5x2xf32>
// 1-D . N-D: the vector becomes a row, which is dropped from the result.
// CHECK: %[[ROW:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1]] output_shape [1, 3] : tensor<3xf32> into tensor<1x3xf32>
// CHECK: %[[G5:.*]] = linalg.generic {indexing_maps = [#[[VA]], #[[VB]], #[[BOUT]]], {{.*}} ins(%[[ROW]], %[[B2]] : tensor<1x3xf32>, tensor<7x1x3x4xf32>) outs(%{{.*}} : tensor<7x1x1x4xf32>)
// CHECK: %[[R5:.*]] = tensor.collapse_shape %[[G5]] {{\[}}[0], [1], [2, 3]] : tensor<7x1x1x4xf32> into tensor<7x1x4xf32>
// 2-D . 2-D.
// CHECK: %[[R6:.*]] = linalg.matmul ins(%[[M]], %[[N]] : tensor<2x3xf32>, tensor<3x4xf32>)
// N-D . 2-D: one matmul over the folded rows.
// CHECK: %[[C7:.*]] = tensor.collapse_shape %[[B3]] {{\[}}[0, 1], [2]] : tensor<5x2x3xf32> into tensor<10x3xf32>
// CHECK: %[[MM7:.*]] = linalg.matmul ins(%[[C7]], %[[N]] : tensor<10x3xf32>, tensor<3x4xf32>) outs(%{{.*}} : tensor<10x4xf32>)
// CHECK: %[[R7:.*]] = tensor.expand_shape %[[MM7]] {{\[}}[0, 1], [2]] output_shape [5, 2, 4] : tensor<10x4xf32> into tensor<5x2x4xf32>
// A dynamic contracted size is checked before the dot.
// CHECK: %[[DU:.*]] = tensor.dim %[[U]], %c0
// CHECK: %[[BAD:.*]] = arith.cmpi ne, %[[DU]], %c3 : index
// CHECK: scf.if %[[BAD]] {
// CHECK: func.call @tsc_rt_raise
// CHECK: %[[R8:.*]] = linalg.dot
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]] :
func.func @matmul(%v: !ts.tensor<[3],f32>, %m: !ts.tensor<[2,3],f32>, %n: !ts.tensor<[3,4],f32>, %b1: !ts.tensor<[1,5,2,3],f32>, %b2: !ts.tensor<[7,1,3,4],f32>, %b3: !ts.tensor<[5,2,3],f32>, %u: !ts.tensor<[?],f32>) -> (!ts.tensor<[],f32>, !ts.tensor<[2],f32>, !ts.tensor<[4],f32>, !ts.tensor<[7,5,2,4],f32>, !ts.tensor<[5,2],f32>, !ts.tensor<[7,1,4],f32>, !ts.tensor<[2,4],f32>, !ts.tensor<[5,2,4],f32>, !ts.tensor<[],f32>) {
  %0 = ts.aten.matmul %v, %v : (!ts.tensor<[3],f32>, !ts.tensor<[3],f32>) -> !ts.tensor<[],f32>
  %1 = ts.aten.matmul %m, %v : (!ts.tensor<[2,3],f32>, !ts.tensor<[3],f32>) -> !ts.tensor<[2],f32>
  %2 = ts.aten.matmul %v, %n : (!ts.tensor<[3],f32>, !ts.tensor<[3,4],f32>) -> !ts.tensor<[4],f32>
  %3 = ts.aten.matmul %b1, %b2 : (!ts.tensor<[1,5,2,3],f32>, !ts.tensor<[7,1,3,4],f32>) -> !ts.tensor<[7,5,2,4],f32>
  %4 = ts.aten.matmul %b3, %v : (!ts.tensor<[5,2,3],f32>, !ts.tensor<[3],f32>) -> !ts.tensor<[5,2],f32>
  %5 = ts.aten.matmul %v, %b2 : (!ts.tensor<[3],f32>, !ts.tensor<[7,1,3,4],f32>) -> !ts.tensor<[7,1,4],f32>
  %6 = ts.aten.matmul %m, %n : (!ts.tensor<[2,3],f32>, !ts.tensor<[3,4],f32>) -> !ts.tensor<[2,4],f32>
  %7 = ts.aten.matmul %b3, %n : (!ts.tensor<[5,2,3],f32>, !ts.tensor<[3,4],f32>) -> !ts.tensor<[5,2,4],f32>
  %8 = ts.aten.matmul %u, %v : (!ts.tensor<[?],f32>, !ts.tensor<[3],f32>) -> !ts.tensor<[],f32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : !ts.tensor<[],f32>, !ts.tensor<[2],f32>, !ts.tensor<[4],f32>, !ts.tensor<[7,5,2,4],f32>, !ts.tensor<[5,2],f32>, !ts.tensor<[7,1,4],f32>, !ts.tensor<[2,4],f32>, !ts.tensor<[5,2,4],f32>, !ts.tensor<[],f32>
}

// Dynamic batch dims: the batch size is `a`'s unless it is 1 (PyTorch's
// broadcast), each operand is copied to it at run time if its own is 1,
// sizes that are neither raise; then one batch_matmul over the collapsed
// batch. A 2-D `a` against a batched `b` broadcasts through the maps.
// CHECK-LABEL: func.func @batched(
// CHECK-SAME: %[[A:.*]]: tensor<?x4x2x3xf32>, %[[B:.*]]: tensor<?x4x3x5xf32>, %[[M:.*]]: tensor<2x3xf32>
// CHECK: %[[DA:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[DB:.*]] = tensor.dim %[[B]], %c0
// CHECK: %[[AONE:.*]] = arith.cmpi eq, %[[DA]], %c1 : index
// CHECK: %[[SIZE:.*]] = arith.select %[[AONE]], %[[DB]], %[[DA]] : index
// CHECK: scf.if
// CHECK: call @tsc_rt_raise
// CHECK: %[[AB:.*]] = scf.if %{{.*}} -> (tensor<?x4x2x3xf32>) {
// CHECK: %[[BB:.*]] = scf.if %{{.*}} -> (tensor<?x4x3x5xf32>) {
// CHECK: %[[CA:.*]] = tensor.collapse_shape %[[AB]] {{\[}}[0, 1], [2], [3]] : tensor<?x4x2x3xf32> into tensor<?x2x3xf32>
// CHECK: %[[CB:.*]] = tensor.collapse_shape %[[BB]] {{\[}}[0, 1], [2], [3]] : tensor<?x4x3x5xf32> into tensor<?x3x5xf32>
// CHECK: %[[BM:.*]] = linalg.batch_matmul ins(%[[CA]], %[[CB]] : tensor<?x2x3xf32>, tensor<?x3x5xf32>) outs(%{{.*}} : tensor<?x2x5xf32>)
// CHECK: %[[R0:.*]] = tensor.expand_shape %[[BM]] {{\[}}[0, 1], [2], [3]] output_shape [%[[SIZE]], 4, 2, 5] : tensor<?x2x5xf32> into tensor<?x4x2x5xf32>
// CHECK: %[[R1:.*]] = linalg.generic {indexing_maps = [#[[VA]], #[[VB]], #[[BOUT]]], {{.*}} ins(%[[M]], %[[B]] : tensor<2x3xf32>, tensor<?x4x3x5xf32>) outs(%{{.*}} : tensor<?x4x2x5xf32>)
// CHECK: return %[[R0]], %[[R1]]
func.func @batched(%a: !ts.tensor<[?,4,2,3],f32>, %b: !ts.tensor<[?,4,3,5],f32>, %m: !ts.tensor<[2,3],f32>) -> (!ts.tensor<[?,4,2,5],f32>, !ts.tensor<[?,4,2,5],f32>) {
  %0 = ts.aten.matmul %a, %b : (!ts.tensor<[?,4,2,3],f32>, !ts.tensor<[?,4,3,5],f32>) -> !ts.tensor<[?,4,2,5],f32>
  %1 = ts.aten.matmul %m, %b : (!ts.tensor<[2,3],f32>, !ts.tensor<[?,4,3,5],f32>) -> !ts.tensor<[?,4,2,5],f32>
  return %0, %1 : !ts.tensor<[?,4,2,5],f32>, !ts.tensor<[?,4,2,5],f32>
}

// linear: the bias broadcast to the result is the accumulator of a matmul
// reading the weight transposed; leading dims fold into rows. Without a
// bias the accumulator is zero; a 1-D input is a matvec with the weight.
// CHECK-LABEL: func.func @linear(
// CHECK-SAME: %[[X:.*]]: tensor<?x5x3xf32>, %[[W:.*]]: tensor<4x3xf32>, %[[BIAS:.*]]: tensor<4xf32>, %[[V:.*]]: tensor<3xf32>, %[[M:.*]]: tensor<2x3xf32>
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x5x4xf32>
// CHECK: %[[BB:.*]] = linalg.generic {indexing_maps = [#[[BMAP]], #[[ID3]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[BIAS]] : tensor<4xf32>) outs(%[[E]] : tensor<?x5x4xf32>)
// CHECK: %[[ROWS:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2]] : tensor<?x5x3xf32> into tensor<?x3xf32>
// CHECK: %[[ACC:.*]] = tensor.collapse_shape %[[BB]] {{\[}}[0, 1], [2]] : tensor<?x5x4xf32> into tensor<?x4xf32>
// CHECK: %[[MM:.*]] = linalg.matmul indexing_maps = [#[[MK]], #[[NK]], #[[MN]]] ins(%[[ROWS]], %[[W]] : tensor<?x3xf32>, tensor<4x3xf32>) outs(%[[ACC]] : tensor<?x4xf32>)
// CHECK: %[[R0:.*]] = tensor.expand_shape %[[MM]] {{\[}}[0, 1], [2]] output_shape [%[[D]], 5, 4] : tensor<?x4xf32> into tensor<?x5x4xf32>
// CHECK: %[[Z1:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<4xf32>)
// CHECK: %[[R1:.*]] = linalg.matvec ins(%[[W]], %[[V]] : tensor<4x3xf32>, tensor<3xf32>) outs(%[[Z1]] : tensor<4xf32>)
// CHECK: %[[Z2:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<2x4xf32>)
// CHECK: %[[R2:.*]] = linalg.matmul indexing_maps = [#[[MK]], #[[NK]], #[[MN]]] ins(%[[M]], %[[W]] : tensor<2x3xf32>, tensor<4x3xf32>) outs(%[[Z2]] : tensor<2x4xf32>)
// CHECK: return %[[R0]], %[[R1]], %[[R2]]
func.func @linear(%x: !ts.tensor<[?,5,3],f32>, %w: !ts.tensor<[4,3],f32>, %bias: !ts.tensor<[4],f32>, %v: !ts.tensor<[3],f32>, %m: !ts.tensor<[2,3],f32>) -> (!ts.tensor<[?,5,4],f32>, !ts.tensor<[4],f32>, !ts.tensor<[2,4],f32>) {
  %none = ts.constant none : !ts.none
  %0 = ts.aten.linear %x, %w, %bias : (!ts.tensor<[?,5,3],f32>, !ts.tensor<[4,3],f32>, !ts.tensor<[4],f32>) -> !ts.tensor<[?,5,4],f32>
  %1 = ts.aten.linear %v, %w, %none : (!ts.tensor<[3],f32>, !ts.tensor<[4,3],f32>, !ts.none) -> !ts.tensor<[4],f32>
  %2 = ts.aten.linear %m, %w, %none : (!ts.tensor<[2,3],f32>, !ts.tensor<[4,3],f32>, !ts.none) -> !ts.tensor<[2,4],f32>
  return %0, %1, %2 : !ts.tensor<[?,5,4],f32>, !ts.tensor<[4],f32>, !ts.tensor<[2,4],f32>
}

// A dynamic bias size is the weight's rows or 1 (broadcast at run time by a
// copy), and a dynamic input feature size is checked against the weight's
// columns.
// CHECK-LABEL: func.func @linear_dynamic(
// CHECK-SAME: %[[X:.*]]: tensor<2x?xf32>, %[[W:.*]]: tensor<4x3xf32>, %[[BIAS:.*]]: tensor<?xf32>
// CHECK: %[[K:.*]] = tensor.dim %[[X]], %c1
// CHECK: arith.cmpi ne, %[[K]], %c3 : index
// CHECK: scf.if
// CHECK: %[[NB:.*]] = tensor.dim %[[BIAS]], %c0
// CHECK: %[[DIFF:.*]] = arith.cmpi ne, %[[NB]], %c4 : index
// CHECK: %[[NOT1:.*]] = arith.cmpi ne, %[[NB]], %c1 : index
// CHECK: %[[BAD:.*]] = arith.andi %[[DIFF]], %[[NOT1]] : i1
// CHECK: scf.if %[[BAD]]
// CHECK: call @tsc_rt_raise
// CHECK: %[[B4:.*]] = scf.if %[[DIFF]] -> (tensor<?xf32>) {
// CHECK:   tensor.extract %[[BIAS]]
// CHECK: } else {
// CHECK:   scf.yield %[[BIAS]]
// Canonicalization makes the sizes static.
// CHECK: %[[SB:.*]] = tensor.cast %[[B4]] : tensor<?xf32> to tensor<4xf32>
// CHECK: linalg.generic {{.*}} ins(%[[SB]] : tensor<4xf32>) outs(%{{.*}} : tensor<2x4xf32>)
// CHECK: linalg.matmul indexing_maps
func.func @linear_dynamic(%x: !ts.tensor<[2,?],f32>, %w: !ts.tensor<[4,3],f32>, %bias: !ts.tensor<[?],f32>) -> !ts.tensor<[2,4],f32> {
  %0 = ts.aten.linear %x, %w, %bias : (!ts.tensor<[2,?],f32>, !ts.tensor<[4,3],f32>, !ts.tensor<[?],f32>) -> !ts.tensor<[2,4],f32>
  return %0 : !ts.tensor<[2,4],f32>
}

// Several dynamic leading (or batch) dims could not be expanded back after
// folding them (MLIR 22's expand-strided-metadata crashes on such
// expand_shapes): these products stay generics over the original dims.
// CHECK-LABEL: func.func @dynamic_leading(
// CHECK-SAME: %[[X:.*]]: tensor<?x?x3xf32>, %[[W:.*]]: tensor<4x3xf32>, %[[N:.*]]: tensor<3x4xf32>, %[[A:.*]]: tensor<?x?x2x3xf32>, %[[B:.*]]: tensor<?x?x3x5xf32>
// CHECK-NOT: tensor.expand_shape
// CHECK: %[[R0:.*]] = linalg.generic {indexing_maps = [#[[XK]], #[[WNK]], #[[OUT3]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[X]], %[[W]] : tensor<?x?x3xf32>, tensor<4x3xf32>)
// CHECK: %[[R1:.*]] = linalg.generic {indexing_maps = [#[[XK]], #[[KN]], #[[OUT3]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[X]], %[[N]] : tensor<?x?x3xf32>, tensor<3x4xf32>)
// CHECK-NOT: tensor.expand_shape
// CHECK: %[[R2:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<?x?x2x3xf32>, tensor<?x?x3x5xf32>) outs(%{{.*}} : tensor<?x?x2x5xf32>)
// CHECK: return %[[R0]], %[[R1]], %[[R2]]
func.func @dynamic_leading(%x: !ts.tensor<[?,?,3],f32>, %w: !ts.tensor<[4,3],f32>, %n: !ts.tensor<[3,4],f32>, %a: !ts.tensor<[?,?,2,3],f32>, %b: !ts.tensor<[?,?,3,5],f32>) -> (!ts.tensor<[?,?,4],f32>, !ts.tensor<[?,?,4],f32>, !ts.tensor<[?,?,2,5],f32>) {
  %none = ts.constant none : !ts.none
  %0 = ts.aten.linear %x, %w, %none : (!ts.tensor<[?,?,3],f32>, !ts.tensor<[4,3],f32>, !ts.none) -> !ts.tensor<[?,?,4],f32>
  %1 = ts.aten.matmul %x, %n : (!ts.tensor<[?,?,3],f32>, !ts.tensor<[3,4],f32>) -> !ts.tensor<[?,?,4],f32>
  %2 = ts.aten.matmul %a, %b : (!ts.tensor<[?,?,2,3],f32>, !ts.tensor<[?,?,3,5],f32>) -> !ts.tensor<[?,?,2,5],f32>
  return %0, %1, %2 : !ts.tensor<[?,?,4],f32>, !ts.tensor<[?,?,4],f32>, !ts.tensor<[?,?,2,5],f32>
}
