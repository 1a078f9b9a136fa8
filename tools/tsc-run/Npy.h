//===- Npy.h - NumPy .npy files without NumPy --------------------*- C++ -*-===//
//
// Version 1-3 headers, little-endian, C order; dtypes f2 f4 f8 i1 i2 i4 i8
// u1 b1 (and u2 u4 u8).
//
//===----------------------------------------------------------------------===//

#ifndef TSC_RUN_NPY_H
#define TSC_RUN_NPY_H

#include <dlpack/dlpack.h>

#include <cstdint>
#include <string>
#include <vector>

namespace tsc::run {

struct NpyArray {
  DLDataType dtype{};
  std::vector<int64_t> shape;
  std::vector<char> data; // C order, compact
};

/// Reads `path`; on failure returns false with a message in `error`.
bool readNpy(const std::string &path, NpyArray &array, std::string &error);

/// Writes a CPU tensor (any strides) as `path`.
bool writeNpy(const std::string &path, const DLTensor &tensor,
              std::string &error);

/// "float32", "int64", "bool", ...
std::string dtypeName(DLDataType dtype);

} // namespace tsc::run

#endif // TSC_RUN_NPY_H
