//===- MLIRGenImpl.h - Internals of the AST to ts dialect walk --*- C++ -*-===//
//
// Shared by MLIRGen.cpp (module, functions, statements), MLIRGenExpr.cpp
// (expressions) and MLIRGenCall.cpp (calls, builtins, overload resolution).
//
//===----------------------------------------------------------------------===//

#ifndef TSC_LIB_FRONTEND_MLIRGENIMPL_H
#define TSC_LIB_FRONTEND_MLIRGENIMPL_H

#include "tsc/Frontend/AST.h"
#include "tsc/Frontend/Schema.h"
#include "ts/TSOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <map>
#include <set>

namespace tsc {
namespace detail {

/// Insertion-ordered containers keyed by std::string (DenseMap has no
/// std::string key info).
using NameSet =
    llvm::SetVector<std::string, std::vector<std::string>, std::set<std::string>>;
template <typename T>
using NameMap = llvm::MapVector<std::string, T, std::map<std::string, unsigned>>;

/// Names of the variables the frontend introduces to turn `return`,
/// `break` and `continue` into structured control flow. They cannot clash
/// with Python identifiers.
inline constexpr llvm::StringLiteral kReturned = "$returned";
inline constexpr llvm::StringLiteral kReturnValue = "$retval";
inline constexpr llvm::StringLiteral kBroke = "$broke";
inline constexpr llvm::StringLiteral kContinued = "$continued";

/// How control leaves a block of statements.
enum class ExitKind {
  Normal,     // falls through to the next statement
  Terminates, // returns or raises on every path: its variables do not matter
  LoopJump,   // break or continue: the rest of the loop body is skipped
};

struct Variable {
  mlir::Value value;           // null when not defined on every path
  mlir::Type declaredType;     // from an annotation, if any
  std::string undefinedReason; // why `value` is null
  bool isRefinement = false;   // an Optional narrowed by `is not None`
  /// Its definition failed with an error already reported: uses fail
  /// silently instead of cascading into "undefined value" errors.
  bool poisoned = false;
  /// For `$retval`: the return statement that set it (for diagnostics).
  const ast::Stmt *origin = nullptr;
};

/// One level of lexical scope: a function body, a branch, a loop body.
struct Frame {
  Frame *parent = nullptr;
  NameMap<Variable> vars;
};

/// `x is None` / `x is not None` on a name: the name, and whether the true
/// branch is the one where x is not None (Optional refinement).
std::optional<std::pair<std::string, bool>>
matchNoneCheck(const ast::Expr *test);

/// The value of an argument at a call, with where it came from.
struct CallArg {
  mlir::Value value;
  mlir::Location loc;
  const ast::Expr *expr = nullptr; // for literals that convert (lists)
};

class MLIRGenImpl {
public:
  MLIRGenImpl(mlir::MLIRContext &context, const ast::Module &module);
  mlir::OwningOpRef<mlir::ModuleOp> run();

  //===--------------------------------------------------------------------===//
  // Diagnostics
  //===--------------------------------------------------------------------===//
  mlir::InFlightDiagnostic error(mlir::Location loc) {
    hadError = true;
    return mlir::emitError(loc);
  }

  //===--------------------------------------------------------------------===//
  // Module and functions (MLIRGen.cpp)
  //===--------------------------------------------------------------------===//
  struct FunctionInfo {
    const ast::FunctionDef *def = nullptr;
    mlir::func::FuncOp op;
    llvm::SmallVector<std::string> paramNames;
    llvm::SmallVector<mlir::Type> paramTypes;
    llvm::SmallVector<const ast::Expr *> defaults;
    mlir::Type returnType; // null until known when not annotated
    enum class State { Declared, Emitting, Done } state = State::Declared;
  };
  void collectImports(const ast::Stmt &stmt);
  void declareFunction(const ast::FunctionDef &def);
  /// Emits `info`'s body if not done yet (calls emit callees on demand,
  /// which is how recursion is found).
  mlir::LogicalResult emitFunction(FunctionInfo &info, mlir::Location useLoc);

  //===--------------------------------------------------------------------===//
  // Types (MLIRGen.cpp)
  //===--------------------------------------------------------------------===//
  /// The type an annotation expression denotes, or null after an error.
  mlir::Type resolveAnnotation(const ast::Expr *expr, bool *isFinal = nullptr);
  std::string typeName(mlir::Type t) { return ts::getTypeName(t); }

