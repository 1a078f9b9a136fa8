// RUN: tsc-opt %s --split-input-file --verify-diagnostics --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --canonicalize --ts-verify-lowered | FileCheck %s

// Views, reshapes and concatenation (PyTorch 1.13 semantics). Result types
// are what ts-refine-types gives. Dims are constants; sizes, indices and
// slice bounds may be run-time values, checked where PyTorch would raise.

// Maps of the broadcasts below.
// CHECK-DAG: #[[EXPAND_MAP:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-DAG: #[[ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[ROW0:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>

// Transposes: linalg.transpose; a transpose of a 1-d tensor is the tensor.

// CHECK-LABEL: func.func @t_2d(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK: %[[E:.*]] = tensor.empty() : tensor<3x2xf32>
// CHECK: %[[T:.*]] = linalg.transpose ins(%[[A]] : tensor<2x3xf32>) outs(%[[E]] : tensor<3x2xf32>) permutation = [1, 0]
// CHECK: return %[[T]]
func.func @t_2d(%a: !ts.tensor<[2,3],f32>) -> !ts.tensor<[3,2],f32> {
  %0 = ts.aten.t %a : (!ts.tensor<[2,3],f32>) -> !ts.tensor<[3,2],f32>
  return %0 : !ts.tensor<[3,2],f32>
}

// CHECK-LABEL: func.func @t_1d(
// CHECK-SAME: %[[A:.*]]: tensor<4xi64>)
// CHECK-NEXT: return %[[A]] : tensor<4xi64>
func.func @t_1d(%a: !ts.tensor<[4],i64>) -> !ts.tensor<[4],i64> {
  %0 = ts.aten.t %a : (!ts.tensor<[4],i64>) -> !ts.tensor<[4],i64>
  return %0 : !ts.tensor<[4],i64>
}

// A negative dim counts from the end; dynamic sizes come from the input.
// CHECK-LABEL: func.func @transpose_neg(
// CHECK-SAME: %[[A:.*]]: tensor<2x?x4xf32>) -> tensor<4x?x2xf32>
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<4x?x2xf32>
// CHECK: linalg.transpose ins(%[[A]] : tensor<2x?x4xf32>) outs(%[[E]] : tensor<4x?x2xf32>) permutation = [2, 1, 0]
func.func @transpose_neg(%a: !ts.tensor<[2,?,4],f32>) -> !ts.tensor<[4,?,2],f32> {
  %m1 = ts.constant -1 : !ts.int
  %z = ts.constant 0 : !ts.int
  %0 = ts.aten.transpose.int %a, %m1, %z : (!ts.tensor<[2,?,4],f32>, !ts.int, !ts.int) -> !ts.tensor<[4,?,2],f32>
  return %0 : !ts.tensor<[4,?,2],f32>
}

// CHECK-LABEL: func.func @permute(
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x3x4xf16>) outs(%{{.*}} : tensor<4x2x3xf16>) permutation = [2, 0, 1]
func.func @permute(%a: !ts.tensor<[2,3,4],f16>) -> !ts.tensor<[4,2,3],f16> {
  %m1 = ts.constant -1 : !ts.int
  %z = ts.constant 0 : !ts.int
  %o = ts.constant 1 : !ts.int
  %l = ts.list_construct(%m1, %z, %o) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.permute %a, %l : (!ts.tensor<[2,3,4],f16>, !ts.list<!ts.int>) -> !ts.tensor<[4,2,3],f16>
  return %0 : !ts.tensor<[4,2,3],f16>
}

// view/reshape: static regroupings are collapse/expand_shape, with no
// run-time check; a shape that does not regroup goes through 1-d.

// CHECK-LABEL: func.func @view_collapse(
// CHECK-NOT: scf.if
// CHECK: %[[C:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK: return %[[C]]
func.func @view_collapse(%a: !ts.tensor<[2,3,4],f32>) -> !ts.tensor<[6,4],f32> {
  %c6 = ts.constant 6 : !ts.int
  %m1 = ts.constant -1 : !ts.int
  %l = ts.list_construct(%c6, %m1) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.view %a, %l : (!ts.tensor<[2,3,4],f32>, !ts.list<!ts.int>) -> !ts.tensor<[6,4],f32>
  return %0 : !ts.tensor<[6,4],f32>
}

