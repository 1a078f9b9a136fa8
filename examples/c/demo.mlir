// The model of the C example, on builtin types (what tsc's lowering produces
// for `def forward(x, y, alpha: float): return x + alpha * y`):
//   tsc-translate --mlir-to-static demo.mlir -o libdemo.a --emit-header demo.h
#map = affine_map<(d0, d1) -> (d0, d1)>
func.func @forward(%x: tensor<?x4xf32> {tsc.name = "x"},
                   %y: tensor<?x4xf32> {tsc.name = "y"},
                   %alpha: f64 {tsc.name = "alpha"}) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%n) : tensor<?x4xf32>
  %a = arith.truncf %alpha : f64 to f32
  %r = linalg.generic {indexing_maps = [#map, #map, #map],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<?x4xf32>, tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %m = arith.mulf %a, %v : f32
    %s = arith.addf %u, %m : f32
    linalg.yield %s : f32
  } -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}
