# RUN: tsc %s --emit=mlir --verify-diagnostics
#
# TorchScript's typing rules, as the language reference states them: one
# static type per variable, values defined on every path, arguments that
# match a signature or schema, annotated return types. All errors of a file
# are reported in one run; a failed definition does not cascade into
# "undefined value" errors at its uses.

import torch
from typing import List, Optional, Tuple


def an_error(x):
    # expected-error @+1 {{'r' is set to type Tensor in the true branch and type int in the false branch}}
    if bool(x):
        r = torch.zeros(1)
    else:
        r = 4
    return r


def changes_type(x: int, c: bool):
    # In one block a variable may be rebound to another type...
    y = 1
    y = torch.zeros(1)
    # ...but not in a loop body or a branch.
    for i in range(x):
        # expected-error @+1 {{variable 'y' previously had type Tensor but is now being assigned to a value of type float}}
        y = 2.5
    if c:
        # expected-error @+1 {{variable 'y' previously had type Tensor but is now being assigned to a value of type int}}
        y = 1
    return y


def annotated(x: int):
    # expected-error @+1 {{variable 'z' is annotated as int but is assigned a value of type str}}
    z: int = "s"
    return x


def not_every_path(x: int):
    if x > 0:
        y = 1
    # expected-error @+1 {{'y' is not defined in the false branch}}
    return y


def only_in_loop(n: int):
    for i in range(n):
        t = i
    # expected-error @+1 {{'t' is only defined inside the loop body}}
    return t


def callee(x: int, y: float = 1.0) -> int:
    return x


def wrong_user_arg() -> int:
    # expected-error @+1 {{expected a value of type 'int' for argument 'x' but instead found type 'str'}}
    return callee("a")


def wrong_user_kwarg() -> int:
    # expected-error @+1 {{callee() got an unexpected keyword argument 'z'}}
    return callee(1, z=2)


def missing_user_arg() -> int:
    # expected-error @+1 {{callee() missing required argument 'x'}}
    return callee(y=2.0)


def too_many_args() -> int:
    # expected-error @+1 {{callee() takes 2 arguments but 3 were given}}
    return callee(1, 2.0, 3)


def wrong_builtin_arg(x: torch.Tensor):
    # expected-error @+2 {{arguments for call to torch.mm are not valid (Tensor, int)}}
    # expected-note @+1 {{aten::mm(Tensor self, Tensor mat2) -> Tensor: expected a value of type 'Tensor' for argument 'mat2' but found type 'int'}}
    return torch.mm(x, 3)


def undefined_value(x: int):
    # expected-error @+1 {{undefined value z}}
    return z + x


def unknown_function(x: int):
    # expected-error @+1 {{undefined value foo}}
    return foo(x)


def unknown_torch_op(x: torch.Tensor):
    # expected-error @+1 {{unknown builtin op: aten::not_an_op}}
    return torch.not_an_op(x)


def recursive(x: int) -> int:
    # expected-error @+1 {{recursive call to 'recursive': TorchScript does not support recursion}}
    return recursive(x - 1)


# expected-error @+1 {{unknown type annotation 'Foo'}}
def bad_annotation(x: Foo) -> int:
    return 1


# expected-error @+1 {{List[...] takes 1 type argument}}
def bad_annotation_arity(x: List[int, int]) -> int:
    return 1


def return_mismatch(x: int) -> str:
    # expected-error @+1 {{return value of type int does not match the function's return type str}}
    return x


def inconsistent_returns(x: int):
    if x > 0:
        return 1
    # expected-error @+1 {{previous return statement returned a value of type int but this return statement returns a value of type Tensor}}
    return torch.zeros(1)


# expected-error @+1 {{function 'missing_return' is not annotated as returning None, but does not return along all paths}}
def missing_return(x: int) -> int:
    if x > 0:
        return 1


def break_outside():
    # expected-error @+1 {{'break' outside a loop}}
    break


def continue_outside():
    # expected-error @+1 {{'continue' outside a loop}}
    continue


def bad_unpack(t: Tuple[int, int]):
    # expected-error @+1 {{cannot unpack a tuple of 2 elements into 3 targets}}
    a, b, c = t
    return a


def unpack_scalar(x: int):
    # expected-error @+1 {{cannot unpack a value of type int}}
    a, b = x
    return a


def tuple_index_out_of_range(t: Tuple[int, int]):
    # expected-error @+1 {{tuple index 2 out of range for a tuple of 2 elements}}
    return t[2]


def dynamic_tuple_index(t: Tuple[int, int], i: int):
    # expected-error @+1 {{tuple index must be a constant integer}}
    return t[i]


def mixed_list(x: torch.Tensor):
    # expected-error @+1 {{list elements must all have the same type, found Tensor and int}}
    return [x, 1]


def ternary_types(c: bool, x: torch.Tensor):
    # expected-error @+1 {{the branches of a conditional expression have types Tensor and int}}
    return x if c else 1


def bad_condition(s: List[int]):
    # expected-error @+1 {{expected a bool, int, float or Tensor condition, but found List[int]}}
    if s:
        return 1
    return 0


def not_iterable(x: int):
    # expected-error @+1 {{cannot iterate over a value of type int}}
    for i in x:
        pass


def range_float(x: float):
    # expected-error @+1 {{range() arguments must be int, not float}}
    for i in range(x):
        pass


def call_non_function(x: int):
    # expected-error @+1 {{functions are not first-class values in TorchScript: call 'callee' instead}}
    f = callee
    return x


def nested_function(x: int):
    # expected-error @+1 {{nested functions are not supported in TorchScript}}
    def inner(y: int) -> int:
        return y
    return x