// CHECK-LABEL: func.func @reshape_regroup(
// CHECK: %[[C:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1]] : tensor<2x3xi32> into tensor<6xi32>
// CHECK: tensor.expand_shape %[[C]] {{\[\[}}0, 1]] output_shape [3, 2] : tensor<6xi32> into tensor<3x2xi32>
func.func @reshape_regroup(%a: !ts.tensor<[2,3],i32>) -> !ts.tensor<[3,2],i32> {
  %c3 = ts.constant 3 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %l = ts.list_construct(%c3, %c2) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.reshape %a, %l : (!ts.tensor<[2,3],i32>, !ts.list<!ts.int>) -> !ts.tensor<[3,2],i32>
  return %0 : !ts.tensor<[3,2],i32>
}

// -1 with a dynamic input: numel / 12, and a check that the counts agree
// (12 * (numel / 12) == numel).
// CHECK-LABEL: func.func @view_infer_dynamic(
// CHECK-SAME: %[[A:.*]]: tensor<?x12xf32>) -> tensor<?x3x4xf32>
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[N:.*]] = arith.muli %[[D]], %c12 : index
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : index to i64
// CHECK: %[[Q:.*]] = arith.divsi %[[NI]], %c12_i64 : i64
// CHECK: %[[QI:.*]] = arith.index_cast %[[Q]] : i64 to index
// CHECK: %[[P:.*]] = arith.muli %[[Q]], %c12_i64 : i64
// CHECK: %[[BAD:.*]] = arith.cmpi ne, %[[P]], %[[NI]] : i64
// CHECK: scf.if %[[BAD]] {
// CHECK-NEXT: func.call @tsc_rt_raise
// CHECK: tensor.expand_shape %[[A]] {{\[\[}}0], [1, 2]] output_shape [%[[QI]], 3, 4] : tensor<?x12xf32> into tensor<?x3x4xf32>
func.func @view_infer_dynamic(%a: !ts.tensor<[?,12],f32>) -> !ts.tensor<[?,3,4],f32> {
  %m1 = ts.constant -1 : !ts.int
  %c3 = ts.constant 3 : !ts.int
  %c4 = ts.constant 4 : !ts.int
  %l = ts.list_construct(%m1, %c3, %c4) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.view %a, %l : (!ts.tensor<[?,12],f32>, !ts.list<!ts.int>) -> !ts.tensor<[?,3,4],f32>
  return %0 : !ts.tensor<[?,3,4],f32>
}

// A run-time size may itself be -1: it is checked (>= -1, at most one -1)
// and replaced by the inferred size; the shape goes to tensor.reshape.
// CHECK-LABEL: func.func @reshape_runtime(
// CHECK-SAME: %[[A:.*]]: tensor<?x?xf32>, %[[N:.*]]: i64) -> tensor<?x?xf32>
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[N]], %c-1_i64
// CHECK: scf.if %[[NEG]]
// CHECK: %[[ISM1:.*]] = arith.cmpi eq, %[[N]], %c-1_i64
// CHECK: %[[KNOWN:.*]] = arith.select %[[ISM1]], %c1_i64, %[[N]]
// CHECK: %[[COUNT:.*]] = arith.addi %{{.*}}, %c1_i64
// CHECK: %[[TWO:.*]] = arith.cmpi sgt, %[[COUNT]], %c1_i64
// CHECK: scf.if %[[TWO]]
// CHECK: %[[DIV:.*]] = arith.select %{{.*}}, %c1_i64, %[[KNOWN]]
// CHECK: %[[INF:.*]] = arith.divsi %{{.*}}, %[[DIV]]
// CHECK: %[[S0:.*]] = arith.select %[[ISM1]], %[[INF]], %[[N]]
// CHECK: %[[S0I:.*]] = arith.index_cast %[[S0]] : i64 to index
// CHECK: %[[S1I:.*]] = arith.index_cast %[[INF]] : i64 to index
// CHECK: scf.if
// CHECK: %[[SHAPE:.*]] = tensor.from_elements %[[S0I]], %[[S1I]] : tensor<2xindex>
// CHECK: tensor.reshape %[[A]](%[[SHAPE]]) : (tensor<?x?xf32>, tensor<2xindex>) -> tensor<?x?xf32>
func.func @reshape_runtime(%a: !ts.tensor<[?,?],f32>, %n: !ts.int) -> !ts.tensor<[?,?],f32> {
  %m1 = ts.constant -1 : !ts.int
  %l = ts.list_construct(%n, %m1) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.reshape %a, %l : (!ts.tensor<[?,?],f32>, !ts.list<!ts.int>) -> !ts.tensor<[?,?],f32>
  return %0 : !ts.tensor<[?,?],f32>
}

