//===- GraphPrinter.cpp - ts dialect as TorchScript graphs ----------------===//

#include "tsc/Target/GraphPrinter.h"
#include "ts/TSOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <cmath>

using namespace mlir;
using namespace tsc;

namespace {

/// The source position of a location, looking through names and fusions.
std::optional<FileLineColLoc> getFileLoc(Location loc) {
  if (auto f = dyn_cast<FileLineColLoc>(loc))
    return f;
  if (auto n = dyn_cast<NameLoc>(loc))
    return getFileLoc(n.getChildLoc());
  if (auto c = dyn_cast<CallSiteLoc>(loc))
    return getFileLoc(c.getCallee());
  if (auto f = dyn_cast<FusedLoc>(loc))
    for (Location l : f.getLocations())
      if (auto r = getFileLoc(l))
        return r;
  return std::nullopt;
}

StringRef getDebugName(Location loc) {
  if (auto n = dyn_cast<NameLoc>(loc))
    return n.getName().getValue();
  return "";
}

/// PyTorch prints float constants so that integral values end in '.'.
std::string formatFloat(double v) {
  if (std::isinf(v))
    return v > 0 ? "inf" : "-inf";
  if (std::isnan(v))
    return "nan";
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e16) {
    snprintf(buf, sizeof(buf), "%.0f.", v);
    return buf;
  }
  for (int prec = 1; prec <= 17; ++prec) {
    snprintf(buf, sizeof(buf), "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v)
      break;
  }
  return buf;
}

class GraphPrinter {
public:
  explicit GraphPrinter(raw_ostream &os) : os(os) {}

  void printFunction(func::FuncOp func) {
    Block &entry = func.getBody().front();
    os << "graph(";
    llvm::interleave(
        entry.getArguments(), os,
        [&](BlockArgument a) { os << name(a) << " : " << typeStr(a.getType()); },
        ",\n      ");
    os << "):\n";
    printBlockBody(entry, 1);
    // Fusion groups print after the graph as their own subgraphs, as
    // PyTorch prints prim::FusionGroup_N.
    for (auto [i, group] : llvm::enumerate(fusionGroups)) {
      Block &body = group.getBody().front();
      GraphPrinter sub(os);
      sub.yieldAsReturn = true;
      os << "with prim::FusionGroup_" << i << " = graph(";
      llvm::interleave(
          body.getArguments(), os,
          [&](BlockArgument a) {
            os << sub.name(a) << " : " << sub.typeStr(a.getType());
          },
          ",\n      ");
      os << "):\n";
      sub.printBlockBody(body, 1);
    }
  }

private:
  std::string typeStr(Type t) {
    return ts::getTypeName(t, ts::TypeSyntax::Graph);
  }

  /// Values that print as another value: casts TorchScript does not have.
  Value resolve(Value v) {
    while (Operation *def = v.getDefiningOp()) {
      if (isa<ts::DerefineOp, ts::TensorCastOp>(def))
        v = def->getOperand(0);
      else
        break;
    }
    return v;
  }

  std::string name(Value v) {
    v = resolve(v);
    auto it = names.find(v);
    if (it != names.end())
      return it->second;
    StringRef debug;
    if (auto arg = dyn_cast<BlockArgument>(v)) {
      debug = getDebugName(arg.getLoc());
    } else if (Operation *def = v.getDefiningOp()) {
      if (def->getNumResults() == 1)
        debug = getDebugName(def->getLoc());
      if (auto attr = def->getAttrOfType<ArrayAttr>("ts.result_names")) {
        unsigned i = cast<OpResult>(v).getResultNumber();
        if (i < attr.size())
          debug = cast<StringAttr>(attr[i]).getValue();
      }
    }
    std::string n;
    if (!debug.empty()) {
      unsigned &count = nameCounts[debug];
      n = "%" + debug.str();
      if (count)
        n += "." + std::to_string(count);
      ++count;
    } else {
      n = "%" + std::to_string(nextId++);
    }
    names[v] = n;
    return n;
  }

  void indent(unsigned depth) {
    for (unsigned i = 0; i < depth; ++i)
      os << "  ";
  }

  void printOperands(Operation *op) {
    os << "(";
    llvm::interleaveComma(op->getOperands(), os,
                          [&](Value v) { os << name(v); });
    os << ")";
  }

  void printLoc(Operation *op) {
    if (auto f = getFileLoc(op->getLoc()))
      os << " # " << f->getFilename().getValue() << ":" << f->getLine() << ":"
         << f->getColumn();
  }

  void printResults(Operation *op) {
    llvm::interleaveComma(op->getResults(), os, [&](Value r) {
      os << name(r) << " : " << typeStr(r.getType());
    });
    os << " = ";
  }

