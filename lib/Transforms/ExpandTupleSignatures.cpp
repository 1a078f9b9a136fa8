//===- ExpandTupleSignatures.cpp - Flatten tuples in public signatures ----===//
//
// The C ABI has no tuples: an exported function takes and returns tensors
// and scalars, and tuples (nested ones too) flatten in order. Tuple
// arguments become one argument per leaf, rebuilt with ts.tuple_construct
// at entry; tuple results are unpacked before each return. Canonicalization
// then folds the construct/unpack pairs, so no tuple survives in the body
// when it only passes through.
//
// Only public functions are rewritten: this runs after inlining, so private
// functions have no callers left that matter, and a remaining call to a
// rewritten function would see a different signature (reported).
//
//===----------------------------------------------------------------------===//

#include "ts/TSOps.h"
#include "tsc/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringSet.h"

namespace tsc::ts {
#define GEN_PASS_DEF_TSEXPANDTUPLESIGNATURES
#include "ts/Passes.h.inc"

using namespace mlir;

namespace {

/// The leaves of `type`, in order: the type itself unless it is a tuple.
void flattenType(Type type, SmallVectorImpl<Type> &leaves) {
  if (auto tuple = dyn_cast<TupleType>(type)) {
    for (Type t : tuple.getElementTypes())
      flattenType(t, leaves);
    return;
  }
  leaves.push_back(type);
}

bool hasTuple(TypeRange types) {
  return llvm::any_of(types, [](Type t) { return isa<TupleType>(t); });
}

/// Rebuilds a value of `type` from its leaves, consuming them from the
/// front of `leaves`.
Value buildFromLeaves(OpBuilder &b, Location loc, Type type,
                      ValueRange &leaves) {
  auto tuple = dyn_cast<TupleType>(type);
  if (!tuple) {
    Value v = leaves.front();
    leaves = leaves.drop_front();
    return v;
  }
  SmallVector<Value> elements;
  for (Type t : tuple.getElementTypes())
    elements.push_back(buildFromLeaves(b, loc, t, leaves));
  return TupleConstructOp::create(b, loc, type, elements);
}

/// The leaves of `v`, unpacking tuples recursively.
void unpackLeaves(OpBuilder &b, Location loc, Value v,
                  SmallVectorImpl<Value> &leaves) {
  auto tuple = dyn_cast<TupleType>(v.getType());
  if (!tuple) {
    leaves.push_back(v);
    return;
  }
  auto unpack = TupleUnpackOp::create(b, loc, tuple.getElementTypes(), v);
  for (Value e : unpack.getResults())
    unpackLeaves(b, loc, e, leaves);
}

/// The name an argument or result carries into the C header ("tsc.name",
/// or for arguments the NameLoc the frontend gives them).
std::string getName(DictionaryAttr attrs, std::optional<Location> loc) {
  if (attrs)
    if (auto s = attrs.getAs<StringAttr>("tsc.name"))
      return s.str();
  if (loc)
    if (auto n = dyn_cast<NameLoc>(*loc))
      return n.getName().str();
  return "";
}

/// Attributes for the leaves of a flattened value: each gets the original
/// name with its position appended (`x_0`, `x_1_0`, ...), so that the
/// header still says where a leaf came from.
void nameLeaves(MLIRContext *ctx, Type type, const std::string &name,
                SmallVectorImpl<DictionaryAttr> &attrs) {
  auto tuple = dyn_cast<TupleType>(type);
  if (!tuple) {
    if (name.empty()) {
      attrs.push_back(DictionaryAttr::get(ctx));
      return;
    }
    NamedAttribute attr(StringAttr::get(ctx, "tsc.name"),
                        StringAttr::get(ctx, name));
    attrs.push_back(DictionaryAttr::get(ctx, attr));
    return;
  }
  for (auto [i, t] : llvm::enumerate(tuple.getElementTypes()))
    nameLeaves(ctx, t, name.empty() ? name : name + "_" + std::to_string(i),
               attrs);
}

void expandSignature(func::FuncOp func) {
  MLIRContext *ctx = func.getContext();
  FunctionType type = func.getFunctionType();
  Block &entry = func.getBody().front();
  OpBuilder b = OpBuilder::atBlockBegin(&entry);

  // Arguments: new leaves after each tuple argument, which is then
  // replaced by the tuple they rebuild and erased.
  SmallVector<Type> inputs;
  SmallVector<DictionaryAttr> argAttrs;
  unsigned pos = 0;
  for (unsigned i = 0, e = type.getNumInputs(); i < e; ++i) {
    Type t = type.getInput(i);
    DictionaryAttr attrs = func.getArgAttrDict(i);
    BlockArgument arg = entry.getArgument(pos);
    if (!isa<TupleType>(t)) {
      inputs.push_back(t);
      argAttrs.push_back(attrs ? attrs : DictionaryAttr::get(ctx));
      ++pos;
      continue;
    }
    SmallVector<Type> leaves;
    flattenType(t, leaves);
    nameLeaves(ctx, t, getName(attrs, arg.getLoc()), argAttrs);
    SmallVector<Value> leafArgs;
    for (auto [j, leaf] : llvm::enumerate(leaves))
      leafArgs.push_back(entry.insertArgument(pos + 1 + j, leaf, arg.getLoc()));
    llvm::append_range(inputs, leaves);
    ValueRange remaining(leafArgs);
    Value tuple = buildFromLeaves(b, arg.getLoc(), t, remaining);
    arg.replaceAllUsesWith(tuple);
    entry.eraseArgument(pos);
    pos += leaves.size();
  }

  // Results: every return unpacks its tuples.
  SmallVector<Type> results;
  SmallVector<DictionaryAttr> resultAttrs;
  for (unsigned i = 0, e = type.getNumResults(); i < e; ++i) {
    Type t = type.getResult(i);
    DictionaryAttr attrs = func.getResultAttrDict(i);
    flattenType(t, results);
    if (isa<TupleType>(t))
      nameLeaves(ctx, t, getName(attrs, std::nullopt), resultAttrs);
    else
      resultAttrs.push_back(attrs ? attrs : DictionaryAttr::get(ctx));
  }
  if (hasTuple(type.getResults())) {
    func.walk([&](func::ReturnOp ret) {
      OpBuilder rb(ret);
      SmallVector<Value> operands;
      for (Value v : ret.getOperands())
        unpackLeaves(rb, ret.getLoc(), v, operands);
      ret->setOperands(operands);
    });
  }

  func.setFunctionType(FunctionType::get(ctx, inputs, results));
  func.setAllArgAttrs(argAttrs);
  func.setAllResultAttrs(resultAttrs);
}

struct ExpandTupleSignaturesPass
    : public impl::TSExpandTupleSignaturesBase<ExpandTupleSignaturesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    llvm::StringSet<> expanded;
    for (auto func : module.getOps<func::FuncOp>()) {
      FunctionType type = func.getFunctionType();
      if (!func.isPublic() || func.isExternal() ||
          !(hasTuple(type.getInputs()) || hasTuple(type.getResults())))
        continue;
      expanded.insert(func.getSymName());
    }
    // A call would no longer match the callee's signature.
    bool failedCalls = false;
    module.walk([&](func::CallOp call) {
      if (!expanded.contains(call.getCallee()))
        return;
      call.emitError() << "call to public function '" << call.getCallee()
                       << "' whose signature has tuples: the C ABI flattens "
                          "them, so calls must be inlined first";
      failedCalls = true;
    });
    if (failedCalls)
      return signalPassFailure();
    for (auto func : module.getOps<func::FuncOp>())
      if (expanded.contains(func.getSymName()))
        expandSignature(func);
  }
};

} // namespace
} // namespace tsc::ts