// A dynamic input into a static shape: the element count is checked.
// CHECK-LABEL: func.func @view_to_static(
// CHECK: %[[BAD:.*]] = arith.cmpi ne, %{{.*}}, %c8_i64 : i64
// CHECK: scf.if %[[BAD]]
// CHECK: tensor.reshape %{{.*}}(%{{.*}}) : (tensor<?x4xf32>, tensor<1xindex>) -> tensor<8xf32>
func.func @view_to_static(%a: !ts.tensor<[?,4],f32>) -> !ts.tensor<[8],f32> {
  %c8 = ts.constant 8 : !ts.int
  %l = ts.list_construct(%c8) : (!ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.view %a, %l : (!ts.tensor<[?,4],f32>, !ts.list<!ts.int>) -> !ts.tensor<[8],f32>
  return %0 : !ts.tensor<[8],f32>
}

// flatten(1, -1); a 0-d tensor flattens to one element.
// CHECK-LABEL: func.func @flatten(
// CHECK: tensor.collapse_shape %{{.*}} {{\[\[}}0], [1, 2, 3]] : tensor<2x?x3x4xf32> into tensor<2x?xf32>
// CHECK: tensor.expand_shape %{{.*}} [] output_shape [1] : tensor<f32> into tensor<1xf32>
func.func @flatten(%a: !ts.tensor<[2,?,3,4],f32>, %s: !ts.tensor<[],f32>) -> (!ts.tensor<[2,?],f32>, !ts.tensor<[1],f32>) {
  %c1 = ts.constant 1 : !ts.int
  %m1 = ts.constant -1 : !ts.int
  %z = ts.constant 0 : !ts.int
  %0 = ts.aten.flatten.using_ints %a, %c1, %m1 : (!ts.tensor<[2,?,3,4],f32>, !ts.int, !ts.int) -> !ts.tensor<[2,?],f32>
  %1 = ts.aten.flatten.using_ints %s, %z, %m1 : (!ts.tensor<[],f32>, !ts.int, !ts.int) -> !ts.tensor<[1],f32>
  return %0, %1 : !ts.tensor<[2,?],f32>, !ts.tensor<[1],f32>
}

// squeeze drops every static 1; squeeze(dim) only that dim, if it is 1.
// CHECK-LABEL: func.func @squeeze(
// CHECK-SAME: %[[A:.*]]: tensor<1x3x1x4xf32>, %[[B:.*]]: tensor<3x1x?xf32>)
// CHECK: %[[S:.*]] = tensor.collapse_shape %[[A]] {{\[\[}}0, 1, 2], [3]] : tensor<1x3x1x4xf32> into tensor<3x4xf32>
// CHECK: %[[T:.*]] = tensor.collapse_shape %[[B]] {{\[\[}}0, 1], [2]] : tensor<3x1x?xf32> into tensor<3x?xf32>
// CHECK: return %[[S]], %[[T]], %[[B]]
func.func @squeeze(%a: !ts.tensor<[1,3,1,4],f32>, %b: !ts.tensor<[3,1,?],f32>) -> (!ts.tensor<[3,4],f32>, !ts.tensor<[3,?],f32>, !ts.tensor<[3,1,?],f32>) {
  %m2 = ts.constant -2 : !ts.int
  %z = ts.constant 0 : !ts.int
  %0 = ts.aten.squeeze %a : (!ts.tensor<[1,3,1,4],f32>) -> !ts.tensor<[3,4],f32>
  %1 = ts.aten.squeeze.dim %b, %m2 : (!ts.tensor<[3,1,?],f32>, !ts.int) -> !ts.tensor<[3,?],f32>
  %2 = ts.aten.squeeze.dim %b, %z : (!ts.tensor<[3,1,?],f32>, !ts.int) -> !ts.tensor<[3,1,?],f32>
  return %0, %1, %2 : !ts.tensor<[3,4],f32>, !ts.tensor<[3,?],f32>, !ts.tensor<[3,1,?],f32>
}

// CHECK-LABEL: func.func @unsqueeze(
// CHECK-SAME: %[[A:.*]]: tensor<?x3xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c0
// CHECK: tensor.expand_shape %[[A]] {{\[\[}}0], [1, 2]] output_shape [%[[D]], 3, 1] : tensor<?x3xf32> into tensor<?x3x1xf32>
// CHECK: tensor.expand_shape %[[A]] {{\[\[}}0, 1], [2]] output_shape [1, %{{.*}}, 3] : tensor<?x3xf32> into tensor<1x?x3xf32>
func.func @unsqueeze(%a: !ts.tensor<[?,3],f32>) -> (!ts.tensor<[?,3,1],f32>, !ts.tensor<[1,?,3],f32>) {
  %m1 = ts.constant -1 : !ts.int
  %z = ts.constant 0 : !ts.int
  %0 = ts.aten.unsqueeze %a, %m1 : (!ts.tensor<[?,3],f32>, !ts.int) -> !ts.tensor<[?,3,1],f32>
  %1 = ts.aten.unsqueeze %a, %z : (!ts.tensor<[?,3],f32>, !ts.int) -> !ts.tensor<[1,?,3],f32>
  return %0, %1 : !ts.tensor<[?,3,1],f32>, !ts.tensor<[1,?,3],f32>
}

// cat: operands cast to the result dtype (int32 to float32 here), inserted
// at running offsets; the result's dynamic size is their sum.
// CHECK-LABEL: func.func @cat_mixed(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xi32>, %[[B:.*]]: tensor<?x3xf32>) -> tensor<?x3xf32>
// CHECK: %[[AF:.*]] = linalg.generic {{.*}} ins(%[[A]] : tensor<2x3xi32>) outs(%{{.*}} : tensor<2x3xf32>)
// CHECK: arith.sitofp %{{.*}} : i32 to f32
// CHECK: %[[D:.*]] = tensor.dim %[[B]], %c0
// CHECK: %[[TOTAL:.*]] = arith.addi %[[D]], %c2 : index
// CHECK: %[[E:.*]] = tensor.empty(%[[TOTAL]]) : tensor<?x3xf32>
// CHECK: %[[I0:.*]] = tensor.insert_slice %[[AF]] into %[[E]][0, 0] [2, 3] [1, 1] : tensor<2x3xf32> into tensor<?x3xf32>
// CHECK: %[[I1:.*]] = tensor.insert_slice %[[B]] into %[[I0]][2, 0] [%{{.*}}, 3] [1, 1] : tensor<?x3xf32> into tensor<?x3xf32>
// CHECK: return %[[I1]]
func.func @cat_mixed(%a: !ts.tensor<[2,3],i32>, %b: !ts.tensor<[?,3],f32>) -> !ts.tensor<[?,3],f32> {
  %z = ts.constant 0 : !ts.int
  %l = ts.list_construct(%a, %b) : (!ts.tensor<[2,3],i32>, !ts.tensor<[?,3],f32>) -> !ts.list<!ts.tensor>
  %0 = ts.aten.cat %l, %z : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[?,3],f32>
  return %0 : !ts.tensor<[?,3],f32>
}

// uint8 widens without sign.
// CHECK-LABEL: func.func @cat_unsigned(
// CHECK: arith.extui %{{.*}} : i8 to i32
// CHECK: tensor.insert_slice %{{.*}}[0] [2] [1] : tensor<2xi32> into tensor<5xi32>
// CHECK: tensor.insert_slice %{{.*}}[2] [3] [1] : tensor<3xi32> into tensor<5xi32>
func.func @cat_unsigned(%a: !ts.tensor<[2],ui8>, %b: !ts.tensor<[3],i32>) -> !ts.tensor<[5],i32> {
  %z = ts.constant 0 : !ts.int
  %l = ts.list_construct(%a, %b) : (!ts.tensor<[2],ui8>, !ts.tensor<[3],i32>) -> !ts.list<!ts.tensor>
  %0 = ts.aten.cat %l, %z : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[5],i32>
  return %0 : !ts.tensor<[5],i32>
}

// A negative dim; a legacy 1-d empty tensor is skipped.
// CHECK-LABEL: func.func @cat_neg_dim_legacy_empty(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<2x5xf32>, %{{.*}}: tensor<0xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x8xf32>
// CHECK: %[[I0:.*]] = tensor.insert_slice %[[A]] into %[[E]][0, 0] [2, 3] [1, 1]
// CHECK: %[[I1:.*]] = tensor.insert_slice %[[B]] into %[[I0]][0, 3] [2, 5] [1, 1]
// CHECK: return %[[I1]]
func.func @cat_neg_dim_legacy_empty(%a: !ts.tensor<[2,3],f32>, %b: !ts.tensor<[2,5],f32>, %e: !ts.tensor<[0],f32>) -> !ts.tensor<[2,8],f32> {
  %m1 = ts.constant -1 : !ts.int
  %l = ts.list_construct(%a, %e, %b) : (!ts.tensor<[2,3],f32>, !ts.tensor<[0],f32>, !ts.tensor<[2,5],f32>) -> !ts.list<!ts.tensor>
  %0 = ts.aten.cat %l, %m1 : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[2,8],f32>
  return %0 : !ts.tensor<[2,8],f32>
}

// A 1-d operand of unknown size among 2-d ones must be empty (checked) and
// is skipped; dynamic sizes outside the cat dim must agree (checked).
// CHECK-LABEL: func.func @cat_dynamic_legacy_empty(
// CHECK-SAME: %[[A:.*]]: tensor<2x?xf32>, %[[E:.*]]: tensor<?xf32>, %[[B:.*]]: tensor<?x?xf32>)
// CHECK: %[[ED:.*]] = tensor.dim %[[E]], %c0
// CHECK: %[[NONEMPTY:.*]] = arith.cmpi ne, %[[ED]], %c0
// CHECK: scf.if %[[NONEMPTY]]
// CHECK: %[[AD:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[BD:.*]] = tensor.dim %[[B]], %c1
// CHECK: %[[DIFF:.*]] = arith.cmpi ne, %[[BD]], %[[AD]]
// CHECK: scf.if %[[DIFF]]
// CHECK: tensor.empty(%{{.*}}, %[[AD]]) : tensor<?x?xf32>
// CHECK-NOT: %[[E]]
// CHECK: return
func.func @cat_dynamic_legacy_empty(%a: !ts.tensor<[2,?],f32>, %e: !ts.tensor<[?],f32>, %b: !ts.tensor<[?,?],f32>) -> !ts.tensor<[?,?],f32> {
  %z = ts.constant 0 : !ts.int
  %l = ts.list_construct(%a, %e, %b) : (!ts.tensor<[2,?],f32>, !ts.tensor<[?],f32>, !ts.tensor<[?,?],f32>) -> !ts.list<!ts.tensor>
  %0 = ts.aten.cat %l, %z : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[?,?],f32>
  return %0 : !ts.tensor<[?,?],f32>
}

// stack = unsqueeze + cat.
// CHECK-LABEL: func.func @stack(
// CHECK-SAME: %[[A:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<3xf32>) -> tensor<3x2xf32>
// CHECK: %[[UA:.*]] = tensor.expand_shape %[[A]] {{\[\[}}0, 1]] output_shape [3, 1] : tensor<3xf32> into tensor<3x1xf32>
// CHECK: %[[UB:.*]] = tensor.expand_shape %[[B]] {{\[\[}}0, 1]] output_shape [3, 1]
// CHECK: %[[I0:.*]] = tensor.insert_slice %[[UA]] into %{{.*}}[0, 0] [3, 1] [1, 1] : tensor<3x1xf32> into tensor<3x2xf32>
// CHECK: tensor.insert_slice %[[UB]] into %[[I0]][0, 1] [3, 1] [1, 1] : tensor<3x1xf32> into tensor<3x2xf32>
func.func @stack(%a: !ts.tensor<[3],f32>, %b: !ts.tensor<[3],f32>) -> !ts.tensor<[3,2],f32> {
  %c1 = ts.constant 1 : !ts.int
  %l = ts.list_construct(%a, %b) : (!ts.tensor<[3],f32>, !ts.tensor<[3],f32>) -> !ts.list<!ts.tensor>
  %0 = ts.aten.stack %l, %c1 : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[3,2],f32>
  return %0 : !ts.tensor<[3,2],f32>
}

// CHECK-LABEL: func.func @stack_dynamic(
// CHECK: %[[DIFF:.*]] = arith.cmpi ne
// CHECK: scf.if %[[DIFF]]
// CHECK: tensor.empty(%{{.*}}) : tensor<2x?xf32>
// CHECK: tensor.insert_slice %{{.*}}[1, 0] [1, %{{.*}}] [1, 1] : tensor<1x?xf32> into tensor<2x?xf32>
func.func @stack_dynamic(%a: !ts.tensor<[?],f32>, %b: !ts.tensor<[?],f32>) -> !ts.tensor<[2,?],f32> {
  %z = ts.constant 0 : !ts.int
  %l = ts.list_construct(%a, %b) : (!ts.tensor<[?],f32>, !ts.tensor<[?],f32>) -> !ts.list<!ts.tensor>
  %0 = ts.aten.stack %l, %z : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor<[2,?],f32>
  return %0 : !ts.tensor<[2,?],f32>
}

// select: a run-time index is wrapped and checked, then a rank-reducing
// slice drops the dim; a constant index needs no check.
// CHECK-LABEL: func.func @select(
// CHECK-SAME: %[[A:.*]]: tensor<4x5xf32>, %[[I:.*]]: i64) -> tensor<4xf32>
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[I]], %c0_i64
// CHECK: %[[WRAPPED:.*]] = arith.addi %[[I]], %c5_i64
// CHECK: %[[IDX:.*]] = arith.select %[[NEG]], %[[WRAPPED]], %[[I]]
// CHECK: %[[LOW:.*]] = arith.cmpi slt, %[[IDX]], %c0_i64
// CHECK: %[[HIGH:.*]] = arith.cmpi sge, %[[IDX]], %c5_i64
// CHECK: %[[BAD:.*]] = arith.ori %[[LOW]], %[[HIGH]]
// CHECK: scf.if %[[BAD]]
// CHECK: %[[OFF:.*]] = arith.index_cast %[[IDX]] : i64 to index
// CHECK: tensor.extract_slice %[[A]][0, %[[OFF]]] [4, 1] [1, 1] : tensor<4x5xf32> to tensor<4xf32>
func.func @select(%a: !ts.tensor<[4,5],f32>, %i: !ts.int) -> !ts.tensor<[4],f32> {
  %c1 = ts.constant 1 : !ts.int
  %0 = ts.aten.select.int %a, %c1, %i : (!ts.tensor<[4,5],f32>, !ts.int, !ts.int) -> !ts.tensor<[4],f32>
  return %0 : !ts.tensor<[4],f32>
}

