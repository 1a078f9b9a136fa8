//===- tsc-run.cpp - Runs a compiled model on NumPy files -----------------===//
//
//   tsc-run model.so [--entry NAME] IN... [-o OUTDIR] [--bench N] [--info]
//
// IN is a .npy file or a scalar literal (i:3, f:2.5, b:true). Outputs are
// written as OUTDIR/out0.npy, out1.npy, ... Any model works: the entries and
// their signatures come from the model's tsc_get_model() (docs/abi.md).
// Depends on nothing but libc and libdl, like the models it runs.
//
//===----------------------------------------------------------------------===//

#include "Npy.h"
#include "tsc_abi.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <string>
#include <sys/stat.h>
#include <vector>

using namespace tsc::run;

namespace {

int fail(const std::string &message) {
  std::fprintf(stderr, "tsc-run: error: %s\n", message.c_str());
  return 1;
}

void usage() {
  std::fprintf(stderr,
               "usage: tsc-run MODEL.so [--entry NAME] IN... [-o OUTDIR] "
               "[--bench N] [--info]\n"
               "  IN: a .npy file, or a scalar: i:3, f:2.5, b:true\n");
}

std::string describe(const tsc_value_info &v) {
  std::string s = v.name;
  s += ": " + dtypeName(v.dtype);
  if (v.kind == TSC_VALUE_SCALAR)
    return s + " (scalar)";
  s += "[";
  for (int32_t d = 0; d < v.rank; ++d) {
    if (d)
      s += ", ";
    s += v.sizes[d] < 0 ? "?" : std::to_string(v.sizes[d]);
  }
  return s + "]";
}

/// A scalar literal as a 0-d array.
bool parseScalar(const std::string &text, NpyArray &array,
                 std::string &error) {
  std::string kind = text.substr(0, 2), value = text.substr(2);
  char *end = nullptr;
  errno = 0;
  array.shape.clear();
  if (kind == "i:") {
    long long v = std::strtoll(value.c_str(), &end, 0);
    if (value.empty() || *end || errno) {
      error = "bad int literal '" + text + "'";
      return false;
    }
    array.dtype = {kDLInt, 64, 1};
    int64_t x = v;
    array.data.assign(reinterpret_cast<char *>(&x),
                      reinterpret_cast<char *>(&x) + 8);
  } else if (kind == "f:") {
    double v = std::strtod(value.c_str(), &end);
    if (value.empty() || *end) {
      error = "bad float literal '" + text + "'";
      return false;
    }
    array.dtype = {kDLFloat, 64, 1};
    array.data.assign(reinterpret_cast<char *>(&v),
                      reinterpret_cast<char *>(&v) + 8);
  } else if (kind == "b:") {
    bool v;
    if (value == "true" || value == "True" || value == "1")
      v = true;
    else if (value == "false" || value == "False" || value == "0")
      v = false;
    else {
      error = "bad bool literal '" + text + "'";
      return false;
    }
    array.dtype = {TSC_DL_BOOL, 8, 1};
    array.data.assign(1, v ? 1 : 0);
  } else {
    error = "'" + text + "' is neither a .npy file nor a scalar literal";
    return false;
  }
  return true;
}

bool isScalarLiteral(const std::string &s) {
  return s.size() > 2 && s[1] == ':' && (s[0] == 'i' || s[0] == 'f' || s[0] == 'b');
}

void release(std::vector<DLManagedTensor *> &outputs) {
  for (DLManagedTensor *&t : outputs) {
    if (t && t->deleter)
      t->deleter(t);
    t = nullptr;
  }
}

} // namespace

