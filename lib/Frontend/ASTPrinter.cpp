//===- ASTPrinter.cpp - AST dump and Python unparser ----------------------===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//

#include "tsc/Frontend/ASTPrinter.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/Format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace tsc;
using namespace tsc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

//===----------------------------------------------------------------------===//
// Literal formatting
//===----------------------------------------------------------------------===//

std::string tsc::formatFloatLiteral(double value) {
  if (std::isinf(value))
    return value > 0 ? "1e999" : "-1e999"; // Overflows back to infinity.
  if (std::isnan(value))
    return "nan"; // Not producible from source; printed for debugging.
  // Find the fewest significant digits that read back as the same value,
  // then lay them out like Python's repr: positional notation for decimal
  // exponents in [-4, 16), scientific notation otherwise.
  char buf[64];
  int digits = 1;
  for (; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof(buf), "%.*e", digits - 1, value);
    if (std::strtod(buf, nullptr) == value)
      break;
  }
  const char *e = std::strchr(buf, 'e');
  int exponent = e ? std::atoi(e + 1) : 0;
  if (exponent >= -4 && exponent < 16) {
    int decimals = std::max(digits - 1 - exponent, 0);
    std::snprintf(buf, sizeof(buf), "%.*f", decimals, value);
  }
  std::string s = buf;
  if (s.find_first_of(".e") == std::string::npos)
    s += ".0";
  return s;
}

std::string tsc::quoteStringLiteral(llvm::StringRef value, bool isFString) {
  std::string out = isFString ? "f'" : "'";
  for (char c : value) {
    unsigned char uc = static_cast<unsigned char>(c);
    switch (c) {
    // clang-format off
    case '\\': out += "\\\\"; break;
    case '\'': out += "\\'"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      // clang-format on
      if (uc < 0x20 || uc == 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof(buf), "\\x%02x", uc);
        out += buf;
      } else {
        // Bytes >= 0x80 (UTF-8) are copied; the lexer copies them back.
        out += c;
      }
    }
  }
  out += '\'';
  return out;
}

//===----------------------------------------------------------------------===//
// AST dump
//===----------------------------------------------------------------------===//

namespace {

class ASTDumper {
public:
  explicit ASTDumper(llvm::raw_ostream &os) : os(os) {}

  void dumpModule(const Module &module);
  void dumpExpr(const Expr *e, llvm::StringRef label = "");
  void dumpStmt(const Stmt *s);

private:
  /// Starts a node line: indentation and optional `label: ` prefix.
  llvm::raw_ostream &line(llvm::StringRef label = "") {
    os.indent(indent * 2);
    if (!label.empty())
      os << label << ": ";
    return os;
  }
  void printLoc(mlir::Location loc) {
    if (auto flc = llvm::dyn_cast<mlir::FileLineColRange>(loc))
      os << " <" << flc.getStartLine() << ":" << flc.getStartColumn() << ">";
    else
      os << " <unknown>";
    os << "\n";
  }
  void dumpBody(llvm::ArrayRef<StmtPtr> body) {
    for (const StmtPtr &s : body)
      dumpStmt(s.get());
  }
  /// A labelled statement list (`then:`/`else:`).
  void dumpLabelledBody(llvm::StringRef label, llvm::ArrayRef<StmtPtr> body) {
    line() << label << ":\n";
    ++indent;
    dumpBody(body);
    --indent;
  }
  void dumpComprehension(const Comprehension &comp) {
    dumpExpr(comp.getTarget(), "target");
    dumpExpr(comp.getIter(), "iter");
    for (const ExprPtr &cond : comp.getIfs())
      dumpExpr(cond.get(), "if");
  }

  llvm::raw_ostream &os;
  unsigned indent = 0;
};

} // namespace

void ASTDumper::dumpModule(const Module &module) {
  os << "Module " << module.getFilename() << "\n";
  ++indent;
  dumpBody(module.getBody());
  --indent;
}