  //===--------------------------------------------------------------------===//
  // Variables (MLIRGen.cpp)
  //===--------------------------------------------------------------------===//
  Variable *lookupVar(llvm::StringRef name);
  /// Assigns with TorchScript's rules: a variable of an enclosing block or
  /// an annotated one keeps its type (values convert to it or it's an error).
  mlir::LogicalResult assignVar(llvm::StringRef name, mlir::Value value,
                                mlir::Location loc,
                                mlir::Type declared = mlir::Type());
  void setVarRaw(llvm::StringRef name, Variable var) {
    frame->vars[name.str()] = std::move(var);
  }
  /// Marks the names an assignment target binds as poisoned (see
  /// Variable::poisoned) after its value failed.
  void poisonTarget(const ast::Expr *target);

  //===--------------------------------------------------------------------===//
  // Statements (MLIRGen.cpp)
  //===--------------------------------------------------------------------===//
  ExitKind emitStmts(llvm::ArrayRef<ast::StmtPtr> stmts);
  /// Emits a sequence; `rest` of a sequence may be spliced into an `if`
  /// branch, so sequences are lists of statement pointers.
  ExitKind emitStmtSeq(llvm::ArrayRef<const ast::Stmt *> stmts);
  ExitKind emitStmt(const ast::Stmt &stmt);
  ExitKind emitAssign(const ast::AssignStmt &stmt);
  ExitKind emitAnnAssign(const ast::AnnAssignStmt &stmt);
  ExitKind emitAugAssign(const ast::AugAssignStmt &stmt);
  /// `rest` are the statements after the `if` in its block. When a branch
  /// always exits (`if c: return x`), they are emitted in the other branch,
  /// as PyTorch's exit transform does, and consumed (*consumedRest = true).
  ExitKind emitIf(const ast::IfStmt &stmt,
                  llvm::ArrayRef<const ast::Stmt *> rest = {},
                  bool *consumedRest = nullptr);
  ExitKind emitWhile(const ast::WhileStmt &stmt);
  ExitKind emitFor(const ast::ForStmt &stmt);
  ExitKind emitReturn(const ast::ReturnStmt &stmt);
  ExitKind emitRaise(mlir::Location loc, llvm::StringRef cls,
                     mlir::Value message);
  ExitKind emitAssert(const ast::AssertStmt &stmt);
  mlir::LogicalResult assignTarget(const ast::Expr *target, mlir::Value value,
                                   mlir::Location loc);

  using BranchFn = std::function<ExitKind()>;
  /// Emits a ts.if whose branches run `thenFn`/`elseFn` in new frames and
  /// merges the variables they assign. `refinements` are applied in the
  /// branches (Optional narrowing).
  ExitKind emitIfOp(mlir::Value cond, mlir::Location loc, BranchFn thenFn,
                    BranchFn elseFn);
  /// Emits a ts.loop; `bodyFn` receives the iteration number and returns how
  /// the body exits. `condFn` (may be null) computes a `while` condition.
  using LoopBodyFn = std::function<ExitKind(mlir::Value iter)>;
  ExitKind emitLoopOp(mlir::Value tripCount, mlir::Value initialCond,
                      llvm::ArrayRef<ast::StmtPtr> body,
                      const ast::Expr *whileTest, mlir::Location loc,
                      LoopBodyFn bodyFn);
  /// The condition under which statements after a possible exit still run,
  /// or null when nothing can have exited.
  mlir::Value emitGuardCondition(mlir::Location loc, bool *onlyReturn);

  //===--------------------------------------------------------------------===//
  // Expressions (MLIRGenExpr.cpp)
  //===--------------------------------------------------------------------===//
  /// Emits `expr`; `hint` types empty containers and None. Null after an
  /// error (already reported).
  mlir::Value emitExpr(const ast::Expr *expr, mlir::Type hint = mlir::Type());
  mlir::Value emitCondition(const ast::Expr *expr);
  mlir::Value toBool(mlir::Value v, mlir::Location loc);
  mlir::Value emitName(const ast::NameExpr &expr);
  mlir::Value emitAttribute(const ast::AttributeExpr &expr);
  mlir::Value emitSubscript(const ast::SubscriptExpr &expr);
  mlir::Value emitTensorIndex(mlir::Value tensor, const ast::Expr *index,
                              mlir::Location loc);
  mlir::Value emitBinary(const ast::BinaryOpExpr &expr);
  mlir::Value emitUnary(const ast::UnaryOpExpr &expr);
  mlir::Value emitBoolOp(const ast::BoolOpExpr &expr);
  mlir::Value emitCompare(const ast::CompareExpr &expr);
  mlir::Value emitIfExp(const ast::IfExpExpr &expr);
  mlir::Value emitList(const ast::ListExpr &expr, mlir::Type hint);
  mlir::Value emitDict(const ast::DictExpr &expr, mlir::Type hint);
  /// Converts `v` to `type` when TorchScript allows it implicitly (T to
  /// Optional[T], None to Optional[T]); null if it does not.
  mlir::Value coerce(mlir::Value v, mlir::Type type, mlir::Location loc);
  /// A dotted name (`torch.nn.functional.relu`) with import aliases
  /// resolved, or empty if `expr` is not one.
  std::string resolveDottedName(const ast::Expr *expr);

