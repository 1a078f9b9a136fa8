# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# The ATen ops tsc supports, called as torch.*, torch.nn.functional.* and
# Tensor methods: each resolves to the overload PyTorch picks, with schema
# defaults filled in (alpha=1, dtype=None, keepdim=False, ...).
# Constants are not checked here (see arith.py and calls.py).

import torch
import torch.nn.functional as F


# CHECK-LABEL: func.func @elementwise(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.aten.add.Tensor %arg0, %arg1, %{{[0-9]+}} : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.aten.sub.Tensor %arg0, %arg1, %{{[0-9]+}} : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.aten.mul.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.aten.div.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.aten.neg %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.aten.pow.Tensor_Scalar %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.aten.abs %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V7:[0-9]+]] = ts.aten.exp %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.aten.log %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V9:[0-9]+]] = ts.aten.sqrt %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V10:[0-9]+]] = ts.aten.tanh %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V11:[0-9]+]] = ts.aten.sigmoid %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V12:[0-9]+]] = ts.aten.relu %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V13:[0-9]+]] = ts.aten.relu %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V14:[0-9]+]] = ts.aten.gelu %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.str) -> !ts.tensor
# CHECK: %[[V15:[0-9]+]] = ts.aten.silu %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V16:[0-9]+]] = ts.aten.clamp %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.float, !ts.float) -> !ts.tensor
# CHECK: %[[V17:[0-9]+]] = ts.aten.gt.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V18:[0-9]+]] = ts.aten.where.self %[[V17]], %arg0, %arg1 : (!ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V19:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]], %[[V6]], %[[V7]], %[[V8]], %[[V9]], %[[V10]], %[[V11]], %[[V12]], %[[V13]], %[[V14]], %[[V15]], %[[V16]], %[[V18]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V19]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def elementwise(x: torch.Tensor, y: torch.Tensor):
    a = torch.add(x, y)
    b = torch.sub(x, y)
    c = torch.mul(x, y)
    d = torch.div(x, y)
    e = torch.neg(x)
    f = torch.pow(x, 2)
    g = torch.abs(x)
    h = torch.exp(x)
    i = torch.log(x)
    j = torch.sqrt(x)
    k = torch.tanh(x)
    l = torch.sigmoid(x)
    m = torch.relu(x)
    n = F.relu(x)
    o = F.gelu(x)
    p = F.silu(x)
    q = torch.clamp(x, min=0.0, max=1.0)
    r = torch.where(x > y, x, y)
    return a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r


# CHECK-LABEL: func.func @methods(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.aten.add.Tensor %arg0, %arg1, %{{[0-9]+}} : (!ts.tensor, !ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.aten.exp %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.aten.abs %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.aten.relu %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.aten.sigmoid %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.aten.clamp %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.none, !ts.int) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.aten.pow.Tensor_Scalar %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V7:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]], %[[V6]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V7]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def methods(x: torch.Tensor, y: torch.Tensor):
    return x.add(y), x.exp(), x.abs(), x.relu(), x.sigmoid(), x.clamp(max=2), x.pow(3)


# CHECK-LABEL: func.func @compares(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.aten.lt.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.aten.le.Scalar %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.aten.gt.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.aten.ge.Scalar %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.float) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.aten.eq.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.aten.ne.Tensor %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V6]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def compares(x: torch.Tensor, y: torch.Tensor):
    return x < y, x <= 1, x > y, x >= 1.5, x == y, x != y


