//===- Schema.h - ATen operator schemas -------------------------*- C++ -*-===//
//
// PyTorch's operator schemas (`aten::add.Tensor(Tensor self, Tensor other,
// *, Scalar alpha=1) -> Tensor`) as data: the frontend resolves overloads,
// keyword arguments and defaults with them. The strings come from
// dialects/ts/ATenSchemas.inc, generated from PyTorch's registry.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_FRONTEND_SCHEMA_H
#define TSC_FRONTEND_SCHEMA_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tsc {

/// A type as schemas spell it.
struct SchemaType {
  enum class Kind {
    Tensor, Int, Float, Bool, Str, Device, Scalar, None, Any,
    TypeVar, // t, t1, t2
    List, Optional,
  };
  Kind kind;
  std::string typeVar;                  // for TypeVar
  std::shared_ptr<SchemaType> element;  // for List and Optional

  static std::shared_ptr<SchemaType> parse(llvm::StringRef text);
  std::string str() const;
};

struct SchemaArgument {
  std::string name;
  std::shared_ptr<SchemaType> type;
  std::optional<std::string> defaultValue; // as written: `1`, `False`, `None`, `[]`
  bool keywordOnly = false;
  /// `int[2] stride=1`: a fixed-size list whose default is a scalar broadcast.
  std::optional<int64_t> fixedListSize;
};

struct FunctionSchema {
  std::string name;     // aten::add
  std::string overload; // Tensor
  std::vector<SchemaArgument> arguments;
  std::vector<std::shared_ptr<SchemaType>> returns;
  std::string text;

  /// The ts dialect op that implements this overload: ts.aten.add.Tensor.
  std::string getOpName() const;
  static std::optional<FunctionSchema> parse(llvm::StringRef text);
};

/// Every overload of `qualifiedName` (`aten::add`) that tsc supports, in
/// registry order, or an empty list.
llvm::ArrayRef<FunctionSchema> lookupSchemas(llvm::StringRef qualifiedName);

/// Whether PyTorch has an operator of that name that tsc does not support.
bool isKnownUnsupportedOperator(llvm::StringRef qualifiedName);

} // namespace tsc

#endif // TSC_FRONTEND_SCHEMA_H
