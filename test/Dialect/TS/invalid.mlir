// RUN: tsc-opt %s -split-input-file -verify-diagnostics

func.func @constant_payload() {
  // expected-error @+1 {{'ts.constant' op value "x" is not a constant of type '!ts.int'}}
  %0 = ts.constant "x" : !ts.int
  return
}

// -----

func.func @constant_none_payload() {
  // expected-error @+1 {{is not a constant of type '!ts.bool'}}
  %0 = ts.constant none : !ts.bool
  return
}

// -----

func.func @constant_int_range() {
  // expected-error @+1 {{integer constant out of range}}
  %0 = ts.constant 9223372036854775808 : !ts.int
  return
}

// -----

func.func @constant_tensor_shape() {
  // expected-error @+1 {{is not a constant of type '!ts.tensor<[3],f32>'}}
  %0 = ts.constant elements dense<[1.0, 2.0]> : tensor<2xf32> : !ts.tensor<[3],f32>
  return
}

// -----

func.func @constant_tensor_unrefined() {
  // A tensor constant knows its sizes and dtype: its type must say them.
  // expected-error @+1 {{is not a constant of type '!ts.tensor'}}
  %0 = ts.constant elements dense<[1.0, 2.0]> : tensor<2xf32> : !ts.tensor
  return
}

// -----

func.func @list_element(%f: !ts.float) {
  // expected-error @+1 {{'ts.list_construct' op element of type '!ts.float' in a list of '!ts.int'}}
  %0 = ts.list_construct(%f) : (!ts.float) -> !ts.list<!ts.int>
  return
}

// -----

func.func @list_of_refined(%t: !ts.tensor) {
  // Lists are invariant: a list of refined tensors holds only those.
  // expected-error @+1 {{element of type '!ts.tensor' in a list of '!ts.tensor<f32>'}}
  %0 = ts.list_construct(%t) : (!ts.tensor) -> !ts.list<!ts.tensor<f32>>
  return
}

// -----

func.func @list_unpack(%l: !ts.list<!ts.int>) {
  // expected-error @+1 {{'ts.list_unpack' op result of type '!ts.float' from a list of '!ts.int'}}
  %0:2 = ts.list_unpack %l : !ts.list<!ts.int> -> !ts.int, !ts.float
  return
}

// -----

func.func @tuple_construct(%i: !ts.int) {
  // expected-error @+1 {{'ts.tuple_construct' op elements of type '!ts.int' does not match tuple element '!ts.float'}}
  %0 = ts.tuple_construct(%i) : (!ts.int) -> !ts.tuple<!ts.float>
  return
}

// -----

func.func @tuple_unpack(%t: !ts.tuple<!ts.int, !ts.int>) {
  // expected-error @+1 {{'ts.tuple_unpack' op has 3 results for a tuple of 2}}
  %0:3 = ts.tuple_unpack %t : !ts.tuple<!ts.int, !ts.int> -> !ts.int, !ts.int, !ts.int
  return
}

// -----

func.func @tuple_index_range(%t: !ts.tuple<!ts.int, !ts.str>) {
  // expected-error @+1 {{'ts.tuple_index' op index 2 out of range for a tuple of 2}}
  %0 = ts.tuple_index %t[2] : !ts.tuple<!ts.int, !ts.str> -> !ts.int
  return
}

// -----

func.func @tuple_index_type(%t: !ts.tuple<!ts.int, !ts.str>) {
  // expected-error @+1 {{'ts.tuple_index' op result type '!ts.int' does not match tuple element '!ts.str'}}
  %0 = ts.tuple_index %t[1] : !ts.tuple<!ts.int, !ts.str> -> !ts.int
  return
}

// -----

func.func @dict_key(%i: !ts.int) {
  // expected-error @+1 {{'ts.dict_construct' op key of type '!ts.int' in '!ts.dict<!ts.str, !ts.int>'}}
  %0 = ts.dict_construct(%i) (%i) : (!ts.int, !ts.int) -> !ts.dict<!ts.str, !ts.int>
  return
}

// -----

func.func @if_yield_count(%c: !ts.bool, %i: !ts.int) {
  %0 = ts.if %c -> (!ts.int) {
    ts.yield %i : !ts.int
  } else {
    // expected-error @+1 {{'ts.yield' op yields 0 values but the else-region expects 1}}
    ts.yield
  }
  return
}

// -----

func.func @if_yield_type(%c: !ts.bool, %i: !ts.int, %f: !ts.float) {
  %0 = ts.if %c -> (!ts.int) {
    // expected-error @+1 {{'ts.yield' op value #0 has type '!ts.float' but the then-region expects '!ts.int'}}
    ts.yield %f : !ts.float
  } else {
    ts.yield %i : !ts.int
  }
  return
}

// -----

func.func @if_yield_refined(%c: !ts.bool, %t: !ts.tensor<f32>, %u: !ts.tensor) {
  // Region results are exact: a refined tensor needs a ts.tensor_cast.
  %0 = ts.if %c -> (!ts.tensor) {
    // expected-error @+1 {{value #0 has type '!ts.tensor<f32>' but the then-region expects '!ts.tensor'}}
    ts.yield %t : !ts.tensor<f32>
  } else {
    ts.yield %u : !ts.tensor
  }
  return
}