# CHECK-LABEL: func.func @reductions(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.aten.sum %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.none) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.list_construct(%{{[0-9]+}}) : (!ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V2:[0-9]+]] = ts.aten.sum.dim_IntList %arg0, %[[V1]], %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.list_construct(%{{[0-9]+}}) : (!ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V4:[0-9]+]] = ts.aten.sum.dim_IntList %arg0, %[[V3]], %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.aten.mean %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.none) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.list_construct(%{{[0-9]+}}, %{{[0-9]+}}) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V7:[0-9]+]] = ts.aten.mean.dim %arg0, %[[V6]], %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.list<!ts.int>, !ts.bool, !ts.none) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.aten.max %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %values, %indices = ts.aten.max.dim %arg0, %{{[0-9]+}}, %{{[0-9]+}} {ts.result_names = ["g", "gi"]} : (!ts.tensor, !ts.int, !ts.bool) -> (!ts.tensor, !ts.tensor)
# CHECK: %[[V9:[0-9]+]] = ts.tuple_construct(%values, %indices) : (!ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: %[[V10:[0-9]+]]:2 = ts.tuple_unpack %[[V9]] {ts.result_names = ["g", "gi"]} : !ts.tuple<!ts.tensor, !ts.tensor> -> !ts.tensor, !ts.tensor
# CHECK: %[[V11:[0-9]+]] = ts.aten.min %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V12:[0-9]+]] = ts.aten.argmax %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.none, !ts.bool) -> !ts.tensor
# CHECK: %[[V13:[0-9]+]] = ts.aten.argmax %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.bool) -> !ts.tensor
# CHECK: %[[V14:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V2]], %[[V4]], %[[V5]], %[[V7]], %[[V8]], %[[V10]]#0, %[[V10]]#1, %[[V11]], %[[V12]], %[[V13]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V14]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def reductions(x: torch.Tensor):
    a = x.sum()
    b = torch.sum(x, dim=1)
    c = x.sum(0, keepdim=True)
    d = x.mean()
    e = x.mean(dim=[0, 1])
    f = x.max()
    g, gi = x.max(dim=1)
    h = torch.min(x)
    i = x.argmax()
    j = torch.argmax(x, dim=1, keepdim=True)
    return a, b, c, d, e, f, g, gi, h, i, j


# CHECK-LABEL: func.func @linalg(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.tensor, %arg2: !ts.tensor, %arg3: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.aten.mm %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.aten.mm %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.aten.matmul %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.aten.bmm %arg0, %arg1 : (!ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.aten.linear %arg0, %arg2, %arg3 : (!ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tensor
# CHECK: %[[V5:[0-9]+]] = ts.aten.linear %arg0, %arg2, %{{[0-9]+}} : (!ts.tensor, !ts.tensor, !ts.none) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V6]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def linalg(x: torch.Tensor, y: torch.Tensor, w: torch.Tensor, bias: torch.Tensor):
    a = x.mm(y)
    b = torch.mm(x, y)
    c = torch.matmul(x, y)
    d = torch.bmm(x, y)
    e = F.linear(x, w, bias)
    f = F.linear(x, w)
    return a, b, c, d, e, f


