# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# Binary and unary operators on int, float and Tensor pick the ATen
# overload by operand types (`aten::add.int`, `aten::add.Tensor` with
# alpha=1, `aten::add.Scalar`); a number on the left of a tensor uses the
# reversed form (rsub) or swaps commutative operands. Comparisons chain
# with `and`; `and`/`or` short-circuit through ts.if.

import torch
from typing import List


# CHECK-LABEL: func.func @ints(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.int) -> !ts.tuple<!ts.int, !ts.int, !ts.int, !ts.float, !ts.int, !ts.int, !ts.float>
# CHECK: %[[V0:[0-9]+]] = ts.aten.add.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.sub.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.mul.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.div.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.float
# CHECK: %[[V4:[0-9]+]] = ts.aten.floordiv.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.remainder.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.aten.pow.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.float
# CHECK: %[[V7:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]], %[[V6]]) : (!ts.int, !ts.int, !ts.int, !ts.float, !ts.int, !ts.int, !ts.float) -> !ts.tuple<!ts.int, !ts.int, !ts.int, !ts.float, !ts.int, !ts.int, !ts.float>
# CHECK: return %[[V7]] : !ts.tuple<!ts.int, !ts.int, !ts.int, !ts.float, !ts.int, !ts.int, !ts.float>
def ints(a: int, b: int):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** b


# CHECK-LABEL: func.func @floats(
# CHECK-SAME: %arg0: !ts.float, %arg1: !ts.int) -> !ts.tuple<!ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float>
# CHECK: %[[V0:[0-9]+]] = ts.aten.add.float_int %arg0, %arg1 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V1:[0-9]+]] = ts.aten.sub.float_int %arg0, %arg1 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V2:[0-9]+]] = ts.aten.mul.float_int %arg0, %arg1 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V3:[0-9]+]] = ts.aten.div %arg0, %arg1 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V4:[0-9]+]] = ts.aten.floordiv.float_int %arg0, %arg1 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V5:[0-9]+]] = ts.aten.remainder.float_int %arg0, %arg1 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V6:[0-9]+]] = ts.aten.pow.float_int %arg0, %arg1 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V7:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]], %[[V6]]) : (!ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float) -> !ts.tuple<!ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float>
# CHECK: return %[[V7]] : !ts.tuple<!ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float, !ts.float>
def floats(a: float, b: int):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** b


# CHECK-LABEL: func.func @tensors(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.add.Tensor %arg0, %arg1, %[[V0]] : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.sub.Tensor %arg0, %arg1, %[[V2]] : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.aten.mul.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.aten.div.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.aten.floor_divide %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V7:[0-9]+]] = ts.aten.remainder.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.aten.pow.Tensor_Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V9:[0-9]+]] = ts.aten.matmul %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V10:[0-9]+]] = ts.tuple_construct(%[[V1]], %[[V3]], %[[V4]], %[[V5]], %[[V6]], %[[V7]], %[[V8]], %[[V9]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V10]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def tensors(x: torch.Tensor, y: torch.Tensor):
    return x + y, x - y, x * y, x / y, x // y, x % y, x ** y, x @ y


# CHECK-LABEL: func.func @tensor_scalar(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.add.Scalar %arg0, %[[V0]], %[[V1]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.mul.Scalar %arg0, %[[V3]] : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.constant 1.500000e+00 : !ts.float
# CHECK: %[[V6:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.aten.rsub.Scalar %arg0, %[[V5]], %[[V6]] : (!ts.tensor, !ts.float, !ts.int) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V9:[0-9]+]] = ts.aten.div.Scalar %arg0, %[[V8]] : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V10:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V11:[0-9]+]] = ts.aten.pow.Tensor_Scalar %arg0, %[[V10]] : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V12:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V13:[0-9]+]] = ts.aten.pow.Scalar %[[V12]], %arg0 : (!ts.int, !ts.tensor) -> !ts.tensor
# CHECK: %[[V14:[0-9]+]] = ts.tuple_construct(%[[V2]], %[[V4]], %[[V7]], %[[V9]], %[[V11]], %[[V13]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V14]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def tensor_scalar(x: torch.Tensor):
    return x + 1, 2 * x, 1.5 - x, x / 2, x ** 2, 2 ** x