// CHECK-LABEL: func.func @select_const(
// CHECK-NEXT: %[[S:.*]] = tensor.extract_slice %{{.*}}[0, 4] [4, 1] [1, 1] : tensor<4x5xf32> to tensor<4xf32>
// CHECK-NEXT: return %[[S]]
func.func @select_const(%a: !ts.tensor<[4,5],f32>) -> !ts.tensor<[4],f32> {
  %m1 = ts.constant -1 : !ts.int
  %0 = ts.aten.select.int %a, %m1, %m1 : (!ts.tensor<[4,5],f32>, !ts.int, !ts.int) -> !ts.tensor<[4],f32>
  return %0 : !ts.tensor<[4],f32>
}

// slice: bounds clamped like PyTorch (negative ones wrap, then clamp to
// [0, size], end at least start), ceil((end - start) / step) elements.
// CHECK-LABEL: func.func @slice_runtime_start(
// CHECK-SAME: %[[A:.*]]: tensor<10x?xf32>, %[[S:.*]]: i64) -> tensor<10x?xf32>
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[SIZE:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[S]], %c0_i64
// CHECK: %[[W:.*]] = arith.addi %[[S]], %[[SIZE]]
// CHECK: %[[SW:.*]] = arith.select %[[NEG]], %[[W]], %[[S]]
// CHECK: %[[LO:.*]] = arith.maxsi %[[SW]], %c0_i64
// CHECK: %[[START:.*]] = arith.minsi %[[LO]], %[[SIZE]]
// CHECK: %[[END:.*]] = arith.maxsi %[[SIZE]], %[[START]]
// CHECK: %[[LEN:.*]] = arith.subi %[[END]], %[[START]]
// CHECK: %[[N:.*]] = arith.ceildivsi %[[LEN]], %c2_i64
// CHECK: %[[OFF:.*]] = arith.index_cast %[[START]] : i64 to index
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: tensor.extract_slice %[[A]][0, %[[OFF]]] [10, %[[NI]]] [1, 2] : tensor<10x?xf32> to tensor<10x?xf32>
func.func @slice_runtime_start(%a: !ts.tensor<[10,?],f32>, %s: !ts.int) -> !ts.tensor<[10,?],f32> {
  %c1 = ts.constant 1 : !ts.int
  %c2 = ts.constant 2 : !ts.int
  %none = ts.constant none : !ts.none
  %start = ts.derefine %s : !ts.int -> !ts.optional<!ts.int>
  %0 = ts.aten.slice.Tensor %a, %c1, %start, %none, %c2 : (!ts.tensor<[10,?],f32>, !ts.int, !ts.optional<!ts.int>, !ts.none, !ts.int) -> !ts.tensor<[10,?],f32>
  return %0 : !ts.tensor<[10,?],f32>
}

