//===- TSDialect.td - The TorchScript dialect --------------*- tablegen -*-===//
//
// The `ts` dialect keeps TorchScript's meaning: ops named after ATen and
// TorchScript's prim:: operators, value semantics for tensors, and region-based
// `if`/`loop` with TorchScript's prim::If/prim::Loop semantics, so that the IR
// can be printed back in TorchScript's graph syntax.
//
//===----------------------------------------------------------------------===//

#ifndef TS_DIALECT
#define TS_DIALECT

include "mlir/IR/OpBase.td"

def TS_Dialect : Dialect {
  let name = "ts";
  let summary = "TorchScript's operators and types";
  let description = [{
    The `ts` dialect models a TorchScript program after the frontend: scalar
    types (`!ts.int`, `!ts.float`, `!ts.bool`, ...), container types
    (`!ts.list`, `!ts.tuple`, `!ts.optional`, `!ts.dict`), tensors with
    optional dtype and shape refinements (`!ts.tensor<[2,?],f32>`), ATen
    operators generated from PyTorch's schema registry, and TorchScript's
    structured control flow.
  }];
  let cppNamespace = "::tsc::ts";
  let useDefaultTypePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let extraClassDeclaration = [{
    void registerTypes();
  }];
}

class TS_Op<string mnemonic, list<Trait> traits = []>
    : Op<TS_Dialect, mnemonic, traits>;

#endif // TS_DIALECT
