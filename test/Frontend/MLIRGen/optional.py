# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# `is None` / `is not None` on an Optional narrows the variable with
# ts.unchecked_cast in the branch where it is not None (and after
# `if x is None: return`); None and T convert to Optional[T] with
# ts.derefine.

from typing import Optional
import torch


# CHECK-LABEL: func.func @is_none(
# CHECK-SAME: %arg0: !ts.optional<!ts.int>) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V1:[0-9]+]] = ts.aten.__is__ %arg0, %[[V0]] : (!ts.optional<!ts.int>, !ts.none) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.int) {
# CHECK: %[[V3:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: ts.yield %[[V3]] : !ts.int
# CHECK: } else {
# CHECK: %[[V3]] = ts.unchecked_cast %arg0 : !ts.optional<!ts.int> -> !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.add.int %[[V3]], %[[V4]] : (!ts.int, !ts.int) -> !ts.int
# CHECK: ts.yield %[[V5]] : !ts.int
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V2]] : !ts.int
def is_none(x: Optional[int]) -> int:
    if x is None:
        return 0
    return x + 1


# CHECK-LABEL: func.func @is_not_none(
# CHECK-SAME: %arg0: !ts.optional<!ts.tensor>) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V1:[0-9]+]] = ts.aten.__isnot__ %arg0, %[[V0]] : (!ts.optional<!ts.tensor>, !ts.none) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.tensor) {
# CHECK: %[[V3:[0-9]+]] = ts.unchecked_cast %arg0 : !ts.optional<!ts.tensor> -> !ts.tensor
# CHECK: ts.yield %[[V3]] : !ts.tensor
# CHECK: } else {
# CHECK: %[[V3]] = ts.constant 1 : !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.list_construct(%[[V3]]) : (!ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V5:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V6:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V7:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V8:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V9:[0-9]+]] = ts.aten.zeros %[[V4]], %[[V5]], %[[V6]], %[[V7]], %[[V8]] : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: ts.yield %[[V9]] : !ts.tensor
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V2]] : !ts.tensor
def is_not_none(x: Optional[torch.Tensor]) -> torch.Tensor:
    if x is not None:
        return x
    else:
        return torch.zeros(1)


# CHECK-LABEL: func.func @none_first(
# CHECK-SAME: %arg0: !ts.optional<!ts.int>) -> !ts.int
# CHECK: %[[V0:[0-9]+]] = ts.constant 0 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V2:[0-9]+]] = ts.aten.__isnot__ %[[V1]], %arg0 : (!ts.none, !ts.optional<!ts.int>) -> !ts.bool
# CHECK: %[[V3:[0-9]+]] = ts.if %[[V2]] -> (!ts.int) {
# CHECK: %[[V4:[0-9]+]] = ts.unchecked_cast %arg0 : !ts.optional<!ts.int> -> !ts.int
# CHECK: ts.yield %[[V4]] : !ts.int
# CHECK: } else {
# CHECK: ts.yield %[[V0]] : !ts.int
# CHECK: } {ts.result_names = ["y"]}
# CHECK: return %[[V3]] : !ts.int
def none_first(x: Optional[int]) -> int:
    y = 0
    if None is not x:
        y = x
    return y


# CHECK-LABEL: func.func @to_optional(
# CHECK-SAME: %arg0: !ts.bool) -> !ts.optional<!ts.int>
# CHECK: %[[V0:[0-9]+]] = ts.if %arg0 -> (!ts.optional<!ts.int>) {
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.derefine %[[V1]] : !ts.int -> !ts.optional<!ts.int>
# CHECK: ts.yield %[[V2]] : !ts.optional<!ts.int>
# CHECK: } else {
# CHECK: %[[V1]] = ts.constant none : !ts.none
# CHECK: %[[V2]] = ts.derefine %[[V1]] : !ts.none -> !ts.optional<!ts.int>
# CHECK: ts.yield %[[V2]] : !ts.optional<!ts.int>
# CHECK: } {ts.result_names = [""]}
# CHECK: return %[[V0]] : !ts.optional<!ts.int>
def to_optional(c: bool) -> Optional[int]:
    if c:
        return 1
    return None


# CHECK-LABEL: func.func @merge_optional(
# CHECK-SAME: %arg0: !ts.bool) -> !ts.optional<!ts.int>
# CHECK: %[[V0:[0-9]+]] = ts.if %arg0 -> (!ts.optional<!ts.int>) {
# CHECK: %[[V1:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V2:[0-9]+]] = ts.derefine %[[V1]] : !ts.int -> !ts.optional<!ts.int>
# CHECK: ts.yield %[[V2]] : !ts.optional<!ts.int>
# CHECK: } else {
# CHECK: %[[V1]] = ts.constant none : !ts.none
# CHECK: %[[V2]] = ts.derefine %[[V1]] : !ts.none -> !ts.optional<!ts.int>
# CHECK: ts.yield %[[V2]] : !ts.optional<!ts.int>
# CHECK: } {ts.result_names = ["v"]}
# CHECK: return %[[V0]] : !ts.optional<!ts.int>
def merge_optional(c: bool):
    if c:
        v = 1
    else:
        v = None
    return v


# CHECK-LABEL: func.func @default_none(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.optional<!ts.tensor>) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V1:[0-9]+]] = ts.aten.__isnot__ %arg1, %[[V0]] : (!ts.optional<!ts.tensor>, !ts.none) -> !ts.bool
# CHECK: %[[V2:[0-9]+]] = ts.if %[[V1]] -> (!ts.tensor) {
# CHECK: %[[V3:[0-9]+]] = ts.unchecked_cast %arg1 : !ts.optional<!ts.tensor> -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V5:[0-9]+]] = ts.aten.add.Tensor %arg0, %[[V3]], %[[V4]] : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: ts.yield %[[V5]] : !ts.tensor
# CHECK: } else {
# CHECK: ts.yield %arg0 : !ts.tensor
# CHECK: } {ts.result_names = ["x"]}
# CHECK: return %[[V2]] : !ts.tensor
def default_none(x: torch.Tensor, b: Optional[torch.Tensor] = None):
    if b is not None:
        x = x + b
    return x


# CHECK-LABEL: func.func @call_default(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tensor
# CHECK: %[[V0:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V1:[0-9]+]] = ts.derefine %[[V0]] : !ts.none -> !ts.optional<!ts.tensor>
# CHECK: %[[V2:[0-9]+]] = call @default_none(%arg0, %[[V1]]) : (!ts.tensor, !ts.optional<!ts.tensor>) -> !ts.tensor
# CHECK: return %[[V2]] : !ts.tensor
def call_default(x: torch.Tensor):
    return default_none(x)


# A conditional expression narrows too, as in TorchScript: the result is an
# int, not an Optional[int].
# CHECK-LABEL: func.func @ternary(
# CHECK-SAME: %arg0: !ts.optional<!ts.int>) -> !ts.int
# CHECK: %[[C:[0-9]+]] = ts.aten.__is__ %arg0, %{{.*}} : (!ts.optional<!ts.int>, !ts.none) -> !ts.bool
# CHECK: ts.if %[[C]] -> (!ts.int) {
# CHECK: } else {
# CHECK: %[[N:[0-9]+]] = ts.unchecked_cast %arg0 : !ts.optional<!ts.int> -> !ts.int
# CHECK: ts.yield %[[N]] : !ts.int
def ternary(x: Optional[int]):
    return 0 if x is None else x