# CHECK-LABEL: func.func @shapes(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.int) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.aten.t %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.aten.transpose.int %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.list_construct(%{{[0-9]+}}, %{{[0-9]+}}) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V3:[0-9]+]] = ts.aten.permute %arg0, %[[V2]] : (!ts.tensor, !ts.list<!ts.int>) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.list_construct(%{{[0-9]+}}) : (!ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V5:[0-9]+]] = ts.aten.reshape %arg0, %[[V4]] : (!ts.tensor, !ts.list<!ts.int>) -> !ts.tensor
# CHECK: %[[V6:[0-9]+]] = ts.list_construct(%{{[0-9]+}}, %arg1) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V7:[0-9]+]] = ts.aten.view %arg0, %[[V6]] : (!ts.tensor, !ts.list<!ts.int>) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.aten.flatten.using_ints %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V9:[0-9]+]] = ts.aten.squeeze %arg0 : (!ts.tensor) -> !ts.tensor
# CHECK: %[[V10:[0-9]+]] = ts.aten.squeeze.dim %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V11:[0-9]+]] = ts.aten.unsqueeze %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V12:[0-9]+]] = ts.list_construct(%arg0, %arg0) : (!ts.tensor, !ts.tensor) -> !ts.list<!ts.tensor>
# CHECK: %[[V13:[0-9]+]] = ts.aten.cat %[[V12]], %{{[0-9]+}} : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
# CHECK: %[[V14:[0-9]+]] = ts.tuple_construct(%arg0, %arg0) : (!ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor>
# CHECK: %[[V15:[0-9]+]]:2 = ts.tuple_unpack %[[V14]] : !ts.tuple<!ts.tensor, !ts.tensor> -> !ts.tensor, !ts.tensor
# CHECK: %[[V16:[0-9]+]] = ts.list_construct(%[[V15]]#0, %[[V15]]#1) : (!ts.tensor, !ts.tensor) -> !ts.list<!ts.tensor>
# CHECK: %[[V17:[0-9]+]] = ts.aten.stack %[[V16]], %{{[0-9]+}} : (!ts.list<!ts.tensor>, !ts.int) -> !ts.tensor
# CHECK: %[[V18:[0-9]+]] = ts.aten.select.int %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.int) -> !ts.tensor
# CHECK: %[[V19:[0-9]+]] = ts.list_construct(%{{[0-9]+}}, %{{[0-9]+}}) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V20:[0-9]+]] = ts.aten.expand %arg0, %[[V19]], %{{[0-9]+}} : (!ts.tensor, !ts.list<!ts.int>, !ts.bool) -> !ts.tensor
# CHECK: %[[V21:[0-9]+]] = ts.aten.contiguous %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.tensor
# CHECK: %[[V22:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V3]], %[[V5]], %[[V7]], %[[V8]], %[[V9]], %[[V10]], %[[V11]], %[[V13]], %[[V17]], %[[V18]], %[[V20]], %[[V21]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V22]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def shapes(x: torch.Tensor, n: int):
    a = x.t()
    b = x.transpose(0, 1)
    c = x.permute(1, 0)
    d = x.reshape(-1)
    e = x.view(2, n)
    f = torch.flatten(x, 1)
    g = x.squeeze()
    h = x.squeeze(0)
    i = x.unsqueeze(-1)
    j = torch.cat([x, x], dim=1)
    k = torch.stack((x, x))
    l = torch.select(x, 0, 1)
    o = x.expand(3, 4)
    p = x.contiguous()
    return a, b, c, d, e, f, g, h, i, j, k, l, o, p


# CHECK-LABEL: func.func @creation(
# CHECK-SAME: %arg0: !ts.tensor, %arg1: !ts.int) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.list_construct(%{{[0-9]+}}, %{{[0-9]+}}) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V1:[0-9]+]] = ts.aten.zeros %[[V0]], %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.list_construct(%arg1, %{{[0-9]+}}) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V3:[0-9]+]] = ts.aten.ones %[[V2]], %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.list<!ts.int>, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.tuple_construct(%{{[0-9]+}}, %{{[0-9]+}}) : (!ts.int, !ts.int) -> !ts.tuple<!ts.int, !ts.int>
# CHECK: %[[V5:[0-9]+]]:2 = ts.tuple_unpack %[[V4]] : !ts.tuple<!ts.int, !ts.int> -> !ts.int, !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.list_construct(%[[V5]]#0, %[[V5]]#1) : (!ts.int, !ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V7:[0-9]+]] = ts.aten.full %[[V6]], %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.list<!ts.int>, !ts.float, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V8:[0-9]+]] = ts.aten.zeros_like %arg0, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.none, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V9:[0-9]+]] = ts.aten.ones_like %arg0, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.none, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V10:[0-9]+]] = ts.aten.arange %arg1, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V11:[0-9]+]] = ts.aten.arange.start_step %{{[0-9]+}}, %arg1, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.int, !ts.int, !ts.int, !ts.none, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V12:[0-9]+]] = ts.list_construct(%{{[0-9]+}}) : (!ts.int) -> !ts.list<!ts.int>
# CHECK: %[[V13:[0-9]+]] = ts.aten.zeros %[[V12]], %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.list<!ts.int>, !ts.int, !ts.none, !ts.none, !ts.none) -> !ts.tensor
# CHECK: %[[V14:[0-9]+]] = ts.tuple_construct(%[[V1]], %[[V3]], %[[V7]], %[[V8]], %[[V9]], %[[V10]], %[[V11]], %[[V13]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V14]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def creation(x: torch.Tensor, n: int):
    a = torch.zeros(2, 3)
    b = torch.ones([n, 2])
    c = torch.full((2, 2), 1.5)
    d = torch.zeros_like(x)
    e = torch.ones_like(x)
    f = torch.arange(n)
    g = torch.arange(1, n, 2)
    h = torch.zeros(3, dtype=torch.int64)
    return a, b, c, d, e, f, g, h


