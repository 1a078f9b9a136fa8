# RUN: tsc %s --emit=source | FileCheck %s --strict-whitespace --match-full-lines
# RUN: tsc %s --emit=source > %t.py
# RUN: tsc %t.py --emit=source > %t.2.py
# RUN: diff %t.py %t.2.py
#
# --emit=source prints canonical Python (4-space indents, minimal parens,
# single quotes); printing is a fixpoint after one round trip.
import torch
from typing import Dict, List, Optional, Tuple
from .utils import helper as h, other


class Net(torch.nn.Module):
    __constants__ = ["hidden"]
    hidden: int

    def __init__(self, hidden: int=16):
        super(Net, self).__init__()
        self.hidden = hidden
        self.linear = torch.nn.Linear(hidden, hidden, bias = False)

    @torch.jit.export
    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor]=None) -> torch.Tensor:
        h = self.linear(x).relu()
        if mask is not None and mask.dim() > 1:
            h = h * mask[:, None, ...]
        elif x.size(0) == 0:
            return x
        else:
            h = -h ** 2 + 1.5e-3
        return h.sum(dim=-1, keepdim=True)


def topk(xs: List[int], k: int) -> Tuple[List[int], int]:
    out: List[int] = []
    total = 0
    for i, x in enumerate(xs):
        if i >= k: break
        out.append(x); total += x
    while len(out) < k:
        out.append(0)
    counts = {str(x): x % 3 for x in out if x != 0}
    assert k > 0, "k must be positive: " + str(k)
    return out, (total if total else -1)


def scale(t, s):
    # type: (Tensor, float) -> Tensor
    acc = []  # type: List[Tensor]
    a, *rest = t.unbind(0)
    for j in range(0, 10, 2):
        acc.append(t[j, 1:, ::2] * s ** -j)
    with torch.no_grad():
        del acc[0]
    return torch.stack(acc) if len(acc) > 0 else t


# The whole canonical output, indentation included.
# CHECK:import torch
# CHECK-NEXT:from typing import Dict, List, Optional, Tuple
# CHECK-NEXT:from .utils import helper as h, other
# CHECK-EMPTY:
# CHECK-NEXT:class Net(torch.nn.Module):
# CHECK-NEXT:    __constants__ = ['hidden']
# CHECK-NEXT:    hidden: int
# CHECK-NEXT:    def __init__(self, hidden: int = 16):
# CHECK-NEXT:        super(Net, self).__init__()
# CHECK-NEXT:        self.hidden = hidden
# CHECK-NEXT:        self.linear = torch.nn.Linear(hidden, hidden, bias=False)
# CHECK-NEXT:    @torch.jit.export
# CHECK-NEXT:    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor] = None) -> torch.Tensor:
# CHECK-NEXT:        h = self.linear(x).relu()
# CHECK-NEXT:        if mask is not None and mask.dim() > 1:
# CHECK-NEXT:            h = h * mask[:, None, ...]
# CHECK-NEXT:        elif x.size(0) == 0:
# CHECK-NEXT:            return x
# CHECK-NEXT:        else:
# CHECK-NEXT:            h = -h ** 2 + 0.0015
# CHECK-NEXT:        return h.sum(dim=-1, keepdim=True)
# CHECK-EMPTY:
# CHECK-NEXT:def topk(xs: List[int], k: int) -> Tuple[List[int], int]:
# CHECK-NEXT:    out: List[int] = []
# CHECK-NEXT:    total = 0
# CHECK-NEXT:    for i, x in enumerate(xs):
# CHECK-NEXT:        if i >= k:
# CHECK-NEXT:            break
# CHECK-NEXT:        out.append(x)
# CHECK-NEXT:        total += x
# CHECK-NEXT:    while len(out) < k:
# CHECK-NEXT:        out.append(0)
# CHECK-NEXT:    counts = {str(x): x % 3 for x in out if x != 0}
# CHECK-NEXT:    assert k > 0, 'k must be positive: ' + str(k)
# CHECK-NEXT:    return out, total if total else -1
# CHECK-EMPTY:
# CHECK-NEXT:def scale(t, s):
# CHECK-NEXT:    # type: (Tensor, float) -> Tensor
# CHECK-NEXT:    acc = []  # type: List[Tensor]
# CHECK-NEXT:    a, *rest = t.unbind(0)
# CHECK-NEXT:    for j in range(0, 10, 2):
# CHECK-NEXT:        acc.append(t[j, 1:, ::2] * s ** -j)
# CHECK-NEXT:    with torch.no_grad():
# CHECK-NEXT:        del acc[0]
# CHECK-NEXT:    return torch.stack(acc) if len(acc) > 0 else t
