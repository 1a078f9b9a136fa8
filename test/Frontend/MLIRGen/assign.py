# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# Assignments: plain, chained, tuple unpacking (nested, starred, from a
# list), augmented assignment and `# type:` comments.

from typing import List, Tuple
import torch


# CHECK-LABEL: func.func @simple(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.add.int %[[V0]], %[[V0]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: return %[[V1]] : !ts.int
def simple(x: int) -> int:
    y = x
    z = y = 3
    return z + y


# CHECK-LABEL: func.func @unpack(
# CHECK-SAME: %arg0: !ts.tuple<!ts.int, !ts.float, !ts.str>) -> !ts.float
# CHECK: %[[V0:[0-9]+]]:3 = ts.tuple_unpack %arg0 {ts.result_names = ["a", "b", "c"]} : !ts.tuple<!ts.int, !ts.float, !ts.str> -> !ts.int, !ts.float, !ts.str
# CHECK: return %[[V0]]#1 : !ts.float
def unpack(t: Tuple[int, float, str]) -> float:
    a, b, c = t
    return b


# CHECK-LABEL: func.func @star_back(
# CHECK-SAME: %arg0: !ts.tuple<!ts.int, !ts.float, !ts.str, !ts.bool>) -> !ts.tuple<!ts.str, !ts.bool>
# CHECK: %[[V0:[0-9]+]]:4 = ts.tuple_unpack %arg0 {ts.result_names = ["a", "b", "", ""]} : !ts.tuple<!ts.int, !ts.float, !ts.str, !ts.bool> -> !ts.int, !ts.float, !ts.str, !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.tuple_construct(%[[V0]]#2, %[[V0]]#3) : (!ts.str, !ts.bool) -> !ts.tuple<!ts.str, !ts.bool>
# CHECK: return %[[V1]] : !ts.tuple<!ts.str, !ts.bool>
def star_back(t: Tuple[int, float, str, bool]):
    a, b, *c = t
    return c


# CHECK-LABEL: func.func @star_front(
# CHECK-SAME: %arg0: !ts.tuple<!ts.int, !ts.float, !ts.str, !ts.bool>) -> !ts.tuple<!ts.int, !ts.float, !ts.str>
# CHECK: %[[V0:[0-9]+]]:4 = ts.tuple_unpack %arg0 {ts.result_names = ["", "", "", "b"]} : !ts.tuple<!ts.int, !ts.float, !ts.str, !ts.bool> -> !ts.int, !ts.float, !ts.str, !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.tuple_construct(%[[V0]]#0, %[[V0]]#1, %[[V0]]#2) : (!ts.int, !ts.float, !ts.str) -> !ts.tuple<!ts.int, !ts.float, !ts.str>
# CHECK: return %[[V1]] : !ts.tuple<!ts.int, !ts.float, !ts.str>
def star_front(t: Tuple[int, float, str, bool]):
    *a, b = t
    return a


# CHECK-LABEL: func.func @star_empty(
# CHECK-SAME: %arg0: !ts.tuple<!ts.int, !ts.float>) -> !ts.tuple<>
# CHECK: %[[V0:[0-9]+]]:2 = ts.tuple_unpack %arg0 {ts.result_names = ["a", "c"]} : !ts.tuple<!ts.int, !ts.float> -> !ts.int, !ts.float
# CHECK: %[[V1:[0-9]+]] = ts.tuple_construct() : () -> !ts.tuple<>
# CHECK: return %[[V1]] : !ts.tuple<>
def star_empty(t: Tuple[int, float]):
    a, *b, c = t
    return b


# CHECK-LABEL: func.func @nested(
# CHECK-SAME: %arg0: !ts.tuple<!ts.int, !ts.tuple<!ts.float, !ts.bool>>) -> !ts.bool
# CHECK: %[[V0:[0-9]+]]:2 = ts.tuple_unpack %arg0 {ts.result_names = ["a", ""]} : !ts.tuple<!ts.int, !ts.tuple<!ts.float, !ts.bool>> -> !ts.int, !ts.tuple<!ts.float, !ts.bool>
# CHECK: %[[V1:[0-9]+]]:2 = ts.tuple_unpack %[[V0]]#1 {ts.result_names = ["b", "c"]} : !ts.tuple<!ts.float, !ts.bool> -> !ts.float, !ts.bool
# CHECK: return %[[V1]]#1 : !ts.bool
def nested(t: Tuple[int, Tuple[float, bool]]):
    a, (b, c) = t
    return c


