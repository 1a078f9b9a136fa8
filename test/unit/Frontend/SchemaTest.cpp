//===- SchemaTest.cpp - ATen schema parsing and lookup --------------------===//

#include "tsc/Frontend/Schema.h"

#include <catch2/catch.hpp>

using namespace tsc;

TEST_CASE("schemas parse into arguments and returns", "[schema]") {
  auto s = FunctionSchema::parse(
      "aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> "
      "Tensor");
  REQUIRE(s);
  CHECK(s->name == "aten::add");
  CHECK(s->overload == "Tensor");
  CHECK(s->getOpName() == "ts.aten.add.Tensor");
  REQUIRE(s->arguments.size() == 3);
  CHECK(s->arguments[0].name == "self");
  CHECK(s->arguments[0].type->kind == SchemaType::Kind::Tensor);
  CHECK_FALSE(s->arguments[1].keywordOnly);
  CHECK(s->arguments[2].keywordOnly);
  CHECK(s->arguments[2].defaultValue == std::string("1"));
  CHECK(s->arguments[2].type->kind == SchemaType::Kind::Scalar);
  REQUIRE(s->returns.size() == 1);
}

TEST_CASE("schema types with aliases, lists and optionals", "[schema]") {
  auto s = FunctionSchema::parse(
      "aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor "
      "values, Tensor indices)");
  REQUIRE(s);
  CHECK(s->returns.size() == 2);
  auto t = SchemaType::parse("int[1]?");
  CHECK(t->kind == SchemaType::Kind::Optional);
  CHECK(t->element->kind == SchemaType::Kind::List);
  CHECK(t->element->element->kind == SchemaType::Kind::Int);
  CHECK(SchemaType::parse("t(a -> *)")->kind == SchemaType::Kind::TypeVar);
  CHECK(SchemaType::parse("Tensor(a!)")->kind == SchemaType::Kind::Tensor);
  CHECK(SchemaType::parse("ScalarType?")->str() == "Optional[int]");
  auto conv = FunctionSchema::parse(
      "aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] "
      "stride=1) -> Tensor");
  REQUIRE(conv);
  CHECK(conv->arguments[3].fixedListSize == 2);
  CHECK_FALSE(FunctionSchema::parse("aten::format(str self, ...) -> str"));
}

TEST_CASE("the registry knows supported and unsupported operators",
          "[schema]") {
  CHECK(lookupSchemas("aten::add").size() >= 4);
  CHECK(lookupSchemas("aten::lgamma").empty());
  CHECK(isKnownUnsupportedOperator("aten::lgamma"));
  CHECK_FALSE(isKnownUnsupportedOperator("aten::add"));
  CHECK_FALSE(isKnownUnsupportedOperator("aten::no_such_op"));
}
