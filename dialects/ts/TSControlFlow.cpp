//===- TSControlFlow.cpp - ts.if and ts.loop ------------------------------===//
//
// TorchScript's structured control flow: parsing, printing, verification and
// the canonicalizations that remove dead branches, dead loops and unused
// results.
//
//===----------------------------------------------------------------------===//

#include "ts/TSOps.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace tsc::ts {

static YieldOp getYield(Block *block) {
  return dyn_cast<YieldOp>(block->getTerminator());
}

/// Parses an optional `-> (T1, T2)` result type list.
static ParseResult parseOptionalResultTypes(OpAsmParser &parser,
                                            SmallVectorImpl<Type> &types) {
  if (failed(parser.parseOptionalArrow()))
    return success();
  if (parser.parseLParen())
    return failure();
  if (succeeded(parser.parseOptionalRParen()))
    return success();
  if (parser.parseTypeList(types) || parser.parseRParen())
    return failure();
  return success();
}

/// Moves the ops of `block` (a single-block region of `op`) before `op`,
/// replaces `op`'s results with the yielded values, and erases `op`.
static void inlineBlockBefore(PatternRewriter &rewriter, Operation *op,
                              Block *block) {
  YieldOp yield = getYield(block);
  SmallVector<Value> results(yield.getValues());
  rewriter.inlineBlockBefore(block, op);
  rewriter.replaceOp(op, results);
  rewriter.eraseOp(yield);
}

//===----------------------------------------------------------------------===//
// IfOp
//===----------------------------------------------------------------------===//

// ts.if %c -> (T1, T2) { ... } else { ... }
void IfOp::print(OpAsmPrinter &p) {
  p << " " << getCondition();
  if (getNumResults())
    p << " -> (" << getResultTypes() << ")";
  p << " ";
  p.printRegion(getThenRegion(), /*printEntryBlockArgs=*/false);
  p << " else ";
  p.printRegion(getElseRegion(), /*printEntryBlockArgs=*/false);
  p.printOptionalAttrDict((*this)->getAttrs());
}

ParseResult IfOp::parse(OpAsmParser &parser, OperationState &result) {
  OpAsmParser::UnresolvedOperand cond;
  if (parser.parseOperand(cond) ||
      parser.resolveOperand(cond, BoolType::get(parser.getContext()),
                            result.operands) ||
      parseOptionalResultTypes(parser, result.types))
    return failure();
  Region *thenRegion = result.addRegion();
  Region *elseRegion = result.addRegion();
  if (parser.parseRegion(*thenRegion) || parser.parseKeyword("else") ||
      parser.parseRegion(*elseRegion) ||
      parser.parseOptionalAttrDict(result.attributes))
    return failure();
  return success();
}

static LogicalResult verifyYieldTypes(Operation *op, YieldOp yield,
                                      TypeRange expected, StringRef what) {
  if (!yield)
    return op->emitOpError() << what << " must end in ts.yield";
  TypeRange got = yield.getValues().getTypes();
  if (got.size() != expected.size())
    return yield.emitOpError("yields ")
           << got.size() << " values but " << what << " expects "
           << expected.size();
  for (auto [i, pair] : llvm::enumerate(llvm::zip(got, expected)))
    if (std::get<0>(pair) != std::get<1>(pair))
      return yield.emitOpError("value #")
             << i << " has type " << std::get<0>(pair) << " but " << what
             << " expects " << std::get<1>(pair);
  return success();
}

LogicalResult IfOp::verify() {
  if (failed(verifyYieldTypes(*this, getYield(thenBlock()), getResultTypes(),
                              "the then-region")) ||
      failed(verifyYieldTypes(*this, getYield(elseBlock()), getResultTypes(),
                              "the else-region")))
    return failure();
  return success();
}

namespace {
/// ts.if with a constant condition -> the taken region, inlined.
struct FoldConstantIf : public OpRewritePattern<IfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(IfOp op,
                                PatternRewriter &rewriter) const override {
    BoolAttr cond;
    if (!matchPattern(op.getCondition(), m_Constant(&cond)))
      return failure();
    inlineBlockBefore(rewriter, op,
                      cond.getValue() ? op.thenBlock() : op.elseBlock());
    return success();
  }
};

