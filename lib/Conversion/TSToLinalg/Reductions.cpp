//===- Reductions.cpp - Reduction ATen ops to linalg ----------------------===//
//
// Every reduction is one linalg.generic whose loops over the reduced dims
// are `reduction` iterators, accumulating into outputs that linalg.fill
// initialises with the reduction's identity. The outputs drop the reduced
// dims; keepdim puts them back as size-1 dims with tensor.expand_shape, so
// all reductions share one loop structure and fuse alike.
//
// Reductions with an ordering (max, min, argmax, ...) propagate NaN and pick
// the first index on ties, as PyTorch does; their combining step does not
// rely on the iteration order, so later passes may split the reduction.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Runtime.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {

bool isFloat(Type t) { return isa<mlir::FloatType>(t); }

/// Whether integer comparisons of a tensor's elements are unsigned: uint8
/// storage is signless, and bools (i1) are 0/1, not 0/-1.
bool isUnsignedElement(Type tsType, Type elementType) {
  return isUnsignedTensor(tsType) || elementType.isInteger(1);
}

/// The largest (or smallest) value of `type`: the identity of min (max).
Value createExtreme(OpBuilder &b, Location loc, Type type, bool isUnsigned,
                    bool largest) {
  if (auto ft = dyn_cast<mlir::FloatType>(type))
    return arith::ConstantOp::create(
        b, loc,
        b.getFloatAttr(ft, APFloat::getInf(ft.getFloatSemantics(), !largest)));
  unsigned width = type.getIntOrFloatBitWidth();
  APInt v = isUnsigned
                ? (largest ? APInt::getMaxValue(width) : APInt::getZero(width))
                : (largest ? APInt::getSignedMaxValue(width)
                           : APInt::getSignedMinValue(width));
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, v));
}


Value castTensor(OpBuilder &b, Location loc, Value v, RankedTensorType type) {
  if (v.getType() == type)
    return v;
  return tensor::CastOp::create(b, loc, type, v);
}

/// One step of a reduction: the new accumulators from the inputs' elements
/// and the current accumulators.
using CombineFn = llvm::function_ref<SmallVector<Value>(
    OpBuilder &, Location, ValueRange ins, ValueRange accs)>;

/// Reduces `input` over the dims set in `reduced`. `sideInputs` are shaped
/// like the results (the reduced dims dropped) and read beside the input.
/// There is one result per init value, of the init's element type.
SmallVector<Value> buildReduction(OpBuilder &b, Location loc, Value input,
                                  ArrayRef<bool> reduced, ValueRange sideInputs,
                                  ValueRange inits, CombineFn combine) {
  auto inType = cast<RankedTensorType>(input.getType());
  int64_t rank = inType.getRank();
  SmallVector<AffineExpr> outExprs;
  SmallVector<OpFoldResult> outSizes;
  SmallVector<utils::IteratorType> iters;
  for (int64_t d = 0; d < rank; ++d) {
    if (reduced[d]) {
      iters.push_back(utils::IteratorType::reduction);
      continue;
    }
    iters.push_back(utils::IteratorType::parallel);
    outExprs.push_back(b.getAffineDimExpr(d));
    outSizes.push_back(tensor::getMixedSize(b, loc, input, d));
  }
  AffineMap outMap = AffineMap::get(rank, 0, outExprs, b.getContext());
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank)};
  SmallVector<Value> ins{input};
  for (Value s : sideInputs) {
    ins.push_back(s);
    maps.push_back(outMap);
  }
  SmallVector<Value> outs;
  SmallVector<Type> outTypes;
  for (Value init : inits) {
    Value empty = tensor::EmptyOp::create(b, loc, outSizes, init.getType());
    Value filled = linalg::FillOp::create(b, loc, TypeRange{empty.getType()},
                                          ValueRange{init}, ValueRange{empty})
                       .getResult(0);
    outs.push_back(filled);
    outTypes.push_back(filled.getType());
    maps.push_back(outMap);
  }
  auto generic = linalg::GenericOp::create(
      b, loc, outTypes, ins, outs, maps, iters,
      [&](OpBuilder &nb, Location l, ValueRange args) {
        SmallVector<Value> next = combine(nb, l, args.take_front(ins.size()),
                                          args.drop_front(ins.size()));
        linalg::YieldOp::create(nb, l, next);
      });
  return SmallVector<Value>(generic.getResults());
}

