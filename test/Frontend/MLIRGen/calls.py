# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# Calls: between functions (positional, keyword, defaults, implicit
# conversion to Optional), tensor methods, builtins (len, int/float/bool,
# min/max, isinstance, print), math.*, assert and raise.

import math
import torch
from typing import List, Optional, Tuple


# CHECK-LABEL: func.func @callee(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.float, %arg2: !ts.int) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.aten.mul.Scalar %arg0, %arg1 : (!ts.tensor, !ts.float) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.add.Scalar %[[V0]], %arg2, %[[V1]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: return %[[V2]] : !ts.tensor
def callee(x: torch.Tensor, scale: float = 2.0, bias: int = 1) -> torch.Tensor:
    return x * scale + bias


# CHECK-LABEL: func.func @call_positional(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant 3.000000e+00 : !ts.float
# CHECK: %[[V1:[0-9]+]] = ts.constant 4 : !ts.int
# CHECK: %[[V2:[0-9]+]] = call @callee(%arg0, %[[V0]], %[[V1]]) : (!ts.tensor, !ts.float, !ts.int) -> !ts.tensor
# CHECK: return %[[V2]] : !ts.tensor
def call_positional(x: torch.Tensor):
    return callee(x, 3.0, 4)


# CHECK-LABEL: func.func @call_keywords(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant 5 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 2.000000e+00 : !ts.float
# CHECK: %[[V2:[0-9]+]] = call @callee(%arg0, %[[V1]], %[[V0]]) : (!ts.tensor, !ts.float, !ts.int) -> !ts.tensor
# CHECK: return %[[V2]] : !ts.tensor
def call_keywords(x: torch.Tensor):
    return callee(x, bias=5)


# CHECK-LABEL: func.func @call_defaults(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant 2.000000e+00 : !ts.float
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = call @callee(%arg0, %[[V0]], %[[V1]]) : (!ts.tensor, !ts.float, !ts.int) -> !ts.tensor
# CHECK: return %[[V2]] : !ts.tensor
def call_defaults(x: torch.Tensor):
    return callee(x)


# CHECK-LABEL: func.func @methods(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.int, !ts.tensor, !ts.tensor, !ts.int>
# CHECK: %[[V0:[0-9]+]] = ts.aten.mm %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.size.int %arg0, %[[V1]] : (!ts.tensor, !ts.int) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.max %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.constant 6 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V6:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V7:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V8:[0-9]+]] = ts.aten.to.dtype %arg0, %[[V4]], %[[V5]], %[[V6]], %[[V7]] : (!ts.tensor, !ts.int, !ts.bool, !ts.bool, !ts.none) -> !ts.tensor
# CHECK: %[[V9:[0-9]+]] = ts.aten.dim %arg0 : (!ts.tensor) -> !ts.int
# CHECK: %[[V10:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V2]], %[[V3]], %[[V8]], %[[V9]]) : (!ts.tensor, !ts.int, !ts.tensor, !ts.tensor, !ts.int) -> !ts.tuple<!ts.tensor, !ts.int, !ts.tensor, !ts.tensor, !ts.int>
# CHECK: return %[[V10]] : !ts.tuple<!ts.tensor, !ts.int, !ts.tensor, !ts.tensor, !ts.int>
def methods(x: torch.Tensor, y: torch.Tensor):
    return x.mm(y), x.size(0), x.max(), x.float(), x.dim()


