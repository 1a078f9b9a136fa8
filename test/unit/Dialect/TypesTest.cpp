//===- TypesTest.cpp - The ts dialect's type system -----------------------===//

#include "ts/TSDialect.h"
#include "ts/TSTypes.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"

#include <catch2/catch.hpp>

using namespace mlir;
namespace ts = tsc::ts;

namespace {
struct Ctx {
  MLIRContext ctx;
  Ctx() { ctx.loadDialect<ts::TSDialect>(); }
  Type parse(const char *s) { return parseType(s, &ctx); }
};
} // namespace

TEST_CASE("tensor types parse and print", "[types]") {
  Ctx c;
  for (const char *s : {"!ts.tensor", "!ts.tensor<f32>", "!ts.tensor<[2,?]>",
                        "!ts.tensor<[2,?],f32>", "!ts.tensor<[],i64>",
                        "!ts.tuple<>", "!ts.tuple<!ts.int, !ts.tensor>",
                        "!ts.optional<!ts.list<!ts.int>>",
                        "!ts.dict<!ts.str, !ts.tensor>"}) {
    Type t = c.parse(s);
    REQUIRE(t);
    std::string printed;
    llvm::raw_string_ostream os(printed);
    os << t;
    CHECK(printed == s);
  }
  auto t = cast<ts::TensorType>(c.parse("!ts.tensor<[],i64>"));
  CHECK(t.hasSizes());
  CHECK(t.getSizes()->empty());
  CHECK(!cast<ts::TensorType>(c.parse("!ts.tensor<f32>")).hasSizes());
}

TEST_CASE("subtyping follows TorchScript", "[types]") {
  Ctx c;
  Type tensor = c.parse("!ts.tensor"), refined = c.parse("!ts.tensor<[2],f32>");
  Type i = c.parse("!ts.int"), none = c.parse("!ts.none");
  Type optInt = c.parse("!ts.optional<!ts.int>");
  CHECK(ts::isSubtypeOf(refined, tensor));
  CHECK_FALSE(ts::isSubtypeOf(tensor, refined));
  CHECK(ts::isSubtypeOf(i, optInt));
  CHECK(ts::isSubtypeOf(none, optInt));
  CHECK_FALSE(ts::isSubtypeOf(optInt, i));
  // Lists are invariant, tuples covariant.
  CHECK_FALSE(ts::isSubtypeOf(c.parse("!ts.list<!ts.tensor<f32>>"),
                              c.parse("!ts.list<!ts.tensor>")));
  CHECK(ts::isSubtypeOf(c.parse("!ts.tuple<!ts.tensor<f32>, !ts.int>"),
                        c.parse("!ts.tuple<!ts.tensor, !ts.int>")));
  CHECK(ts::isSubtypeOf(i, c.parse("!ts.number")));
}

TEST_CASE("joins drop what differs", "[types]") {
  Ctx c;
  CHECK(ts::joinTypes(c.parse("!ts.tensor<[2,3],f32>"),
                      c.parse("!ts.tensor<[2,4],f32>")) ==
        c.parse("!ts.tensor<[2,?],f32>"));
  CHECK(ts::joinTypes(c.parse("!ts.tensor<[2],f32>"),
                      c.parse("!ts.tensor<[2,4],i64>")) ==
        c.parse("!ts.tensor"));
  CHECK(ts::joinTypes(c.parse("!ts.none"), c.parse("!ts.int")) ==
        c.parse("!ts.optional<!ts.int>"));
  CHECK(!ts::joinTypes(c.parse("!ts.int"), c.parse("!ts.float")));
}

TEST_CASE("TorchScript spellings of types", "[types]") {
  Ctx c;
  using ts::TypeSyntax;
  CHECK(ts::getTypeName(c.parse("!ts.list<!ts.int>")) == "List[int]");
  CHECK(ts::getTypeName(c.parse("!ts.list<!ts.int>"), TypeSyntax::Graph) ==
        "int[]");
  CHECK(ts::getTypeName(c.parse("!ts.optional<!ts.tensor>")) ==
        "Optional[Tensor]");
  CHECK(ts::getTypeName(c.parse("!ts.optional<!ts.tensor>"),
                        TypeSyntax::Graph) == "Tensor?");
  CHECK(ts::getTypeName(c.parse("!ts.tuple<!ts.int, !ts.tensor>")) ==
        "Tuple[int, Tensor]");
  CHECK(ts::getTypeName(c.parse("!ts.tensor<[2,?],f32>"), TypeSyntax::Graph) ==
        "Float(2, *)");
  CHECK(ts::getTypeName(c.parse("!ts.tensor<[2,?],f32>")) == "Tensor");
}

TEST_CASE("dtype codes match PyTorch's ScalarType", "[types]") {
  Ctx c;
  Builder b(&c.ctx);
  CHECK(ts::getScalarTypeCode(b.getF32Type()) == 6);
  CHECK(ts::getScalarTypeCode(b.getI64Type()) == 4);
  CHECK(ts::getScalarTypeCode(b.getI1Type()) == 11);
  for (int64_t code : {0, 1, 2, 3, 4, 5, 6, 7, 11, 15})
    CHECK(ts::getScalarTypeCode(ts::getDtypeForScalarTypeCode(&c.ctx, code)) ==
          code);
  CHECK(!ts::getDtypeForScalarTypeCode(&c.ctx, 8)); // complex32
  CHECK(ts::getTorchDtypeName(b.getF64Type()) == "Double");
}
