//===- TSTypeNames.cpp - TorchScript spellings of ts types ----------------===//

#include "ts/TSTypes.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace tsc::ts {

static void printTypeName(Type type, TypeSyntax syntax, llvm::raw_ostream &os) {
  bool graph = syntax == TypeSyntax::Graph;
  if (isa<IntType>(type)) {
    os << "int";
  } else if (isa<FloatType>(type)) {
    os << "float";
  } else if (isa<BoolType>(type)) {
    os << "bool";
  } else if (isa<StrType>(type)) {
    os << "str";
  } else if (isa<NoneType>(type)) {
    os << "NoneType";
  } else if (isa<DeviceType>(type)) {
    os << "Device";
  } else if (isa<NumberType>(type)) {
    os << (graph ? "Scalar" : "number");
  } else if (isa<AnyType>(type)) {
    os << "Any";
  } else if (auto t = dyn_cast<TensorType>(type)) {
    if (!graph || (!t.hasDtype() && !t.hasSizes())) {
      os << "Tensor";
      return;
    }
    // Graphs print refined tensors as `Float(2, *)`.
    os << (t.hasDtype() ? getTorchDtypeName(t.getDtype()) : StringRef("Tensor"));
    if (t.hasSizes()) {
      os << "(";
      llvm::interleave(
          *t.getSizes(), os,
          [&](int64_t s) {
            if (ShapedType::isDynamic(s))
              os << "*";
            else
              os << s;
          },
          ", ");
      os << ")";
    }
  } else if (auto t = dyn_cast<OptionalType>(type)) {
    if (graph) {
      printTypeName(t.getElementType(), syntax, os);
      os << "?";
    } else {
      os << "Optional[";
      printTypeName(t.getElementType(), syntax, os);
      os << "]";
    }
  } else if (auto t = dyn_cast<ListType>(type)) {
    if (graph) {
      printTypeName(t.getElementType(), syntax, os);
      os << "[]";
    } else {
      os << "List[";
      printTypeName(t.getElementType(), syntax, os);
      os << "]";
    }
  } else if (auto t = dyn_cast<TupleType>(type)) {
    os << (graph ? "(" : "Tuple[");
    llvm::interleave(
        t.getElementTypes(), os,
        [&](Type e) { printTypeName(e, syntax, os); }, ", ");
    os << (graph ? ")" : "]");
  } else if (auto t = dyn_cast<DictType>(type)) {
    os << (graph ? "Dict(" : "Dict[");
    printTypeName(t.getKeyType(), syntax, os);
    os << ", ";
    printTypeName(t.getValueType(), syntax, os);
    os << (graph ? ")" : "]");
  } else {
    os << type;
  }
}

std::string getTypeName(Type type, TypeSyntax syntax) {
  std::string s;
  llvm::raw_string_ostream os(s);
  printTypeName(type, syntax, os);
  return s;
}

} // namespace tsc::ts
