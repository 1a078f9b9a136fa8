//===- Signature.cpp - Exported functions' signatures and C headers -------===//
//
// The signature is read before lowering, while the types still say what the
// ABI carries (tensor vs scalar, dtype, static sizes); the emitter turns it
// into run-time metadata and the header generator into C declarations.
//
//===----------------------------------------------------------------------===//

#include "tsc/Target/CPU/CPUTarget.h"
#include "tsc/Target/CPU/EmbeddedRuntime.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <dlpack/dlpack.h>

using namespace mlir;

namespace tsc::cpu {

/// DLPack 0.8's kDLBool (runtime/tsc_abi.h's TSC_DL_BOOL).
static constexpr uint8_t kDLBoolCode = 6;

/// The DLPack dtype of an element or scalar type, if the ABI carries it.
static bool getDType(Type type, uint8_t &code, uint8_t &bits) {
  if (type.isInteger(1)) {
    code = kDLBoolCode;
    bits = 8;
    return true;
  }
  if (auto i = dyn_cast<IntegerType>(type)) {
    unsigned w = i.getWidth();
    if (w != 8 && w != 16 && w != 32 && w != 64)
      return false;
    code = i.isUnsigned() ? kDLUInt : kDLInt;
    bits = w;
    return true;
  }
  if (type.isBF16()) {
    code = kDLBfloat;
    bits = 16;
    return true;
  }
  if (type.isF16() || type.isF32() || type.isF64()) {
    code = kDLFloat;
    bits = type.getIntOrFloatBitWidth();
    return true;
  }
  return false;
}

static std::string nameFromAttr(DictionaryAttr attrs) {
  if (attrs)
    if (auto s = attrs.getAs<StringAttr>("tsc.name"))
      return s.str();
  return "";
}

static FailureOr<ValueSignature> getValueSignature(func::FuncOp func, Type type,
                                                   std::string name,
                                                   StringRef what) {
  ValueSignature v;
  v.name = std::move(name);
  v.type = type;
  Type element = type;
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    element = tensor.getElementType();
    for (int64_t size : tensor.getShape())
      v.sizes.push_back(ShapedType::isDynamic(size) ? -1 : size);
  } else if (type.isInteger(64) || type.isF64() || type.isInteger(1)) {
    v.isScalar = true;
  } else {
    return func.emitError() << "cannot export " << what << " '" << v.name
                            << "' of type " << type
                            << ": expected a ranked tensor, i64, f64 or i1";
  }
  if (!getDType(element, v.dtypeCode, v.dtypeBits))
    return func.emitError() << "cannot export " << what << " '" << v.name
                            << "': unsupported element type " << element;
  return v;
}

/// Integer storage is signless after lowering; the frontend marks uint8
/// values with `tsc.unsigned` so that the ABI still says kDLUInt.
static void applyUnsigned(ValueSignature &v, DictionaryAttr attrs) {
  if (attrs && attrs.get("tsc.unsigned") && v.dtypeCode == kDLInt)
    v.dtypeCode = kDLUInt;
}

FailureOr<ModelSignature> collectModelSignature(ModuleOp module) {
  ModelSignature sig;
  for (auto func : module.getOps<func::FuncOp>()) {
    if (!func.isPublic() || func.isExternal())
      continue;
    EntrySignature entry;
    entry.name = func.getSymName().str();
    for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i) {
      std::string name = nameFromAttr(func.getArgAttrDict(i));
      if (name.empty())
        if (auto loc = dyn_cast<NameLoc>(func.getArgument(i).getLoc()))
          name = loc.getName().str();
      if (name.empty())
        name = "arg" + std::to_string(i);
      auto v = getValueSignature(func, func.getArgumentTypes()[i], name,
                                 "argument");
      if (failed(v))
        return failure();
      applyUnsigned(*v, func.getArgAttrDict(i));
      entry.inputs.push_back(std::move(*v));
    }
    for (unsigned i = 0, e = func.getNumResults(); i < e; ++i) {
      std::string name = nameFromAttr(func.getResultAttrDict(i));
      if (name.empty())
        name = "out" + std::to_string(i);
      auto v =
          getValueSignature(func, func.getResultTypes()[i], name, "result");
      if (failed(v))
        return failure();
      applyUnsigned(*v, func.getResultAttrDict(i));
      entry.outputs.push_back(std::move(*v));
    }
    sig.entries.push_back(std::move(entry));
  }
  if (sig.entries.empty())
    return module.emitError("no public function to export");
  return sig;
}