// A run-time step must be positive.
// CHECK-LABEL: func.func @slice_runtime_end_step(
// CHECK-SAME: %[[A:.*]]: tensor<?x6xf32>, %[[E:.*]]: i64, %[[STEP:.*]]: i64)
// CHECK: %[[NONPOS:.*]] = arith.cmpi sle, %[[STEP]], %c0_i64
// CHECK: scf.if %[[NONPOS]]
// CHECK: %[[N:.*]] = arith.ceildivsi %{{.*}}, %[[STEP]]
// CHECK: %[[STRIDE:.*]] = arith.index_cast %[[STEP]] : i64 to index
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: tensor.extract_slice %[[A]][0, 0] [%[[NI]], 6] [%[[STRIDE]], 1] : tensor<?x6xf32> to tensor<?x6xf32>
func.func @slice_runtime_end_step(%a: !ts.tensor<[?,6],f32>, %e: !ts.int, %s: !ts.int) -> !ts.tensor<[?,6],f32> {
  %m2 = ts.constant -2 : !ts.int
  %none = ts.constant none : !ts.none
  %0 = ts.aten.slice.Tensor %a, %m2, %none, %e, %s : (!ts.tensor<[?,6],f32>, !ts.int, !ts.none, !ts.int, !ts.int) -> !ts.tensor<[?,6],f32>
  return %0 : !ts.tensor<[?,6],f32>
}

