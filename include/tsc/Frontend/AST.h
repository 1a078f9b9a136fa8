//===- AST.h - TorchScript abstract syntax tree -----------------*- C++ -*-===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//
//
// The AST mirrors the subset of Python's `ast` module that TorchScript
// accepts. Nodes own their children through std::unique_ptr and own their
// strings, so an AST stays valid after the source buffer is gone. Node
// classes use LLVM-style RTTI (getKind() + classof) so that llvm::isa,
// llvm::cast and llvm::dyn_cast work without C++ RTTI.
//
// Every node has the location of its first character. Nodes whose errors are
// best reported at an operator additionally keep that operator's location.
// Type annotations are plain expressions; their meaning is up to sema.
//
//===----------------------------------------------------------------------===//

#ifndef TSC_FRONTEND_AST_H
#define TSC_FRONTEND_AST_H

#include "mlir/IR/Location.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tsc {
namespace ast {

class Expr;
class Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

enum class BinaryOpKind {
  Add,
  Sub,
  Mul,
  Div,
  FloorDiv,
  Mod,
  Pow,
  MatMul,
  LShift,
  RShift,
  BitAnd,
  BitOr,
  BitXor
};
enum class UnaryOpKind { Neg, Pos, Invert, Not };
enum class BoolOpKind { And, Or };
enum class CmpOpKind { Lt, Gt, Le, Ge, Eq, Ne, Is, IsNot, In, NotIn };

/// Python spellings: "+", "not", "and", "is not", ...
llvm::StringRef getOpSpelling(BinaryOpKind op);
llvm::StringRef getOpSpelling(UnaryOpKind op);
llvm::StringRef getOpSpelling(BoolOpKind op);
llvm::StringRef getOpSpelling(CmpOpKind op);

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

enum class ExprKind {
  Name,
  IntLiteral,
  FloatLiteral,
  StringLiteral,
  BoolLiteral,
  NoneLiteral,
  EllipsisLiteral,
  Tuple,
  List,
  Dict,
  ListComp,
  DictComp,
  Attribute,
  Subscript,
  Slice,
  Call,
  BinaryOp,
  UnaryOp,
  BoolOp,
  Compare,
  IfExp,
  Starred,
};

/// The node name used by the AST dump, e.g. "BinaryOp".
llvm::StringRef getExprKindName(ExprKind kind);

class Expr {
public:
  virtual ~Expr();
  ExprKind getKind() const { return kind; }
  mlir::Location getLoc() const { return loc; }

protected:
  Expr(ExprKind kind, mlir::Location loc) : kind(kind), loc(loc) {}

private:
  const ExprKind kind;
  mlir::Location loc;
};

class NameExpr : public Expr {
public:
  NameExpr(mlir::Location loc, std::string name)
      : Expr(ExprKind::Name, loc), name(std::move(name)) {}
  llvm::StringRef getName() const { return name; }
  static bool classof(const Expr *e) { return e->getKind() == ExprKind::Name; }

private:
  std::string name;
};

class IntLiteralExpr : public Expr {
public:
  IntLiteralExpr(mlir::Location loc, int64_t value)
      : Expr(ExprKind::IntLiteral, loc), value(value) {}
  int64_t getValue() const { return value; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::IntLiteral;
  }

private:
  int64_t value;
};

class FloatLiteralExpr : public Expr {
public:
  FloatLiteralExpr(mlir::Location loc, double value)
      : Expr(ExprKind::FloatLiteral, loc), value(value) {}
  double getValue() const { return value; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::FloatLiteral;
  }

private:
  double value;
};

/// A string literal; adjacent literals are already concatenated. The value
/// holds the decoded bytes (UTF-8). f-strings keep their `{...}` fields
/// unparsed in the value; sema decides what to do with them.
class StringLiteralExpr : public Expr {
public:
  StringLiteralExpr(mlir::Location loc, std::string value, bool isF)
      : Expr(ExprKind::StringLiteral, loc), value(std::move(value)),
        fString(isF) {}
  llvm::StringRef getValue() const { return value; }
  bool isFString() const { return fString; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::StringLiteral;
  }

private:
  std::string value;
  bool fString;
};

class BoolLiteralExpr : public Expr {
public:
  BoolLiteralExpr(mlir::Location loc, bool value)
      : Expr(ExprKind::BoolLiteral, loc), value(value) {}
  bool getValue() const { return value; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::BoolLiteral;
  }

private:
  bool value;
};

class NoneLiteralExpr : public Expr {
public:
  explicit NoneLiteralExpr(mlir::Location loc)
      : Expr(ExprKind::NoneLiteral, loc) {}
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::NoneLiteral;
  }
};

