//===- Npy.cpp - NumPy .npy files without NumPy ---------------------------===//

#include "Npy.h"
#include "tsc_abi.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

namespace tsc::run {

namespace {
struct DescrEntry {
  const char *descr; // without the byte-order character
  uint8_t code, bits;
};
} // namespace

static const DescrEntry kDescrs[] = {
    {"f2", kDLFloat, 16}, {"f4", kDLFloat, 32}, {"f8", kDLFloat, 64},
    {"i1", kDLInt, 8},    {"i2", kDLInt, 16},   {"i4", kDLInt, 32},
    {"i8", kDLInt, 64},   {"u1", kDLUInt, 8},   {"u2", kDLUInt, 16},
    {"u4", kDLUInt, 32},  {"u8", kDLUInt, 64},  {"b1", TSC_DL_BOOL, 8},
};

std::string dtypeName(DLDataType dtype) {
  switch (dtype.code) {
  case kDLInt:
    return "int" + std::to_string(dtype.bits);
  case kDLUInt:
    return "uint" + std::to_string(dtype.bits);
  case kDLFloat:
    return "float" + std::to_string(dtype.bits);
  case kDLBfloat:
    return "bfloat" + std::to_string(dtype.bits);
  case TSC_DL_BOOL:
    return "bool";
  default:
    return "dtype(" + std::to_string(dtype.code) + "," +
           std::to_string(dtype.bits) + ")";
  }
}

/// The value text of `'key': value` in a header dict.
static bool findValue(const std::string &header, const std::string &key,
                      std::string &value) {
  size_t at = header.find("'" + key + "'");
  if (at == std::string::npos)
    return false;
  at = header.find(':', at);
  if (at == std::string::npos)
    return false;
  ++at;
  while (at < header.size() && header[at] == ' ')
    ++at;
  size_t end;
  if (header[at] == '(') {
    end = header.find(')', at);
    if (end == std::string::npos)
      return false;
    ++end;
  } else if (header[at] == '\'') {
    end = header.find('\'', at + 1);
    if (end == std::string::npos)
      return false;
    ++end;
  } else {
    end = header.find_first_of(",}", at);
    if (end == std::string::npos)
      return false;
  }
  value = header.substr(at, end - at);
  return true;
}

bool readNpy(const std::string &path, NpyArray &array, std::string &error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open '" + path + "'";
    return false;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  if (bytes.size() < 10 || bytes.compare(0, 6, "\x93NUMPY") != 0) {
    error = "'" + path + "' is not a .npy file";
    return false;
  }
  unsigned major = static_cast<unsigned char>(bytes[6]);
  size_t headerLen, headerStart;
  if (major == 1) {
    headerLen = static_cast<unsigned char>(bytes[8]) |
                static_cast<unsigned char>(bytes[9]) << 8;
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12) {
      error = "'" + path + "': truncated header";
      return false;
    }
    headerLen = 0;
    for (int i = 3; i >= 0; --i)
      headerLen = headerLen << 8 | static_cast<unsigned char>(bytes[8 + i]);
    headerStart = 12;
  } else {
    error = "'" + path + "': unsupported .npy version " + std::to_string(major);
    return false;
  }
  if (headerStart + headerLen > bytes.size()) {
    error = "'" + path + "': truncated header";
    return false;
  }
  std::string header = bytes.substr(headerStart, headerLen);
  std::string descr, fortran, shape;
  if (!findValue(header, "descr", descr) ||
      !findValue(header, "fortran_order", fortran) ||
      !findValue(header, "shape", shape)) {
    error = "'" + path + "': malformed header";
    return false;
  }
  if (fortran.find("True") != std::string::npos) {
    error = "'" + path + "': Fortran-order arrays are not supported";
    return false;
  }
  // 'descr': '<f4' (or '|b1', '=i8').
  if (descr.size() != 5 || (descr[1] != '<' && descr[1] != '|' &&
                            descr[1] != '=')) {
    error = "'" + path + "': unsupported dtype " + descr +
            " (little-endian numeric types only)";
    return false;
  }
  std::string kind = descr.substr(2, 2);
  const DescrEntry *found = nullptr;
  for (const DescrEntry &d : kDescrs)
    if (kind == d.descr)
      found = &d;
  if (!found) {
    error = "'" + path + "': unsupported dtype " + descr;
    return false;
  }
  array.dtype = {found->code, found->bits, 1};
  array.shape.clear();
  uint64_t numel = 1;
  for (size_t i = 1; i + 1 < shape.size();) {
    while (i < shape.size() && (shape[i] == ' ' || shape[i] == ','))
      ++i;
    if (i + 1 >= shape.size())
      break;
    char *end;
    long long dim = std::strtoll(shape.c_str() + i, &end, 10);
    if (end == shape.c_str() + i || dim < 0) {
      error = "'" + path + "': malformed shape " + shape;
      return false;
    }
    array.shape.push_back(dim);
    numel *= static_cast<uint64_t>(dim);
    i = end - shape.c_str();
  }
  size_t dataStart = headerStart + headerLen;
  uint64_t size = numel * (found->bits / 8);
  if (bytes.size() - dataStart < size) {
    error = "'" + path + "': truncated data";
    return false;
  }
  array.data.assign(bytes.begin() + dataStart,
                    bytes.begin() + dataStart + size);
  return true;
}