std::string sanitizeModelName(StringRef name) {
  std::string out;
  for (char c : name)
    out.push_back(llvm::isAlnum(c) || c == '_' ? c : '_');
  if (out.empty() || llvm::isDigit(out.front()))
    out.insert(out.begin(), '_');
  return out;
}

std::string defaultModelName(StringRef outputPath) {
  if (outputPath.empty() || outputPath == "-")
    return "model";
  StringRef stem = llvm::sys::path::filename(outputPath);
  // "libfoo.so" is model foo, as a linker would name it.
  stem = stem.take_front(stem.find('.'));
  if (stem.starts_with("lib") && stem.size() > 3)
    stem = stem.drop_front(3);
  return sanitizeModelName(stem);
}

static std::string describe(const ValueSignature &v) {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (v.isScalar) {
    os << (v.dtypeCode == kDLBoolCode ? "bool"
           : v.dtypeCode == kDLFloat  ? "float"
                                      : "int")
       << " scalar, a 0-d tensor of ";
  }
  switch (v.dtypeCode) {
  case kDLInt:
    os << "int" << unsigned(v.dtypeBits);
    break;
  case kDLUInt:
    os << "uint" << unsigned(v.dtypeBits);
    break;
  case kDLFloat:
    os << "float" << unsigned(v.dtypeBits);
    break;
  case kDLBfloat:
    os << "bfloat16";
    break;
  default:
    os << "bool";
    break;
  }
  if (!v.isScalar) {
    os << "[";
    llvm::interleave(
        v.sizes, os,
        [&](int64_t size) {
          if (size < 0)
            os << "?";
          else
            os << size;
        },
        ", ");
    os << "]";
  }
  return s;
}

std::string generateHeader(const ModelSignature &signature, StringRef prefix) {
  std::string s;
  llvm::raw_string_ostream os(s);
  std::string guard = StringRef(prefix).upper() + "_H";
  std::string model = (prefix + "_model").str();
  os << "/* Generated by tsc: the C interface of model '" << prefix
     << "'. See docs/abi.md. */\n"
     << "#ifndef " << guard << "\n#define " << guard << "\n\n"
     << "#ifndef TSC_ABI_H\n"
     << "/* ---- runtime/tsc_abi.h (shared by all tsc models) ---- */\n"
     << getRuntimeABIHeader() << "\n#endif\n\n"
     << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"
     << "typedef struct " << model << " " << model << ";\n\n"
     << "/* Creates a model instance; returns 0 or an error code. */\n"
     << "int " << prefix << "_create(" << model << " **model);\n"
     << "void " << prefix << "_destroy(" << model << " *model);\n"
     << "/* The message of this thread's last error. */\n"
     << "const char *" << prefix << "_last_error(void);\n"
     << "/* Entry names and signatures, queryable at run time. */\n"
     << "const tsc_model_api *" << prefix << "_model_info(void);\n\n";
  for (const EntrySignature &entry : signature.entries) {
    os << "/* " << entry.name << ": " << entry.inputs.size() << " input"
       << (entry.inputs.size() == 1 ? "" : "s") << ", "
       << entry.outputs.size() << " output"
       << (entry.outputs.size() == 1 ? "" : "s") << " ('?': any size)\n";
    for (auto [i, v] : llvm::enumerate(entry.inputs))
      os << " *   inputs[" << i << "]  " << v.name << ": " << describe(v)
         << "\n";
    for (auto [i, v] : llvm::enumerate(entry.outputs))
      os << " *   outputs[" << i << "] " << v.name << ": " << describe(v)
         << "\n";
    os << " * Outputs are new tensors owned by the caller (call their "
          "deleter). */\n"
       << "int " << prefix << "_" << entry.name << "(" << model
       << " *model, const DLTensor *inputs, int64_t num_inputs,\n"
       << "    DLManagedTensor **outputs, int64_t num_outputs);\n\n";
  }
  os << "#ifdef __cplusplus\n}\n#endif\n\n#endif /* " << guard << " */\n";
  return s;
}

FailureOr<std::string> generateHeader(ModuleOp module, StringRef prefix) {
  auto sig = collectModelSignature(module);
  if (failed(sig))
    return failure();
  return generateHeader(*sig, prefix);
}

} // namespace tsc::cpu