# CHECK-LABEL: func.func @from_list(
# CHECK-SAME: %arg0: !ts.list<!ts.int>) -> !ts.int
# CHECK: %[[V0:[0-9]+]]:2 = ts.list_unpack %arg0 {ts.result_names = ["a", "b"]} : !ts.list<!ts.int> -> !ts.int, !ts.int
# CHECK: return %[[V0]]#1 : !ts.int
def from_list(l: List[int]):
    [a, b] = l
    return b


# CHECK-LABEL: func.func @from_literal(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.float) -> !ts.tuple<!ts.int, !ts.float>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 2.000000e+00 : !ts.float
# CHECK: %[[V2:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]]) : (!ts.int, !ts.float) -> !ts.tuple<!ts.int, !ts.float>
# CHECK: %[[V3:[0-9]+]]:2 = ts.tuple_unpack %[[V2]] {ts.result_names = ["x", "y"]} : !ts.tuple<!ts.int, !ts.float> -> !ts.int, !ts.float
# CHECK: %[[V4:[0-9]+]] = ts.tuple_construct(%[[V3]]#0, %[[V3]]#1) : (!ts.int, !ts.float) -> !ts.tuple<!ts.int, !ts.float>
# CHECK: return %[[V4]] : !ts.tuple<!ts.int, !ts.float>
def from_literal(x: int, y: float):
    x, y = 1, 2.0
    return x, y


# CHECK-LABEL: func.func @chained(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.tuple_construct(%arg0, %arg0) : (!ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: return %[[V0]] : !ts.tuple<!ts.tensor, !ts.tensor>
def chained(x: torch.Tensor):
    a = b = x
    return a, b


# CHECK-LABEL: func.func @augmented(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.int, %arg2: !ts.float) -> !ts.tuple<!ts.tensor, !ts.int, !ts.float>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.add.Scalar %arg0, %[[V0]], %[[V1]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.aten.mul.Tensor %[[V2]], %[[V2]] : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.constant 2.500000e+00 : !ts.float
# CHECK: %[[V5:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.aten.sub.Scalar %[[V3]], %[[V4]], %[[V5]] : (!ts.tensor, !ts.float, !ts.int) -> !ts.tensor
# CHECK: %[[V7:[0-9]+]] = ts.aten.div.Tensor %[[V6]], %[[V6]] : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V9:[0-9]+]] = ts.aten.sub.int %arg1, %[[V8]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V10:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V11:[0-9]+]] = ts.aten.floordiv.int %[[V9]], %[[V10]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V12:[0-9]+]] = ts.constant 4 : !ts.int
# CHECK: %[[V13:[0-9]+]] = ts.aten.remainder.int %[[V11]], %[[V12]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V14:[0-9]+]] = ts.aten.add.float_int %arg2, %[[V13]] : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V15:[0-9]+]] = ts.tuple_construct(%[[V7]], %[[V13]], %[[V14]]) : (!ts.tensor, !ts.int, !ts.float) -> !ts.tuple<!ts.tensor, !ts.int, !ts.float>
# CHECK: return %[[V15]] : !ts.tuple<!ts.tensor, !ts.int, !ts.float>
def augmented(x: torch.Tensor, i: int, f: float):
    x += 1
    x *= x
    x -= 2.5
    x /= x
    i -= 2
    i //= 3
    i %= 4
    f += i
    return x, i, f


# CHECK-LABEL: func.func @type_comment(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.list<!ts.int>
# CHECK: %[[V0:[0-9]+]] = ts.list_construct() : () -> !ts.list<!ts.int>
# CHECK: return %[[V0]] : !ts.list<!ts.int>
def type_comment(x):
    # type: (Tensor) -> List[int]
    l = []  # type: List[int]
    return l