/// Copies a strided tensor into `out` in C order.
static void gather(const char *src, const int64_t *shape,
                   const int64_t *strides, int rank, size_t elemSize,
                   std::string &out) {
  if (rank == 0) {
    out.append(src, elemSize);
    return;
  }
  for (int64_t i = 0; i < shape[0]; ++i)
    gather(src + i * strides[0] * static_cast<int64_t>(elemSize), shape + 1,
           strides + 1, rank - 1, elemSize, out);
}

bool writeNpy(const std::string &path, const DLTensor &tensor,
              std::string &error) {
  const char *descr = nullptr;
  for (const DescrEntry &d : kDescrs)
    if (d.code == tensor.dtype.code && d.bits == tensor.dtype.bits)
      descr = d.descr;
  if (!descr || tensor.dtype.lanes != 1) {
    error = "cannot write " + dtypeName(tensor.dtype) + " as .npy";
    return false;
  }
  std::ostringstream dict;
  dict << "{'descr': '" << (tensor.dtype.bits == 8 ? '|' : '<') << descr
       << "', 'fortran_order': False, 'shape': (";
  for (int d = 0; d < tensor.ndim; ++d)
    dict << tensor.shape[d] << (tensor.ndim == 1 || d + 1 < tensor.ndim ? ", " : "");
  dict << "), }";
  std::string header = dict.str();
  // Pad with spaces so that the data starts on a 64-byte boundary.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header.push_back('\n');

  std::vector<int64_t> strides(tensor.ndim);
  int64_t stride = 1;
  for (int d = tensor.ndim - 1; d >= 0; --d) {
    strides[d] = tensor.strides ? tensor.strides[d] : stride;
    stride *= tensor.shape[d];
  }
  std::string data;
  size_t elemSize = tensor.dtype.bits / 8;
  if (stride > 0)
    gather(static_cast<const char *>(tensor.data) + tensor.byte_offset,
           tensor.shape, strides.data(), tensor.ndim, elemSize, data);

  std::ofstream out(path, std::ios::binary);
  if (!out) {
    error = "cannot write '" + path + "'";
    return false;
  }
  out.write("\x93NUMPY\x01\x00", 8);
  char len[2] = {static_cast<char>(header.size() & 0xff),
                 static_cast<char>(header.size() >> 8)};
  out.write(len, 2);
  out << header << data;
  if (!out) {
    error = "cannot write '" + path + "'";
    return false;
  }
  return true;
}

} // namespace tsc::run
