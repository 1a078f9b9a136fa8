//===- ParserTest.cpp - Unit tests for the parser and AST printers --------===//
//
// Part of tsc, an ahead-of-time TorchScript compiler.
//
//===----------------------------------------------------------------------===//

#include "tsc/Frontend/Parser.h"
#include "tsc/Frontend/ASTPrinter.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/Casting.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace tsc;
using namespace tsc::ast;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {

struct CapturedDiag {
  unsigned line;
  unsigned column;
  std::string message;
};

std::pair<unsigned, unsigned> lineCol(mlir::Location loc) {
  if (auto flc = llvm::dyn_cast<mlir::FileLineColRange>(loc))
    return {flc.getStartLine(), flc.getStartColumn()};
  return {0, 0};
}

/// Parses sources in a context whose diagnostics are recorded.
struct ParseFixture {
  mlir::MLIRContext ctx{mlir::MLIRContext::Threading::DISABLED};
  std::vector<CapturedDiag> diags;
  mlir::ScopedDiagnosticHandler handler{&ctx, [this](mlir::Diagnostic &d) {
                                          auto [line, col] =
                                              lineCol(d.getLocation());
                                          diags.push_back({line, col, d.str()});
                                          return mlir::success();
                                        }};

  std::unique_ptr<Module> parse(llvm::StringRef src) {
    diags.clear();
    Parser parser(src, "test.py", &ctx);
    return parser.parseModule();
  }

  /// Parses a module that must be valid.
  std::unique_ptr<Module> parseOK(llvm::StringRef src) {
    std::unique_ptr<Module> module = parse(src);
    for (const CapturedDiag &d : diags)
      UNSCOPED_INFO(d.line << ":" << d.column << ": " << d.message);
    REQUIRE(module);
    REQUIRE(diags.empty());
    return module;
  }

  std::unique_ptr<Expr> parseExpr(llvm::StringRef src) {
    diags.clear();
    Parser parser(src, "test.py", &ctx);
    return parser.parseStandaloneExpr();
  }

  std::string source(llvm::StringRef src) {
    std::unique_ptr<Module> module = parseOK(src);
    std::string out;
    llvm::raw_string_ostream os(out);
    printSource(*module, os);
    return out;
  }

  std::string dump(llvm::StringRef src) {
    std::unique_ptr<Module> module = parseOK(src);
    std::string out;
    llvm::raw_string_ostream os(out);
    dumpAST(*module, os);
    return out;
  }

  bool hasError(unsigned line, unsigned col, llvm::StringRef substr) const {
    for (const CapturedDiag &d : diags)
      if (d.line == line && d.column == col &&
          llvm::StringRef(d.message).contains(substr))
        return true;
    return false;
  }
};

/// A fully parenthesized rendering of an expression that makes the tree
/// shape explicit: `(+ a (* b c))`.
std::string sexpr(const Expr *e) {
  if (!e)
    return "_";
  auto list = [](llvm::StringRef head, llvm::ArrayRef<ExprPtr> elts) {
    std::string s = "(" + head.str();
    for (const ExprPtr &elt : elts)
      s += " " + sexpr(elt.get());
    return s + ")";
  };
  switch (e->getKind()) {
  case ExprKind::Name:
    return cast<NameExpr>(e)->getName().str();
  case ExprKind::IntLiteral:
    return std::to_string(cast<IntLiteralExpr>(e)->getValue());
  case ExprKind::FloatLiteral:
    return formatFloatLiteral(cast<FloatLiteralExpr>(e)->getValue());
  case ExprKind::StringLiteral:
    return quoteStringLiteral(cast<StringLiteralExpr>(e)->getValue());
  case ExprKind::BoolLiteral:
    return cast<BoolLiteralExpr>(e)->getValue() ? "True" : "False";
  case ExprKind::NoneLiteral:
    return "None";
  case ExprKind::EllipsisLiteral:
    return "...";
  case ExprKind::Tuple:
    return list("tuple", cast<TupleExpr>(e)->getElements());
  case ExprKind::List:
    return list("list", cast<ListExpr>(e)->getElements());
  case ExprKind::Attribute: {
    auto *a = cast<AttributeExpr>(e);
    return "(. " + sexpr(a->getValue()) + " " + a->getAttr().str() + ")";
  }
  case ExprKind::Subscript: {
    auto *s = cast<SubscriptExpr>(e);
    return "([] " + sexpr(s->getValue()) + " " + sexpr(s->getIndex()) + ")";
  }
  case ExprKind::Slice: {
    auto *s = cast<SliceExpr>(e);
    return "(slice " + sexpr(s->getLower()) + " " + sexpr(s->getUpper()) + " " +
           sexpr(s->getStep()) + ")";
  }
  case ExprKind::Call: {
    auto *c = cast<CallExpr>(e);
    std::string s = "(call " + sexpr(c->getFunc());
    for (const ExprPtr &arg : c->getArgs())
      s += " " + sexpr(arg.get());
    for (const Keyword &kw : c->getKeywords())
      s += " " + kw.getName().str() + "=" + sexpr(kw.getValue());
    return s + ")";
  }
  case ExprKind::BinaryOp: {
    auto *b = cast<BinaryOpExpr>(e);
    return "(" + getOpSpelling(b->getOp()).str() + " " + sexpr(b->getLHS()) +
           " " + sexpr(b->getRHS()) + ")";
  }
  case ExprKind::UnaryOp: {
    auto *u = cast<UnaryOpExpr>(e);
    return "(" + getOpSpelling(u->getOp()).str() + " " +
           sexpr(u->getOperand()) + ")";
  }
  case ExprKind::BoolOp: {
    auto *b = cast<BoolOpExpr>(e);
    return list(getOpSpelling(b->getOp()), b->getValues());
  }
  case ExprKind::Compare: {
    auto *c = cast<CompareExpr>(e);
    std::string s = "(cmp " + sexpr(c->getLeft());
    for (size_t i = 0; i < c->getOps().size(); ++i)
      s += " " + getOpSpelling(c->getOps()[i]).str() + " " +
           sexpr(c->getComparators()[i].get());
    return s + ")";
  }
  case ExprKind::IfExp: {
    auto *i = cast<IfExpExpr>(e);
    return "(if " + sexpr(i->getTest()) + " " + sexpr(i->getBody()) + " " +
           sexpr(i->getOrElse()) + ")";
  }
  case ExprKind::Starred:
    return "(* " + sexpr(cast<StarredExpr>(e)->getValue()) + ")";
  default:
    return "<" + getExprKindName(e->getKind()).str() + ">";
  }
}

} // namespace

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

