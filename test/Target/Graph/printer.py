# RUN: tsc %s --emit=graph --entry constants | FileCheck %s --check-prefix=CONST
# RUN: tsc %s --emit=graph --entry types | FileCheck %s --check-prefix=TYPES
# RUN: tsc %s --emit=graph --entry multi | FileCheck %s --check-prefix=MULTI
# RUN: tsc %s --emit=graph --entry containers | FileCheck %s --check-prefix=CONT
# RUN: tsc %s --emit=graph --entry raises | FileCheck %s --check-prefix=RAISE
# RUN: tsc %s --emit=graph --entry refined --input-shape x=2x? --input-dtype x=float32 | FileCheck %s --check-prefix=REFINED
#
# TorchScript graph syntax details, as PyTorch 1.13 prints them: float
# constants (`1.`, `0.5`), None constants without a value, escaped strings,
# `int[]`, `Tensor?`, tuple types, Dict(K, V), multi-result ops, dicts with
# interleaved keys and values, TupleIndex and RaiseException with constant
# inputs, no-output ops spelled ` = op(...)`, and refined tensor types.

import torch
from typing import Dict, List, Optional, Tuple


def constants():
    return 1.0, 0.5, -2.0, 1e-10, None, "a\"b\n", True, 3

# CONST-LABEL: graph():
# CONST-DAG: %{{.*}} : float = prim::Constant[value=1.]()
# CONST-DAG: %{{.*}} : float = prim::Constant[value=0.5]()
# CONST-DAG: %{{.*}} : float = prim::Constant[value=-2.]()
# CONST-DAG: %{{.*}} : float = prim::Constant[value=1e-10]()
# CONST-DAG: %{{.*}} : NoneType = prim::Constant()
# CONST-DAG: %{{.*}} : str = prim::Constant[value="a\"b\n"]()
# CONST-DAG: %{{.*}} : bool = prim::Constant[value=1]()
# CONST-DAG: %{{.*}} : int = prim::Constant[value=3]()
# CONST: %{{[0-9]+}} : (float, float, float, float, NoneType, str, bool, int) = prim::TupleConstruct(


def types(a: List[int], b: Optional[torch.Tensor], c: Tuple[int, torch.Tensor],
          d: Dict[str, float], e: List[List[float]]):
    return a, b, c, d, e

# TYPES-LABEL: graph(%a : int[],
# TYPES-NEXT: {{^}}      %b : Tensor?,
# TYPES-NEXT: {{^}}      %c : (int, Tensor),
# TYPES-NEXT: {{^}}      %d : Dict(str, float),
# TYPES-NEXT: {{^}}      %e : float[][]):
# TYPES-NEXT: %[[T:[0-9]+]] : (int[], Tensor?, (int, Tensor), Dict(str, float), float[][]) = prim::TupleConstruct(%a, %b, %c, %d, %e)
# TYPES-NEXT: return (%[[T]])


def multi(x: torch.Tensor, t: Tuple[int, float]):
    values, indices = x.max(dim=1)
    i, f = t
    return values, indices, i, f

# MULTI-LABEL: graph(%x : Tensor,
# MULTI: %values : Tensor, %indices : Long = aten::max(%x, %{{[0-9]+}}, %{{[0-9]+}})
# MULTI: %i : int, %f : float = prim::TupleUnpack(%t)


def containers(k: str, v: int, t: Tuple[str, int]):
    d = {k: v, "b": 2}
    return d, t[1]

# CONT-LABEL: graph(%k : str,
# CONT: %[[B:[0-9]+]] : str = prim::Constant[value="b"]()
# CONT: %[[TWO:[0-9]+]] : int = prim::Constant[value=2]()
# CONT: %d : Dict(str, int) = prim::DictConstruct(%k, %v, %[[B]], %[[TWO]])
# CONT: %[[IDX:[0-9]+]] : int = prim::Constant[value=1]()
# CONT-NEXT: %{{[0-9]+}} : int = prim::TupleIndex(%t, %[[IDX]])


def raises(x: int) -> int:
    if x < 0:
        raise ValueError("negative")
    print(x)
    return x

# RAISE-LABEL: graph(%x : int):
# RAISE: %[[MSG:[0-9]+]] : str = prim::Constant[value="negative"]()
# RAISE: block0():
# RAISE-NEXT: %[[CLS:[0-9]+]] : str = prim::Constant[value="builtins.ValueError"]()
# RAISE-NEXT: {{^}}       = prim::RaiseException(%[[MSG]], %[[CLS]])
# RAISE: block1():
# RAISE-NEXT: {{^}}       = prim::Print(%x)


def refined(x: torch.Tensor):
    return x.sum(1), x * 2

# REFINED-LABEL: graph(%x : Float(2, *)):
# REFINED: %{{[0-9]+}} : Float(2) = aten::sum(%x
# REFINED: %{{[0-9]+}} : Float(2, *) = aten::mul(%x