// -----

func.func @loop_carried_types(%n: !ts.int, %c: !ts.bool, %i: !ts.int) {
  // expected-error @+1 {{'ts.loop' op loop-carried value types differ: initial '!ts.int', block argument '!ts.int', result '!ts.float'}}
  %0 = ts.loop %n, %c (%k) iter_args(%a = %i : !ts.int) -> (!ts.float) {
    ts.yield %c, %a : !ts.bool, !ts.int
  }
  return
}

// -----

func.func @loop_results(%n: !ts.int, %c: !ts.bool, %i: !ts.int) {
  // expected-error @+1 {{'ts.loop' op has 1 loop-carried values but 0 results}}
  ts.loop %n, %c (%k) iter_args(%a = %i : !ts.int) {
    ts.yield %c, %a : !ts.bool, !ts.int
  }
  return
}

// -----

func.func @loop_block_args(%n: !ts.int, %c: !ts.bool, %i: !ts.int) {
  // expected-error @+1 {{'ts.loop' op body must take the iteration number and 1 loop-carried values}}
  %0 = "ts.loop"(%n, %c, %i) ({
  ^bb0(%k: !ts.int):
    ts.yield %c, %i : !ts.bool, !ts.int
  }) : (!ts.int, !ts.bool, !ts.int) -> !ts.int
  return
}

// -----

func.func @loop_induction_type(%n: !ts.int, %c: !ts.bool) {
  // expected-error @+1 {{'ts.loop' op iteration number must be !ts.int}}
  "ts.loop"(%n, %c) ({
  ^bb0(%k: !ts.float):
    ts.yield %c : !ts.bool
  }) : (!ts.int, !ts.bool) -> ()
  return
}

// -----

func.func @loop_condition(%n: !ts.int, %c: !ts.bool, %i: !ts.int) {
  // expected-error @+1 {{'ts.loop' op body must end in ts.yield of the continue condition (!ts.bool) and the loop-carried values}}
  %0 = ts.loop %n, %c (%k) iter_args(%a = %i : !ts.int) -> (!ts.int) {
    ts.yield %a : !ts.int
  }
  return
}

// -----

func.func @loop_yield_type(%n: !ts.int, %c: !ts.bool, %i: !ts.int, %f: !ts.float) {
  %0 = ts.loop %n, %c (%k) iter_args(%a = %i : !ts.int) -> (!ts.int) {
    // expected-error @+1 {{'ts.yield' op value #1 has type '!ts.float' but the loop body expects '!ts.int'}}
    ts.yield %c, %f : !ts.bool, !ts.float
  }
  return
}

// -----

func.func @tensor_cast_dtype(%t: !ts.tensor<f32>) {
  // expected-error @+1 {{'ts.tensor_cast' op incompatible tensor types '!ts.tensor<f32>' and '!ts.tensor<i64>'}}
  %0 = ts.tensor_cast %t : !ts.tensor<f32> -> !ts.tensor<i64>
  return
}

// -----

func.func @tensor_cast_rank(%t: !ts.tensor<[2,3]>) {
  // expected-error @+1 {{incompatible tensor types '!ts.tensor<[2,3]>' and '!ts.tensor<[?]>'}}
  %0 = ts.tensor_cast %t : !ts.tensor<[2,3]> -> !ts.tensor<[?]>
  return
}

// -----

func.func @tensor_cast_size(%t: !ts.tensor<[2,3]>) {
  // expected-error @+1 {{incompatible tensor types '!ts.tensor<[2,3]>' and '!ts.tensor<[?,4]>'}}
  %0 = ts.tensor_cast %t : !ts.tensor<[2,3]> -> !ts.tensor<[?,4]>
  return
}

// -----

func.func @derefine(%i: !ts.int) {
  // expected-error @+1 {{'ts.derefine' op cannot use '!ts.int' as '!ts.optional<!ts.float>'}}
  %0 = ts.derefine %i : !ts.int -> !ts.optional<!ts.float>
  return
}

// -----

func.func @derefine_not_optional(%i: !ts.int) {
  // expected-error @+1 {{'ts.derefine' op result #0 must be optional}}
  %0 = "ts.derefine"(%i) : (!ts.int) -> !ts.int
  return
}

// -----

// expected-error @+1 {{negative tensor size}}
func.func @negative_size(%t: !ts.tensor<[2,-1]>) {
  return
}

// -----

// expected-error @+1 {{unsupported tensor dtype 'si32'}}
func.func @signed_dtype(%t: !ts.tensor<si32>) {
  return
}

// -----

// expected-error @+1 {{unsupported tensor dtype 'f80'}}
func.func @f80_dtype(%t: !ts.tensor<[2],f80>) {
  return
}

// -----

func.func @aten_operand_type(%i: !ts.int) {
  // expected-error @+1 {{'ts.aten.relu' op operand #0 must be tensor, but got '!ts.int'}}
  %0 = ts.aten.relu %i : (!ts.int) -> !ts.tensor
  return
}
