import torch


# nn.LayerNorm(1024) written out (tsc has no aten::layer_norm yet); the
# peers run this same source.
def f(x: torch.Tensor, g: torch.Tensor, b: torch.Tensor):
    mu = x.mean(-1, keepdim=True)
    d = x - mu
    var = (d * d).mean(-1, keepdim=True)
    return d * torch.rsqrt(var + 1e-5) * g + b