class EllipsisLiteralExpr : public Expr {
public:
  explicit EllipsisLiteralExpr(mlir::Location loc)
      : Expr(ExprKind::EllipsisLiteral, loc) {}
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::EllipsisLiteral;
  }
};

class TupleExpr : public Expr {
public:
  TupleExpr(mlir::Location loc, ExprList elements)
      : Expr(ExprKind::Tuple, loc), elements(std::move(elements)) {}
  llvm::ArrayRef<ExprPtr> getElements() const { return elements; }
  static bool classof(const Expr *e) { return e->getKind() == ExprKind::Tuple; }

private:
  ExprList elements;
};

class ListExpr : public Expr {
public:
  ListExpr(mlir::Location loc, ExprList elements)
      : Expr(ExprKind::List, loc), elements(std::move(elements)) {}
  llvm::ArrayRef<ExprPtr> getElements() const { return elements; }
  static bool classof(const Expr *e) { return e->getKind() == ExprKind::List; }

private:
  ExprList elements;
};

class DictExpr : public Expr {
public:
  DictExpr(mlir::Location loc, ExprList keys, ExprList values)
      : Expr(ExprKind::Dict, loc), keys(std::move(keys)),
        values(std::move(values)) {}
  /// Keys and values have the same length.
  llvm::ArrayRef<ExprPtr> getKeys() const { return keys; }
  llvm::ArrayRef<ExprPtr> getValues() const { return values; }
  static bool classof(const Expr *e) { return e->getKind() == ExprKind::Dict; }

private:
  ExprList keys;
  ExprList values;
};

/// The single `for target in iter if cond...` clause TorchScript supports in
/// comprehensions.
class Comprehension {
public:
  Comprehension(ExprPtr target, ExprPtr iter, ExprList ifs)
      : target(std::move(target)), iter(std::move(iter)), ifs(std::move(ifs)) {}
  const Expr *getTarget() const { return target.get(); }
  const Expr *getIter() const { return iter.get(); }
  llvm::ArrayRef<ExprPtr> getIfs() const { return ifs; }

private:
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
};

class ListCompExpr : public Expr {
public:
  ListCompExpr(mlir::Location loc, ExprPtr elt, Comprehension generator)
      : Expr(ExprKind::ListComp, loc), elt(std::move(elt)),
        generator(std::move(generator)) {}
  const Expr *getElt() const { return elt.get(); }
  const Comprehension &getGenerator() const { return generator; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::ListComp;
  }

private:
  ExprPtr elt;
  Comprehension generator;
};

class DictCompExpr : public Expr {
public:
  DictCompExpr(mlir::Location loc, ExprPtr key, ExprPtr value,
               Comprehension generator)
      : Expr(ExprKind::DictComp, loc), key(std::move(key)),
        value(std::move(value)), generator(std::move(generator)) {}
  const Expr *getKey() const { return key.get(); }
  const Expr *getValue() const { return value.get(); }
  const Comprehension &getGenerator() const { return generator; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::DictComp;
  }

private:
  ExprPtr key;
  ExprPtr value;
  Comprehension generator;
};

/// `value.attr`; attrLoc is the location of the attribute name.
class AttributeExpr : public Expr {
public:
  AttributeExpr(mlir::Location loc, ExprPtr value, std::string attr,
                mlir::Location attrLoc)
      : Expr(ExprKind::Attribute, loc), value(std::move(value)),
        attr(std::move(attr)), attrLoc(attrLoc) {}
  const Expr *getValue() const { return value.get(); }
  llvm::StringRef getAttr() const { return attr; }
  mlir::Location getAttrLoc() const { return attrLoc; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::Attribute;
  }

private:
  ExprPtr value;
  std::string attr;
  mlir::Location attrLoc;
};

