//===- Linker.cpp - Shared libraries with in-process lld, archives --------===//
//
// No external linker or compiler driver is needed: lld's ELF driver runs in
// this process. ld.lld searches no system folder, so libc and libm are given
// by their full paths; with --as-needed only the ones used are recorded, and
// -z defs makes a symbol nothing provides an error here rather than at load
// time.
//
//===----------------------------------------------------------------------===//

#include "tsc/Target/CPU/CPUTarget.h"

#include "lld/Common/Driver.h"
#include "llvm/Object/ArchiveWriter.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <mutex>

LLD_HAS_DRIVER(elf)

namespace tsc::cpu {

/// The first of `names` found in the usual library folders.
static std::string findSystemLibrary(llvm::ArrayRef<llvm::StringRef> dirs,
                                     llvm::StringRef name) {
  for (llvm::StringRef dir : dirs) {
    llvm::SmallString<128> path(dir);
    llvm::sys::path::append(path, name);
    if (llvm::sys::fs::exists(path))
      return std::string(path);
  }
  return "";
}

llvm::Error linkSharedLibrary(llvm::StringRef object,
                              llvm::StringRef outputPath) {
  static constexpr llvm::StringRef dirs[] = {
      "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64",
      "/usr/lib64", "/lib", "/usr/lib"};
  std::string libc = findSystemLibrary(dirs, "libc.so.6");
  std::string libm = findSystemLibrary(dirs, "libm.so.6");
  // glibc's __tls_get_addr (thread-local error strings) lives in ld.so.
  std::string ldso = findSystemLibrary(dirs, "ld-linux-x86-64.so.2");
  if (libc.empty() || libm.empty() || ldso.empty())
    return llvm::createStringError(
        "cannot find libc.so.6, libm.so.6 and ld-linux-x86-64.so.2 to link "
        "against");

  // lld reads its inputs from files.
  llvm::SmallString<128> objectPath;
  int fd;
  if (std::error_code ec = llvm::sys::fs::createTemporaryFile(
          "tsc-model", "o", fd, objectPath))
    return llvm::createStringError(ec, "cannot create a temporary file");
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    os << object;
    if (os.has_error())
      return llvm::createStringError(os.error(), "cannot write " + objectPath);
  }
  std::string output = outputPath.str();
  std::vector<const char *> args = {
      "ld.lld",  "-shared",  "--eh-frame-hdr", "--hash-style=gnu",
      "-z",      "relro",    "-z",             "now",
      "-z",      "defs",     "--build-id=none", "-o",
      output.c_str(), objectPath.c_str(), "--as-needed", libm.c_str(),
      libc.c_str(),   ldso.c_str()};

  std::string out, err;
  llvm::raw_string_ostream outOS(out), errOS(err);
  lld::Result result;
  {
    // lld keeps global state during a link.
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    result = lld::lldMain(args, outOS, errOS, {{lld::Gnu, &lld::elf::link}});
  }
  llvm::sys::fs::remove(objectPath);
  if (result.retCode != 0)
    return llvm::createStringError("linking " + outputPath + " failed:\n" +
                                   err);
  return llvm::Error::success();
}

llvm::Error writeStaticLibrary(llvm::StringRef object,
                               llvm::StringRef memberName,
                               llvm::StringRef outputPath) {
  std::vector<llvm::NewArchiveMember> members;
  members.emplace_back(llvm::MemoryBufferRef(object, memberName));
  return llvm::writeArchive(outputPath, members,
                            llvm::SymtabWritingMode::NormalSymtab,
                            llvm::object::Archive::K_GNU,
                            /*Deterministic=*/true, /*Thin=*/false);
}

} // namespace tsc::cpu