TEST_CASE("parser: operator precedence and associativity", "[parser]") {
  ParseFixture f;
  auto tree = [&](llvm::StringRef src) {
    std::unique_ptr<Expr> e = f.parseExpr(src);
    for (const CapturedDiag &d : f.diags)
      UNSCOPED_INFO(d.line << ":" << d.column << ": " << d.message);
    REQUIRE(e);
    return sexpr(e.get());
  };
  CHECK(tree("-2**2") == "(- (** 2 2))");
  CHECK(tree("2**-1") == "(** 2 (- 1))");
  CHECK(tree("2**3**2") == "(** 2 (** 3 2))");
  CHECK(tree("a - b - c") == "(- (- a b) c)");
  CHECK(tree("a + b * c") == "(+ a (* b c))");
  CHECK(tree("a * b // c % d @ e") == "(@ (% (// (* a b) c) d) e)");
  CHECK(tree("a | b ^ c & d << e + f") == "(| a (^ b (& c (<< d (+ e f)))))");
  CHECK(tree("~a ** b") == "(~ (** a b))");
  CHECK(tree("not a == b") == "(not (cmp a == b))");
  CHECK(tree("a or b and not c") == "(or a (and b (not c)))");
  CHECK(tree("a and b and c") == "(and a b c)");
  CHECK(tree("a if b else c if d else e") == "(if b a (if d c e))");
  CHECK(tree("a or b if c else d") == "(if c (or a b) d)");
  CHECK(tree("x.y(z)[0].w") == "(. ([] (call (. x y) z) 0) w)");
  CHECK(tree("-x.y") == "(- (. x y))");
  CHECK(tree("a, b") == "(tuple a b)");
  CHECK(tree("(a,)") == "(tuple a)");
  CHECK(tree("()") == "(tuple)");
  CHECK(tree("(a)") == "a");
  CHECK(tree("[a, *b]") == "(list a (* b))");
  CHECK(tree("f(a, *b, k=1)") == "(call f a (* b) k=1)");
  CHECK(tree("'a' \"b\"") == "'ab'");
  CHECK(tree("None is not True") == "(cmp None is not True)");
}

TEST_CASE("parser: chained comparisons stay one node", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Expr> e = f.parseExpr("a < b <= c not in d is e");
  REQUIRE(e);
  auto *cmp = dyn_cast<CompareExpr>(e.get());
  REQUIRE(cmp);
  REQUIRE(cmp->getOps().size() == 4);
  CHECK(cmp->getOps()[0] == CmpOpKind::Lt);
  CHECK(cmp->getOps()[1] == CmpOpKind::Le);
  CHECK(cmp->getOps()[2] == CmpOpKind::NotIn);
  CHECK(cmp->getOps()[3] == CmpOpKind::Is);
  CHECK(lineCol(cmp->getLoc()) == std::make_pair(1u, 1u));
  CHECK(lineCol(cmp->getOpLocs()[2]) == std::make_pair(1u, 12u));
  CHECK(sexpr(cmp->getComparators()[3].get()) == "e");
}