/// `value[index]`; a multi-dimensional index such as `t[0, 1:2]` is a single
/// TupleExpr index. opLoc is the location of `[`.
class SubscriptExpr : public Expr {
public:
  SubscriptExpr(mlir::Location loc, ExprPtr value, ExprPtr index,
                mlir::Location opLoc)
      : Expr(ExprKind::Subscript, loc), value(std::move(value)),
        index(std::move(index)), opLoc(opLoc) {}
  const Expr *getValue() const { return value.get(); }
  const Expr *getIndex() const { return index.get(); }
  mlir::Location getOpLoc() const { return opLoc; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::Subscript;
  }

private:
  ExprPtr value;
  ExprPtr index;
  mlir::Location opLoc;
};

/// `lower:upper:step`, only valid as (an element of) a subscript index. Any
/// part may be null.
class SliceExpr : public Expr {
public:
  SliceExpr(mlir::Location loc, ExprPtr lower, ExprPtr upper, ExprPtr step)
      : Expr(ExprKind::Slice, loc), lower(std::move(lower)),
        upper(std::move(upper)), step(std::move(step)) {}
  const Expr *getLower() const { return lower.get(); }
  const Expr *getUpper() const { return upper.get(); }
  const Expr *getStep() const { return step.get(); }
  static bool classof(const Expr *e) { return e->getKind() == ExprKind::Slice; }

private:
  ExprPtr lower;
  ExprPtr upper;
  ExprPtr step;
};

/// A `name=value` argument of a call.
class Keyword {
public:
  Keyword(std::string name, mlir::Location loc, ExprPtr value)
      : name(std::move(name)), loc(loc), value(std::move(value)) {}
  llvm::StringRef getName() const { return name; }
  mlir::Location getLoc() const { return loc; }
  const Expr *getValue() const { return value.get(); }

private:
  std::string name;
  mlir::Location loc;
  ExprPtr value;
};

/// `func(args..., name=value...)`. A `*x` argument appears as a StarredExpr
/// among the positional arguments; `**kw` is rejected by the parser. opLoc
/// is the location of `(`.
class CallExpr : public Expr {
public:
  CallExpr(mlir::Location loc, ExprPtr func, ExprList args,
           std::vector<Keyword> keywords, mlir::Location opLoc)
      : Expr(ExprKind::Call, loc), func(std::move(func)), args(std::move(args)),
        keywords(std::move(keywords)), opLoc(opLoc) {}
  const Expr *getFunc() const { return func.get(); }
  llvm::ArrayRef<ExprPtr> getArgs() const { return args; }
  llvm::ArrayRef<Keyword> getKeywords() const { return keywords; }
  mlir::Location getOpLoc() const { return opLoc; }
  static bool classof(const Expr *e) { return e->getKind() == ExprKind::Call; }

private:
  ExprPtr func;
  ExprList args;
  std::vector<Keyword> keywords;
  mlir::Location opLoc;
};

class BinaryOpExpr : public Expr {
public:
  BinaryOpExpr(mlir::Location loc, BinaryOpKind op, ExprPtr lhs, ExprPtr rhs,
               mlir::Location opLoc)
      : Expr(ExprKind::BinaryOp, loc), op(op), lhs(std::move(lhs)),
        rhs(std::move(rhs)), opLoc(opLoc) {}
  BinaryOpKind getOp() const { return op; }
  const Expr *getLHS() const { return lhs.get(); }
  const Expr *getRHS() const { return rhs.get(); }
  mlir::Location getOpLoc() const { return opLoc; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::BinaryOp;
  }

private:
  BinaryOpKind op;
  ExprPtr lhs;
  ExprPtr rhs;
  mlir::Location opLoc;
};

class UnaryOpExpr : public Expr {
public:
  UnaryOpExpr(mlir::Location loc, UnaryOpKind op, ExprPtr operand)
      : Expr(ExprKind::UnaryOp, loc), op(op), operand(std::move(operand)) {}
  UnaryOpKind getOp() const { return op; }
  const Expr *getOperand() const { return operand.get(); }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::UnaryOp;
  }

private:
  UnaryOpKind op;
  ExprPtr operand;
};

/// `a and b and c` is one node with three operands.
class BoolOpExpr : public Expr {
public:
  BoolOpExpr(mlir::Location loc, BoolOpKind op, ExprList values)
      : Expr(ExprKind::BoolOp, loc), op(op), values(std::move(values)) {}
  BoolOpKind getOp() const { return op; }
  llvm::ArrayRef<ExprPtr> getValues() const { return values; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::BoolOp;
  }

private:
  BoolOpKind op;
  ExprList values;
};

