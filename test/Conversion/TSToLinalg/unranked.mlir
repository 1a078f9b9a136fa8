// An op on a tensor of unknown rank is left and reported.
// RUN: not tsc-opt %s --convert-ts-to-linalg --ts-verify-lowered -o /dev/null 2>&1 | FileCheck %s --check-prefix=UNRANKED
// UNRANKED: error: cannot compile aten::relu (Tensor) -> (Tensor): the rank or dtype of a tensor is unknown here
func.func @unranked(%x: !ts.tensor) -> !ts.tensor {
  %r = ts.aten.relu %x : (!ts.tensor) -> !ts.tensor
  return %r : !ts.tensor
}