/// Drops results that are unused, or that both branches yield as the same
/// value defined above the if.
struct SimplifyIfResults : public OpRewritePattern<IfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(IfOp op,
                                PatternRewriter &rewriter) const override {
    YieldOp thenYield = getYield(op.thenBlock());
    YieldOp elseYield = getYield(op.elseBlock());
    SmallVector<unsigned> kept;
    bool changed = false;
    for (unsigned i = 0, e = op.getNumResults(); i < e; ++i) {
      Value t = thenYield.getValues()[i], f = elseYield.getValues()[i];
      if (t == f && !op->isAncestor(t.getParentRegion()->getParentOp()) &&
          t.getParentRegion()->isAncestor(op->getParentRegion())) {
        rewriter.replaceAllUsesWith(op.getResult(i), t);
        changed = true;
        continue;
      }
      if (op.getResult(i).use_empty()) {
        changed = true;
        continue;
      }
      kept.push_back(i);
    }
    if (!changed)
      return failure();
    SmallVector<Type> types;
    for (unsigned i : kept)
      types.push_back(op.getResult(i).getType());
    auto newIf = IfOp::create(rewriter, op.getLoc(), types, op.getCondition());
    newIf->setAttrs(op->getAttrs());
    for (auto [from, to] : {std::pair{&op.getThenRegion(),
                                      &newIf.getThenRegion()},
                            std::pair{&op.getElseRegion(),
                                      &newIf.getElseRegion()}}) {
      rewriter.inlineRegionBefore(*from, *to, to->end());
      YieldOp y = getYield(&to->front());
      SmallVector<Value> vals;
      for (unsigned i : kept)
        vals.push_back(y.getValues()[i]);
      rewriter.setInsertionPoint(y);
      rewriter.replaceOpWithNewOp<YieldOp>(y, vals);
    }
    SmallVector<Value> replacements(op.getNumResults(), Value());
    for (auto [n, i] : llvm::enumerate(kept))
      replacements[i] = newIf.getResult(n);
    for (unsigned i = 0, e = op.getNumResults(); i < e; ++i)
      if (!replacements[i] && !op.getResult(i).use_empty())
        return failure(); // unreachable: every dropped result was replaced
    for (unsigned i = 0, e = op.getNumResults(); i < e; ++i)
      if (replacements[i])
        rewriter.replaceAllUsesWith(op.getResult(i), replacements[i]);
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void IfOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                       MLIRContext *context) {
  results.add<FoldConstantIf, SimplifyIfResults>(context);
}

//===----------------------------------------------------------------------===//
// LoopOp
//===----------------------------------------------------------------------===//

// ts.loop %n, %cond (%i) iter_args(%a = %init : T) -> (T) { ... }
void LoopOp::print(OpAsmPrinter &p) {
  p << " " << getMaxTripCount() << ", " << getInitialCondition() << " (";
  p.printRegionArgument(getInductionVar(), {}, /*omitType=*/true);
  p << ")";
  if (!getIterArgs().empty()) {
    p << " iter_args(";
    llvm::interleaveComma(
        llvm::zip(getRegionIterArgs(), getIterArgs()), p, [&](auto pair) {
          p << std::get<0>(pair) << " = " << std::get<1>(pair) << " : "
            << std::get<1>(pair).getType();
        });
    p << ")";
  }
  if (getNumResults())
    p << " -> (" << getResultTypes() << ")";
  p << " ";
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false);
  p.printOptionalAttrDict((*this)->getAttrs());
}