void ASTDumper::dumpExpr(const Expr *e, llvm::StringRef label) {
  if (!e)
    return;
  line(label) << getExprKindName(e->getKind());
  switch (e->getKind()) {
  case ExprKind::Name:
    os << " " << cast<NameExpr>(e)->getName();
    break;
  case ExprKind::IntLiteral:
    os << " " << cast<IntLiteralExpr>(e)->getValue();
    break;
  case ExprKind::FloatLiteral:
    os << " " << formatFloatLiteral(cast<FloatLiteralExpr>(e)->getValue());
    break;
  case ExprKind::StringLiteral: {
    auto *str = cast<StringLiteralExpr>(e);
    os << " " << quoteStringLiteral(str->getValue(), str->isFString());
    break;
  }
  case ExprKind::BoolLiteral:
    os << (cast<BoolLiteralExpr>(e)->getValue() ? " True" : " False");
    break;
  case ExprKind::Attribute:
    os << " " << cast<AttributeExpr>(e)->getAttr();
    break;
  case ExprKind::BinaryOp:
    os << " " << getOpSpelling(cast<BinaryOpExpr>(e)->getOp());
    break;
  case ExprKind::UnaryOp:
    os << " " << getOpSpelling(cast<UnaryOpExpr>(e)->getOp());
    break;
  case ExprKind::BoolOp:
    os << " " << getOpSpelling(cast<BoolOpExpr>(e)->getOp());
    break;
  case ExprKind::Compare:
    for (CmpOpKind op : cast<CompareExpr>(e)->getOps())
      os << " '" << getOpSpelling(op) << "'";
    break;
  default:
    break;
  }
  printLoc(e->getLoc());

  ++indent;
  switch (e->getKind()) {
  case ExprKind::Tuple:
    for (const ExprPtr &elt : cast<TupleExpr>(e)->getElements())
      dumpExpr(elt.get());
    break;
  case ExprKind::List:
    for (const ExprPtr &elt : cast<ListExpr>(e)->getElements())
      dumpExpr(elt.get());
    break;
  case ExprKind::Dict: {
    auto *dict = cast<DictExpr>(e);
    for (auto [key, value] : llvm::zip(dict->getKeys(), dict->getValues())) {
      dumpExpr(key.get(), "key");
      dumpExpr(value.get(), "value");
    }
    break;
  }
  case ExprKind::ListComp: {
    auto *comp = cast<ListCompExpr>(e);
    dumpExpr(comp->getElt(), "elt");
    dumpComprehension(comp->getGenerator());
    break;
  }
  case ExprKind::DictComp: {
    auto *comp = cast<DictCompExpr>(e);
    dumpExpr(comp->getKey(), "key");
    dumpExpr(comp->getValue(), "value");
    dumpComprehension(comp->getGenerator());
    break;
  }
  case ExprKind::Attribute:
    dumpExpr(cast<AttributeExpr>(e)->getValue());
    break;
  case ExprKind::Subscript: {
    auto *sub = cast<SubscriptExpr>(e);
    dumpExpr(sub->getValue());
    dumpExpr(sub->getIndex(), "index");
    break;
  }
  case ExprKind::Slice: {
    auto *slice = cast<SliceExpr>(e);
    dumpExpr(slice->getLower(), "lower");
    dumpExpr(slice->getUpper(), "upper");
    dumpExpr(slice->getStep(), "step");
    break;
  }
  case ExprKind::Call: {
    auto *call = cast<CallExpr>(e);
    dumpExpr(call->getFunc());
    for (const ExprPtr &arg : call->getArgs())
      dumpExpr(arg.get(), "arg");
    for (const Keyword &kw : call->getKeywords()) {
      line() << "Keyword " << kw.getName();
      printLoc(kw.getLoc());
      ++indent;
      dumpExpr(kw.getValue());
      --indent;
    }
    break;
  }
  case ExprKind::BinaryOp: {
    auto *bin = cast<BinaryOpExpr>(e);
    dumpExpr(bin->getLHS());
    dumpExpr(bin->getRHS());
    break;
  }
  case ExprKind::UnaryOp:
    dumpExpr(cast<UnaryOpExpr>(e)->getOperand());
    break;
  case ExprKind::BoolOp:
    for (const ExprPtr &value : cast<BoolOpExpr>(e)->getValues())
      dumpExpr(value.get());
    break;
  case ExprKind::Compare: {
    auto *cmp = cast<CompareExpr>(e);
    dumpExpr(cmp->getLeft());
    for (const ExprPtr &right : cmp->getComparators())
      dumpExpr(right.get());
    break;
  }
  case ExprKind::IfExp: {
    auto *ifExp = cast<IfExpExpr>(e);
    dumpExpr(ifExp->getTest(), "test");
    dumpExpr(ifExp->getBody(), "body");
    dumpExpr(ifExp->getOrElse(), "orelse");
    break;
  }
  case ExprKind::Starred:
    dumpExpr(cast<StarredExpr>(e)->getValue());
    break;
  default:
    break;
  }
  --indent;
}