/// A (possibly chained) comparison: `a < b <= c` has left `a`, ops [<, <=]
/// and comparators [b, c].
class CompareExpr : public Expr {
public:
  CompareExpr(mlir::Location loc, ExprPtr left, std::vector<CmpOpKind> ops,
              ExprList comparators, std::vector<mlir::Location> opLocs)
      : Expr(ExprKind::Compare, loc), left(std::move(left)),
        ops(std::move(ops)), comparators(std::move(comparators)),
        opLocs(std::move(opLocs)) {}
  const Expr *getLeft() const { return left.get(); }
  llvm::ArrayRef<CmpOpKind> getOps() const { return ops; }
  llvm::ArrayRef<ExprPtr> getComparators() const { return comparators; }
  llvm::ArrayRef<mlir::Location> getOpLocs() const { return opLocs; }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::Compare;
  }

private:
  ExprPtr left;
  std::vector<CmpOpKind> ops;
  ExprList comparators;
  std::vector<mlir::Location> opLocs;
};

/// `body if test else orelse`.
class IfExpExpr : public Expr {
public:
  IfExpExpr(mlir::Location loc, ExprPtr test, ExprPtr body, ExprPtr orelse)
      : Expr(ExprKind::IfExp, loc), test(std::move(test)),
        body(std::move(body)), orelse(std::move(orelse)) {}
  const Expr *getTest() const { return test.get(); }
  const Expr *getBody() const { return body.get(); }
  const Expr *getOrElse() const { return orelse.get(); }
  static bool classof(const Expr *e) { return e->getKind() == ExprKind::IfExp; }

private:
  ExprPtr test;
  ExprPtr body;
  ExprPtr orelse;
};

/// `*value`, in unpacking targets (`a, *b = t`), tuple/list displays and
/// call arguments.
class StarredExpr : public Expr {
public:
  StarredExpr(mlir::Location loc, ExprPtr value)
      : Expr(ExprKind::Starred, loc), value(std::move(value)) {}
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Expr *e) {
    return e->getKind() == ExprKind::Starred;
  }

private:
  ExprPtr value;
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

enum class StmtKind {
  Expr,
  Assign,
  AnnAssign,
  AugAssign,
  If,
  While,
  For,
  Break,
  Continue,
  Return,
  Pass,
  Assert,
  Raise,
  Delete,
  Global,
  Nonlocal,
  With,
  Import,
  ImportFrom,
  FunctionDef,
  ClassDef,
};

/// The node name used by the AST dump, e.g. "AugAssign".
llvm::StringRef getStmtKindName(StmtKind kind);

class Stmt {
public:
  virtual ~Stmt();
  StmtKind getKind() const { return kind; }
  mlir::Location getLoc() const { return loc; }

protected:
  Stmt(StmtKind kind, mlir::Location loc) : kind(kind), loc(loc) {}

private:
  const StmtKind kind;
  mlir::Location loc;
};

class ExprStmt : public Stmt {
public:
  ExprStmt(mlir::Location loc, ExprPtr value)
      : Stmt(StmtKind::Expr, loc), value(std::move(value)) {}
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::Expr; }

private:
  ExprPtr value;
};

/// `t1 = t2 = value  # type: T`. The type comment, if present, is kept both
/// as text and parsed as an expression with locations inside the comment.
class AssignStmt : public Stmt {
public:
  AssignStmt(mlir::Location loc, ExprList targets, ExprPtr value)
      : Stmt(StmtKind::Assign, loc), targets(std::move(targets)),
        value(std::move(value)) {}
  llvm::ArrayRef<ExprPtr> getTargets() const { return targets; }
  const Expr *getValue() const { return value.get(); }

  bool hasTypeComment() const { return typeComment != nullptr; }
  llvm::StringRef getTypeCommentText() const { return typeCommentText; }
  const Expr *getTypeComment() const { return typeComment.get(); }
  void setTypeComment(std::string text, ExprPtr type) {
    typeCommentText = std::move(text);
    typeComment = std::move(type);
  }

  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::Assign;
  }

private:
  ExprList targets;
  ExprPtr value;
  std::string typeCommentText;
  ExprPtr typeComment;
};

