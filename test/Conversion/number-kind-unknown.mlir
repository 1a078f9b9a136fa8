// A number (ATen's Scalar) whose kind ts-refine-types could not decide is
// reported where it arises, with its source location: here the join of a
// float and an int, and every use of it.
// RUN: tsc-opt %s --ts-refine-types --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --ts-verify-lowered --verify-diagnostics -o /dev/null
// RUN: not tsc %S/Inputs/number-kind.py --entry f --input-shape x=? --input-dtype x=float32 -o %t.so 2>&1 | FileCheck %s --check-prefix=SOURCE
// SOURCE: number-kind.py:6:13: error: cannot compile ts.derefine (float) -> (Scalar): whether a number (Scalar) here is an int, a float or a bool is not known at compile time
// SOURCE-NEXT: a = x.sum().item()
// SOURCE: number-kind.py:8:13: error: cannot compile ts.derefine (int) -> (Scalar): whether a number
// SOURCE-NEXT: a = x.long().sum().item()

func.func @join(%c: !ts.bool, %f: !ts.tensor<[],f32>, %l: !ts.tensor<[],i64>) -> !ts.float {
  %one = ts.constant 1 : !ts.int
  %0 = ts.if %c -> (!ts.number) {
    // expected-error @+1 {{cannot compile ts.derefine (float) -> (Scalar): whether a number (Scalar) here is an int, a float or a bool is not known at compile time}}
    %a = ts.aten.item %f : (!ts.tensor<[],f32>) -> !ts.number
    ts.yield %a : !ts.number
  } else {
    // expected-error @+1 {{cannot compile ts.derefine (int) -> (Scalar)}}
    %a = ts.aten.item %l : (!ts.tensor<[],i64>) -> !ts.number
    ts.yield %a : !ts.number
  }
  // expected-error @+1 {{cannot compile aten::Float (Scalar) -> (float): whether a number}}
  %1 = ts.aten.Float.Scalar %0 : (!ts.number) -> !ts.float
  return %1 : !ts.float
}

// A bool is not a number TorchScript computes with.
func.func @bool_arith(%m: !ts.tensor<[],i1>) -> !ts.float {
  %one = ts.constant 1 : !ts.int
  %b = ts.aten.item %m : (!ts.tensor<[],i1>) -> !ts.number
  // expected-error @+1 {{cannot compile aten::add (bool, int) -> (Scalar): whether a number (Scalar) here is an int, a float or a bool is not known at compile time}}
  %0 = ts.aten.add %b, %one : (!ts.number, !ts.int) -> !ts.number
  // expected-error @+1 {{cannot compile aten::Float (Scalar) -> (float): whether a number}}
  %1 = ts.aten.Float.Scalar %0 : (!ts.number) -> !ts.float
  return %1 : !ts.float
}