/// Puts the reduced dims of a reduction's result back as size-1 dims when
/// `keepDim`, and casts to the refined result type.
Value finishReduction(OpBuilder &b, Location loc, Value v,
                      ArrayRef<bool> reduced, bool keepDim,
                      RankedTensorType resultType) {
  if (keepDim) {
    auto vType = cast<RankedTensorType>(v.getType());
    SmallVector<ReassociationIndices> groups;
    ReassociationIndices leading;
    SmallVector<int64_t> shape;
    int64_t next = 0;
    for (auto [d, isReduced] : llvm::enumerate(reduced)) {
      if (isReduced) {
        shape.push_back(1);
        if (groups.empty())
          leading.push_back(d);
        else
          groups.back().push_back(d);
        continue;
      }
      shape.push_back(vType.getDimSize(next++));
      leading.push_back(d);
      groups.push_back(leading);
      leading.clear();
    }
    auto expandedType = RankedTensorType::get(shape, vType.getElementType());
    if (expandedType != vType)
      v = tensor::ExpandShapeOp::create(b, loc, expandedType, v, groups);
  }
  return castTensor(b, loc, v, resultType);
}

/// Raises when one of the reduced dims of `input` is empty: max, min and
/// their relatives have no identity PyTorch would return.
void checkNonEmpty(OpBuilder &b, Location loc, Value input,
                   ArrayRef<bool> reduced, StringRef what) {
  auto type = cast<RankedTensorType>(input.getType());
  for (auto [d, isReduced] : llvm::enumerate(reduced)) {
    if (!isReduced || (!type.isDynamicDim(d) && type.getDimSize(d) != 0))
      continue;
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value empty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                        getDimSize(b, loc, input, d), zero);
    emitRuntimeRaiseIf(b, loc, empty,
                       ("IndexError: " + what + "(): Expected reduction dim " +
                        Twine(d) + " to have non-zero size.")
                           .str());
  }
}

/// Which dims a `dim` operand (None, an int list or an int) reduces, or
/// failure when not known at compile time. None and (where `emptyIsAll`) an
/// empty list reduce all dims.
FailureOr<SmallVector<bool>> getReducedDims(Value tsDims, int64_t rank,
                                            bool emptyIsAll) {
  SmallVector<bool> reduced(rank, false);
  if (isNoneValue(tsDims)) {
    reduced.assign(rank, true);
    return reduced;
  }
  SmallVector<Value> elements;
  if (isa<ts::IntType>(tsDims.getType())) {
    elements.push_back(tsDims);
  } else {
    // `int[1]? dim` arguments arrive as Optional[List[int]].
    while (auto d = tsDims.getDefiningOp<ts::DerefineOp>())
      tsDims = d.getOperand();
    auto list = tsDims.getDefiningOp<ts::ListConstructOp>();
    if (!list)
      return failure();
    llvm::append_range(elements, list.getElements());
  }
  if (elements.empty() && emptyIsAll)
    reduced.assign(rank, true);
  for (Value e : elements) {
    std::optional<int64_t> dim = matchConstantInt(e);
    if (!dim)
      return failure();
    FailureOr<int64_t> d = normalizeDim(*dim, rank);
    if (failed(d))
      return failure();
    // A 0-d tensor accepts dim 0 and -1 and has nothing to reduce.
    if (rank == 0)
      continue;
    // PyTorch rejects a dim listed twice.
    if (reduced[*d])
      return failure();
    reduced[*d] = true;
  }
  return reduced;
}

//===----------------------------------------------------------------------===//
// sum, mean, prod, amax, amin, max, min (values only)
//===----------------------------------------------------------------------===//

enum class ReduceKind { Sum, Mean, Prod, Max, Min };

struct ReduceSpec {
  ReduceKind kind;
  /// Operand index of the dims (-1: all dims), of keepdim (-1: false).
  int dims = -1, keepDim = -1;
  /// Whether an empty dim list means all dims (sum.dim_IntList, amax) or
  /// none.
  bool emptyIsAll = true;
  /// The name in error messages about empty inputs (max and min only).
  StringRef name = "";
};

const llvm::StringMap<ReduceSpec> &getReduceSpecs() {
  static const llvm::StringMap<ReduceSpec> specs = {
      {"ts.aten.sum", {ReduceKind::Sum}},
      {"ts.aten.sum.dim_IntList", {ReduceKind::Sum, 1, 2}},
      {"ts.aten.mean", {ReduceKind::Mean}},
      {"ts.aten.mean.dim", {ReduceKind::Mean, 1, 2}},
      {"ts.aten.prod", {ReduceKind::Prod}},
      {"ts.aten.amax", {ReduceKind::Max, 1, 2, true, "amax"}},
      {"ts.aten.amin", {ReduceKind::Min, 1, 2, true, "amin"}},
      {"ts.aten.max", {ReduceKind::Max, -1, -1, true, "max"}},
      {"ts.aten.min", {ReduceKind::Min, -1, -1, true, "min"}},
  };
  return specs;
}

