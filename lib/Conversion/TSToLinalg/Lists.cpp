//===- Lists.cpp - Lists that exist only at compile time ------------------===//
//
// A list built by ts.list_construct and never mutated has known elements;
// indexing it with a run-time index becomes a bounds check and a chain of
// selects (scalars or tensors of one type), so the list itself never exists
// at run time.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Runtime.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {
struct GetItemLowering : public OpConversionPattern<ts::AtenGetitemTOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ts::AtenGetitemTOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ts::ListConstructOp list = ts::getImmutableListConstruct(op.getList());
    Type resultType = getTypeConverter()->convertType(op.getType());
    Value index = adaptor.getIdx();
    if (!list || list.getElements().empty() || !resultType ||
        !index.getType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "not a known list");
    SmallVector<Value> elts;
    for (Value e : list.getElements()) {
      Value v = rewriter.getRemappedValue(e);
      if (!v)
        return failure();
      if (v.getType() != resultType) {
        if (!isa<RankedTensorType>(v.getType()) ||
            !isa<RankedTensorType>(resultType))
          return rewriter.notifyMatchFailure(op, "element not converted");
        v = tensor::CastOp::create(rewriter, op.getLoc(), resultType, v);
      }
      elts.push_back(v);
    }
    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type();
    int64_t n = elts.size();
    // Python indexing: negative counts from the end; out of range raises.
    Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    Value size = arith::ConstantIntOp::create(rewriter, loc, i64, n);
    Value negative = arith::CmpIOp::create(
        rewriter, loc, arith::CmpIPredicate::slt, index, zero);
    Value wrapped = arith::AddIOp::create(rewriter, loc, index, size);
    index = arith::SelectOp::create(rewriter, loc, negative, wrapped, index);
    Value low = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt,
                                      index, zero);
    Value high = arith::CmpIOp::create(
        rewriter, loc, arith::CmpIPredicate::sge, index, size);
    emitRuntimeRaiseIf(rewriter, loc,
                       arith::OrIOp::create(rewriter, loc, low, high),
                       "IndexError: list index out of range");
    Value result = elts[0];
    for (int64_t k = 1; k < n; ++k) {
      Value isK = arith::CmpIOp::create(
          rewriter, loc, arith::CmpIPredicate::eq, index,
          arith::ConstantIntOp::create(rewriter, loc, i64, k));
      result = arith::SelectOp::create(rewriter, loc, isK, elts[k], result);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void tsc::populateListPatterns(const TypeConverter &converter,
                               RewritePatternSet &patterns) {
  patterns.add<GetItemLowering>(converter, patterns.getContext());
}