static void printAliases(llvm::raw_ostream &os, llvm::ArrayRef<Alias> names) {
  llvm::interleaveComma(names, os, [&](const Alias &alias) {
    os << alias.getName();
    if (alias.hasAsName())
      os << " as " << alias.getAsName();
  });
}

void ASTDumper::dumpStmt(const Stmt *s) {
  line() << getStmtKindName(s->getKind());
  switch (s->getKind()) {
  case StmtKind::AugAssign:
    os << " " << getOpSpelling(cast<AugAssignStmt>(s)->getOp()) << "=";
    break;
  case StmtKind::Global:
  case StmtKind::Nonlocal:
    os << " ";
    llvm::interleaveComma(cast<ScopeDeclStmt>(s)->getNames(), os,
                          [&](const Identifier &id) { os << id.getName(); });
    break;
  case StmtKind::Import:
    os << " ";
    printAliases(os, cast<ImportStmt>(s)->getNames());
    break;
  case StmtKind::ImportFrom: {
    auto *imp = cast<ImportFromStmt>(s);
    os << " " << std::string(imp->getLevel(), '.') << imp->getModule() << ": ";
    printAliases(os, imp->getNames());
    break;
  }
  case StmtKind::FunctionDef:
    os << " " << cast<FunctionDef>(s)->getName();
    break;
  case StmtKind::ClassDef:
    os << " " << cast<ClassDef>(s)->getName();
    break;
  default:
    break;
  }
  printLoc(s->getLoc());

  ++indent;
  switch (s->getKind()) {
  case StmtKind::Expr:
    dumpExpr(cast<ExprStmt>(s)->getValue());
    break;
  case StmtKind::Assign: {
    auto *assign = cast<AssignStmt>(s);
    for (const ExprPtr &target : assign->getTargets())
      dumpExpr(target.get(), "target");
    dumpExpr(assign->getValue(), "value");
    dumpExpr(assign->getTypeComment(), "type_comment");
    break;
  }
  case StmtKind::AnnAssign: {
    auto *assign = cast<AnnAssignStmt>(s);
    dumpExpr(assign->getTarget(), "target");
    dumpExpr(assign->getAnnotation(), "annotation");
    dumpExpr(assign->getValue(), "value");
    break;
  }
  case StmtKind::AugAssign: {
    auto *assign = cast<AugAssignStmt>(s);
    dumpExpr(assign->getTarget(), "target");
    dumpExpr(assign->getValue(), "value");
    break;
  }
  case StmtKind::If: {
    auto *ifStmt = cast<IfStmt>(s);
    dumpExpr(ifStmt->getTest(), "test");
    dumpLabelledBody("then", ifStmt->getBody());
    if (!ifStmt->getOrElse().empty())
      dumpLabelledBody("else", ifStmt->getOrElse());
    break;
  }
  case StmtKind::While: {
    auto *whileStmt = cast<WhileStmt>(s);
    dumpExpr(whileStmt->getTest(), "test");
    dumpBody(whileStmt->getBody());
    break;
  }
  case StmtKind::For: {
    auto *forStmt = cast<ForStmt>(s);
    dumpExpr(forStmt->getTarget(), "target");
    dumpExpr(forStmt->getIter(), "iter");
    dumpBody(forStmt->getBody());
    break;
  }
  case StmtKind::Return:
    dumpExpr(cast<ReturnStmt>(s)->getValue());
    break;
  case StmtKind::Assert: {
    auto *assertStmt = cast<AssertStmt>(s);
    dumpExpr(assertStmt->getTest(), "test");
    dumpExpr(assertStmt->getMsg(), "msg");
    break;
  }
  case StmtKind::Raise:
    dumpExpr(cast<RaiseStmt>(s)->getExc());
    break;
  case StmtKind::Delete:
    for (const ExprPtr &target : cast<DeleteStmt>(s)->getTargets())
      dumpExpr(target.get());
    break;
  case StmtKind::With: {
    auto *with = cast<WithStmt>(s);
    for (const WithItem &item : with->getItems()) {
      dumpExpr(item.getContext(), "item");
      dumpExpr(item.getVar(), "as");
    }
    dumpBody(with->getBody());
    break;
  }
  case StmtKind::FunctionDef: {
    auto *def = cast<FunctionDef>(s);
    for (const ExprPtr &decorator : def->getDecorators())
      dumpExpr(decorator.get(), "decorator");
    for (const Param &param : def->getParams()) {
      line() << "Param " << param.getName();
      if (param.isKeywordOnly())
        os << " kwonly";
      printLoc(param.getLoc());
      ++indent;
      dumpExpr(param.getAnnotation(), "annotation");
      dumpExpr(param.getDefault(), "default");
      --indent;
    }
    dumpExpr(def->getReturns(), "returns");
    if (const FunctionTypeComment *tc = def->getTypeComment()) {
      line() << "TypeComment";
      printLoc(tc->getLoc());
      ++indent;
      for (const ExprPtr &type : tc->getParamTypes())
        dumpExpr(type.get(), "param");
      dumpExpr(tc->getReturnType(), "returns");
      --indent;
    }
    dumpBody(def->getBody());
    break;
  }
  case StmtKind::ClassDef: {
    auto *cls = cast<ClassDef>(s);
    for (const ExprPtr &decorator : cls->getDecorators())
      dumpExpr(decorator.get(), "decorator");
    for (const ExprPtr &base : cls->getBases())
      dumpExpr(base.get(), "base");
    dumpBody(cls->getBody());
    break;
  }
  default:
    break;
  }
  --indent;
}