/// `target: annotation [= value]`.
class AnnAssignStmt : public Stmt {
public:
  AnnAssignStmt(mlir::Location loc, ExprPtr target, ExprPtr annotation,
                ExprPtr value)
      : Stmt(StmtKind::AnnAssign, loc), target(std::move(target)),
        annotation(std::move(annotation)), value(std::move(value)) {}
  const Expr *getTarget() const { return target.get(); }
  const Expr *getAnnotation() const { return annotation.get(); }
  /// Null for a bare declaration such as `x: int`.
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::AnnAssign;
  }

private:
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;
};

/// `target op= value`; opLoc is the location of the operator.
class AugAssignStmt : public Stmt {
public:
  AugAssignStmt(mlir::Location loc, ExprPtr target, BinaryOpKind op,
                ExprPtr value, mlir::Location opLoc)
      : Stmt(StmtKind::AugAssign, loc), target(std::move(target)), op(op),
        value(std::move(value)), opLoc(opLoc) {}
  const Expr *getTarget() const { return target.get(); }
  BinaryOpKind getOp() const { return op; }
  const Expr *getValue() const { return value.get(); }
  mlir::Location getOpLoc() const { return opLoc; }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::AugAssign;
  }

private:
  ExprPtr target;
  BinaryOpKind op;
  ExprPtr value;
  mlir::Location opLoc;
};

/// `if`; an `elif` is a nested IfStmt as the only statement of orelse.
class IfStmt : public Stmt {
public:
  IfStmt(mlir::Location loc, ExprPtr test, StmtList body, StmtList orelse)
      : Stmt(StmtKind::If, loc), test(std::move(test)), body(std::move(body)),
        orelse(std::move(orelse)) {}
  const Expr *getTest() const { return test.get(); }
  llvm::ArrayRef<StmtPtr> getBody() const { return body; }
  llvm::ArrayRef<StmtPtr> getOrElse() const { return orelse; }
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::If; }

private:
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

class WhileStmt : public Stmt {
public:
  WhileStmt(mlir::Location loc, ExprPtr test, StmtList body)
      : Stmt(StmtKind::While, loc), test(std::move(test)),
        body(std::move(body)) {}
  const Expr *getTest() const { return test.get(); }
  llvm::ArrayRef<StmtPtr> getBody() const { return body; }
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::While; }

private:
  ExprPtr test;
  StmtList body;
};

class ForStmt : public Stmt {
public:
  ForStmt(mlir::Location loc, ExprPtr target, ExprPtr iter, StmtList body)
      : Stmt(StmtKind::For, loc), target(std::move(target)),
        iter(std::move(iter)), body(std::move(body)) {}
  const Expr *getTarget() const { return target.get(); }
  const Expr *getIter() const { return iter.get(); }
  llvm::ArrayRef<StmtPtr> getBody() const { return body; }
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::For; }

private:
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
};

class BreakStmt : public Stmt {
public:
  explicit BreakStmt(mlir::Location loc) : Stmt(StmtKind::Break, loc) {}
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::Break; }
};

class ContinueStmt : public Stmt {
public:
  explicit ContinueStmt(mlir::Location loc) : Stmt(StmtKind::Continue, loc) {}
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::Continue;
  }
};

class PassStmt : public Stmt {
public:
  explicit PassStmt(mlir::Location loc) : Stmt(StmtKind::Pass, loc) {}
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::Pass; }
};

class ReturnStmt : public Stmt {
public:
  ReturnStmt(mlir::Location loc, ExprPtr value)
      : Stmt(StmtKind::Return, loc), value(std::move(value)) {}
  /// Null for a bare `return`.
  const Expr *getValue() const { return value.get(); }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::Return;
  }

private:
  ExprPtr value;
};

class AssertStmt : public Stmt {
public:
  AssertStmt(mlir::Location loc, ExprPtr test, ExprPtr msg)
      : Stmt(StmtKind::Assert, loc), test(std::move(test)),
        msg(std::move(msg)) {}
  const Expr *getTest() const { return test.get(); }
  const Expr *getMsg() const { return msg.get(); }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::Assert;
  }

private:
  ExprPtr test;
  ExprPtr msg;
};

class RaiseStmt : public Stmt {
public:
  RaiseStmt(mlir::Location loc, ExprPtr exc)
      : Stmt(StmtKind::Raise, loc), exc(std::move(exc)) {}
  /// Null for a bare re-raise.
  const Expr *getExc() const { return exc.get(); }
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::Raise; }