// Constant bounds fold: x[-3:100] of 10 elements is [7, 10).
// CHECK-LABEL: func.func @slice_const(
// CHECK-NEXT: %[[S:.*]] = tensor.extract_slice %{{.*}}[7] [3] [1] : tensor<10xf32> to tensor<3xf32>
// CHECK-NEXT: return %[[S]]
func.func @slice_const(%a: !ts.tensor<[10],f32>) -> !ts.tensor<[3],f32> {
  %z = ts.constant 0 : !ts.int
  %m3 = ts.constant -3 : !ts.int
  %c1 = ts.constant 1 : !ts.int
  %big = ts.constant 100 : !ts.int
  %0 = ts.aten.slice.Tensor %a, %z, %m3, %big, %c1 : (!ts.tensor<[10],f32>, !ts.int, !ts.int, !ts.int, !ts.int) -> !ts.tensor<[3],f32>
  return %0 : !ts.tensor<[3],f32>
}

// expand: new leading dims and static size-1 dims read index 0; -1 keeps
// a dim.
// CHECK-LABEL: func.func @expand_new_dims(
// CHECK-SAME: %[[A:.*]]: tensor<3x1xf32>) -> tensor<2x3x4xf32>
// CHECK-NOT: scf.if
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[EXPAND_MAP]], #[[ID3]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[A]] : tensor<3x1xf32>) outs(%[[E]] : tensor<2x3x4xf32>)
func.func @expand_new_dims(%a: !ts.tensor<[3,1],f32>) -> !ts.tensor<[2,3,4],f32> {
  %c2 = ts.constant 2 : !ts.int
  %m1 = ts.constant -1 : !ts.int
  %c4 = ts.constant 4 : !ts.int
  %f = ts.constant false : !ts.bool
  %l = ts.list_construct(%c2, %m1, %c4) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.expand %a, %l, %f : (!ts.tensor<[3,1],f32>, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor<[2,3,4],f32>
  return %0 : !ts.tensor<[2,3,4],f32>
}

// A run-time size broadcasting a size-1 dim (-1 at run time keeps it).
// CHECK-LABEL: func.func @expand_runtime(
// CHECK-SAME: %[[A:.*]]: tensor<1x?xf32>, %[[N:.*]]: i64) -> tensor<?x?xf32>
// CHECK: %[[INVALID:.*]] = arith.cmpi slt, %[[N]], %c-1_i64
// CHECK: scf.if %[[INVALID]]
// CHECK: %[[KEEP:.*]] = arith.cmpi eq, %[[N]], %c-1_i64
// CHECK: %[[SIZE:.*]] = arith.select %[[KEEP]], %c1_i64, %[[N]]
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[SIZEI:.*]] = arith.index_cast %[[SIZE]] : i64 to index
// CHECK: %[[E:.*]] = tensor.empty(%[[SIZEI]], %[[D]]) : tensor<?x?xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ROW0]], #[[ID2]]], {{.*}} ins(%[[A]] : tensor<1x?xf32>) outs(%[[E]] : tensor<?x?xf32>)
func.func @expand_runtime(%a: !ts.tensor<[1,?],f32>, %n: !ts.int) -> !ts.tensor<[?,?],f32> {
  %m1 = ts.constant -1 : !ts.int
  %f = ts.constant false : !ts.bool
  %l = ts.list_construct(%n, %m1) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.expand %a, %l, %f : (!ts.tensor<[1,?],f32>, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor<[?,?],f32>
  return %0 : !ts.tensor<[?,?],f32>
}

// A dynamic dim broadcasts if it is 1 at run time, else must match: the
// input is read at a computed index.
// CHECK-LABEL: func.func @expand_dynamic_dim(
// CHECK-SAME: %[[A:.*]]: tensor<?x?xf32>) -> tensor<2x?x5xf32>
// CHECK: %[[D1:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[D1I:.*]] = arith.index_cast %[[D1]] : index to i64
// CHECK: %[[ONE:.*]] = arith.cmpi eq, %[[D1I]], %c1_i64
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[D1I]], %c5_i64
// CHECK: %[[NOTONE:.*]] = arith.cmpi ne, %[[D1I]], %c1_i64
// CHECK: %[[BAD:.*]] = arith.andi %[[NE]], %[[NOTONE]]
// CHECK: scf.if %[[BAD]]
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<2x?x5xf32>)
// CHECK: %[[I1:.*]] = linalg.index 1
// CHECK: %[[I2:.*]] = linalg.index 2
// CHECK: %[[J:.*]] = arith.select %[[ONE]], %c0, %[[I2]]
// CHECK: %[[V:.*]] = tensor.extract %[[A]][%[[I1]], %[[J]]]
// CHECK: linalg.yield %[[V]]
func.func @expand_dynamic_dim(%a: !ts.tensor<[?,?],f32>) -> !ts.tensor<[2,?,5],f32> {
  %c2 = ts.constant 2 : !ts.int
  %m1 = ts.constant -1 : !ts.int
  %c5 = ts.constant 5 : !ts.int
  %f = ts.constant false : !ts.bool
  %l = ts.list_construct(%c2, %m1, %c5) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
  %0 = ts.aten.expand %a, %l, %f : (!ts.tensor<[?,?],f32>, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor<[2,?,5],f32>
  return %0 : !ts.tensor<[2,?,5],f32>
}

// expand_as takes the other tensor's sizes.
// CHECK-LABEL: func.func @expand_as(
// CHECK-SAME: %[[A:.*]]: tensor<?x1xf32>, %[[B:.*]]: tensor<?x5xf32>) -> tensor<?x5xf32>
// CHECK: %[[BD:.*]] = tensor.dim %[[B]], %c0
// CHECK: scf.if
// CHECK: tensor.empty(%[[BD]]) : tensor<?x5xf32>
// CHECK: linalg.generic
// CHECK: tensor.extract %[[A]][%{{.*}}, %c0] : tensor<?x1xf32>
func.func @expand_as(%a: !ts.tensor<[?,1],f32>, %b: !ts.tensor<[?,5],f32>) -> !ts.tensor<[?,5],f32> {
  %0 = ts.aten.expand_as %a, %b : (!ts.tensor<[?,1],f32>, !ts.tensor<[?,5],f32>) -> !ts.tensor<[?,5],f32>
  return %0 : !ts.tensor<[?,5],f32>
}

// -----

// A dim only known at run time decides the result's rank: not lowered.

func.func @runtime_dim(%a: !ts.tensor<[2,3],f32>, %d: !ts.int) -> !ts.tensor<[?,?],f32> {
  %z = ts.constant 0 : !ts.int
  // expected-error @+1 {{transpose}}
  %0 = ts.aten.transpose.int %a, %d, %z : (!ts.tensor<[2,3],f32>, !ts.int, !ts.int) -> !ts.tensor<[?,?],f32>
  return %0 : !ts.tensor<[?,?],f32>
}
