//===- Print.cpp - print (prim::Print) as calls into the runtime ----------===//
//
// TorchScript's print writes its arguments separated by one space, then a
// newline, formatted as libtorch formats IValues (see tsc_rt_print_* in
// runtime/tsc_runtime.c). Text known at compile time (strings, None,
// separators) is merged into as few string constants as possible; ints,
// floats, bools and tensors known at run time are formatted by the runtime,
// which also writes the line in one piece.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"
#include "tsc/Conversion/Runtime.h"

#include "mlir/Dialect/Bufferization/IR/BufferizableOpInterface.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;
using namespace tsc;
using namespace tsc::lowering;

namespace {

/// The suffix of the runtime function that prints tensors of this ts type
/// (see kRuntimePrintTensorPrefix), or nothing for dtypes it cannot print.
std::optional<StringRef> getTensorPrinterSuffix(Type tsType) {
  auto t = dyn_cast<ts::TensorType>(tsType);
  if (!t || !t.hasDtype())
    return std::nullopt;
  Type dtype = t.getDtype();
  if (dtype.isF32())
    return StringRef("f32");
  if (dtype.isF64())
    return StringRef("f64");
  if (dtype.isF16())
    return StringRef("f16");
  if (dtype.isBF16())
    return StringRef("bf16");
  auto it = dyn_cast<IntegerType>(dtype);
  if (!it)
    return std::nullopt;
  switch (it.getWidth()) {
  case 1:
    return StringRef("bool");
  case 8:
    return StringRef(it.isUnsigned() ? "u8" : "i8");
  case 16:
    return StringRef("i16");
  case 32:
    return StringRef("i32");
  case 64:
    return StringRef("i64");
  default:
    return std::nullopt;
  }
}

struct PrintLowering : public OpConversionPattern<ts::PrintOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ts::PrintOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    // Check every argument before emitting anything: an argument that
    // cannot be printed leaves the op to ts-verify-lowered's report.
    for (auto [orig, value] : llvm::zip(op.getValues(), adaptor.getValues())) {
      Type t = orig.getType();
      bool ok =
          isa<ts::NoneType>(t) ||
          (isa<ts::StrType>(t) && getConstantStr(orig)) ||
          value.getType().isInteger(64) || value.getType().isF64() ||
          value.getType().isInteger(1) ||
          (isa<RankedTensorType>(value.getType()) && getTensorPrinterSuffix(t));
      if (!ok)
        return rewriter.notifyMatchFailure(op, "argument cannot be printed");
    }

    Location loc = op.getLoc();
    std::string text; // compile-time text not emitted yet
    auto flushText = [&] {
      if (text.empty())
        return;
      emitRuntimeCall(rewriter, loc, kRuntimePrintStr,
                      emitStringPointer(rewriter, loc, text));
      text.clear();
    };
    emitRuntimeCall(rewriter, loc, kRuntimePrintBegin, {});
    for (auto [i, pair] :
         llvm::enumerate(llvm::zip(op.getValues(), adaptor.getValues()))) {
      auto [orig, value] = pair;
      if (i != 0)
        text += " ";
      Type t = orig.getType();
      if (isa<ts::NoneType>(t)) {
        text += "None";
      } else if (isa<ts::StrType>(t)) {
        text += *getConstantStr(orig);
      } else if (value.getType().isInteger(1)) {
        if (std::optional<bool> b = matchConstantBool(value)) {
          text += *b ? "True" : "False";
          continue;
        }
        flushText();
        Value str = arith::SelectOp::create(
            rewriter, loc, value, emitStringPointer(rewriter, loc, "True"),
            emitStringPointer(rewriter, loc, "False"));
        emitRuntimeCall(rewriter, loc, kRuntimePrintStr, str);
      } else if (value.getType().isInteger(64)) {
        flushText();
        emitRuntimeCall(rewriter, loc, kRuntimePrintInt, value);
      } else if (value.getType().isF64()) {
        flushText();
        emitRuntimeCall(rewriter, loc, kRuntimePrintFloat, value);
      } else {
        flushText();
        // The runtime reads the elements through the buffer's descriptor:
        // an unranked memref passes the rank and a pointer to it.
        auto tensorType = cast<RankedTensorType>(value.getType());
        auto bufferType =
            bufferization::getMemRefTypeWithFullyDynamicLayout(tensorType);
        Value buffer = bufferization::ToBufferOp::create(
            rewriter, loc, bufferType, value, /*read_only=*/true);
        Value unranked = memref::CastOp::create(
            rewriter, loc,
            UnrankedMemRefType::get(tensorType.getElementType(), 0), buffer);
        std::string name =
            (kRuntimePrintTensorPrefix + *getTensorPrinterSuffix(t)).str();
        emitRuntimeCall(rewriter, loc, name, unranked);
      }
    }
    flushText();
    emitRuntimeCall(rewriter, loc, kRuntimePrintEnd, {});
    rewriter.eraseOp(op);
    return success();
  }
};

} // namespace

void tsc::populatePrintPatterns(const TypeConverter &converter,
                                RewritePatternSet &patterns) {
  patterns.add<PrintLowering>(converter, patterns.getContext());
}