private:
  ExprPtr exc;
};

class DeleteStmt : public Stmt {
public:
  DeleteStmt(mlir::Location loc, ExprList targets)
      : Stmt(StmtKind::Delete, loc), targets(std::move(targets)) {}
  llvm::ArrayRef<ExprPtr> getTargets() const { return targets; }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::Delete;
  }

private:
  ExprList targets;
};

/// A name with its location (global/nonlocal lists).
class Identifier {
public:
  Identifier(std::string name, mlir::Location loc)
      : name(std::move(name)), loc(loc) {}
  llvm::StringRef getName() const { return name; }
  mlir::Location getLoc() const { return loc; }

private:
  std::string name;
  mlir::Location loc;
};

/// `global a, b` (kind Global) or `nonlocal a, b` (kind Nonlocal).
class ScopeDeclStmt : public Stmt {
public:
  ScopeDeclStmt(mlir::Location loc, bool isNonlocal,
                std::vector<Identifier> names)
      : Stmt(isNonlocal ? StmtKind::Nonlocal : StmtKind::Global, loc),
        names(std::move(names)) {}
  bool isNonlocal() const { return getKind() == StmtKind::Nonlocal; }
  llvm::ArrayRef<Identifier> getNames() const { return names; }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::Global ||
           s->getKind() == StmtKind::Nonlocal;
  }

private:
  std::vector<Identifier> names;
};

class WithItem {
public:
  WithItem(ExprPtr context, ExprPtr var)
      : context(std::move(context)), var(std::move(var)) {}
  const Expr *getContext() const { return context.get(); }
  /// The `as` target, or null.
  const Expr *getVar() const { return var.get(); }

private:
  ExprPtr context;
  ExprPtr var;
};

class WithStmt : public Stmt {
public:
  WithStmt(mlir::Location loc, std::vector<WithItem> items, StmtList body)
      : Stmt(StmtKind::With, loc), items(std::move(items)),
        body(std::move(body)) {}
  llvm::ArrayRef<WithItem> getItems() const { return items; }
  llvm::ArrayRef<StmtPtr> getBody() const { return body; }
  static bool classof(const Stmt *s) { return s->getKind() == StmtKind::With; }

private:
  std::vector<WithItem> items;
  StmtList body;
};

/// `a.b.c as d` in imports; asName is empty when absent. For ImportFrom the
/// name `*` stands for a star import.
class Alias {
public:
  Alias(std::string name, std::string asName, mlir::Location loc)
      : name(std::move(name)), asName(std::move(asName)), loc(loc) {}
  llvm::StringRef getName() const { return name; }
  llvm::StringRef getAsName() const { return asName; }
  bool hasAsName() const { return !asName.empty(); }
  mlir::Location getLoc() const { return loc; }

private:
  std::string name;
  std::string asName;
  mlir::Location loc;
};

class ImportStmt : public Stmt {
public:
  ImportStmt(mlir::Location loc, std::vector<Alias> names)
      : Stmt(StmtKind::Import, loc), names(std::move(names)) {}
  llvm::ArrayRef<Alias> getNames() const { return names; }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::Import;
  }

private:
  std::vector<Alias> names;
};

/// `from ..mod.sub import a as b, c`; level counts the leading dots and the
/// module may be empty for `from . import x`.
class ImportFromStmt : public Stmt {
public:
  ImportFromStmt(mlir::Location loc, std::string module, unsigned level,
                 std::vector<Alias> names)
      : Stmt(StmtKind::ImportFrom, loc), module(std::move(module)),
        level(level), names(std::move(names)) {}
  llvm::StringRef getModule() const { return module; }
  unsigned getLevel() const { return level; }
  llvm::ArrayRef<Alias> getNames() const { return names; }
  bool isStarImport() const {
    return names.size() == 1 && names[0].getName() == "*";
  }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::ImportFrom;
  }

private:
  std::string module;
  unsigned level;
  std::vector<Alias> names;
};

