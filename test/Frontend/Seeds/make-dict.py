# RUN: tsc %s --emit=graph --no-fusion --verify-diagnostics
#
# jit.rst, "Variables": make_dict stores into a dict with `x['hi'] = 2`,
# which tsc does not support yet.

import torch
from typing import Dict, Optional


@torch.jit.script
def make_dict(flag: bool):
    x: Dict[str, int] = {}
    # expected-error @+1 {{assignment to a subscript (in-place update) is not supported yet}}
    x['hi'] = 2
    b: Optional[int] = None
    if flag:
        b = 2
    return x, b