void tsc::dumpAST(const Module &module, llvm::raw_ostream &os) {
  ASTDumper(os).dumpModule(module);
}

void tsc::dumpAST(const Expr &expr, llvm::raw_ostream &os) {
  ASTDumper(os).dumpExpr(&expr);
}

//===----------------------------------------------------------------------===//
// Source printer
//===----------------------------------------------------------------------===//

namespace {

/// Binding strength of each level of Python's expression grammar, weakest
/// first. A subexpression is parenthesized when it binds more weakly than
/// its context requires.
enum Prec : int {
  PrecTuple = 0,
  PrecTest, // conditional expression
  PrecOr,
  PrecAnd,
  PrecNot,
  PrecCompare,
  PrecBitOr,
  PrecBitXor,
  PrecBitAnd,
  PrecShift,
  PrecArith,
  PrecTerm,
  PrecFactor, // unary + - ~
  PrecPower,
  PrecPrimary, // atoms, calls, subscripts, attributes
};

int getPrecedence(BinaryOpKind op) {
  switch (op) {
  // clang-format off
  case BinaryOpKind::BitOr: return PrecBitOr;
  case BinaryOpKind::BitXor: return PrecBitXor;
  case BinaryOpKind::BitAnd: return PrecBitAnd;
  case BinaryOpKind::LShift:
  case BinaryOpKind::RShift: return PrecShift;
  case BinaryOpKind::Add:
  case BinaryOpKind::Sub: return PrecArith;
  case BinaryOpKind::Pow: return PrecPower;
  default: return PrecTerm;
    // clang-format on
  }
}

int getPrecedence(const Expr *e) {
  switch (e->getKind()) {
  case ExprKind::Tuple:
    // `()` is an atom; others need parentheses outside statement contexts.
    return cast<TupleExpr>(e)->getElements().empty() ? PrecPrimary : PrecTuple;
  case ExprKind::IfExp:
    return PrecTest;
  case ExprKind::BoolOp:
    return cast<BoolOpExpr>(e)->getOp() == BoolOpKind::Or ? PrecOr : PrecAnd;
  case ExprKind::UnaryOp:
    return cast<UnaryOpExpr>(e)->getOp() == UnaryOpKind::Not ? PrecNot
                                                             : PrecFactor;
  case ExprKind::Compare:
    return PrecCompare;
  case ExprKind::BinaryOp:
    return getPrecedence(cast<BinaryOpExpr>(e)->getOp());
  // clang-format off
  case ExprKind::Starred: return PrecBitOr;
  default: return PrecPrimary;
    // clang-format on
  }
}

class SourcePrinter {
public:
  explicit SourcePrinter(llvm::raw_ostream &os) : os(os) {}

