//===- Schema.cpp - ATen operator schemas ---------------------------------===//

#include "tsc/Frontend/Schema.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/ErrorHandling.h"

using namespace tsc;
using llvm::StringRef;

std::shared_ptr<SchemaType> SchemaType::parse(StringRef text) {
  text = text.trim();
  // Alias annotations carry no type information: `Tensor(a!)`, `t(*)`.
  std::string clean;
  int depth = 0;
  for (char c : text) {
    if (c == '(') {
      ++depth;
      continue;
    }
    if (c == ')') {
      --depth;
      continue;
    }
    if (depth == 0)
      clean.push_back(c);
  }
  StringRef s(clean);
  auto t = std::make_shared<SchemaType>();
  if (s.consume_back("?")) {
    t->kind = Kind::Optional;
    t->element = parse(s);
    return t;
  }
  if (s.ends_with("]")) {
    size_t open = s.rfind('[');
    t->kind = Kind::List;
    t->element = parse(s.substr(0, open));
    return t;
  }
  if (s == "Tensor")
    t->kind = Kind::Tensor;
  else if (s == "int" || s == "SymInt" || s == "ScalarType" || s == "Layout" ||
           s == "MemoryFormat")
    t->kind = Kind::Int;
  else if (s == "float")
    t->kind = Kind::Float;
  else if (s == "bool")
    t->kind = Kind::Bool;
  else if (s == "str")
    t->kind = Kind::Str;
  else if (s == "Device")
    t->kind = Kind::Device;
  else if (s == "Scalar")
    t->kind = Kind::Scalar;
  else if (s == "NoneType")
    t->kind = Kind::None;
  else if (s == "Any")
    t->kind = Kind::Any;
  else {
    t->kind = Kind::TypeVar;
    t->typeVar = s.str();
  }
  return t;
}

std::string SchemaType::str() const {
  switch (kind) {
  case Kind::Tensor:
    return "Tensor";
  case Kind::Int:
    return "int";
  case Kind::Float:
    return "float";
  case Kind::Bool:
    return "bool";
  case Kind::Str:
    return "str";
  case Kind::Device:
    return "Device";
  case Kind::Scalar:
    return "number";
  case Kind::None:
    return "NoneType";
  case Kind::Any:
    return "Any";
  case Kind::TypeVar:
    return typeVar;
  case Kind::List:
    return "List[" + element->str() + "]";
  case Kind::Optional:
    return "Optional[" + element->str() + "]";
  }
  llvm_unreachable("unknown schema type");
}

/// Splits at top-level commas.
static std::vector<StringRef> splitTopLevel(StringRef s) {
  std::vector<StringRef> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[')
      ++depth;
    else if (c == ')' || c == ']')
      --depth;
    else if (c == ',' && depth == 0) {
      parts.push_back(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (!s.substr(start).trim().empty())
    parts.push_back(s.substr(start).trim());
  return parts;
}

std::optional<FunctionSchema> FunctionSchema::parse(StringRef text) {
  FunctionSchema schema;
  schema.text = text.str();
  size_t open = text.find('(');
  size_t arrow = text.rfind(" -> ");
  if (open == StringRef::npos || arrow == StringRef::npos)
    return std::nullopt;
  StringRef qualified = text.substr(0, open);
  auto [name, overload] = qualified.split('.');
  schema.name = name.str();
  schema.overload = overload.str();
  // The argument list ends at the ')' matching `open`.
  int depth = 0;
  size_t close = open;
  for (; close < text.size(); ++close) {
    if (text[close] == '(')
      ++depth;
    else if (text[close] == ')' && --depth == 0)
      break;
  }
  bool kwOnly = false;
  for (StringRef arg : splitTopLevel(text.slice(open + 1, close))) {
    if (arg == "*") {
      kwOnly = true;
      continue;
    }
    if (arg == "...")
      return std::nullopt; // varargs schemas are not supported
    SchemaArgument a;
    auto [decl, def] = arg.split('=');
    if (arg.contains('='))
      a.defaultValue = def.trim().str();
    decl = decl.trim();
    size_t space = decl.rfind(' ');
    StringRef typeText = decl.substr(0, space);
    a.name = decl.substr(space + 1).str();
    a.type = SchemaType::parse(typeText);
    // `int[2]`: remember the size, a scalar argument broadcasts to it.
    size_t lsq = typeText.rfind('[');
    if (lsq != StringRef::npos) {
      int64_t n;
      if (!typeText.slice(lsq + 1, typeText.rfind(']')).getAsInteger(10, n))
        a.fixedListSize = n;
    }
    a.keywordOnly = kwOnly;
    schema.arguments.push_back(std::move(a));
  }
  StringRef rets = text.substr(arrow + 4).trim();
  if (rets.starts_with("(") && rets.ends_with(")"))
    rets = rets.drop_front().drop_back();
  for (StringRef r : splitTopLevel(rets)) {
    StringRef typeText = r.split(' ').first;
    schema.returns.push_back(SchemaType::parse(typeText));
  }
  return schema;
}

std::string FunctionSchema::getOpName() const {
  std::string op = "ts." + name;
  op.replace(op.find("::"), 2, ".");
  if (!overload.empty())
    op += "." + overload;
  return op;
}

namespace {
struct SchemaRegistry {
  llvm::StringMap<std::vector<FunctionSchema>> supported;
  llvm::StringSet<> unsupported;
  SchemaRegistry() {
#define TSC_SCHEMA(S)                                                          \
  if (auto parsed = FunctionSchema::parse(S))                                  \
    supported[parsed->name].push_back(std::move(*parsed));
#define TSC_KNOWN_OPERATOR(N) unsupported.insert(N);
#include "ts/ATenSchemas.inc"
  }
};
const SchemaRegistry &getRegistry() {
  static const SchemaRegistry registry;
  return registry;
}
} // namespace

llvm::ArrayRef<FunctionSchema> tsc::lookupSchemas(StringRef qualifiedName) {
  auto it = getRegistry().supported.find(qualifiedName);
  if (it == getRegistry().supported.end())
    return {};
  return it->second;
}

bool tsc::isKnownUnsupportedOperator(StringRef qualifiedName) {
  return getRegistry().unsupported.contains(qualifiedName);
}
