// RUN: tsc-opt %s --convert-ts-to-scf --convert-ts-to-arith --convert-ts-to-linalg --ts-verify-lowered --verify-diagnostics -o /dev/null

// An argument the runtime cannot print (a list, a string computed at run
// time) leaves the whole print to ts-verify-lowered's report.
func.func @list(%a: !ts.int) {
  %l = ts.list_construct(%a) : (!ts.int) -> !ts.list<!ts.int>
  // expected-error @+1 {{cannot compile prim::Print (int[]) -> (): not supported by the code generator yet}}
  "ts.print"(%l) : (!ts.list<!ts.int>) -> ()
  return
}

func.func @str(%s: !ts.str, %n: !ts.int) {
  // expected-error @+1 {{cannot compile prim::Print (str, int) -> ()}}
  "ts.print"(%s, %n) : (!ts.str, !ts.int) -> ()
  return
}