  void printModule(const Module &module);
  void printExpr(const Expr *e, int minPrec);

private:
  void printStmt(const Stmt *s);
  void printBlock(llvm::ArrayRef<StmtPtr> body);
  void printIfChain(const IfStmt *s, bool isElif);
  void printFunctionDef(const FunctionDef *def);
  void printClassDef(const ClassDef *cls);
  void printDecorators(llvm::ArrayRef<ExprPtr> decorators);
  /// Tuples print bare here (`a, b`), other expressions at `minPrec`.
  void printExprList(const Expr *e, int minPrec);
  void printSubscriptIndex(const Expr *index);
  void printSliceOrExpr(const Expr *e);
  void printComprehension(const Comprehension &comp);
  void printElements(llvm::ArrayRef<ExprPtr> elements);
  void printUnparenthesized(const Expr *e);
  llvm::raw_ostream &startLine() { return os.indent(indent * 4); }

  llvm::raw_ostream &os;
  unsigned indent = 0;
};

} // namespace

void SourcePrinter::printModule(const Module &module) {
  bool first = true;
  for (const StmtPtr &s : module.getBody()) {
    // A blank line before top-level definitions, purely for readability.
    if (!first && isa<FunctionDef, ClassDef>(s.get()))
      os << "\n";
    first = false;
    printStmt(s.get());
  }
}

void SourcePrinter::printElements(llvm::ArrayRef<ExprPtr> elements) {
  llvm::interleaveComma(
      elements, os, [&](const ExprPtr &e) { printExpr(e.get(), PrecTest); });
}

void SourcePrinter::printExprList(const Expr *e, int minPrec) {
  auto *tuple = dyn_cast<TupleExpr>(e);
  if (!tuple || tuple->getElements().empty()) {
    printExpr(e, minPrec);
    return;
  }
  llvm::interleaveComma(tuple->getElements(), os, [&](const ExprPtr &elt) {
    printExpr(elt.get(), minPrec);
  });
  if (tuple->getElements().size() == 1)
    os << ",";
}

void SourcePrinter::printSliceOrExpr(const Expr *e) {
  auto *slice = dyn_cast<SliceExpr>(e);
  if (!slice) {
    printExpr(e, PrecTest);
    return;
  }
  if (slice->getLower())
    printExpr(slice->getLower(), PrecTest);
  os << ":";
  if (slice->getUpper())
    printExpr(slice->getUpper(), PrecTest);
  if (slice->getStep()) {
    os << ":";
    printExpr(slice->getStep(), PrecTest);
  }
}

void SourcePrinter::printSubscriptIndex(const Expr *index) {
  auto *tuple = dyn_cast<TupleExpr>(index);
  if (!tuple || tuple->getElements().empty()) {
    printSliceOrExpr(index);
    return;
  }
  // Slices are only legal directly inside the brackets, so multi-dimensional
  // indices are never parenthesized.
  llvm::interleaveComma(tuple->getElements(), os, [&](const ExprPtr &elt) {
    printSliceOrExpr(elt.get());
  });
  if (tuple->getElements().size() == 1)
    os << ",";
}

void SourcePrinter::printComprehension(const Comprehension &comp) {
  os << " for ";
  printExprList(comp.getTarget(), PrecBitOr);
  os << " in ";
  printExpr(comp.getIter(), PrecOr);
  for (const ExprPtr &cond : comp.getIfs()) {
    os << " if ";
    printExpr(cond.get(), PrecOr);
  }
}

void SourcePrinter::printExpr(const Expr *e, int minPrec) {
  bool parens = getPrecedence(e) < minPrec;
  if (parens)
    os << "(";
  printUnparenthesized(e);
  if (parens)
    os << ")";
}