  /// Prints `%N : type = prim::Constant[value=...]()` and returns %N.
  std::string printSyntheticConstant(StringRef type, StringRef value,
                                     unsigned depth) {
    std::string n = "%" + std::to_string(nextId++);
    indent(depth);
    os << n << " : " << type << " = prim::Constant[value=" << value
       << "]()\n";
    return n;
  }

  /// Python's builtin exceptions are qualified as PyTorch prints them.
  static std::string getExceptionName(StringRef cls) {
    if (cls.contains('.'))
      return cls.str();
    return ("builtins." + cls).str();
  }

  void printConstant(ts::ConstantOp c) {
    os << "prim::Constant";
    Attribute v = c.getValue();
    if (auto b = dyn_cast<BoolAttr>(v))
      os << "[value=" << (b.getValue() ? 1 : 0) << "]";
    else if (auto i = dyn_cast<IntegerAttr>(v))
      os << "[value=" << i.getValue().getSExtValue() << "]";
    else if (auto f = dyn_cast<FloatAttr>(v))
      os << "[value=" << formatFloat(f.getValueAsDouble()) << "]";
    else if (auto s = dyn_cast<StringAttr>(v)) {
      os << "[value=\"";
      os.write_escaped(s.getValue());
      os << "\"]";
    } else if (isa<ElementsAttr>(v))
      os << "[value=<Tensor>]";
    os << "()";
  }

  void printBlockBody(Block &block, unsigned depth) {
    for (Operation &op : block) {
      if (isa<ts::DerefineOp, ts::TensorCastOp>(op))
        continue;
      if (auto ret = dyn_cast<func::ReturnOp>(op)) {
        indent(depth);
        os << "return ";
        printOperands(ret);
        os << "\n";
        continue;
      }
      if (auto y = dyn_cast<ts::YieldOp>(op)) {
        indent(depth);
        os << (yieldAsReturn ? "return " : "-> ");
        printOperands(y);
        os << "\n";
        continue;
      }
      // Attributes that PyTorch passes as constant inputs get a constant
      // line of their own first.
      std::string extraOperand;
      if (auto ti = dyn_cast<ts::TupleIndexOp>(op))
        extraOperand = printSyntheticConstant(
            "int", std::to_string(ti.getIndex()), depth);
      else if (auto r = dyn_cast<ts::RaiseOp>(op))
        extraOperand = printSyntheticConstant(
            "str", "\"" + getExceptionName(r.getExceptionClass()) + "\"",
            depth);
      indent(depth);
      if (op.getNumResults())
        printResults(&op);
      else
        os << " = "; // PyTorch's spelling of "no outputs"
      if (auto c = dyn_cast<ts::ConstantOp>(op)) {
        printConstant(c);
      } else if (auto call = dyn_cast<func::CallOp>(op)) {
        os << "prim::CallFunction[name=\"" << call.getCallee() << "\"]";
        printOperands(&op);
      } else if (isa<ts::TupleIndexOp, ts::RaiseOp>(op)) {
        os << ts::getTorchScriptOpName(&op) << "(" << name(op.getOperand(0))
           << ", " << extraOperand << ")";
      } else if (auto group = dyn_cast<ts::FusionGroupOp>(op)) {
        os << "prim::FusionGroup_" << fusionGroups.size();
        fusionGroups.push_back(group);
        printOperands(&op);
      } else if (auto d = dyn_cast<ts::DictConstructOp>(op)) {
        // PyTorch interleaves keys and values.
        os << "prim::DictConstruct(";
        bool first = true;
        for (auto [k, v] : llvm::zip(d.getKeys(), d.getValues())) {
          os << (first ? "" : ", ") << name(k) << ", " << name(v);
          first = false;
        }
        os << ")";
      } else {
        os << ts::getTorchScriptOpName(&op);
        printOperands(&op);
      }
      printLoc(&op);
      os << "\n";
      for (auto [i, region] : llvm::enumerate(op.getRegions())) {
        if (region.empty() || isa<ts::FusionGroupOp>(op))
          continue;
        Block &b = region.front();
        indent(depth + 1);
        os << "block" << i << "(";
        llvm::interleaveComma(b.getArguments(), os, [&](BlockArgument a) {
          os << name(a) << " : " << typeStr(a.getType());
        });
        os << "):\n";
        printBlockBody(b, depth + 2);
      }
    }
  }

  raw_ostream &os;
  bool yieldAsReturn = false;
  SmallVector<ts::FusionGroupOp> fusionGroups;
  llvm::DenseMap<Value, std::string> names;
  llvm::StringMap<unsigned> nameCounts;
  unsigned nextId = 0;
};
} // namespace

LogicalResult tsc::printGraphs(ModuleOp module, raw_ostream &os) {
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  for (auto [i, f] : llvm::enumerate(funcs)) {
    if (f.isExternal())
      continue;
    if (i)
      os << "\n";
    if (funcs.size() > 1)
      os << "# " << f.getSymName() << "\n";
    GraphPrinter(os).printFunction(f);
  }
  return success();
}