int main(int argc, char **argv) {
  std::string modelPath, entryName, outDir;
  std::vector<std::string> inputs;
  long bench = 0;
  bool info = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char *flag) -> const char * {
      if (i + 1 >= argc) {
        fail(std::string("missing value after ") + flag);
        std::exit(1);
      }
      return argv[++i];
    };
    if (a == "--entry")
      entryName = value("--entry");
    else if (a.rfind("--entry=", 0) == 0)
      entryName = a.substr(8);
    else if (a == "-o")
      outDir = value("-o");
    else if (a == "--bench" || a.rfind("--bench=", 0) == 0) {
      std::string n = a == "--bench" ? value("--bench") : a.substr(8);
      char *end;
      bench = std::strtol(n.c_str(), &end, 10);
      if (n.empty() || *end || bench <= 0)
        return fail("--bench needs a positive count");
    } else if (a == "--info")
      info = true;
    else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else if (modelPath.empty())
      modelPath = a;
    else
      inputs.push_back(a);
  }
  if (modelPath.empty()) {
    usage();
    return 1;
  }

  // dlopen searches the library path for names without a slash.
  if (modelPath.find('/') == std::string::npos)
    modelPath = "./" + modelPath;
  void *handle = dlopen(modelPath.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle)
    return fail(std::string("cannot load model: ") + dlerror());
  using Getter = const tsc_model_api *(*)();
  auto getter = reinterpret_cast<Getter>(dlsym(handle, "tsc_get_model"));
  if (!getter)
    return fail("'" + modelPath + "' is not a tsc model (no tsc_get_model)");
  const tsc_model_api *api = getter();
  if (!api || api->abi_version != TSC_ABI_VERSION)
    return fail("'" + modelPath + "' was compiled for another ABI version");

  if (info) {
    std::printf("model %s\n", api->prefix);
    for (int64_t e = 0; e < api->num_entries; ++e) {
      const tsc_entry_info &entry = api->entries[e];
      std::printf("entry %s\n", entry.name);
      for (int64_t i = 0; i < entry.num_inputs; ++i)
        std::printf("  input %s\n", describe(entry.inputs[i]).c_str());
      for (int64_t i = 0; i < entry.num_outputs; ++i)
        std::printf("  output %s\n", describe(entry.outputs[i]).c_str());
    }
    return 0;
  }

  // The named entry; else `forward`; else the first.
  const tsc_entry_info *entry = nullptr;
  for (int64_t e = 0; e < api->num_entries; ++e)
    if (entryName.empty() ? !std::strcmp(api->entries[e].name, "forward")
                          : entryName == api->entries[e].name)
      entry = &api->entries[e];
  if (!entry && entryName.empty() && api->num_entries > 0)
    entry = &api->entries[0];
  if (!entry)
    return fail("the model has no entry '" + entryName + "'");

  std::vector<NpyArray> arrays(inputs.size());
  std::vector<DLTensor> tensors(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string error;
    bool ok = isScalarLiteral(inputs[i])
                  ? parseScalar(inputs[i], arrays[i], error)
                  : readNpy(inputs[i], arrays[i], error);
    if (!ok)
      return fail(error);
    DLTensor &t = tensors[i];
    std::memset(&t, 0, sizeof(t));
    t.data = arrays[i].data.data();
    t.device = {kDLCPU, 0};
    t.ndim = static_cast<int32_t>(arrays[i].shape.size());
    t.dtype = arrays[i].dtype;
    t.shape = arrays[i].shape.data();
    t.strides = nullptr;
  }

  void *model = nullptr;
  if (api->create(&model) != 0)
    return fail(api->last_error());
  std::vector<DLManagedTensor *> outputs(entry->num_outputs, nullptr);
  auto call = [&] {
    return entry->fn(model, tensors.data(),
                     static_cast<int64_t>(tensors.size()), outputs.data(),
                     static_cast<int64_t>(outputs.size()));
  };
  if (int status = call()) {
    std::string message = api->last_error();
    api->destroy(model);
    return fail(message + " (error " + std::to_string(status) + ")");
  }

  if (!outDir.empty()) {
    if (mkdir(outDir.c_str(), 0777) != 0 && errno != EEXIST)
      return fail("cannot create '" + outDir + "': " + std::strerror(errno));
    for (size_t j = 0; j < outputs.size(); ++j) {
      std::string error;
      std::string path = outDir + "/out" + std::to_string(j) + ".npy";
      if (!writeNpy(path, outputs[j]->dl_tensor, error)) {
        release(outputs);
        return fail(error);
      }
    }
  } else if (!bench) {
    for (size_t j = 0; j < outputs.size(); ++j) {
      const DLTensor &t = outputs[j]->dl_tensor;
      std::string shape;
      for (int d = 0; d < t.ndim; ++d)
        shape += (d ? ", " : "") + std::to_string(t.shape[d]);
      std::printf("out%zu: %s[%s]\n", j, dtypeName(t.dtype).c_str(),
                  shape.c_str());
    }
  }
  release(outputs);

  if (bench) {
    const int warmup = 3;
    std::vector<double> times;
    for (long n = 0; n < warmup + bench; ++n) {
      auto start = std::chrono::steady_clock::now();
      int status = call();
      auto stop = std::chrono::steady_clock::now();
      if (status)
        return fail(api->last_error());
      release(outputs);
      if (n >= warmup)
        times.push_back(
            std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    size_t m = times.size();
    double median = m % 2 ? times[m / 2] : (times[m / 2 - 1] + times[m / 2]) / 2;
    std::printf("%s: %ld runs: median %.4f ms, min %.4f ms, max %.4f ms\n",
                entry->name, bench, median, times.front(), times.back());
  }
  api->destroy(model);
  return 0;
}
