# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# if/elif/else: variables assigned in branches become ts.if results; a
# variable assigned in one branch keeps its outer value in the other; an
# `if` whose branch returns absorbs the statements after it as its other
# branch (no flag variable), as PyTorch's exit transform does.

import torch


# CHECK-LABEL: func.func @elif_chain(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.lt.int %arg0, %[[V0]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant -1 : !ts.int
# CHECK: ts.yield %[[V3]] : !ts.int
# CHECK: } else {
# CHECK: %[[V3]] = ts.constant 0 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.eq.int %arg0, %[[V3]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V5:[0-9]+]] = ts.if %[[V4]] -> (!ts.int) {
# CHECK: %[[V6:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: ts.yield %[[V6]] : !ts.int
# CHECK: } else {
# CHECK: %[[V6]] = ts.constant 1 : !ts.int
# CHECK: ts.yield %[[V6]] : !ts.int
# CHECK: } {ts.result_names = ["y"]}
# CHECK: ts.yield %[[V5]] : !ts.int
# CHECK: } {ts.result_names = ["y"]}
# CHECK: return %[[V2]] : !ts.int
def elif_chain(x: int) -> int:
    if x < 0:
        y = -1
    elif x == 0:
        y = 0
    else:
        y = 1
    return y


# CHECK-LABEL: func.func @one_sided(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.bool) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.if %arg1 -> (!ts.tensor) {
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.add.Scalar %arg0, %[[V1]], %[[V2]] : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: ts.yield %[[V3]] : !ts.tensor
# CHECK: } else {
# CHECK: ts.yield %arg0 : !ts.tensor
# CHECK: } {ts.result_names = ["x"]}
# CHECK: return %[[V0]] : !ts.tensor
def one_sided(x: torch.Tensor, c: bool):
    if c:
        x = x + 1
    return x


# CHECK-LABEL: func.func @two_vars(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.bool) -> !ts.tuple<!ts.int, !ts.float>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 2.000000e+00 : !ts.float
# CHECK: %[[V2:[0-9]+]]:2 = ts.if %arg1 -> (!ts.int, !ts.float) {
# CHECK: ts.yield %arg0, %[[V1]] : !ts.int, !ts.float
# CHECK: } else {
# CHECK: %[[V3:[0-9]+]] = ts.constant 3.000000e+00 : !ts.float
# CHECK: ts.yield %[[V0]], %[[V3]] : !ts.int, !ts.float
# CHECK: } {ts.result_names = ["a", "b"]}
# CHECK: %[[V4:[0-9]+]] = ts.tuple_construct(%[[V2]]#0, %[[V2]]#1) : (!ts.int, !ts.float) -> !ts.tuple<!ts.int, !ts.float>
# CHECK: return %[[V4]] : !ts.tuple<!ts.int, !ts.float>
def two_vars(x: int, c: bool):
    a = 1
    b = 2.0
    if c:
        a = x
    else:
        b = 3.0
    return a, b


# CHECK-LABEL: func.func @branch_local(
# CHECK-SAME: %arg0: !ts.bool) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.if %arg0 -> (!ts.int) {
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: ts.yield %[[V1]] : !ts.int
# CHECK: } else {
# CHECK: %[[V1]] = ts.constant 2 : !ts.int
# CHECK: ts.yield %[[V1]] : !ts.int
# CHECK: } {ts.result_names = ["r"]}
# CHECK: return %[[V0]] : !ts.int
def branch_local(c: bool) -> int:
    if c:
        t = 1
        r = t
    else:
        r = 2
    return r


# CHECK-LABEL: func.func @early_return(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.gt.int %arg0, %[[V0]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: ts.yield %[[V3]] : !ts.int
# CHECK: } else {
# CHECK: %[[V3]] = ts.constant 2 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.add.int %arg0, %[[V3]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: ts.yield %[[V4]] : !ts.int
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V2]] : !ts.int
def early_return(x: int) -> int:
    if x > 3:
        return 1
    x = x + 2
    return x


# CHECK-LABEL: func.func @early_return_else(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.gt.int %arg0, %[[V0]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.add.int %[[V3]], %[[V4]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: ts.yield %[[V5]] : !ts.int
# CHECK: } else {
# CHECK: %[[V3]] = ts.constant 0 : !ts.int
# CHECK: ts.yield %[[V3]] : !ts.int
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V2]] : !ts.int
def early_return_else(x: int) -> int:
    if x > 3:
        y = 1
    else:
        return 0
    return y + 1