void SourcePrinter::printUnparenthesized(const Expr *e) {
  switch (e->getKind()) {
  case ExprKind::Name:
    os << cast<NameExpr>(e)->getName();
    return;
  case ExprKind::IntLiteral:
    os << cast<IntLiteralExpr>(e)->getValue();
    return;
  case ExprKind::FloatLiteral:
    os << formatFloatLiteral(cast<FloatLiteralExpr>(e)->getValue());
    return;
  case ExprKind::StringLiteral: {
    auto *str = cast<StringLiteralExpr>(e);
    os << quoteStringLiteral(str->getValue(), str->isFString());
    return;
  }
  case ExprKind::BoolLiteral:
    os << (cast<BoolLiteralExpr>(e)->getValue() ? "True" : "False");
    return;
  case ExprKind::NoneLiteral:
    os << "None";
    return;
  case ExprKind::EllipsisLiteral:
    os << "...";
    return;
  case ExprKind::Tuple: {
    auto elements = cast<TupleExpr>(e)->getElements();
    if (elements.empty()) {
      os << "()";
      return;
    }
    printElements(elements);
    if (elements.size() == 1)
      os << ",";
    return;
  }
  case ExprKind::List:
    os << "[";
    printElements(cast<ListExpr>(e)->getElements());
    os << "]";
    return;
  case ExprKind::Dict: {
    auto *dict = cast<DictExpr>(e);
    os << "{";
    llvm::interleaveComma(llvm::zip(dict->getKeys(), dict->getValues()), os,
                          [&](auto pair) {
                            printExpr(std::get<0>(pair).get(), PrecTest);
                            os << ": ";
                            printExpr(std::get<1>(pair).get(), PrecTest);
                          });
    os << "}";
    return;
  }
  case ExprKind::ListComp: {
    auto *comp = cast<ListCompExpr>(e);
    os << "[";
    printExpr(comp->getElt(), PrecTest);
    printComprehension(comp->getGenerator());
    os << "]";
    return;
  }
  case ExprKind::DictComp: {
    auto *comp = cast<DictCompExpr>(e);
    os << "{";
    printExpr(comp->getKey(), PrecTest);
    os << ": ";
    printExpr(comp->getValue(), PrecTest);
    printComprehension(comp->getGenerator());
    os << "}";
    return;
  }
  case ExprKind::Attribute: {
    auto *attr = cast<AttributeExpr>(e);
    // `1.x` would lex as a float followed by an identifier.
    if (isa<IntLiteralExpr>(attr->getValue())) {
      os << "(";
      printExpr(attr->getValue(), PrecTuple);
      os << ")";
    } else {
      printExpr(attr->getValue(), PrecPrimary);
    }
    os << "." << attr->getAttr();
    return;
  }
  case ExprKind::Subscript: {
    auto *sub = cast<SubscriptExpr>(e);
    printExpr(sub->getValue(), PrecPrimary);
    os << "[";
    printSubscriptIndex(sub->getIndex());
    os << "]";
    return;
  }
  case ExprKind::Slice:
    // Only reachable for a slice outside a subscript (not produced by the
    // parser); print it the only way it can be written.
    printSliceOrExpr(e);
    return;
  case ExprKind::Call: {
    auto *call = cast<CallExpr>(e);
    printExpr(call->getFunc(), PrecPrimary);
    os << "(";
    bool first = true;
    for (const ExprPtr &arg : call->getArgs()) {
      if (!first)
        os << ", ";
      first = false;
      printExpr(arg.get(), PrecTest);
    }
    for (const Keyword &kw : call->getKeywords()) {
      if (!first)
        os << ", ";
      first = false;
      os << kw.getName() << "=";
      printExpr(kw.getValue(), PrecTest);
    }
    os << ")";
    return;
  }
  case ExprKind::BinaryOp: {
    auto *bin = cast<BinaryOpExpr>(e);
    int prec = getPrecedence(bin->getOp());
    if (bin->getOp() == BinaryOpKind::Pow) {
      // Right-associative; the left operand must be a primary.
      printExpr(bin->getLHS(), PrecPrimary);
      os << " ** ";
      printExpr(bin->getRHS(), PrecFactor);
      return;
    }
    printExpr(bin->getLHS(), prec);
    os << " " << getOpSpelling(bin->getOp()) << " ";
    printExpr(bin->getRHS(), prec + 1);
    return;
  }
  case ExprKind::UnaryOp: {
    auto *un = cast<UnaryOpExpr>(e);
    if (un->getOp() == UnaryOpKind::Not) {
      os << "not ";
      printExpr(un->getOperand(), PrecNot);
      return;
    }
    os << getOpSpelling(un->getOp());
    printExpr(un->getOperand(), PrecFactor);
    return;
  }
  case ExprKind::BoolOp: {
    auto *boolOp = cast<BoolOpExpr>(e);
    int prec = getPrecedence(e);
    llvm::interleave(
        boolOp->getValues(), os,
        [&](const ExprPtr &v) { printExpr(v.get(), prec + 1); },
        (" " + getOpSpelling(boolOp->getOp()) + " ").str());
    return;
  }
  case ExprKind::Compare: {
    auto *cmp = cast<CompareExpr>(e);
    // Operands bind tighter than comparisons: `(a < b) < c` is not a chain.
    printExpr(cmp->getLeft(), PrecCompare + 1);
    for (auto [op, right] : llvm::zip(cmp->getOps(), cmp->getComparators())) {
      os << " " << getOpSpelling(op) << " ";
      printExpr(right.get(), PrecCompare + 1);
    }
    return;
  }
  case ExprKind::IfExp: {
    auto *ifExp = cast<IfExpExpr>(e);
    printExpr(ifExp->getBody(), PrecOr);
    os << " if ";
    printExpr(ifExp->getTest(), PrecOr);
    os << " else ";
    printExpr(ifExp->getOrElse(), PrecTest);
    return;
  }
  case ExprKind::Starred:
    os << "*";
    printExpr(cast<StarredExpr>(e)->getValue(), PrecBitOr);
    return;
  }
}

