//===- AST.cpp - TorchScript abstract syntax tree -------------------------===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//

#include "tsc/Frontend/AST.h"

using namespace tsc;
using namespace tsc::ast;

// Out-of-line virtual destructors anchor the vtables in this file.
Expr::~Expr() = default;
Stmt::~Stmt() = default;

llvm::StringRef ast::getOpSpelling(BinaryOpKind op) {
  switch (op) {
  // clang-format off
  case BinaryOpKind::Add: return "+";
  case BinaryOpKind::Sub: return "-";
  case BinaryOpKind::Mul: return "*";
  case BinaryOpKind::Div: return "/";
  case BinaryOpKind::FloorDiv: return "//";
  case BinaryOpKind::Mod: return "%";
  case BinaryOpKind::Pow: return "**";
  case BinaryOpKind::MatMul: return "@";
  case BinaryOpKind::LShift: return "<<";
  case BinaryOpKind::RShift: return ">>";
  case BinaryOpKind::BitAnd: return "&";
  case BinaryOpKind::BitOr: return "|";
  case BinaryOpKind::BitXor: return "^";
    // clang-format on
  }
  return "?";
}

llvm::StringRef ast::getOpSpelling(UnaryOpKind op) {
  switch (op) {
  // clang-format off
  case UnaryOpKind::Neg: return "-";
  case UnaryOpKind::Pos: return "+";
  case UnaryOpKind::Invert: return "~";
  case UnaryOpKind::Not: return "not";
    // clang-format on
  }
  return "?";
}

llvm::StringRef ast::getOpSpelling(BoolOpKind op) {
  return op == BoolOpKind::And ? "and" : "or";
}

llvm::StringRef ast::getOpSpelling(CmpOpKind op) {
  switch (op) {
  // clang-format off
  case CmpOpKind::Lt: return "<";
  case CmpOpKind::Gt: return ">";
  case CmpOpKind::Le: return "<=";
  case CmpOpKind::Ge: return ">=";
  case CmpOpKind::Eq: return "==";
  case CmpOpKind::Ne: return "!=";
  case CmpOpKind::Is: return "is";
  case CmpOpKind::IsNot: return "is not";
  case CmpOpKind::In: return "in";
  case CmpOpKind::NotIn: return "not in";
    // clang-format on
  }
  return "?";
}

llvm::StringRef ast::getExprKindName(ExprKind kind) {
  switch (kind) {
  // clang-format off
  case ExprKind::Name: return "Name";
  case ExprKind::IntLiteral: return "IntLiteral";
  case ExprKind::FloatLiteral: return "FloatLiteral";
  case ExprKind::StringLiteral: return "StringLiteral";
  case ExprKind::BoolLiteral: return "BoolLiteral";
  case ExprKind::NoneLiteral: return "NoneLiteral";
  case ExprKind::EllipsisLiteral: return "EllipsisLiteral";
  case ExprKind::Tuple: return "Tuple";
  case ExprKind::List: return "List";
  case ExprKind::Dict: return "Dict";
  case ExprKind::ListComp: return "ListComp";
  case ExprKind::DictComp: return "DictComp";
  case ExprKind::Attribute: return "Attribute";
  case ExprKind::Subscript: return "Subscript";
  case ExprKind::Slice: return "Slice";
  case ExprKind::Call: return "Call";
  case ExprKind::BinaryOp: return "BinaryOp";
  case ExprKind::UnaryOp: return "UnaryOp";
  case ExprKind::BoolOp: return "BoolOp";
  case ExprKind::Compare: return "Compare";
  case ExprKind::IfExp: return "IfExp";
  case ExprKind::Starred: return "Starred";
    // clang-format on
  }
  return "Expr";
}

llvm::StringRef ast::getStmtKindName(StmtKind kind) {
  switch (kind) {
  // clang-format off
  case StmtKind::Expr: return "ExprStmt";
  case StmtKind::Assign: return "Assign";
  case StmtKind::AnnAssign: return "AnnAssign";
  case StmtKind::AugAssign: return "AugAssign";
  case StmtKind::If: return "If";
  case StmtKind::While: return "While";
  case StmtKind::For: return "For";
  case StmtKind::Break: return "Break";
  case StmtKind::Continue: return "Continue";
  case StmtKind::Return: return "Return";
  case StmtKind::Pass: return "Pass";
  case StmtKind::Assert: return "Assert";
  case StmtKind::Raise: return "Raise";
  case StmtKind::Delete: return "Delete";
  case StmtKind::Global: return "Global";
  case StmtKind::Nonlocal: return "Nonlocal";
  case StmtKind::With: return "With";
  case StmtKind::Import: return "Import";
  case StmtKind::ImportFrom: return "ImportFrom";
  case StmtKind::FunctionDef: return "FunctionDef";
  case StmtKind::ClassDef: return "ClassDef";
    // clang-format on
  }
  return "Stmt";
}