# CHECK-LABEL: func.func @alpha(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.add.Tensor %arg0, %arg1, %[[V0]] : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.constant 5.000000e-01 : !ts.float
# CHECK: %[[V3:[0-9]+]] = ts.aten.sub.Tensor %arg0, %arg1, %[[V2]] : (!ts.tensor, !ts.tensor, !ts.float) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.tuple_construct(%[[V1]], %[[V3]]) : (!ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: return %[[V4]] : !ts.tuple<!ts.tensor, !ts.tensor>
def alpha(x: torch.Tensor, y: torch.Tensor):
    return torch.add(x, y, alpha=2), torch.sub(x, y, alpha=0.5)


# CHECK-LABEL: func.func @unary(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.int, %arg2: !ts.float, %arg3: !ts.bool) -> !ts.tuple<!ts.tensor, !ts.int, !ts.float, !ts.bool, !ts.tensor, !ts.int>
# CHECK: %[[V0:[0-9]+]] = ts.aten.neg %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.aten.neg.int %arg1 : (!ts.int) -> !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.neg.float %arg2 : (!ts.float) -> !ts.float
# CHECK: %[[V3:[0-9]+]] = ts.aten.__not__ %arg3 : (!ts.bool) -> !ts.bool
# CHECK: %[[V4:[0-9]+]] = ts.aten.bitwise_not %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.constant -1 : !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]]) : (!ts.tensor, !ts.int, !ts.float, !ts.bool, !ts.tensor, !ts.int) -> !ts.tuple<!ts.tensor, !ts.int, !ts.float, !ts.bool, !ts.tensor, !ts.int>
# CHECK: return %[[V6]] : !ts.tuple<!ts.tensor, !ts.int, !ts.float, !ts.bool, !ts.tensor, !ts.int>
def unary(x: torch.Tensor, i: int, f: float, b: bool):
    return -x, -i, -f, not b, ~x, -1


# CHECK-LABEL: func.func @chained(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.int, %arg2: !ts.int) -> !ts.bool
# CHECK: %[[V0:[0-9]+]] = ts.aten.lt.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.aten.le.int %arg1, %arg2 : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.aten.__and__.bool %[[V0]], %[[V1]] : (!ts.bool, !ts.bool) -> !ts.bool
# CHECK: return %[[V2]] : !ts.bool
def chained(a: int, b: int, c: int) -> bool:
    return a < b <= c


# CHECK-LABEL: func.func @membership(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.list<!ts.int>) -> !ts.bool
# CHECK: %[[V0:[0-9]+]] = ts.aten.__contains__.int_list %arg1, %arg0 : (!ts.list<!ts.int>, !ts.int) -> !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.if %[[V0]] -> (!ts.bool) {
# CHECK: %[[V2:[0-9]+]] = ts.aten.__contains__.int_list %arg1, %arg0 : (!ts.list<!ts.int>, !ts.int) -> !ts.bool
# CHECK: %[[V3:[0-9]+]] = ts.aten.__not__ %[[V2]] : (!ts.bool) -> !ts.bool
# CHECK: ts.yield %[[V3]] : !ts.bool
# CHECK: } else {
# CHECK: %[[V2]] = ts.constant false : !ts.bool
# CHECK: ts.yield %[[V2]] : !ts.bool
# CHECK: return %[[V1]] : !ts.bool
def membership(x: int, l: List[int]) -> bool:
    return x in l and x not in l


# CHECK-LABEL: func.func @short_circuit(
# CHECK-SAME: %arg0: !ts.bool, %arg1: !ts.bool, %arg2: !ts.bool) -> !ts.bool
# CHECK: %[[V0:[0-9]+]] = ts.if %arg0 -> (!ts.bool) {
# CHECK: ts.yield %arg1 : !ts.bool
# CHECK: } else {
# CHECK: %[[V1:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: ts.yield %[[V1]] : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V0]] -> (!ts.bool) {
# CHECK: %[[V1]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V1]] : !ts.bool
# CHECK: } else {
# CHECK: ts.yield %arg2 : !ts.bool
# CHECK: return %[[V2]] : !ts.bool
def short_circuit(a: bool, b: bool, c: bool) -> bool:
    return a and b or c


# CHECK-LABEL: func.func @truthiness(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.float) -> !ts.bool
# CHECK: %[[V0:[0-9]+]] = ts.aten.Bool.int %arg0 : (!ts.int) -> !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.aten.__not__ %[[V0]] : (!ts.bool) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.bool) {
# CHECK: %[[V3:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V3]] : !ts.bool
# CHECK: } else {
# CHECK: %[[V3]] = ts.aten.Bool.float %arg1 : (!ts.float) -> !ts.bool
# CHECK: ts.yield %[[V3]] : !ts.bool
# CHECK: return %[[V2]] : !ts.bool
def truthiness(i: int, f: float) -> bool:
    return not i or f