ParseResult LoopOp::parse(OpAsmParser &parser, OperationState &result) {
  MLIRContext *ctx = parser.getContext();
  OpAsmParser::UnresolvedOperand trip, cond;
  SmallVector<OpAsmParser::Argument> regionArgs(1);
  if (parser.parseOperand(trip) || parser.parseComma() ||
      parser.parseOperand(cond) || parser.parseLParen() ||
      parser.parseArgument(regionArgs[0]) || parser.parseRParen() ||
      parser.resolveOperand(trip, IntType::get(ctx), result.operands) ||
      parser.resolveOperand(cond, BoolType::get(ctx), result.operands))
    return failure();
  regionArgs[0].type = IntType::get(ctx);
  if (succeeded(parser.parseOptionalKeyword("iter_args"))) {
    if (parser.parseLParen())
      return failure();
    do {
      OpAsmParser::Argument arg;
      OpAsmParser::UnresolvedOperand init;
      Type type;
      if (parser.parseArgument(arg) || parser.parseEqual() ||
          parser.parseOperand(init) || parser.parseColonType(type) ||
          parser.resolveOperand(init, type, result.operands))
        return failure();
      arg.type = type;
      regionArgs.push_back(arg);
    } while (succeeded(parser.parseOptionalComma()));
    if (parser.parseRParen())
      return failure();
  }
  if (parseOptionalResultTypes(parser, result.types))
    return failure();
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, regionArgs) ||
      parser.parseOptionalAttrDict(result.attributes))
    return failure();
  return success();
}

LogicalResult LoopOp::verify() {
  Block *body = getBodyBlock();
  if (getIterArgs().size() != getNumResults())
    return emitOpError("has ") << getIterArgs().size()
                               << " loop-carried values but "
                               << getNumResults() << " results";
  if (body->getNumArguments() != getNumResults() + 1)
    return emitOpError("body must take the iteration number and ")
           << getNumResults() << " loop-carried values";
  if (!isa<IntType>(body->getArgument(0).getType()))
    return emitOpError("iteration number must be !ts.int");
  for (auto [init, arg, res] :
       llvm::zip(getIterArgs(), getRegionIterArgs(), getResults()))
    if (init.getType() != arg.getType() || arg.getType() != res.getType())
      return emitOpError("loop-carried value types differ: initial ")
             << init.getType() << ", block argument " << arg.getType()
             << ", result " << res.getType();
  YieldOp yield = getYield(body);
  if (!yield || yield.getValues().empty() ||
      !isa<BoolType>(yield.getValues()[0].getType()))
    return emitOpError("body must end in ts.yield of the continue condition "
                       "(!ts.bool) and the loop-carried values");
  SmallVector<Type> expected{BoolType::get(getContext())};
  llvm::append_range(expected, getResultTypes());
  return verifyYieldTypes(*this, yield, expected, "the loop body");
}

namespace {
/// A loop that never runs its body (trip count <= 0 or initial condition
/// false) is its initial values.
struct FoldZeroTripLoop : public OpRewritePattern<LoopOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(LoopOp op,
                                PatternRewriter &rewriter) const override {
    BoolAttr cond;
    IntegerAttr trip;
    bool never =
        (matchPattern(op.getInitialCondition(), m_Constant(&cond)) &&
         !cond.getValue()) ||
        (matchPattern(op.getMaxTripCount(), m_Constant(&trip)) &&
         trip.getInt() <= 0);
    if (!never)
      return failure();
    rewriter.replaceOp(op, op.getIterArgs());
    return success();
  }
};