void SourcePrinter::printBlock(llvm::ArrayRef<StmtPtr> body) {
  ++indent;
  if (body.empty())
    startLine() << "pass\n"; // Only after errors; keeps the output valid.
  for (const StmtPtr &s : body)
    printStmt(s.get());
  --indent;
}

void SourcePrinter::printIfChain(const IfStmt *s, bool isElif) {
  startLine() << (isElif ? "elif " : "if ");
  printExpr(s->getTest(), PrecTest);
  os << ":\n";
  printBlock(s->getBody());
  llvm::ArrayRef<StmtPtr> orelse = s->getOrElse();
  if (orelse.empty())
    return;
  // An else-block holding just an `if` is printed as `elif`, which parses
  // back to the same tree.
  if (orelse.size() == 1)
    if (auto *elif = dyn_cast<IfStmt>(orelse.front().get()))
      return printIfChain(elif, /*isElif=*/true);
  startLine() << "else:\n";
  printBlock(orelse);
}

void SourcePrinter::printDecorators(llvm::ArrayRef<ExprPtr> decorators) {
  for (const ExprPtr &decorator : decorators) {
    startLine() << "@";
    printExpr(decorator.get(), PrecTest);
    os << "\n";
  }
}

void SourcePrinter::printFunctionDef(const FunctionDef *def) {
  printDecorators(def->getDecorators());
  startLine() << "def " << def->getName() << "(";
  bool first = true, inKeywordOnly = false;
  for (const Param &param : def->getParams()) {
    if (!first)
      os << ", ";
    first = false;
    if (param.isKeywordOnly() && !inKeywordOnly) {
      os << "*, ";
      inKeywordOnly = true;
    }
    os << param.getName();
    if (param.getAnnotation()) {
      os << ": ";
      printExpr(param.getAnnotation(), PrecTest);
    }
    if (param.getDefault()) {
      os << (param.getAnnotation() ? " = " : "=");
      printExpr(param.getDefault(), PrecTest);
    }
  }
  os << ")";
  if (def->getReturns()) {
    os << " -> ";
    printExpr(def->getReturns(), PrecTest);
  }
  os << ":\n";
  if (const FunctionTypeComment *tc = def->getTypeComment()) {
    os.indent((indent + 1) * 4) << "# type: (";
    printElements(tc->getParamTypes());
    os << ")";
    if (tc->getReturnType()) {
      os << " -> ";
      printExpr(tc->getReturnType(), PrecTest);
    }
    os << "\n";
  }
  printBlock(def->getBody());
}

void SourcePrinter::printClassDef(const ClassDef *cls) {
  printDecorators(cls->getDecorators());
  startLine() << "class " << cls->getName();
  if (!cls->getBases().empty()) {
    os << "(";
    printElements(cls->getBases());
    os << ")";
  }
  os << ":\n";
  printBlock(cls->getBody());
}