struct ReduceLowering : public ConversionPattern {
  ReduceLowering(const TypeConverter &converter, StringRef opName,
                 MLIRContext *ctx)
      : ConversionPattern(converter, opName, /*benefit=*/1, ctx) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    auto it = getReduceSpecs().find(op->getName().getStringRef());
    if (it == getReduceSpecs().end())
      return failure();
    const ReduceSpec &spec = it->second;
    Location loc = op->getLoc();
    RankedTensorType resultType =
        getRankedType(getTypeConverter(), op->getResult(0).getType());
    auto inType = dyn_cast<RankedTensorType>(operands[0].getType());
    if (!resultType || !inType)
      return rewriter.notifyMatchFailure(op, "rank or dtype unknown");
    int64_t rank = inType.getRank();
    Type elt = resultType.getElementType();
    if (spec.kind == ReduceKind::Mean && !isFloat(elt))
      return rewriter.notifyMatchFailure(op, "mean of a non-float dtype");

    SmallVector<bool> reduced(rank, true);
    if (spec.dims >= 0) {
      FailureOr<SmallVector<bool>> r =
          getReducedDims(op->getOperand(spec.dims), rank, spec.emptyIsAll);
      if (failed(r))
        return rewriter.notifyMatchFailure(op, "dims not constant");
      reduced = *r;
    }
    bool keepDim = false;
    if (spec.keepDim >= 0) {
      std::optional<bool> k = matchConstantBool(operands[spec.keepDim]);
      if (!k)
        return rewriter.notifyMatchFailure(op, "keepdim not constant");
      keepDim = *k;
    }

    bool srcUnsigned = isUnsignedTensor(op->getOperand(0).getType());
    bool eltUnsigned = isUnsignedElement(op->getResult(0).getType(), elt);
    bool isMax = spec.kind == ReduceKind::Max;
    Value init;
    switch (spec.kind) {
    case ReduceKind::Sum:
    case ReduceKind::Mean:
      init = createConstant(rewriter, loc, elt, 0.0);
      break;
    case ReduceKind::Prod:
      init = createConstant(rewriter, loc, elt, 1.0);
      break;
    case ReduceKind::Max:
    case ReduceKind::Min:
      if (spec.dims < 0) {
        // max()/min() of a whole tensor: PyTorch names no dim.
        Value numel = arith::ConstantIndexOp::create(rewriter, loc, 1);
        for (int64_t d = 0; d < rank; ++d)
          numel = arith::MulIOp::create(
              rewriter, loc, numel, getDimSize(rewriter, loc, operands[0], d));
        Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
        Value empty = arith::CmpIOp::create(
            rewriter, loc, arith::CmpIPredicate::eq, numel, zero);
        emitRuntimeRaiseIf(
            rewriter, loc, empty,
            ("RuntimeError: " + spec.name +
             "(): Expected reduction dim to be specified for input.numel() "
             "== 0. Specify the reduction dim with the 'dim' argument.")
                .str());
      } else {
        checkNonEmpty(rewriter, loc, operands[0], reduced, spec.name);
      }
      init = createExtreme(rewriter, loc, elt, eltUnsigned, !isMax);
      break;
    }

    Value result =
        buildReduction(rewriter, loc, operands[0], reduced, {}, {init},
                       [&](OpBuilder &b, Location l, ValueRange ins,
                           ValueRange accs) -> SmallVector<Value> {
                         Value x = castScalar(b, l, ins[0], elt, srcUnsigned);
                         Value acc = accs[0];
                         switch (spec.kind) {
                         case ReduceKind::Sum:
                         case ReduceKind::Mean:
                           if (isFloat(elt))
                             return {arith::AddFOp::create(b, l, acc, x)};
                           // Sums of bools are int64 (the result type): i1 adds
                           // never reach here.
                           return {arith::AddIOp::create(b, l, acc, x)};
                         case ReduceKind::Prod:
                           if (isFloat(elt))
                             return {arith::MulFOp::create(b, l, acc, x)};
                           if (elt.isInteger(1))
                             return {arith::AndIOp::create(b, l, acc, x)};
                           return {arith::MulIOp::create(b, l, acc, x)};
                         case ReduceKind::Max:
                         case ReduceKind::Min:
                           return {createMax(b, l, acc, x, eltUnsigned, isMax)};
                         }
                         llvm_unreachable("unknown reduction");
                       })
            .front();

