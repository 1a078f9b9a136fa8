# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# Tensor subscripts as PyTorch emits them: an int selects (dropping the
# dim), a slice slices (None bounds when omitted), None unsqueezes, and
# after `...` dims count from the end. Tuples index with constants (also
# negative) and slice statically; lists use __getitem__.

import torch
from typing import List, Tuple


# CHECK-LABEL: func.func @select_int(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.select.int %arg0, %[[V1]], %[[V0]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.constant -1 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.select.int %arg0, %[[V4]], %[[V3]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.tuple_construct(%[[V2]], %[[V5]]) : (!ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: return %[[V6]] : !ts.tuple<!ts.tensor, !ts.tensor>
def select_int(t: torch.Tensor):
    return t[0], t[-1]


# CHECK-LABEL: func.func @slices(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.int, %arg2: !ts.int) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V2:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V3]], %[[V0]], %[[V1]], %[[V2]] : (!ts.tensor, !ts.int, !ts.int, !ts.none, !ts.int) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V6:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V9:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V8]], %[[V5]], %[[V6]], %[[V7]] : (!ts.tensor, !ts.int, !ts.none, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V10:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V11:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V12:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V13:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V14:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V13]], %[[V10]], %[[V11]], %[[V12]] : (!ts.tensor, !ts.int, !ts.none, !ts.none, !ts.int) -> !ts.tensor
# CHECK: %[[V15:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V16:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V17:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V16]], %arg1, %arg2, %[[V15]] : (!ts.tensor, !ts.int, !ts.int, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V18:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V19:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V20:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V21:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V22:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V21]], %[[V18]], %[[V19]], %[[V20]] : (!ts.tensor, !ts.int, !ts.none, !ts.none, !ts.int) -> !ts.tensor
# CHECK: %[[V23:[0-9]+]] = ts.tuple_construct(%[[V4]], %[[V9]], %[[V14]], %[[V17]], %[[V22]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V23]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def slices(t: torch.Tensor, i: int, j: int):
    return t[1:], t[:2], t[::2], t[i:j], t[:]


# CHECK-LABEL: func.func @mixed(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.int, %arg2: !ts.int) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.select.int %arg0, %[[V1]], %[[V0]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.aten.slice.Tensor %[[V2]], %[[V6]], %[[V3]], %[[V4]], %[[V5]] : (!ts.tensor, !ts.int, !ts.int, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.constant -1 : !ts.int
# CHECK: %[[V9:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V10:[0-9]+]] = ts.aten.select.int %arg0, %[[V9]], %[[V8]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V11:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V12:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V13:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V14:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V15:[0-9]+]] = ts.aten.slice.Tensor %[[V10]], %[[V14]], %[[V11]], %[[V12]], %[[V13]] : (!ts.tensor, !ts.int, !ts.int, !ts.none, !ts.int) -> !ts.tensor
# CHECK: %[[V16:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V17:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V18:[0-9]+]] = ts.aten.select.int %[[V15]], %[[V17]], %[[V16]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V19:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V20:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V21:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V20]], %arg1, %arg2, %[[V19]] : (!ts.tensor, !ts.int, !ts.int, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V22:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V23:[0-9]+]] = ts.aten.select.int %[[V21]], %[[V22]], %arg1 : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V24:[0-9]+]] = ts.tuple_construct(%[[V7]], %[[V18]], %[[V23]]) : (!ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V24]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor>
def mixed(t: torch.Tensor, i: int, j: int):
    return t[0, 1:2], t[-1, 1:, 0], t[i:j, i]


# CHECK-LABEL: func.func @none_index(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.unsqueeze %arg0, %[[V0]] : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V3:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V4:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V5]], %[[V2]], %[[V3]], %[[V4]] : (!ts.tensor, !ts.int, !ts.none, !ts.none, !ts.int) -> !ts.tensor
# CHECK: %[[V7:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.aten.unsqueeze %[[V6]], %[[V7]] : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V9:[0-9]+]] = ts.tuple_construct(%[[V1]], %[[V8]]) : (!ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: return %[[V9]] : !ts.tuple<!ts.tensor, !ts.tensor>
def none_index(t: torch.Tensor):
    return t[None], t[:, None]


# CHECK-LABEL: func.func @ellipsis(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant -1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.select.int %arg0, %[[V1]], %[[V0]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V5:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.constant -2 : !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.aten.slice.Tensor %arg0, %[[V6]], %[[V3]], %[[V4]], %[[V5]] : (!ts.tensor, !ts.int, !ts.int, !ts.none, !ts.int) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V9:[0-9]+]] = ts.constant -1 : !ts.int
# CHECK: %[[V10:[0-9]+]] = ts.aten.select.int %[[V7]], %[[V9]], %[[V8]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V11:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V12:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V13:[0-9]+]] = ts.aten.select.int %arg0, %[[V12]], %[[V11]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V14:[0-9]+]] = ts.tuple_construct(%[[V2]], %[[V10]], %[[V13]]) : (!ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V14]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor>
def ellipsis(t: torch.Tensor):
    return t[..., 0], t[..., 1:, 0], t[0, ...]


# CHECK-LABEL: func.func @ellipsis_none(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.aten.dim %arg0 : (!ts.tensor) -> !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.sub.int %[[V0]], %[[V1]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.add.int %[[V2]], %[[V3]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.unsqueeze %arg0, %[[V4]] : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: return %[[V5]] : !ts.tensor
def ellipsis_none(t: torch.Tensor):
    return t[..., None]


# CHECK-LABEL: func.func @tuple_index(
# CHECK-SAME: %arg0: !ts.tuple<!ts.int, !ts.float, !ts.str>) -> !ts.tuple<!ts.int, !ts.str, !ts.tuple<!ts.float, !ts.str>>
# CHECK: %[[V0:[0-9]+]] = ts.tuple_index %arg0[0] : !ts.tuple<!ts.int, !ts.float, !ts.str> -> !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.tuple_index %arg0[2] : !ts.tuple<!ts.int, !ts.float, !ts.str> -> !ts.str
# CHECK: %[[V2:[0-9]+]]:3 = ts.tuple_unpack %arg0 : !ts.tuple<!ts.int, !ts.float, !ts.str> -> !ts.int, !ts.float, !ts.str
# CHECK: %[[V3:[0-9]+]] = ts.tuple_construct(%[[V2]]#1, %[[V2]]#2) : (!ts.float, !ts.str) -> !ts.tuple<!ts.float, !ts.str>
# CHECK: %[[V4:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V3]]) : (!ts.int, !ts.str, !ts.tuple<!ts.float, !ts.str>) -> !ts.tuple<!ts.int, !ts.str, !ts.tuple<!ts.float, !ts.str>>
# CHECK: return %[[V4]] : !ts.tuple<!ts.int, !ts.str, !ts.tuple<!ts.float, !ts.str>>
def tuple_index(t: Tuple[int, float, str]):
    return t[0], t[-1], t[1:]


# CHECK-LABEL: func.func @list_index(
# CHECK-SAME: %arg0: !ts.list<!ts.int>, %arg1: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.aten.__getitem__.t %arg0, %arg1 : (!ts.list<!ts.int>, !ts.int) -> !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant -1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.__getitem__.t %arg0, %[[V1]] : (!ts.list<!ts.int>, !ts.int) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.add.int %[[V0]], %[[V2]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: return %[[V3]] : !ts.int
def list_index(l: List[int], i: int) -> int:
    return l[i] + l[-1]