# CHECK-LABEL: func.func @softmaxes(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: %[[V0:[0-9]+]] = ts.aten.softmax.int %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.none) -> !ts.tensor
# CHECK: %[[V1:[0-9]+]] = ts.aten.log_softmax.int %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.none) -> !ts.tensor
# CHECK: %[[V2:[0-9]+]] = ts.aten.softmax.int %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.none) -> !ts.tensor
# CHECK: %[[V3:[0-9]+]] = ts.aten.softmax.int %arg0, %{{[0-9]+}}, %{{[0-9]+}} : (!ts.tensor, !ts.int, !ts.none) -> !ts.tensor
# CHECK: %[[V4:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]]) : (!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor) -> !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
# CHECK: return %[[V4]] : !ts.tuple<!ts.tensor, !ts.tensor, !ts.tensor, !ts.tensor>
def softmaxes(x: torch.Tensor):
    return F.softmax(x, dim=-1), F.log_softmax(x, 1), x.softmax(0), torch.softmax(x, -1)


# CHECK-LABEL: func.func @sizes(
# CHECK-SAME: %arg0: !ts.tensor) -> !ts.tuple<!ts.int, !ts.list<!ts.int>, !ts.int, !ts.int, !ts.list<!ts.int>, !ts.int, !ts.int>
# CHECK: %[[V0:[0-9]+]] = ts.aten.size.int %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.int
# CHECK: %[[V1:[0-9]+]] = ts.aten.size %arg0 : (!ts.tensor) -> !ts.list<!ts.int>
# CHECK: %[[V2:[0-9]+]] = ts.aten.dim %arg0 : (!ts.tensor) -> !ts.int
# CHECK: %[[V3:[0-9]+]] = ts.aten.numel %arg0 : (!ts.tensor) -> !ts.int
# CHECK: %[[V4:[0-9]+]] = ts.aten.size %arg0 : (!ts.tensor) -> !ts.list<!ts.int>
# CHECK: %[[V5:[0-9]+]] = ts.aten.size.int %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.int
# CHECK: %[[V6:[0-9]+]] = ts.aten.size.int %arg0, %{{[0-9]+}} : (!ts.tensor, !ts.int) -> !ts.int
# CHECK: %[[V7:[0-9]+]] = ts.tuple_construct(%[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]], %[[V6]]) : (!ts.int, !ts.list<!ts.int>, !ts.int, !ts.int, !ts.list<!ts.int>, !ts.int, !ts.int) -> !ts.tuple<!ts.int, !ts.list<!ts.int>, !ts.int, !ts.int, !ts.list<!ts.int>, !ts.int, !ts.int>
# CHECK: return %[[V7]] : !ts.tuple<!ts.int, !ts.list<!ts.int>, !ts.int, !ts.int, !ts.list<!ts.int>, !ts.int, !ts.int>
def sizes(x: torch.Tensor):
    return x.size(0), x.size(), x.dim(), x.numel(), x.shape, len(x), x.size(-1)
