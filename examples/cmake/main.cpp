// Runs the two models of model.py, compiled by tsc at build time (see
// CMakeLists.txt), through their C ABI (docs/abi.md): act.h and smooth.h are
// the headers tsc generated; linking the `act` and `smooth` targets puts
// them on the include path.
#include "act.h"    // static library: act_create, act_act, ...
#include "smooth.h" // shared library: smooth_create, smooth_smooth, ...

#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

// Outputs belong to the caller, who releases them with their deleter.
struct TensorDeleter {
  void operator()(DLManagedTensor *t) const {
    if (t && t->deleter)
      t->deleter(t);
  }
};
using Tensor = std::unique_ptr<DLManagedTensor, TensorDeleter>;

// A DLTensor viewing `data` (compact row-major: strides may be NULL).
template <typename T>
DLTensor view(T *data, std::vector<int64_t> &shape, DLDataType dtype) {
  DLTensor t{};
  t.data = data;
  t.device = {kDLCPU, 0};
  t.ndim = static_cast<int32_t>(shape.size());
  t.dtype = dtype;
  t.shape = shape.data();
  return t;
}

const float *floats(const DLTensor &t) {
  return reinterpret_cast<const float *>(static_cast<const char *>(t.data) +
                                         t.byte_offset);
}

int64_t numel(const DLTensor &t) {
  int64_t n = 1;
  for (int32_t i = 0; i < t.ndim; ++i)
    n *= t.shape[i];
  return n;
}

void print(const char *label, const DLTensor &t) {
  std::printf("%s", label);
  for (int32_t i = 0; i < t.ndim; ++i)
    std::printf("%s%lld", i ? "x" : " ", static_cast<long long>(t.shape[i]));
  std::printf(":");
  const float *p = floats(t);
  for (int64_t i = 0; i < numel(t); ++i)
    std::printf(" %.9g", p[i]);
  std::printf("\n");
}

// Prints the signatures the model carries.
void describe(const tsc_model_api *api) {
  for (int64_t e = 0; e < api->num_entries; ++e) {
    const tsc_entry_info &entry = api->entries[e];
    std::printf("%s_%s(", api->prefix, entry.name);
    for (int64_t i = 0; i < entry.num_inputs; ++i) {
      const tsc_value_info &in = entry.inputs[i];
      std::printf("%s%s: %s rank %d", i ? ", " : "", in.name,
                  in.kind == TSC_VALUE_SCALAR ? "scalar" : "tensor", in.rank);
    }
    std::printf(") -> %lld output(s)\n", static_cast<long long>(entry.num_outputs));
  }
}

const DLDataType kFloat32 = {kDLFloat, 32, 1};
const DLDataType kInt64 = {kDLInt, 64, 1};

int runAct() {
  act_model *model = nullptr;
  if (act_create(&model) != TSC_OK) {
    std::fprintf(stderr, "act_create: %s\n", act_last_error());
    return 1;
  }
  describe(act_model_info());

  // x: 3x4, the dynamic first dimension chosen here.
  std::vector<int64_t> shape = {3, 4};
  std::vector<float> x(12);
  for (int i = 0; i < 12; ++i)
    x[i] = -1.5f + 0.25f * static_cast<float>(i);
  DLTensor inputs[1] = {view(x.data(), shape, kFloat32)};
  print("act input", inputs[0]);

  DLManagedTensor *raw[1] = {nullptr};
  if (act_act(model, inputs, 1, raw, 1) != TSC_OK) {
    std::fprintf(stderr, "act_act: %s\n", act_last_error());
    act_destroy(model);
    return 1;
  }
  Tensor out(raw[0]);
  print("act output", out->dl_tensor);

  // A wrong input is reported, not a crash: x must have 4 columns.
  std::vector<int64_t> badShape = {4, 3};
  inputs[0] = view(x.data(), badShape, kFloat32);
  int status = act_act(model, inputs, 1, raw, 1);
  std::printf("act bad call: status %d: %s\n", status, act_last_error());

  act_destroy(model);
  return 0;
}

int runSmooth() {
  smooth_model *model = nullptr;
  if (smooth_create(&model) != TSC_OK) {
    std::fprintf(stderr, "smooth_create: %s\n", smooth_last_error());
    return 1;
  }
  describe(smooth_model_info());

  std::vector<int64_t> shape = {5};
  std::vector<int64_t> scalar = {};
  std::vector<float> x = {1.0f, -2.0f, 0.5f, 3.0f, 0.0f};
  int64_t n = 3; // an int crosses as a 0-d int64 tensor
  DLTensor inputs[2] = {view(x.data(), shape, kFloat32),
                        view(&n, scalar, kInt64)};
  print("smooth input", inputs[0]);
  std::printf("smooth n: %lld\n", static_cast<long long>(n));

  DLManagedTensor *raw[1] = {nullptr};
  if (smooth_smooth(model, inputs, 2, raw, 1) != TSC_OK) {
    std::fprintf(stderr, "smooth_smooth: %s\n", smooth_last_error());
    smooth_destroy(model);
    return 1;
  }
  Tensor out(raw[0]);
  print("smooth output", out->dl_tensor);

  smooth_destroy(model);
  return 0;
}

} // namespace

int main() {
  if (int rc = runAct())
    return rc;
  if (int rc = runSmooth())
    return rc;
  std::printf("done\n");
  return 0;
}