class Param {
public:
  Param(std::string name, mlir::Location loc, ExprPtr annotation,
        ExprPtr defaultValue, bool keywordOnly)
      : name(std::move(name)), loc(loc), annotation(std::move(annotation)),
        defaultValue(std::move(defaultValue)), keywordOnly(keywordOnly) {}
  llvm::StringRef getName() const { return name; }
  mlir::Location getLoc() const { return loc; }
  const Expr *getAnnotation() const { return annotation.get(); }
  const Expr *getDefault() const { return defaultValue.get(); }
  /// True for parameters after a bare `*`.
  bool isKeywordOnly() const { return keywordOnly; }

private:
  std::string name;
  mlir::Location loc;
  ExprPtr annotation;
  ExprPtr defaultValue;
  bool keywordOnly;
};

/// A parsed signature comment `# type: (T1, T2) -> R`. Locations of the
/// expressions point into the comment.
class FunctionTypeComment {
public:
  FunctionTypeComment(mlir::Location loc, std::string text, ExprList paramTypes,
                      ExprPtr returnType)
      : loc(loc), text(std::move(text)), paramTypes(std::move(paramTypes)),
        returnType(std::move(returnType)) {}
  mlir::Location getLoc() const { return loc; }
  llvm::StringRef getText() const { return text; }
  llvm::ArrayRef<ExprPtr> getParamTypes() const { return paramTypes; }
  /// Null when the comment has no `-> R` part.
  const Expr *getReturnType() const { return returnType.get(); }

private:
  mlir::Location loc;
  std::string text;
  ExprList paramTypes;
  ExprPtr returnType;
};

/// A function definition. Its location is that of `def` (decorators come
/// before it, as in Python's ast); nameLoc is that of the name.
class FunctionDef : public Stmt {
public:
  FunctionDef(mlir::Location loc, std::string name, mlir::Location nameLoc,
              ExprList decorators, std::vector<Param> params, ExprPtr returns,
              std::unique_ptr<FunctionTypeComment> typeComment, StmtList body)
      : Stmt(StmtKind::FunctionDef, loc), name(std::move(name)),
        nameLoc(nameLoc), decorators(std::move(decorators)),
        params(std::move(params)), returns(std::move(returns)),
        typeComment(std::move(typeComment)), body(std::move(body)) {}
  llvm::StringRef getName() const { return name; }
  mlir::Location getNameLoc() const { return nameLoc; }
  llvm::ArrayRef<ExprPtr> getDecorators() const { return decorators; }
  llvm::ArrayRef<Param> getParams() const { return params; }
  /// The `-> R` annotation, or null.
  const Expr *getReturns() const { return returns.get(); }
  /// The `# type:` signature comment, or null.
  const FunctionTypeComment *getTypeComment() const {
    return typeComment.get();
  }
  llvm::ArrayRef<StmtPtr> getBody() const { return body; }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::FunctionDef;
  }

private:
  std::string name;
  mlir::Location nameLoc;
  ExprList decorators;
  std::vector<Param> params;
  ExprPtr returns;
  std::unique_ptr<FunctionTypeComment> typeComment;
  StmtList body;
};

class ClassDef : public Stmt {
public:
  ClassDef(mlir::Location loc, std::string name, mlir::Location nameLoc,
           ExprList decorators, ExprList bases, StmtList body)
      : Stmt(StmtKind::ClassDef, loc), name(std::move(name)), nameLoc(nameLoc),
        decorators(std::move(decorators)), bases(std::move(bases)),
        body(std::move(body)) {}
  llvm::StringRef getName() const { return name; }
  mlir::Location getNameLoc() const { return nameLoc; }
  llvm::ArrayRef<ExprPtr> getDecorators() const { return decorators; }
  llvm::ArrayRef<ExprPtr> getBases() const { return bases; }
  llvm::ArrayRef<StmtPtr> getBody() const { return body; }
  static bool classof(const Stmt *s) {
    return s->getKind() == StmtKind::ClassDef;
  }

private:
  std::string name;
  mlir::Location nameLoc;
  ExprList decorators;
  ExprList bases;
  StmtList body;
};

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

class Module {
public:
  Module(mlir::Location loc, std::string filename, StmtList body)
      : loc(loc), filename(std::move(filename)), body(std::move(body)) {}
  mlir::Location getLoc() const { return loc; }
  llvm::StringRef getFilename() const { return filename; }
  llvm::ArrayRef<StmtPtr> getBody() const { return body; }

private:
  mlir::Location loc;
  std::string filename;
  StmtList body;
};

} // namespace ast
} // namespace tsc

#endif // TSC_FRONTEND_AST_H
