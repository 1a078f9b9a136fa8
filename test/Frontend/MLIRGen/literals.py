# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# Literals: numbers, strings, None, tuples, lists (typed by their elements
# or by an annotation), dicts; empty containers take the annotated type.

from typing import Dict, List, Optional, Tuple


# CHECK-LABEL: func.func @scalars(
# CHECK-SAME: ) -> !ts.tuple<!ts.int, !ts.float, !ts.float, !ts.bool, !ts.bool, !ts.str, !ts.none>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 2.500000e+00 : !ts.float
# CHECK: %[[V2:[0-9]+]] = ts.constant 1.000000e-03 : !ts.float
# CHECK: %[[V3:[0-9]+]] = ts.constant true : !ts.bool
# CHECK: %[[V4:[0-9]+]] = ts.constant false : !ts.bool
# CHECK: %[[V5:[0-9]+]] = ts.constant "str" : !ts.str
# CHECK: %[[V6:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V7:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]], %[[V6]]) : (!ts.int, !ts.float, !ts.float, !ts.bool, !ts.bool, !ts.str, !ts.none) -> !ts.tuple<!ts.int, !ts.float, !ts.float, !ts.bool, !ts.bool, !ts.str, !ts.none>
# CHECK: return %[[V7]] : !ts.tuple<!ts.int, !ts.float, !ts.float, !ts.bool, !ts.bool, !ts.str, !ts.none>
def scalars():
    return 1, 2.5, 1e-3, True, False, "str", None


# CHECK-LABEL: func.func @containers(
# CHECK-SAME: ) -> !ts.tuple<!ts.tuple<!ts.int, !ts.tuple<!ts.float, !ts.str>>, !ts.list<!ts.int>, !ts.dict<!ts.str, !ts.int>>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.constant 2.000000e+00 : !ts.float
# CHECK: %[[V2:[0-9]+]] = ts.constant "a" : !ts.str
# CHECK: %[[V3:[0-9]+]] = ts.tuple_construct(%[[V1]], %[[V2]]) : (!ts.float, !ts.str) -> !ts.tuple<!ts.float, !ts.str>
# CHECK: %[[V4:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V3]]) : (!ts.int, !ts.tuple<!ts.float, !ts.str>) -> !ts.tuple<!ts.int, !ts.tuple<!ts.float, !ts.str>>
# CHECK: %[[V5:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.constant 3 : !ts.int
# CHECK: %[[V8:[0-9]+]] = ts.list_construct(%[[V5]], %[[V6]], %[[V7]]) : (!ts.int, !ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V9:[0-9]+]] = ts.constant "a" : !ts.str
# CHECK: %[[V10:[0-9]+]] = ts.constant 1 : !ts.int
# CHECK: %[[V11:[0-9]+]] = ts.constant "b" : !ts.str
# CHECK: %[[V12:[0-9]+]] = ts.constant 2 : !ts.int
# CHECK: %[[V13:[0-9]+]] = ts.dict_construct(%[[V9]], %[[V11]]) (%[[V10]], %[[V12]]) : (!ts.str, !ts.str, !ts.int, !ts.int) -> !ts.dict<!ts.str, !ts.int>
# CHECK: %[[V14:[0-9]+]] = ts.tuple_construct(%[[V4]], %[[V8]], %[[V13]]) : (!ts.tuple<!ts.int, !ts.tuple<!ts.float, !ts.str>>, !ts.list<!ts.int>, !ts.dict<!ts.str, !ts.int>) -> !ts.tuple<!ts.tuple<!ts.int, !ts.tuple<!ts.float, !ts.str>>, !ts.list<!ts.int>, !ts.dict<!ts.str, !ts.int>>
# CHECK: return %[[V14]] : !ts.tuple<!ts.tuple<!ts.int, !ts.tuple<!ts.float, !ts.str>>, !ts.list<!ts.int>, !ts.dict<!ts.str, !ts.int>>
def containers():
    t = (1, (2.0, "a"))
    l = [1, 2, 3]
    d = {"a": 1, "b": 2}
    return t, l, d


# CHECK-LABEL: func.func @empty_containers(
# CHECK-SAME: ) -> !ts.tuple<!ts.list<!ts.int>, !ts.dict<!ts.str, !ts.float>, !ts.list<!ts.tensor>>
# CHECK: %[[V0:[0-9]+]] = ts.list_construct() : () -> !ts.list<!ts.int>
# CHECK: %[[V1:[0-9]+]] = ts.dict_construct() () : () -> !ts.dict<!ts.str, !ts.float>
# CHECK: %[[V2:[0-9]+]] = ts.list_construct() : () -> !ts.list<!ts.tensor>
# CHECK: %[[V3:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]]) : (!ts.list<!ts.int>, !ts.dict<!ts.str, !ts.float>, !ts.list<!ts.tensor>) -> !ts.tuple<!ts.list<!ts.int>, !ts.dict<!ts.str, !ts.float>, !ts.list<!ts.tensor>>
# CHECK: return %[[V3]] : !ts.tuple<!ts.list<!ts.int>, !ts.dict<!ts.str, !ts.float>, !ts.list<!ts.tensor>>
def empty_containers():
    e: List[int] = []
    f: Dict[str, float] = {}
    g = []
    return e, f, g


# CHECK-LABEL: func.func @optional_list(
# CHECK-SAME: %arg0: !ts.int) -> !ts.list<!ts.optional<!ts.int>>
# CHECK: %[[V0:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V1:[0-9]+]] = ts.derefine %[[V0]] : !ts.none -> !ts.optional<!ts.int>
# CHECK: %[[V2:[0-9]+]] = ts.derefine %arg0 : !ts.int -> !ts.optional<!ts.int>
# CHECK: %[[V3:[0-9]+]] = ts.list_construct(%[[V2]], %[[V1]]) : (!ts.optional<!ts.int>, !ts.optional<!ts.int>) -> !ts.list<!ts.optional<!ts.int>>
# CHECK: return %[[V3]] : !ts.list<!ts.optional<!ts.int>>
def optional_list(x: int):
    l: List[Optional[int]] = [x, None]
    return l


# CHECK-LABEL: func.func @float_list(
# CHECK-SAME: %arg0: !ts.float) -> !ts.list<!ts.float>
# CHECK: %[[V0:[0-9]+]] = ts.constant 1.000000e+00 : !ts.float
# CHECK: %[[V1:[0-9]+]] = ts.list_construct(%arg0, %[[V0]]) : (!ts.float, !ts.float) -> !ts.list<!ts.float>
# CHECK: return %[[V1]] : !ts.list<!ts.float>
def float_list(x: float):
    l = [x, 1.0]
    return l


# CHECK-LABEL: func.func @tuple_annotation(
# CHECK-SAME: %arg0: !ts.int) -> !ts.tuple<!ts.int, !ts.optional<!ts.int>>
# CHECK: %[[V0:[0-9]+]] = ts.constant none : !ts.none
# CHECK: %[[V1:[0-9]+]] = ts.derefine %[[V0]] : !ts.none -> !ts.optional<!ts.int>
# CHECK: %[[V2:[0-9]+]] = ts.tuple_construct(%arg0, %[[V1]]) : (!ts.int, !ts.optional<!ts.int>) -> !ts.tuple<!ts.int, !ts.optional<!ts.int>>
# CHECK: return %[[V2]] : !ts.tuple<!ts.int, !ts.optional<!ts.int>>
def tuple_annotation(x: int) -> Tuple[int, Optional[int]]:
    t: Tuple[int, Optional[int]] = (x, None)
    return t