    if (spec.kind == ReduceKind::Mean) {
      // Divide by the number of reduced elements (0/0 gives NaN for empty
      // reductions, as in PyTorch).
      Value count = arith::ConstantIndexOp::create(rewriter, loc, 1);
      for (int64_t d = 0; d < rank; ++d)
        if (reduced[d])
          count = arith::MulIOp::create(
              rewriter, loc, count, getDimSize(rewriter, loc, operands[0], d));
      count = arith::IndexCastOp::create(rewriter, loc, rewriter.getI64Type(),
                                         count);
      count = castScalar(rewriter, loc, count, elt);
      auto sumType = cast<RankedTensorType>(result.getType());
      AffineMap id = rewriter.getMultiDimIdentityMap(sumType.getRank());
      SmallVector<utils::IteratorType> iters(sumType.getRank(),
                                             utils::IteratorType::parallel);
      result = linalg::GenericOp::create(
                   rewriter, loc, TypeRange{sumType}, ValueRange{result},
                   ValueRange{result}, ArrayRef<AffineMap>{id, id}, iters,
                   [&](OpBuilder &b, Location l, ValueRange args) {
                     Value q = arith::DivFOp::create(b, l, args[0], count);
                     linalg::YieldOp::create(b, l, q);
                   })
                   .getResult(0);
    }
    rewriter.replaceOp(op, finishReduction(rewriter, loc, result, reduced,
                                           keepDim, resultType));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// max.dim, min.dim, argmax, argmin
//===----------------------------------------------------------------------===//

struct ArgReduceLowering : public ConversionPattern {
  ArgReduceLowering(const TypeConverter &converter, StringRef opName,
                    MLIRContext *ctx)
      : ConversionPattern(converter, opName, /*benefit=*/1, ctx) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    StringRef name = op->getName().getStringRef();
    bool isMax, withValues;
    if (name == "ts.aten.max.dim" || name == "ts.aten.min.dim")
      withValues = true;
    else if (name == "ts.aten.argmax" || name == "ts.aten.argmin")
      withValues = false;
    else
      return failure();
    isMax = name.contains("max");
    Location loc = op->getLoc();
    Value input = operands[0];
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    SmallVector<RankedTensorType> resultTypes;
    for (Value r : op->getResults())
      resultTypes.push_back(getRankedType(getTypeConverter(), r.getType()));
    if (!inType || llvm::is_contained(resultTypes, RankedTensorType()))
      return rewriter.notifyMatchFailure(op, "rank or dtype unknown");
    std::optional<bool> keepDim = matchConstantBool(operands[2]);
    if (!keepDim)
      return rewriter.notifyMatchFailure(op, "keepdim not constant");
    Type elt = inType.getElementType();
    bool eltUnsigned = isUnsignedElement(op->getOperand(0).getType(), elt);
    StringRef what =
        withValues ? (isMax ? "max" : "min") : (isMax ? "argmax" : "argmin");

    // argmax/argmin without a dim look at the flattened tensor: reduce a
    // 1-D view, and the result is 0-d (or all ones with keepdim).
    bool flatten = isNoneValue(op->getOperand(1));
    int64_t rank = inType.getRank();
    SmallVector<bool> reduced;
    if (flatten) {
      Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
      Value numel = arith::ConstantIndexOp::create(rewriter, loc, 1);
      for (int64_t d = 0; d < rank; ++d)
        numel = arith::MulIOp::create(rewriter, loc, numel,
                                      getDimSize(rewriter, loc, input, d));
      Value empty = arith::CmpIOp::create(
          rewriter, loc, arith::CmpIPredicate::eq, numel, zero);
      emitRuntimeRaiseIf(
          rewriter, loc, empty,
          ("IndexError: " + what +
           "(): Expected reduction dim to be specified for input.numel() == "
           "0.")
              .str());
      if (rank == 0) {
        input = tensor::ExpandShapeOp::create(
            rewriter, loc, RankedTensorType::get({1}, elt), input,
            ArrayRef<ReassociationIndices>{});
      } else if (rank > 1) {
        ReassociationIndices all = llvm::to_vector(llvm::seq<int64_t>(0, rank));
        input = tensor::CollapseShapeOp::create(
            rewriter, loc, input, ArrayRef<ReassociationIndices>{all});
      }
      reduced.assign(1, true);
    } else {
      std::optional<int64_t> dim = matchConstantInt(operands[1]);
      if (!dim)
        return rewriter.notifyMatchFailure(op, "dim not constant");
      FailureOr<SmallVector<bool>> r =
          getReducedDims(op->getOperand(1), rank, /*emptyIsAll=*/false);
      if (failed(r))
        return rewriter.notifyMatchFailure(op, "dim out of range");
      reduced = *r;
      checkNonEmpty(rewriter, loc, input, reduced, what);
    }
    // The loop of the reduced dim, if any (0-d inputs have none: index 0).
    std::optional<unsigned> reducedLoop;
    for (auto [d, isReduced] : llvm::enumerate(reduced))
      if (isReduced)
        reducedLoop = d;

