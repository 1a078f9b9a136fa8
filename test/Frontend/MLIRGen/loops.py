# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# while and for loops become ts.loop with the assigned variables carried;
# range(a[, b[, c]]) uses __range_length/__derive_index; lists and tensors
# are indexed, tuples are unrolled. break, continue and return inside loops
# use flag variables that are carried and fold into the loop condition.

from typing import List, Tuple
import torch


# CHECK-LABEL: func.func @while_loop(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.lt.int %[[V0]], %arg0 : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V3:[0-9]+]] = ts.constant 9223372036854775807 : !ts.int
# CHECK: %[[V4:[0-9]+]]:2 = ts.loop %[[V3]], %[[V2]] (%arg1) iter_args(%arg2 = %[[V1]] : !ts.int, %arg3 = %[[V0]] : !ts.int) -> (!ts.int, !ts.int) {
# CHECK: %[[V5:[0-9]+]] = ts.aten.add.int %arg2, %arg3 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.aten.add.int %arg3, %[[V6]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.aten.lt.int %[[V7]], %arg0 : (!ts.int, !ts.int) -> !ts.bool
# CHECK: ts.yield %[[V8]], %[[V5]], %[[V7]] : !ts.bool, !ts.int, !ts.int
# CHECK: } {ts.result_names = ["s", "i"]}
# CHECK: return %[[V4]]#0 : !ts.int
def while_loop(n: int) -> int:
    i = 0
    s = 0
    while i < n:
        s = s + i
        i += 1
    return s