/// Removes loop-carried values the loop passes through unchanged or whose
/// result and block argument are both unused except by the yield.
struct SimplifyLoopCarried : public OpRewritePattern<LoopOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(LoopOp op,
                                PatternRewriter &rewriter) const override {
    Block *body = op.getBodyBlock();
    YieldOp yield = getYield(body);
    SmallVector<unsigned> kept;
    for (unsigned i = 0, e = op.getNumResults(); i < e; ++i) {
      BlockArgument arg = op.getRegionIterArgs()[i];
      Value yielded = yield.getValues()[i + 1];
      bool passThrough = yielded == arg;
      bool yieldedDefinedAbove =
          yielded.getParentRegion() != &op.getBody() &&
          !op->isAncestor(yielded.getParentRegion()->getParentOp()) &&
          yielded == op.getIterArgs()[i];
      bool onlyYield = op.getResult(i).use_empty() &&
                       llvm::all_of(arg.getUsers(), [&](Operation *u) {
                         return u == yield.getOperation();
                       });
      if (passThrough || yieldedDefinedAbove || onlyYield)
        continue;
      kept.push_back(i);
    }
    if (kept.size() == op.getNumResults())
      return failure();

    SmallVector<Value> inits;
    SmallVector<Type> types;
    for (unsigned i : kept) {
      inits.push_back(op.getIterArgs()[i]);
      types.push_back(op.getResult(i).getType());
    }
    auto newLoop = LoopOp::create(rewriter, op.getLoc(), types,
                                  op.getMaxTripCount(),
                                  op.getInitialCondition(), inits);
    newLoop->setAttrs(op->getAttrs());
    Block *newBody = rewriter.createBlock(&newLoop.getBody());
    SmallVector<Value> argReplacements;
    argReplacements.push_back(
        newBody->addArgument(body->getArgument(0).getType(),
                             body->getArgument(0).getLoc()));
    unsigned next = 0;
    for (unsigned i = 0, e = op.getNumResults(); i < e; ++i) {
      BlockArgument old = op.getRegionIterArgs()[i];
      if (next < kept.size() && kept[next] == i) {
        argReplacements.push_back(
            newBody->addArgument(old.getType(), old.getLoc()));
        ++next;
      } else {
        // Dropped: a pass-through value is its initial value everywhere; an
        // unused one is never read except by the yield we rewrite.
        argReplacements.push_back(op.getIterArgs()[i]);
      }
    }
    rewriter.mergeBlocks(body, newBody, argReplacements);
    YieldOp newYield = getYield(newBody);
    SmallVector<Value> vals{newYield.getValues()[0]};
    for (unsigned i : kept)
      vals.push_back(newYield.getValues()[i + 1]);
    rewriter.setInsertionPoint(newYield);
    rewriter.replaceOpWithNewOp<YieldOp>(newYield, vals);

    SmallVector<Value> replacements;
    next = 0;
    for (unsigned i = 0, e = op.getNumResults(); i < e; ++i) {
      if (next < kept.size() && kept[next] == i)
        replacements.push_back(newLoop.getResult(next++));
      else
        replacements.push_back(op.getIterArgs()[i]);
    }
    rewriter.replaceOp(op, replacements);
    return success();
  }
};
} // namespace

void LoopOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                         MLIRContext *context) {
  results.add<FoldZeroTripLoop, SimplifyLoopCarried>(context);
}

} // namespace tsc::ts

namespace tsc::ts {

//===----------------------------------------------------------------------===//
// FusionGroupOp
//===----------------------------------------------------------------------===//

LogicalResult FusionGroupOp::verify() {
  Block &body = getBody().front();
  if (body.getArgumentTypes() != getInputs().getTypes())
    return emitOpError("block arguments must match the inputs' types");
  return verifyYieldTypes(*this, getYield(&body), getResultTypes(),
                          "the fusion group");
}

//===----------------------------------------------------------------------===//
// Rebuilding with other results
//===----------------------------------------------------------------------===//

/// Copies the discardable attributes of `from` to `to`, the result names
/// only if the number of results is the same.
static void copyAttrs(Operation *from, Operation *to) {
  to->setDiscardableAttrs(from->getDiscardableAttrDictionary());
  if (from->getNumResults() != to->getNumResults())
    to->removeAttr("ts.result_names");
}

IfOp IfOp::moveIntoNew(OpBuilder &b, TypeRange types) {
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(*this);
  auto newIf = IfOp::create(b, getLoc(), types, getCondition());
  copyAttrs(*this, newIf);
  newIf.getThenRegion().takeBody(getThenRegion());
  newIf.getElseRegion().takeBody(getElseRegion());
  return newIf;
}

LoopOp LoopOp::moveIntoNew(OpBuilder &b, TypeRange types, ValueRange inits) {
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(*this);
  auto newLoop = LoopOp::create(b, getLoc(), types, getMaxTripCount(),
                                getInitialCondition(), inits);
  copyAttrs(*this, newLoop);
  newLoop.getBody().takeBody(getBody());
  return newLoop;
}

} // namespace tsc::ts