TEST_CASE("parser: subscripts and slices", "[parser]") {
  ParseFixture f;
  auto tree = [&](llvm::StringRef src) {
    std::unique_ptr<Expr> e = f.parseExpr(src);
    REQUIRE(e);
    return sexpr(e.get());
  };
  CHECK(tree("t[0, 1:2]") == "([] t (tuple 0 (slice 1 2 _)))");
  CHECK(tree("t[-1, 1:, 0]") == "([] t (tuple (- 1) (slice 1 _ _) 0))");
  CHECK(tree("t[i:j, i]") == "([] t (tuple (slice i j _) i))");
  CHECK(tree("t[::2]") == "([] t (slice _ _ 2))");
  CHECK(tree("t[:]") == "([] t (slice _ _ _))");
  CHECK(tree("t[a:b:c]") == "([] t (slice a b c))");
  CHECK(tree("t[0,]") == "([] t (tuple 0))");
  CHECK(tree("t[..., None]") == "([] t (tuple ... None))");
  CHECK(tree("Dict[str, List[Tensor]]") ==
        "([] Dict (tuple str ([] List Tensor)))");

  std::unique_ptr<Expr> e = f.parseExpr("xs[i:j]");
  auto *sub = cast<SubscriptExpr>(e.get());
  CHECK(lineCol(sub->getLoc()) == std::make_pair(1u, 1u));
  CHECK(lineCol(sub->getOpLoc()) == std::make_pair(1u, 3u));
  CHECK(lineCol(sub->getIndex()->getLoc()) == std::make_pair(1u, 4u));
}

TEST_CASE("parser: expression locations", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Module> m = f.parseOK("y = foo.bar(x + 1, k=2)\n");
  auto *assign = cast<AssignStmt>(m->getBody()[0].get());
  auto *call = cast<CallExpr>(assign->getValue());
  CHECK(lineCol(call->getLoc()) == std::make_pair(1u, 5u));
  CHECK(lineCol(call->getOpLoc()) == std::make_pair(1u, 12u));
  auto *attr = cast<AttributeExpr>(call->getFunc());
  CHECK(lineCol(attr->getAttrLoc()) == std::make_pair(1u, 9u));
  auto *bin = cast<BinaryOpExpr>(call->getArgs()[0].get());
  CHECK(lineCol(bin->getLoc()) == std::make_pair(1u, 13u));
  CHECK(lineCol(bin->getOpLoc()) == std::make_pair(1u, 15u));
  CHECK(call->getKeywords()[0].getName() == "k");
  CHECK(lineCol(call->getKeywords()[0].getLoc()) == std::make_pair(1u, 20u));
}

TEST_CASE("parser: literals", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Expr> e =
      f.parseExpr("[1, 0x10, 2.5, 'a\\n' 'b', True, False, None, ..., "
                  "f'{x}' '{y}']");
  REQUIRE(e);
  auto elts = cast<ListExpr>(e.get())->getElements();
  REQUIRE(elts.size() == 9);
  CHECK(cast<IntLiteralExpr>(elts[0].get())->getValue() == 1);
  CHECK(cast<IntLiteralExpr>(elts[1].get())->getValue() == 16);
  CHECK(cast<FloatLiteralExpr>(elts[2].get())->getValue() == 2.5);
  CHECK(cast<StringLiteralExpr>(elts[3].get())->getValue() == "a\nb");
  CHECK(cast<BoolLiteralExpr>(elts[4].get())->getValue());
  CHECK(!cast<BoolLiteralExpr>(elts[5].get())->getValue());
  CHECK(isa<NoneLiteralExpr>(elts[6].get()));
  CHECK(isa<EllipsisLiteralExpr>(elts[7].get()));
  // Plain text concatenated to an f-string gets its braces escaped.
  auto *fstr = cast<StringLiteralExpr>(elts[8].get());
  CHECK(fstr->isFString());
  CHECK(fstr->getValue() == "{x}{{y}}");
}