    Type i64 = rewriter.getI64Type();
    Value initValue = createExtreme(rewriter, loc, elt, eltUnsigned, !isMax);
    Value initIndex = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    SmallVector<Value> results = buildReduction(
        rewriter, loc, input, reduced, {}, {initValue, initIndex},
        [&](OpBuilder &b, Location l, ValueRange ins,
            ValueRange accs) -> SmallVector<Value> {
          Value x = ins[0], acc = accs[0], accIndex = accs[1];
          Value index = arith::ConstantIntOp::create(b, l, i64, 0);
          if (reducedLoop)
            index = arith::IndexCastOp::create(
                b, l, i64, linalg::IndexOp::create(b, l, *reducedLoop));
          // `better`: x comes before acc in the order (NaN first); `tie`:
          // they are equal, and the lower index wins whatever the order
          // of iteration.
          Value better, tie;
          if (isFloat(elt)) {
            Value xNan =
                arith::CmpFOp::create(b, l, arith::CmpFPredicate::UNO, x, x);
            Value accNan = arith::CmpFOp::create(
                b, l, arith::CmpFPredicate::UNO, acc, acc);
            Value accNotNan = arith::XOrIOp::create(
                b, l, accNan,
                arith::ConstantIntOp::create(b, l, b.getI1Type(), 1));
            better = arith::CmpFOp::create(b, l,
                                           isMax ? arith::CmpFPredicate::OGT
                                                 : arith::CmpFPredicate::OLT,
                                           x, acc);
            better = arith::OrIOp::create(
                b, l, better, arith::AndIOp::create(b, l, xNan, accNotNan));
            tie = arith::OrIOp::create(
                b, l,
                arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, x, acc),
                arith::AndIOp::create(b, l, xNan, accNan));
          } else {
            arith::CmpIPredicate pred =
                isMax ? (eltUnsigned ? arith::CmpIPredicate::ugt
                                     : arith::CmpIPredicate::sgt)
                      : (eltUnsigned ? arith::CmpIPredicate::ult
                                     : arith::CmpIPredicate::slt);
            better = arith::CmpIOp::create(b, l, pred, x, acc);
            tie = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, x, acc);
          }
          Value earlier = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt,
                                                index, accIndex);
          Value take = arith::OrIOp::create(
              b, l, better, arith::AndIOp::create(b, l, tie, earlier));
          return {arith::SelectOp::create(b, l, take, x, acc),
                  arith::SelectOp::create(b, l, take, index, accIndex)};
        });

    SmallVector<Value> replacements;
    if (flatten) {
      // The 0-d result; with keepdim, as many size-1 dims as the input has.
      for (auto [i, r] : llvm::enumerate(resultTypes)) {
        Value v = results[withValues ? i : 1];
        if (*keepDim && rank > 0)
          v = tensor::ExpandShapeOp::create(
              rewriter, loc,
              RankedTensorType::get(
                  SmallVector<int64_t>(rank, 1),
                  cast<RankedTensorType>(v.getType()).getElementType()),
              v, ArrayRef<ReassociationIndices>{});
        replacements.push_back(castTensor(rewriter, loc, v, r));
      }
    } else {
      for (auto [i, r] : llvm::enumerate(resultTypes))
        replacements.push_back(finishReduction(
            rewriter, loc, results[withValues ? i : 1], reduced, *keepDim, r));
    }
    rewriter.replaceOp(op, replacements);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// softmax, log_softmax
//===----------------------------------------------------------------------===//