# CHECK-LABEL: func.func @nested_return(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.gt.int %arg0, %[[V1]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V3:[0-9]+]]:3 = ts.if %[[V2]] -> (!ts.int, !ts.bool, !ts.int) {
# CHECK: %[[V4:[0-9]+]] = ts.constant 10 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.gt.int %arg0, %[[V4]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V6:[0-9]+]]:3 = ts.if %[[V5]] -> (!ts.int, !ts.bool, !ts.int) {
# CHECK: %[[V7:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V9:[0-9]+]] = ts.uninitialized : !ts.int
# CHECK: ts.yield %[[V7]], %[[V8]], %[[V9]] : !ts.int, !ts.bool, !ts.int
# CHECK: } else {
# CHECK: %[[V7]] = ts.constant 2 : !ts.int
# CHECK: %[[V8]] = ts.aten.mul.int %arg0, %[[V7]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V9]] = ts.uninitialized : !ts.int
# CHECK: ts.yield %[[V9]], %[[V0]], %[[V8]] : !ts.int, !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["", "", "x"]}
# CHECK: ts.yield %[[V6]]#0, %[[V6]]#1, %[[V6]]#2 : !ts.int, !ts.bool, !ts.int
# CHECK: } else {
# CHECK: %[[V4]] = ts.uninitialized : !ts.int
# CHECK: ts.yield %[[V4]], %[[V0]], %arg0 : !ts.int, !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["", "", "x"]}
# CHECK: %[[V10:[0-9]+]] = ts.aten.__not__ %[[V3]]#1 : (!ts.bool) -> !ts.bool
# CHECK: %[[V11:[0-9]+]]:2 = ts.if %[[V10]] -> (!ts.int, !ts.bool) {
# CHECK: %[[V4]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V3]]#2, %[[V4]] : !ts.int, !ts.bool
# CHECK: } else {
# CHECK: ts.yield %[[V3]]#0, %[[V3]]#1 : !ts.int, !ts.bool
# CHECK: } {ts.result_names = ["", ""]}
# CHECK: return %[[V11]]#0 : !ts.int
def nested_return(x: int) -> int:
    if x > 0:
        if x > 10:
            return 2
        x = x * 2
    return x


# CHECK-LABEL: func.func @both_return(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.gt.int %arg0, %[[V0]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: ts.yield %[[V3]] : !ts.int
# CHECK: } else {
# CHECK: %[[V3]] = ts.constant 2 : !ts.int
# CHECK: ts.yield %[[V3]] : !ts.int
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V2]] : !ts.int
def both_return(x: int) -> int:
    if x > 0:
        return 1
    else:
        return 2


# CHECK-LABEL: func.func @raise_branch(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.lt.int %arg0, %[[V0]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant "negative" : !ts.str
# CHECK: ts.raise "ValueError", %[[V3]]
# CHECK: %[[V4:[0-9]+]] = ts.uninitialized : !ts.int
# CHECK: ts.yield %[[V4]] : !ts.int
# CHECK: } else {
# CHECK: ts.yield %arg0 : !ts.int
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V2]] : !ts.int
def raise_branch(x: int) -> int:
    if x < 0:
        raise ValueError("negative")
    return x


# CHECK-LABEL: func.func @ternary(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.tensor) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.gt.int %arg0, %[[V0]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.tensor) {
# CHECK: ts.yield %arg1 : !ts.tensor
# CHECK: } else {
# CHECK: %[[V3:[0-9]+]] = ts.aten.neg %arg1 : (!ts.tensor) -> !ts.tensor
# CHECK: ts.yield %[[V3]] : !ts.tensor
# CHECK: return %[[V2]] : !ts.tensor
def ternary(x: int, t: torch.Tensor) -> torch.Tensor:
    return t if x > 0 else -t


# CHECK-LABEL: func.func @tensor_condition(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V1:[0-9]+]] = ts.aten.sum %arg0, %[[V0]] : (!ts.tensor, !ts.none) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.gt.Scalar %[[V1]], %[[V2]] : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.aten.Bool.Tensor %[[V3]] : (!ts.tensor) -> !ts.bool
# CHECK: %[[V5:[0-9]+]] = ts.if %[[V4]] -> (!ts.int) {
# CHECK: %[[V6:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: ts.yield %[[V6]] : !ts.int
# CHECK: } else {
# CHECK: %[[V6]] = ts.constant 0 : !ts.int
# CHECK: ts.yield %[[V6]] : !ts.int
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V5]] : !ts.int
def tensor_condition(t: torch.Tensor) -> int:
    if t.sum() > 0:
        return 1
    return 0