# CHECK-LABEL: func.func @builtins(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.float, %arg2: !ts.int, %arg3: !ts.list<!ts.int>, %arg4: !ts.tuple<!ts.int, !ts.int>) -> !ts.tuple<!ts.int, !ts.int, !ts.int, !ts.int, !ts.float, !ts.bool, !ts.int, !ts.float>
# CHECK: %[[V0:[0-9]+]] = ts.aten.len.t %arg3 : (!ts.list<!ts.int>) -> !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.size.int %arg0, %[[V2]] : (!ts.tensor, !ts.int) -> !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.Int.float %arg1 : (!ts.float) -> !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.Float.int %arg2 : (!ts.int) -> !ts.float
# CHECK: %[[V6:[0-9]+]] = ts.aten.Bool.int %arg2 : (!ts.int) -> !ts.bool
# CHECK: %[[V7:[0-9]+]] = ts.aten.Int.Tensor %arg0 : (!ts.tensor) -> !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.aten.Float.Tensor %arg0 : (!ts.tensor) -> !ts.float
# CHECK: %[[V9:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V3]], %[[V4]], %[[V5]], %[[V6]], %[[V7]], %[[V8]]) : (!ts.int, !ts.int, !ts.int, !ts.int, !ts.float, !ts.bool, !ts.int, !ts.float) -> !ts.tuple<!ts.int, !ts.int, !ts.int, !ts.int, !ts.float, !ts.bool, !ts.int, !ts.float>
# CHECK: return %[[V9]] : !ts.tuple<!ts.int, !ts.int, !ts.int, !ts.int, !ts.float, !ts.bool, !ts.int, !ts.float>
def builtins(x: torch.Tensor, f: float, i: int, l: List[int], t: Tuple[int, int]):
    return len(l), len(t), len(x), int(f), float(i), bool(i), int(x), float(x)


# item() is a number (ATen's Scalar); int(), float() and bool() of it are
# aten::Int/Float.Scalar (bool() through int(), as TorchScript emits it),
# and arithmetic with it takes the (Scalar, Scalar) overloads.
# CHECK-LABEL: func.func @numbers(
# CHECK: %[[N:[0-9]+]] = ts.aten.item %arg0 : (!ts.tensor) -> !ts.number
# CHECK: ts.aten.Int.Scalar %[[N]] : (!ts.number) -> !ts.int
# CHECK: ts.aten.Float.Scalar %[[N]] : (!ts.number) -> !ts.float
# CHECK: %[[I:[0-9]+]] = ts.aten.Int.Scalar %[[N]] : (!ts.number) -> !ts.int
# CHECK: ts.aten.Bool.int %[[I]] : (!ts.int) -> !ts.bool
# CHECK: ts.aten.add %arg1, %[[N]] : (!ts.int, !ts.number) -> !ts.number
# CHECK: ts.aten.neg.Scalar %[[N]] : (!ts.number) -> !ts.number
# CHECK: ts.aten.lt %[[N]], %arg1 : (!ts.number, !ts.int) -> !ts.bool
def numbers(x: torch.Tensor, i: int):
    n = x.item()
    return int(n), float(n), bool(n), i + n, -n, n < i


# CHECK-LABEL: func.func @min_max(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.int, %arg2: !ts.list<!ts.int>) -> !ts.tuple<!ts.int, !ts.int, !ts.int>
# CHECK: %[[V0:[0-9]+]] = ts.prim.min.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.prim.max.int %arg0, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.prim.max.self_int %arg2 : (!ts.list<!ts.int>) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]]) : (!ts.int, !ts.int, !ts.int) -> !ts.tuple<!ts.int, !ts.int, !ts.int>
# CHECK: return %[[V3]] : !ts.tuple<!ts.int, !ts.int, !ts.int>
def min_max(a: int, b: int, l: List[int]):
    return min(a, b), max(a, b), max(l)


# CHECK-LABEL: func.func @static_isinstance(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.int) -> !ts.tuple<!ts.bool, !ts.bool, !ts.bool>
# CHECK: %[[V0:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V3:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]]) : (!ts.bool, !ts.bool, !ts.bool) -> !ts.tuple<!ts.bool, !ts.bool, !ts.bool>
# CHECK: return %[[V3]] : !ts.tuple<!ts.bool, !ts.bool, !ts.bool>
def static_isinstance(x: torch.Tensor, i: int):
    return isinstance(x, torch.Tensor), isinstance(i, float), isinstance(i, (int, float))