/// softmax(x) = exp(x - max) / sum(exp(x - max)) along a dim, and
/// log_softmax(x) = x - max - log(sum(exp(x - max))): subtracting the max
/// keeps exp from overflowing. Two reductions (max, sum of exponentials)
/// and one elementwise pass; exp(x - max) is recomputed rather than stored.
struct SoftmaxLowering : public ConversionPattern {
  SoftmaxLowering(const TypeConverter &converter, StringRef opName,
                  MLIRContext *ctx)
      : ConversionPattern(converter, opName, /*benefit=*/1, ctx) {}

  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    StringRef name = op->getName().getStringRef();
    if (name != "ts.aten.softmax.int" && name != "ts.aten.log_softmax.int")
      return failure();
    bool isLog = name == "ts.aten.log_softmax.int";
    Location loc = op->getLoc();
    Value input = operands[0];
    auto inType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType =
        getRankedType(getTypeConverter(), op->getResult(0).getType());
    if (!inType || !resultType)
      return rewriter.notifyMatchFailure(op, "rank or dtype unknown");
    Type elt = resultType.getElementType();
    if (!isFloat(elt))
      return rewriter.notifyMatchFailure(op, "softmax of a non-float dtype");
    if (!matchConstantInt(operands[1]))
      return rewriter.notifyMatchFailure(op, "dim not constant");
    int64_t rank = inType.getRank();
    FailureOr<SmallVector<bool>> reduced =
        getReducedDims(op->getOperand(1), rank, /*emptyIsAll=*/false);
    if (failed(reduced))
      return rewriter.notifyMatchFailure(op, "dim out of range");
    bool srcUnsigned = isUnsignedTensor(op->getOperand(0).getType());
    auto load = [&](OpBuilder &b, Location l, Value x) {
      return castScalar(b, l, x, elt, srcUnsigned);
    };

    Value negInf = createExtreme(rewriter, loc, elt, false, false);
    Value max = buildReduction(rewriter, loc, input, *reduced, {}, {negInf},
                               [&](OpBuilder &b, Location l, ValueRange ins,
                                   ValueRange accs) -> SmallVector<Value> {
                                 return {arith::MaximumFOp::create(
                                     b, l, accs[0], load(b, l, ins[0]))};
                               })
                    .front();
    Value zero = createConstant(rewriter, loc, elt, 0.0);
    Value sum =
        buildReduction(rewriter, loc, input, *reduced, {max}, {zero},
                       [&](OpBuilder &b, Location l, ValueRange ins,
                           ValueRange accs) -> SmallVector<Value> {
                         Value shifted = arith::SubFOp::create(
                             b, l, load(b, l, ins[0]), ins[1]);
                         Value e = math::ExpOp::create(b, l, shifted);
                         return {arith::AddFOp::create(b, l, accs[0], e)};
                       })
            .front();

    SmallVector<AffineExpr> reducedExprs;
    for (int64_t d = 0; d < rank; ++d)
      if (!(*reduced)[d])
        reducedExprs.push_back(rewriter.getAffineDimExpr(d));
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    AffineMap reducedMap =
        AffineMap::get(rank, 0, reducedExprs, rewriter.getContext());
    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, input);
    Value init = tensor::EmptyOp::create(rewriter, loc, sizes, elt);
    SmallVector<utils::IteratorType> iters(rank, utils::IteratorType::parallel);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{init.getType()},
            ValueRange{input, max, sum}, ValueRange{init},
            ArrayRef<AffineMap>{id, reducedMap, reducedMap, id}, iters,
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value shifted =
                  arith::SubFOp::create(b, l, load(b, l, args[0]), args[1]);
              Value r;
              if (isLog)
                r = arith::SubFOp::create(b, l, shifted,
                                          math::LogOp::create(b, l, args[2]));
              else
                r = arith::DivFOp::create(
                    b, l, math::ExpOp::create(b, l, shifted), args[2]);
              linalg::YieldOp::create(b, l, r);
            })
            .getResult(0);
    rewriter.replaceOp(op, castTensor(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void tsc::populateReductionPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  for (const auto &spec : getReduceSpecs())
    patterns.add<ReduceLowering>(converter, spec.getKey(), ctx);
  for (StringRef name : {"ts.aten.max.dim", "ts.aten.min.dim", "ts.aten.argmax",
                         "ts.aten.argmin"})
    patterns.add<ArgReduceLowering>(converter, name, ctx);
  for (StringRef name : {"ts.aten.softmax.int", "ts.aten.log_softmax.int"})
    patterns.add<SoftmaxLowering>(converter, name, ctx);
}