TEST_CASE("parser: comprehensions and dicts", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Expr> e = f.parseExpr("[x * 2 for x, y in z if x if y]");
  REQUIRE(e);
  auto *comp = cast<ListCompExpr>(e.get());
  CHECK(sexpr(comp->getElt()) == "(* x 2)");
  CHECK(sexpr(comp->getGenerator().getTarget()) == "(tuple x y)");
  CHECK(sexpr(comp->getGenerator().getIter()) == "z");
  CHECK(comp->getGenerator().getIfs().size() == 2);

  e = f.parseExpr("{k: v for k, v in items}");
  REQUIRE(e);
  CHECK(isa<DictCompExpr>(e.get()));

  e = f.parseExpr("{'a': 1, 'b': [2],}");
  REQUIRE(e);
  auto *dict = cast<DictExpr>(e.get());
  CHECK(dict->getKeys().size() == 2);
  CHECK(sexpr(dict->getValues()[1].get()) == "(list 2)");
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

TEST_CASE("parser: statement kinds", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Module> m =
      f.parseOK("import torch.nn as nn, os\n"
                "from typing import (List,\n    Optional,)\n"
                "from .. import x\n"
                "a = b = 1\n"
                "c: int = 2\n"
                "c += 3; pass\n"
                "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n"
                "while a: break\n"
                "for i in range(3):\n    continue\n"
                "def f():\n    global g\n    return\n"
                "assert a, 'msg'\n"
                "raise ValueError()\n"
                "del a[0], b\n"
                "with a as b, c:\n    pass\n"
                "class C(Base):\n    x: int\n"
                "a, *b = t\n"
                "f(x)\n");
  std::vector<StmtKind> kinds;
  for (const StmtPtr &s : m->getBody())
    kinds.push_back(s->getKind());
  CHECK(kinds == std::vector<StmtKind>{
                     StmtKind::Import, StmtKind::ImportFrom,
                     StmtKind::ImportFrom, StmtKind::Assign,
                     StmtKind::AnnAssign, StmtKind::AugAssign, StmtKind::Pass,
                     StmtKind::If, StmtKind::While, StmtKind::For,
                     StmtKind::FunctionDef, StmtKind::Assert, StmtKind::Raise,
                     StmtKind::Delete, StmtKind::With, StmtKind::ClassDef,
                     StmtKind::Assign, StmtKind::Expr});

  auto body = m->getBody();
  auto *imp = cast<ImportStmt>(body[0].get());
  REQUIRE(imp->getNames().size() == 2);
  CHECK(imp->getNames()[0].getName() == "torch.nn");
  CHECK(imp->getNames()[0].getAsName() == "nn");
  auto *from = cast<ImportFromStmt>(body[1].get());
  CHECK(from->getModule() == "typing");
  CHECK(from->getNames().size() == 2);
  CHECK(cast<ImportFromStmt>(body[2].get())->getLevel() == 2);
  CHECK(cast<AssignStmt>(body[3].get())->getTargets().size() == 2);

  // `elif` is a nested If in orelse.
  auto *ifStmt = cast<IfStmt>(body[7].get());
  REQUIRE(ifStmt->getOrElse().size() == 1);
  auto *elif = dyn_cast<IfStmt>(ifStmt->getOrElse()[0].get());
  REQUIRE(elif);
  CHECK(lineCol(elif->getLoc()) == std::make_pair(10u, 1u));
  CHECK(elif->getOrElse().size() == 1);

  auto *with = cast<WithStmt>(body[14].get());
  REQUIRE(with->getItems().size() == 2);
  CHECK(with->getItems()[0].getVar() != nullptr);
  CHECK(with->getItems()[1].getVar() == nullptr);

  auto *unpack = cast<AssignStmt>(body[16].get());
  CHECK(sexpr(unpack->getTargets()[0].get()) == "(tuple a (* b))");
}

TEST_CASE("parser: functions, decorators, classes", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Module> m = f.parseOK(
      "@torch.jit.script\n"
      "@decorate(1)\n"
      "def foo(self, x: Tensor, y: int = 1, *, z=None) -> List[int]:\n"
      "    return [y]\n"
      "\n"
      "@dataclass\n"
      "class Point(object, Mixin):\n"
      "    def norm(self):\n"
      "        return 0.0\n");
  REQUIRE(m->getBody().size() == 2);
  auto *def = cast<FunctionDef>(m->getBody()[0].get());
  CHECK(def->getName() == "foo");
  CHECK(lineCol(def->getLoc()) == std::make_pair(3u, 1u));
  CHECK(lineCol(def->getNameLoc()) == std::make_pair(3u, 5u));
  REQUIRE(def->getDecorators().size() == 2);
  CHECK(sexpr(def->getDecorators()[0].get()) == "(. (. torch jit) script)");
  CHECK(sexpr(def->getDecorators()[1].get()) == "(call decorate 1)");
  auto params = def->getParams();
  REQUIRE(params.size() == 4);
  CHECK(params[0].getName() == "self");
  CHECK(params[0].getAnnotation() == nullptr);
  CHECK(sexpr(params[1].getAnnotation()) == "Tensor");
  CHECK(lineCol(params[1].getLoc()) == std::make_pair(3u, 15u));
  CHECK(sexpr(params[2].getDefault()) == "1");
  CHECK(!params[2].isKeywordOnly());
  CHECK(params[3].isKeywordOnly());
  CHECK(sexpr(def->getReturns()) == "([] List int)");

  auto *cls = cast<ClassDef>(m->getBody()[1].get());
  CHECK(cls->getName() == "Point");
  CHECK(cls->getBases().size() == 2);
  CHECK(cls->getDecorators().size() == 1);
  REQUIRE(cls->getBody().size() == 1);
  CHECK(isa<FunctionDef>(cls->getBody()[0].get()));
}

TEST_CASE("parser: type comments", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Module> m =
      f.parseOK("def f(x, y):\n"
                "    # type: (Tensor, Optional[int]) -> Tuple[Tensor, int]\n"
                "    z = []  # type: List[int]\n"
                "    return x, z\n"
                "def g(x):  # type: (int) -> int\n"
                "    return x\n");
  auto *def = cast<FunctionDef>(m->getBody()[0].get());
  const FunctionTypeComment *tc = def->getTypeComment();
  REQUIRE(tc);
  REQUIRE(tc->getParamTypes().size() == 2);
  CHECK(sexpr(tc->getParamTypes()[1].get()) == "([] Optional int)");
  CHECK(sexpr(tc->getReturnType()) == "([] Tuple (tuple Tensor int))");
  // Locations point into the comment.
  CHECK(lineCol(tc->getLoc()) == std::make_pair(2u, 13u));
  CHECK(lineCol(tc->getParamTypes()[0]->getLoc()) == std::make_pair(2u, 14u));
  CHECK(lineCol(tc->getParamTypes()[1]->getLoc()) == std::make_pair(2u, 22u));

  auto *assign = cast<AssignStmt>(def->getBody()[0].get());
  REQUIRE(assign->hasTypeComment());
  CHECK(assign->getTypeCommentText() == "List[int]");
  CHECK(sexpr(assign->getTypeComment()) == "([] List int)");
  CHECK(lineCol(assign->getTypeComment()->getLoc()) == std::make_pair(3u, 21u));

  auto *g = cast<FunctionDef>(m->getBody()[1].get());
  REQUIRE(g->getTypeComment());
  CHECK(sexpr(g->getTypeComment()->getReturnType()) == "int");

  // Errors inside a type comment are reported at their real column.
  CHECK(!f.parse("x = 1  # type: List[\n"));
  CHECK(f.hasError(1, 20, "'[' was never closed"));
  CHECK(!f.parse("x = 1  # type: List[int]]\n"));
  CHECK(f.hasError(1, 25, "expected end of type comment, found ']'"));
  CHECK(!f.parse("def f(x):\n    # type: int -> int\n    pass\n"));
  CHECK(f.hasError(2, 13, "expected '('"));
}

//===----------------------------------------------------------------------===//
// Errors and recovery
//===----------------------------------------------------------------------===//

TEST_CASE("parser: error messages and locations", "[parser]") {
  ParseFixture f;
  struct Case {
    const char *src;
    unsigned line, col;
    const char *message;
  };
  const Case cases[] = {
      {"f = lambda x: x\n", 1, 5, "lambda is not supported in TorchScript"},
      {"try:\n    pass\nexcept E:\n    pass\n", 1, 1,
       "'try' is not supported in TorchScript"},
      {"def f():\n    yield 1\n", 2, 5, "'yield' is not supported"},
      {"if (n := 10):\n    pass\n", 1, 7, "assignment expressions"},
      {"s = {1, 2}\n", 1, 5, "set literals are not supported"},
      {"f(**kw)\n", 1, 3, "'**'"},
      {"x = 1j\n", 1, 5, "complex numbers are not supported"},
      {"while x:\n    pass\nelse:\n    pass\n", 3, 1, "'else' clauses"},
      {"async def f():\n    pass\n", 1, 1, "'async' is not supported"},
      {"x = await y\n", 1, 5, "'await' is not supported"},
      {"1 = x\n", 1, 1, "cannot assign to literal"},
      {"f() = 1\n", 1, 1, "cannot assign to function call"},
      {"a, *b, *c = t\n", 1, 8, "multiple starred expressions"},
      {"*a = t\n", 1, 1, "starred assignment target must be in a list"},
      {"f() += 1\n", 1, 1, "cannot augmented-assign to function call"},
      {"if x:\npass\n", 2, 1, "expected an indented block"},
      {"x = 1\n    y = 2\n", 2, 5, "unexpected indent"},
      {"x = (1,\n", 1, 5, "'(' was never closed"},
      {"x = [f(1), (2\ny = 3\n", 1, 12, "'(' was never closed"},
      {"x = (1]\n", 1, 7, "expected ')', found ']'"},
      {"f(a=1, b)\n", 1, 8, "positional argument follows keyword argument"},
      {"f(a=1, a=2)\n", 1, 8, "keyword argument repeated"},
      {"def f(a=1, b):\n    pass\n", 1, 12, "non-default argument follows"},
      {"def f(*args):\n    pass\n", 1, 7, "variadic parameters"},
      {"def f(**kw):\n    pass\n", 1, 7, "variadic keyword parameters"},
      {"def f(a, a):\n    pass\n", 1, 10, "duplicate argument 'a'"},
      {"x = (i for i in y)\n", 1, 8, "generator expressions"},
      {"x = [i for i in a for j in b]\n", 1, 19, "more than one 'for'"},
      {"x = 1 2\n", 1, 7, "expected end of line, found integer literal"},
      {"else:\n    pass\n", 1, 1, "unexpected 'else'"},
      {"x = b'abc'\n", 1, 5, "bytes literals are not supported"},
      {"raise E from e\n", 1, 9, "'raise ... from ...'"},
      {"@dec\nx = 1\n", 2, 1, "expected 'def' or 'class' after decorator"},
      {"class C(metaclass=M):\n    pass\n", 1, 9, "keyword arguments in class"},
      {"x.1 = 2\n", 1, 2, "expected end of line, found float literal"},
      {"print x\n", 1, 7, "expected end of line, found identifier 'x'"},
  };
  for (const Case &c : cases) {
    INFO("source: " << c.src);
    CHECK(!f.parse(c.src));
    for (const CapturedDiag &d : f.diags)
      UNSCOPED_INFO(d.line << ":" << d.column << ": " << d.message);
    CHECK(f.hasError(c.line, c.col, c.message));
  }
}

TEST_CASE("parser: recovers and reports several errors", "[parser]") {
  ParseFixture f;
  std::unique_ptr<Module> m = f.parse("def f(x):\n"
                                      "    y = x +\n"
                                      "    z = lambda: 1\n"
                                      "    if x x:\n"
                                      "        return 1\n"
                                      "    w = (1 +\n"
                                      "         2) * 3\n"
                                      "    return $\n"
                                      "def g(:\n"
                                      "    pass\n"
                                      "h = 1 +\n");
  CHECK(!m);
  CHECK(f.diags.size() == 7);
  CHECK(f.hasError(2, 12, "expected expression, found newline"));
  CHECK(f.hasError(3, 9, "lambda"));
  CHECK(f.hasError(4, 10, "expected ':', found identifier 'x'"));
  CHECK(f.hasError(8, 12, "unexpected character '$'"));
  CHECK(f.hasError(9, 7, "expected parameter name, found ':'"));
  // `pass` cannot be inside brackets: the `(` is reported there and
  // parsing resumes, so the error on the last line is found too.
  CHECK(f.hasError(9, 6, "'(' was never closed"));
  CHECK(f.hasError(11, 8, "expected expression, found newline"));
}

TEST_CASE("parser: recovers from an unclosed bracket", "[parser]") {
  ParseFixture f;
  // A statement keyword at the start of a line ends the runaway bracket.
  CHECK(!f.parse("x = foo(1,\n"
                 "def g():\n"
                 "    return 1 +\n"
                 "y = [\n"
                 "    1\n"
                 "    return\n"));
  CHECK(f.diags.size() == 3);
  CHECK(f.hasError(1, 8, "'(' was never closed"));
  CHECK(f.hasError(3, 15, "expected expression, found newline"));
  CHECK(f.hasError(4, 5, "'[' was never closed"));
}

TEST_CASE("parser: stops after 20 errors", "[parser]") {
  ParseFixture f;
  std::string src;
  for (int i = 0; i < 100; ++i)
    src += "x = = 1\n";
  CHECK(!f.parse(src));
  CHECK(f.diags.size() == 20);
}

TEST_CASE("parser: nesting limits", "[parser]") {
  ParseFixture f;
  std::string deep =
      "x = " + std::string(1000, '(') + "1" + std::string(1000, ')') + "\n";
  CHECK(!f.parse(deep));
  CHECK(f.diags.size() == 1);
  CHECK(f.hasError(1, 205, "expression nested too deeply"));

  CHECK(!f.parse("x = " + std::string(100000, '-') + "1\n"));
  CHECK(f.diags.size() == 1);
  CHECK(!f.parse("x = " + std::string(100000, '[') + "\n"));
  std::string powers = "x = 2";
  for (int i = 0; i < 50000; ++i)
    powers += "**2";
  CHECK(!f.parse(powers + "\n"));
  std::string chain = "x = a";
  for (int i = 0; i < 50000; ++i)
    chain += " + a";
  CHECK(!f.parse(chain + "\n"));
  // Reported at the first `+` beyond the limit.
  CHECK(f.hasError(1, 4 * (Parser::MaxTreeDepth + 1) + 3, "too deeply"));
  std::string calls = "x = f";
  for (int i = 0; i < 50000; ++i)
    calls += "()";
  CHECK(!f.parse(calls + "\n"));
  CHECK(f.diags.size() == 1);

  // Moderately long chains and nesting are fine.
  std::string ok = "x = a";
  for (int i = 0; i < 1000; ++i)
    ok += " + a";
  f.parseOK(ok + "\n");
  f.parseOK("x = " + std::string(150, '(') + "1" + std::string(150, ')') +
            "\n");

  std::string blocks;
  for (int i = 0; i < 150; ++i)
    blocks += std::string(i, ' ') + "if x:\n";
  blocks += std::string(150, ' ') + "pass\n";
  CHECK(!f.parse(blocks));
  CHECK(f.diags.size() == 1);
  // The 101st nested block (line 102, indented by 101) is one too many.
  CHECK(f.hasError(102, 102, "too many levels of indentation"));

  // Long elif chains nest the AST; they are capped instead of overflowing
  // the stack of later walks.
  std::string elifs = "if x:\n    pass\n";
  for (int i = 0; i < 100000; ++i)
    elifs += "elif x:\n    pass\n";
  elifs += "else:\n    pass\ny = 1 +\n";
  CHECK(!f.parse(elifs));
  CHECK(f.diags.size() == 2);
  CHECK(f.hasError(2 * Parser::MaxElifChain + 3, 1, "too many 'elif'"));
  CHECK(f.hasError(200005, 8, "expected expression"));
  std::string okElifs = "if x:\n    pass\n";
  for (int i = 0; i < 1000; ++i)
    okElifs += "elif x:\n    pass\n";
  f.parseOK(okElifs);
}

//===----------------------------------------------------------------------===//
// Printers
//===----------------------------------------------------------------------===//

TEST_CASE("printer: literal formatting", "[printer]") {
  CHECK(formatFloatLiteral(1.0) == "1.0");
  CHECK(formatFloatLiteral(0.1) == "0.1");
  CHECK(formatFloatLiteral(2.5) == "2.5");
  CHECK(formatFloatLiteral(1e100) == "1e+100");
  CHECK(formatFloatLiteral(1e-7) == "1e-07");
  CHECK(formatFloatLiteral(123456789012.0) == "123456789012.0");
  for (double v : {0.1, 1.0 / 3.0, 2.0 / 7.0, 1e-300, 1.7976931348623157e308,
                   5e-324, 100.0, 0.0})
    CHECK(std::strtod(formatFloatLiteral(v).c_str(), nullptr) == v);
  CHECK(quoteStringLiteral("it's\n\\ \x01") == "'it\\'s\\n\\\\ \\x01'");
  CHECK(quoteStringLiteral("{x}", /*isFString=*/true) == "f'{x}'");
}

TEST_CASE("printer: minimal parentheses", "[printer]") {
  ParseFixture f;
  auto canon = [&](llvm::StringRef src) {
    std::unique_ptr<Expr> e = f.parseExpr(src);
    REQUIRE(e);
    return exprToSource(*e);
  };
  CHECK(canon("(a + b) * c") == "(a + b) * c");
  CHECK(canon("a + (b * c)") == "a + b * c");
  CHECK(canon("a - (b - c)") == "a - (b - c)");
  CHECK(canon("(a - b) - c") == "a - b - c");
  CHECK(canon("(-2) ** 2") == "(-2) ** 2");
  CHECK(canon("-(2 ** 2)") == "-2 ** 2");
  CHECK(canon("(a ** b) ** c") == "(a ** b) ** c");
  CHECK(canon("a ** (b ** c)") == "a ** b ** c");
  CHECK(canon("(a < b) < c") == "(a < b) < c");
  CHECK(canon("not (a and b)") == "not (a and b)");
  CHECK(canon("(a if b else c) if d else e") == "(a if b else c) if d else e");
  CHECK(canon("f((a, b), [c, (d,)])") == "f((a, b), [c, (d,)])");
  CHECK(canon("(1).real") == "(1).real");
  CHECK(canon("(a + b).c") == "(a + b).c");
  CHECK(canon("t[(1, 2)]") == "t[1, 2]");
  CHECK(canon("t[0, 1:2, ::3]") == "t[0, 1:2, ::3]");
  CHECK(canon("[x for x in (a if b else c) if (x or y)]") ==
        "[x for x in (a if b else c) if x or y]");
  CHECK(canon("1.5e3") == "1500.0");
  CHECK(canon("\"q'\"") == "'q\\''");
}

TEST_CASE("printer: AST dump", "[printer]") {
  ParseFixture f;
  CHECK(f.dump("def foo(x: Tensor):\n    return x + 1\n") ==
        "Module test.py\n"
        "  FunctionDef foo <1:1>\n"
        "    Param x <1:9>\n"
        "      annotation: Name Tensor <1:12>\n"
        "    Return <2:5>\n"
        "      BinaryOp + <2:12>\n"
        "        Name x <2:12>\n"
        "        IntLiteral 1 <2:16>\n");
  CHECK(f.dump("if a < b:\n    x[1:] = 'a'\nelse:\n    pass\n") ==
        "Module test.py\n"
        "  If <1:1>\n"
        "    test: Compare '<' <1:4>\n"
        "      Name a <1:4>\n"
        "      Name b <1:8>\n"
        "    then:\n"
        "      Assign <2:5>\n"
        "        target: Subscript <2:5>\n"
        "          Name x <2:5>\n"
        "          index: Slice <2:7>\n"
        "            lower: IntLiteral 1 <2:7>\n"
        "        value: StringLiteral 'a' <2:13>\n"
        "    else:\n"
        "      Pass <4:5>\n");
}

static const char *const realisticPrograms[] = {
    R"py(import torch
from typing import List, Optional, Tuple, Dict

class Net(torch.nn.Module):
    __constants__ = ['hidden']

    def __init__(self, hidden: int = 16):
        super().__init__()
        self.hidden = hidden
        self.linear = torch.nn.Linear(hidden, hidden)

    @torch.jit.export
    def forward(self, x: torch.Tensor, mask: Optional[torch.Tensor] = None) -> torch.Tensor:
        h = self.linear(x).relu()
        if mask is not None and mask.dim() > 1:
            h = h * mask[:, None, ...]
        elif x.size(0) == 0:
            return x
        else:
            h = -h ** 2 + 1.5e-3
        return h.sum(dim=-1, keepdim=True)
)py",
    R"py(def topk(xs: List[int], k: int) -> Tuple[List[int], int]:
    out: List[int] = []
    total = 0
    for i, x in enumerate(xs):
        if i >= k: break
        out.append(x); total += x
    while len(out) < k:
        out.append(0)
    counts = {str(x): x % 3 for x in out if x != 0}
    assert k > 0, "k must be positive: " + str(k)
    return out, total if total else -1

def scale(t, s):
    # type: (Tensor, float) -> Tensor
    acc = []  # type: List[Tensor]
    a, *rest = t.unbind(0)
    for j in range(0, 10, 2):
        acc.append(t[j, 1:, ::2] * s ** -j)
    return torch.stack(acc) if len(acc) > 0 else t
)py",
    R"py(x = (1, 2, 3)