  //===--------------------------------------------------------------------===//
  // Calls (MLIRGenCall.cpp)
  //===--------------------------------------------------------------------===//
  mlir::Value emitCall(const ast::CallExpr &expr, mlir::Type hint);
  mlir::Value emitMethodCall(const ast::CallExpr &expr,
                             const ast::AttributeExpr &callee);
  mlir::Value emitBuiltinFunction(llvm::StringRef name,
                                  const ast::CallExpr &expr, bool *handled);
  mlir::Value emitUserCall(FunctionInfo &info, const ast::CallExpr &expr);
  /// Resolves `qualifiedName`'s overloads against the arguments and emits
  /// the op; multiple results become a tuple. Reports why no overload
  /// matched, or that the operator is unknown or unsupported.
  mlir::Value emitOperator(llvm::StringRef qualifiedName,
                           llvm::ArrayRef<CallArg> args,
                           llvm::ArrayRef<std::pair<std::string, CallArg>> kwargs,
                           mlir::Location loc, llvm::StringRef displayName = {});
  /// Emits the arguments of a call expression.
  mlir::LogicalResult
  emitCallArgs(const ast::CallExpr &expr, llvm::SmallVectorImpl<CallArg> &args,
               llvm::SmallVectorImpl<std::pair<std::string, CallArg>> &kwargs);
  mlir::Value emitScalarConstant(const std::string &text, mlir::Type type,
                                 mlir::Location loc);
  mlir::Value createOp(llvm::StringRef opName, mlir::ValueRange operands,
                       mlir::TypeRange results, mlir::Location loc);
  mlir::Value emitDtypeConstant(llvm::StringRef name, mlir::Location loc);

  //===--------------------------------------------------------------------===//
  // Helpers
  //===--------------------------------------------------------------------===//
  mlir::Value constInt(int64_t v, mlir::Location loc) {
    return ts::ConstantOp::createInt(builder, loc, v);
  }
  mlir::Value constBool(bool v, mlir::Location loc) {
    return ts::ConstantOp::createBool(builder, loc, v);
  }
  mlir::Value constNone(mlir::Location loc) {
    return ts::ConstantOp::createNone(builder, loc);
  }
  mlir::Value constStr(llvm::StringRef v, mlir::Location loc) {
    return ts::ConstantOp::createStr(builder, loc, v);
  }
  mlir::Type intTy() { return ts::IntType::get(&context); }
  mlir::Type floatTy() { return ts::FloatType::get(&context); }
  mlir::Type boolTy() { return ts::BoolType::get(&context); }
  mlir::Type strTy() { return ts::StrType::get(&context); }
  mlir::Type noneTy() { return ts::NoneType::get(&context); }
  mlir::Type tensorTy() { return ts::TensorType::get(&context); }

  mlir::MLIRContext &context;
  const ast::Module &astModule;
  mlir::OpBuilder builder;
  mlir::ModuleOp module;
  bool hadError = false;

  /// `import torch.nn.functional as F` maps F to torch.nn.functional.
  llvm::StringMap<std::string> aliases;
  NameMap<FunctionInfo> functions;

  // The function being emitted.
  Frame *frame = nullptr;
  FunctionInfo *currentFunction = nullptr;
  /// Whether the current function uses the `$returned` flag.
  bool usesReturnFlag = false;
  unsigned loopDepth = 0;
  /// Set while a binary operator is resolved: only there may a number
  /// become a tensor (prim::NumToTensor) to match an overload.
  bool numToTensorAllowed = false;
};

/// Static facts about statements, from the AST alone.
bool mayReturn(const ast::Stmt &stmt);
/// Whether every path through `stmts` returns or raises (or, with
/// `loopJumps`, also breaks or continues).
bool alwaysExits(llvm::ArrayRef<ast::StmtPtr> stmts, bool loopJumps);
/// Whether a function body needs the `$returned` flag: some return is
/// followed by statements that the if-restructuring cannot absorb.
bool needsReturnFlag(llvm::ArrayRef<const ast::Stmt *> stmts, bool atEnd);
bool mayBreakOrContinue(const ast::Stmt &stmt, bool breakOnly);
void collectAssignedNames(llvm::ArrayRef<ast::StmtPtr> stmts,
                          NameSet &names);

} // namespace detail
} // namespace tsc

#endif // TSC_LIB_FRONTEND_MLIRGENIMPL_H