# CHECK-LABEL: func.func @range1(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.loop %arg0, %[[V1]] (%arg1) iter_args(%arg2 = %[[V0]] : !ts.int) -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.aten.add.int %arg2, %arg1 : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V4]], %[[V3]] : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["s"]}
# CHECK: return %[[V2]] : !ts.int
def range1(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


# CHECK-LABEL: func.func @range2(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.__range_length %arg0, %arg1, %[[V2]] : (!ts.int, !ts.int, !ts.int) -> !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.loop %[[V3]], %[[V1]] (%arg2) iter_args(%arg3 = %[[V0]] : !ts.int) -> (!ts.int) {
# CHECK: %[[V5:[0-9]+]] = ts.aten.__derive_index %arg2, %arg0, %[[V2]] : (!ts.int, !ts.int, !ts.int) -> !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.aten.add.int %arg3, %[[V5]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V7]], %[[V6]] : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["s"]}
# CHECK: return %[[V4]] : !ts.int
def range2(a: int, b: int) -> int:
    s = 0
    for i in range(a, b):
        s += i
    return s


# CHECK-LABEL: func.func @range3(
# CHECK-SAME: %arg0: !ts.int, %arg1: !ts.int, %arg2: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.aten.__range_length %arg0, %arg1, %arg2 : (!ts.int, !ts.int, !ts.int) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.loop %[[V2]], %[[V1]] (%arg3) iter_args(%arg4 = %[[V0]] : !ts.int) -> (!ts.int) {
# CHECK: %[[V4:[0-9]+]] = ts.aten.__derive_index %arg3, %arg0, %arg2 : (!ts.int, !ts.int, !ts.int) -> !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.add.int %arg4, %[[V4]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V6]], %[[V5]] : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["s"]}
# CHECK: return %[[V3]] : !ts.int
def range3(a: int, b: int, c: int) -> int:
    s = 0
    for i in range(a, b, c):
        s += i
    return s


# CHECK-LABEL: func.func @over_list(
# CHECK-SAME: %arg0: !ts.list<!ts.int>) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.aten.len.t %arg0 : (!ts.list<!ts.int>) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.loop %[[V2]], %[[V1]] (%arg1) iter_args(%arg2 = %[[V0]] : !ts.int) -> (!ts.int) {
# CHECK: %[[V4:[0-9]+]] = ts.aten.__getitem__.t %arg0, %arg1 : (!ts.list<!ts.int>, !ts.int) -> !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.add.int %arg2, %[[V4]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V6]], %[[V5]] : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["s"]}
# CHECK: return %[[V3]] : !ts.int
def over_list(xs: List[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


# CHECK-LABEL: func.func @over_tuple(
# CHECK-SAME: %arg0: !ts.tuple<!ts.int, !ts.float>) -> !ts.float
# CHECK: %[[V0:[0-9]+]] = ts.constant 0.000000e+00 : !ts.float
# CHECK: %[[V1:[0-9]+]]:2 = ts.tuple_unpack %arg0 : !ts.tuple<!ts.int, !ts.float> -> !ts.int, !ts.float
# CHECK: %[[V2:[0-9]+]] = ts.aten.add.float_int %[[V0]], %[[V1]]#0 : (!ts.float, !ts.int) -> !ts.float
# CHECK: %[[V3:[0-9]+]] = ts.aten.add.float %[[V2]], %[[V1]]#1 : (!ts.float, !ts.float) -> !ts.float
# CHECK: return %[[V3]] : !ts.float
def over_tuple(t: Tuple[int, float]) -> float:
    s = 0.0
    for v in t:
        s += v
    return s


# CHECK-LABEL: func.func @over_tensor(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.list_construct(%[[V0]]) : (!ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V2:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V3:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V4:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V5:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V6:[0-9]+]] = ts.aten.zeros %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]] : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V7:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V8:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V9:[0-9]+]] = ts.aten.size.int %arg0, %[[V8]] : (!ts.tensor, !ts.int) -> !ts.int
# CHECK: %[[V10:[0-9]+]] = ts.loop %[[V9]], %[[V7]] (%arg1) iter_args(%arg2 = %[[V6]] : !ts.tensor) -> (!ts.tensor) {
# CHECK: %[[V11:[0-9]+]] = ts.aten.select.int %arg0, %[[V8]], %arg1 : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V12:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V13:[0-9]+]] = ts.aten.add.Tensor %arg2, %[[V11]], %[[V12]] : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V14:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V14]], %[[V13]] : !ts.bool, !ts.tensor
# CHECK: } {ts.result_names = ["r"]}
# CHECK: return %[[V10]] : !ts.tensor
def over_tensor(x: torch.Tensor):
    r = torch.zeros(3)
    for row in x:
        r = r + row
    return r


# CHECK-LABEL: func.func @break_continue(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.aten.lt.int %[[V1]], %arg0 : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V3:[0-9]+]] = ts.constant 9223372036854775807 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V5:[0-9]+]]:3 = ts.loop %[[V3]], %[[V2]] (%arg1) iter_args(%arg2 = %[[V1]] : !ts.int, %arg3 = %[[V0]] : !ts.int, %arg4 = %[[V4]] : !ts.bool) -> (!ts.int, !ts.int, !ts.bool) {
# CHECK: %[[V6:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V7:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.aten.add.int %arg2, %[[V7]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V9:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V10:[0-9]+]] = ts.aten.remainder.int %[[V8]], %[[V9]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V11:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V12:[0-9]+]] = ts.aten.eq.int %[[V10]], %[[V11]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V13:[0-9]+]]:3 = ts.if %[[V12]] -> (!ts.bool, !ts.bool, !ts.int) {
# CHECK: %[[V14:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V14]], %arg4, %arg3 : !ts.bool, !ts.bool, !ts.int
# CHECK: } else {
# CHECK: %[[V14]] = ts.constant 100 : !ts.int
# CHECK: %[[V15:[0-9]+]] = ts.aten.gt.int %arg3, %[[V14]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V16:[0-9]+]]:2 = ts.if %[[V15]] -> (!ts.bool, !ts.int) {
# CHECK: %[[V17:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V17]], %arg3 : !ts.bool, !ts.int
# CHECK: } else {
# CHECK: %[[V17]] = ts.aten.add.int %arg3, %[[V8]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: ts.yield %arg4, %[[V17]] : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["", "s"]}
# CHECK: ts.yield %[[V6]], %[[V16]]#0, %[[V16]]#1 : !ts.bool, !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["", "", "s"]}
# CHECK: %[[V18:[0-9]+]] = ts.if %[[V13]]#1 -> (!ts.bool) {
# CHECK: %[[V14]] = ts.constant false : !ts.bool
# CHECK: ts.yield %[[V14]] : !ts.bool
# CHECK: } else {
# CHECK: %[[V14]] = ts.aten.lt.int %[[V8]], %arg0 : (!ts.int, !ts.int) -> !ts.bool
# CHECK: ts.yield %[[V14]] : !ts.bool
# CHECK: ts.yield %[[V18]], %[[V8]], %[[V13]]#2, %[[V13]]#1 : !ts.bool, !ts.int, !ts.int, !ts.bool
# CHECK: } {ts.result_names = ["i", "s", ""]}
# CHECK: return %[[V5]]#1 : !ts.int
def break_continue(n: int) -> int:
    s = 0
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        if s > 100:
            break
        s += i
    return s


# CHECK-LABEL: func.func @return_in_loop(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V1:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.uninitialized : !ts.int
# CHECK: %[[V3:[0-9]+]]:2 = ts.loop %arg0, %[[V1]] (%arg1) iter_args(%arg2 = %[[V0]] : !ts.bool, %arg3 = %[[V2]] : !ts.int) -> (!ts.bool, !ts.int) {
# CHECK: %[[V4:[0-9]+]] = ts.constant 5 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.eq.int %arg1, %[[V4]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V6:[0-9]+]]:2 = ts.if %[[V5]] -> (!ts.int, !ts.bool) {
# CHECK: %[[V7:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %arg1, %[[V7]] : !ts.int, !ts.bool
# CHECK: } else {
# CHECK: ts.yield %arg3, %arg2 : !ts.int, !ts.bool
# CHECK: } {ts.result_names = ["", ""]}
# CHECK: %[[V8:[0-9]+]] = ts.aten.__not__ %[[V6]]#1 : (!ts.bool) -> !ts.bool
# CHECK: ts.yield %[[V8]], %[[V6]]#1, %[[V6]]#0 : !ts.bool, !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["", ""]}
# CHECK: %[[V9:[0-9]+]] = ts.aten.__not__ %[[V3]]#0 : (!ts.bool) -> !ts.bool
# CHECK: %[[V10:[0-9]+]]:2 = ts.if %[[V9]] -> (!ts.int, !ts.bool) {
# CHECK: %[[V4]] = ts.constant -1 : !ts.int
# CHECK: %[[V5]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V4]], %[[V5]] : !ts.int, !ts.bool
# CHECK: } else {
# CHECK: ts.yield %[[V3]]#1, %[[V3]]#0 : !ts.int, !ts.bool
# CHECK: } {ts.result_names = ["", ""]}
# CHECK: return %[[V10]]#0 : !ts.int
def return_in_loop(n: int) -> int:
    for i in range(n):
        if i == 5:
            return i
    return -1


# CHECK-LABEL: func.func @loop_local(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.loop %arg0, %[[V1]] (%arg1) iter_args(%arg2 = %[[V0]] : !ts.int) -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.mul.int %arg1, %[[V3]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.add.int %arg2, %[[V4]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V6]], %[[V5]] : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["s"]}
# CHECK: return %[[V2]] : !ts.int
def loop_local(n: int) -> int:
    s = 0
    for i in range(n):
        t = i * 2
        s += t
    return s


# CHECK-LABEL: func.func @nested_loops(
# CHECK-SAME: %arg0: !ts.int) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.loop %arg0, %[[V1]] (%arg1) iter_args(%arg2 = %[[V0]] : !ts.int) -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V4:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V5:[0-9]+]]:2 = ts.loop %arg1, %[[V3]] (%arg3) iter_args(%arg4 = %arg2 : !ts.int, %arg5 = %[[V4]] : !ts.bool) -> (!ts.int, !ts.bool) {
# CHECK: %[[V6:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V7:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.aten.eq.int %arg3, %[[V7]] : (!ts.int, !ts.int) -> !ts.bool
# CHECK: %[[V9:[0-9]+]]:2 = ts.if %[[V8]] -> (!ts.bool, !ts.int) {
# CHECK: %[[V10:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V10]], %arg4 : !ts.bool, !ts.int
# CHECK: } else {
# CHECK: %[[V10]] = ts.aten.add.int %arg4, %arg3 : (!ts.int, !ts.int) -> !ts.int
# CHECK: ts.yield %arg5, %[[V10]] : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["", "s"]}
# CHECK: %[[V11:[0-9]+]] = ts.aten.__not__ %[[V9]]#0 : (!ts.bool) -> !ts.bool
# CHECK: ts.yield %[[V11]], %[[V9]]#1, %[[V9]]#0 : !ts.bool, !ts.int, !ts.bool
# CHECK: } {ts.result_names = ["s", ""]}
# CHECK: %[[V12:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: ts.yield %[[V12]], %[[V5]]#0 : !ts.bool, !ts.int
# CHECK: } {ts.result_names = ["s"]}
# CHECK: return %[[V2]] : !ts.int
def nested_loops(n: int) -> int:
    s = 0
    for i in range(n):
        for j in range(i):
            if j == 3:
                break
            s += j
    return s