y = x[1:2], x[-1]
z = not (y and x) or y is not x
s = 'tab\there' 'and \'quotes\''
f = 0x_ff | 0b1 << 3 ^ 0o7 & ~2
g = [[i, j] for i in range(3)]
with torch.no_grad():
    del g[0]
print(f'{x!r:>10}', *y, sep='')
)py",
};

TEST_CASE("printer: round trip is a fixpoint", "[printer]") {
  ParseFixture f;
  for (const char *src : realisticPrograms) {
    INFO("source:\n" << src);
    std::string once = f.source(src);
    INFO("printed:\n" << once);
    std::string twice = f.source(once);
    CHECK(once == twice);
    // The dumps agree too, except for locations, so compare shapes by
    // re-printing.
    CHECK(f.source(twice) == twice);
  }
  // Spot-check the canonical form of a few statements.
  CHECK(f.source("x=1\nif x :\n  y = x ;z=2\n") ==
        "x = 1\nif x:\n    y = x\n    z = 2\n");
  CHECK(f.source("def f(a,b=1,*,c:int=2)->int:\n  # type: (int) -> int\n"
                 "  return a,b\n") == "def f(a, b=1, *, c: int = 2) -> int:\n"
                                      "    # type: (int) -> int\n"
                                      "    return a, b\n");
}