void SourcePrinter::printStmt(const Stmt *s) {
  switch (s->getKind()) {
  case StmtKind::If:
    return printIfChain(cast<IfStmt>(s), /*isElif=*/false);
  case StmtKind::While: {
    auto *whileStmt = cast<WhileStmt>(s);
    startLine() << "while ";
    printExpr(whileStmt->getTest(), PrecTest);
    os << ":\n";
    return printBlock(whileStmt->getBody());
  }
  case StmtKind::For: {
    auto *forStmt = cast<ForStmt>(s);
    startLine() << "for ";
    printExprList(forStmt->getTarget(), PrecBitOr);
    os << " in ";
    printExpr(forStmt->getIter(), PrecTuple);
    os << ":\n";
    return printBlock(forStmt->getBody());
  }
  case StmtKind::With: {
    auto *with = cast<WithStmt>(s);
    startLine() << "with ";
    llvm::interleaveComma(with->getItems(), os, [&](const WithItem &item) {
      printExpr(item.getContext(), PrecTest);
      if (item.getVar()) {
        os << " as ";
        printExpr(item.getVar(), PrecBitOr);
      }
    });
    os << ":\n";
    return printBlock(with->getBody());
  }
  case StmtKind::FunctionDef:
    return printFunctionDef(cast<FunctionDef>(s));
  case StmtKind::ClassDef:
    return printClassDef(cast<ClassDef>(s));
  default:
    break;
  }

  // Simple statements: one per line.
  startLine();
  switch (s->getKind()) {
  case StmtKind::Expr:
    printExpr(cast<ExprStmt>(s)->getValue(), PrecTuple);
    break;
  case StmtKind::Assign: {
    auto *assign = cast<AssignStmt>(s);
    for (const ExprPtr &target : assign->getTargets()) {
      printExpr(target.get(), PrecTuple);
      os << " = ";
    }
    printExpr(assign->getValue(), PrecTuple);
    if (assign->getTypeComment()) {
      os << "  # type: ";
      printExpr(assign->getTypeComment(), PrecTest);
    }
    break;
  }
  case StmtKind::AnnAssign: {
    auto *assign = cast<AnnAssignStmt>(s);
    printExpr(assign->getTarget(), PrecTest);
    os << ": ";
    printExpr(assign->getAnnotation(), PrecTest);
    if (assign->getValue()) {
      os << " = ";
      printExpr(assign->getValue(), PrecTuple);
    }
    break;
  }
  case StmtKind::AugAssign: {
    auto *assign = cast<AugAssignStmt>(s);
    printExpr(assign->getTarget(), PrecTest);
    os << " " << getOpSpelling(assign->getOp()) << "= ";
    printExpr(assign->getValue(), PrecTuple);
    break;
  }
  case StmtKind::Break:
    os << "break";
    break;
  case StmtKind::Continue:
    os << "continue";
    break;
  case StmtKind::Pass:
    os << "pass";
    break;
  case StmtKind::Return:
    os << "return";
    if (const Expr *value = cast<ReturnStmt>(s)->getValue()) {
      os << " ";
      printExpr(value, PrecTuple);
    }
    break;
  case StmtKind::Assert: {
    auto *assertStmt = cast<AssertStmt>(s);
    os << "assert ";
    printExpr(assertStmt->getTest(), PrecTest);
    if (assertStmt->getMsg()) {
      os << ", ";
      printExpr(assertStmt->getMsg(), PrecTest);
    }
    break;
  }
  case StmtKind::Raise:
    os << "raise";
    if (const Expr *exc = cast<RaiseStmt>(s)->getExc()) {
      os << " ";
      printExpr(exc, PrecTest);
    }
    break;
  case StmtKind::Delete:
    os << "del ";
    llvm::interleaveComma(
        cast<DeleteStmt>(s)->getTargets(), os,
        [&](const ExprPtr &t) { printExpr(t.get(), PrecBitOr); });
    break;
  case StmtKind::Global:
  case StmtKind::Nonlocal: {
    auto *decl = cast<ScopeDeclStmt>(s);
    os << (decl->isNonlocal() ? "nonlocal " : "global ");
    llvm::interleaveComma(decl->getNames(), os,
                          [&](const Identifier &id) { os << id.getName(); });
    break;
  }
  case StmtKind::Import:
    os << "import ";
    printAliases(os, cast<ImportStmt>(s)->getNames());
    break;
  case StmtKind::ImportFrom: {
    auto *imp = cast<ImportFromStmt>(s);
    os << "from " << std::string(imp->getLevel(), '.') << imp->getModule()
       << " import ";
    printAliases(os, imp->getNames());
    break;
  }
  default:
    break;
  }
  os << "\n";
}

void tsc::printSource(const Module &module, llvm::raw_ostream &os) {
  SourcePrinter(os).printModule(module);
}

void tsc::printSource(const Expr &expr, llvm::raw_ostream &os) {
  SourcePrinter(os).printExpr(&expr, PrecTuple);
}

std::string tsc::exprToSource(const Expr &expr) {
  std::string out;
  llvm::raw_string_ostream os(out);
  printSource(expr, os);
  return out;
}