# CHECK-LABEL: func.func @maths(
# CHECK-SAME: %arg0: !ts.float, %arg1: !ts.int) -> !ts.float
# CHECK: %[[V0:[0-9]+]] = ts.aten.sqrt.float %arg0 : (!ts.float) -> !ts.float
# CHECK: %[[V1:[0-9]+]] = ts.constant 3.1415926535897931 : !ts.float
# CHECK: %[[V2:[0-9]+]] = ts.aten.add.float %[[V0]], %[[V1]] : (!ts.float, !ts.float) -> !ts.float
# CHECK: %[[V3:[0-9]+]] = ts.aten.exp.float %arg0 : (!ts.float) -> !ts.float
# CHECK: %[[V4:[0-9]+]] = ts.aten.add.float %[[V2]], %[[V3]] : (!ts.float, !ts.float) -> !ts.float
# CHECK: %[[V5:[0-9]+]] = ts.aten.log.float %arg0 : (!ts.float) -> !ts.float
# CHECK: %[[V6:[0-9]+]] = ts.aten.add.float %[[V4]], %[[V5]] : (!ts.float, !ts.float) -> !ts.float
# CHECK: %[[V7:[0-9]+]] = ts.aten.floor.float %arg0 : (!ts.float) -> !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.aten.add.float_int %[[V6]], %[[V7]] : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V9:[0-9]+]] = ts.constant 2.7182818284590451 : !ts.float
# CHECK: %[[V10:[0-9]+]] = ts.aten.add.float %[[V8]], %[[V9]] : (!ts.float, !ts.float) -> !ts.float
# CHECK: %[[V11:[0-9]+]] = ts.aten.Float.int %arg1 : (!ts.int) -> !ts.float
# CHECK: %[[V12:[0-9]+]] = ts.aten.cos.float %[[V11]] : (!ts.float) -> !ts.float
# CHECK: %[[V13:[0-9]+]] = ts.aten.add.float %[[V10]], %[[V12]] : (!ts.float, !ts.float) -> !ts.float
# CHECK: return %[[V13]] : !ts.float
def maths(x: float, i: int) -> float:
    return math.sqrt(x) + math.pi + math.exp(x) + math.log(x) + math.floor(x) + math.e + math.cos(i)


# CHECK-LABEL: func.func @assert_raise(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.gt.int %arg0, %[[V0]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.aten.__not__ %[[V1]] : (!ts.bool) -> !ts.bool
# CHECK: ts.if %[[V2]] {
# CHECK: %[[V3:[0-9]+]] = ts.constant "x must be positive" : !ts.str
# CHECK: ts.raise "AssertionError", %[[V3]]
# CHECK: ts.yield
# CHECK: } else {
# CHECK: ts.yield
# CHECK: } {ts.result_names = []}
# CHECK: %[[V4:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.ne.int %arg0, %[[V4]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V6:[0-9]+]] = ts.aten.__not__ %[[V5]] : (!ts.bool) -> !ts.bool
# CHECK: ts.if %[[V6]] {
# CHECK: %[[V3]] = ts.constant "" : !ts.str
# CHECK: ts.raise "AssertionError", %[[V3]]
# CHECK: ts.yield
# CHECK: } else {
# CHECK: ts.yield
# CHECK: } {ts.result_names = []}
# CHECK: %[[V7:[0-9]+]] = ts.constant 10 : !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.aten.gt.int %arg0, %[[V7]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V9:[0-9]+]] = ts.if %[[V8]] -> (!ts.int) {
# CHECK: %[[V3]] = ts.constant "too big" : !ts.str
# CHECK: ts.raise "RuntimeError", %[[V3]]
# CHECK: %[[V10:[0-9]+]] = ts.uninitialized : !ts.int
# CHECK: ts.yield %[[V10]] : !ts.int
# CHECK: } else {
# CHECK: %[[V3]] = ts.constant "x is" : !ts.str
# CHECK: ts.print(%[[V3]], %arg0) : !ts.str, !ts.int
# CHECK: %[[V10]] = ts.constant none : !ts.none
# CHECK: ts.yield %arg0 : !ts.int
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V9]] : !ts.int
def assert_raise(x: int) -> int:
    assert x > 0, "x must be positive"
    assert x != 3
    if x > 10:
        raise RuntimeError("too big")
    print("x is", x)
    return x