//===----------------------------------------------------------------------===//
// Robustness
//===----------------------------------------------------------------------===//

/// The parser's contract: either a module and no errors, or no module and at
/// least one error. Crashes, hangs and assertion failures fail the test run.
static void checkContract(ParseFixture &f, llvm::StringRef src) {
  std::unique_ptr<Module> m = f.parse(src);
  bool ok = (m != nullptr) == f.diags.empty();
  if (!ok)
    FAIL("contract violated for input of size " << src.size());
  if (m) {
    // Whatever parses must print and re-parse.
    std::string out;
    llvm::raw_string_ostream os(out);
    printSource(*m, os);
    dumpAST(*m, os);
  }
}

TEST_CASE("robustness: every prefix of a valid program", "[robustness]") {
  ParseFixture f;
  for (const char *program : realisticPrograms) {
    llvm::StringRef src(program);
    for (size_t len = 0; len <= src.size(); ++len)
      checkContract(f, src.take_front(len));
  }
}

TEST_CASE("robustness: random bytes and mutations", "[robustness]") {
  ParseFixture f;
  std::mt19937 rng(12345);
  const std::string alphabet = "abc xyz_019 ()[]{}:;,.=+-*/%<>!&|^~@#'\"\\\n"
                               "\n    \tdef if else return lambda for in ";
  for (int iter = 0; iter < 400; ++iter) {
    std::string s;
    size_t len = rng() % 200;
    bool binary = iter % 2 == 0;
    for (size_t i = 0; i < len; ++i) {
      if (binary)
        s += static_cast<char>(rng() % 256);
      else
        s += alphabet[rng() % alphabet.size()];
    }
    checkContract(f, s);
  }
  // Random single-byte mutations of valid programs.
  for (const char *program : realisticPrograms) {
    for (int iter = 0; iter < 200; ++iter) {
      std::string s = program;
      s[rng() % s.size()] = static_cast<char>(rng() % 128);
      checkContract(f, s);
    }
  }
}
