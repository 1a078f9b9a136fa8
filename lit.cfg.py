# -*- Python -*-
# lit configuration for tsc's tests (test/). Only .mlir files are tests
# here: TorchScript (.py/.ts) test inputs are enabled per folder in
# test/**/lit.local.cfg, so that Python files of the harness (this file
# included) are never collected as tests.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "TSC"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir"]
config.test_source_root = os.path.join(config.tsc_src_root, "test")
config.test_exec_root = os.path.join(config.tsc_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "README.md", "lit.cfg.py",
                   "lit.site.cfg.py", "lit.local.cfg", "unit"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.tsc_tools_dir, config.llvm_tools_dir]
tools = [
    ToolSubst("tsc-opt", unresolved="fatal"),
    # The driver may not be built yet (dialect-only builds): tests that use
    # it fail on their own, the others still run.
    ToolSubst("tsc", unresolved="ignore"),
    "FileCheck",
    "not",
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# The oracle: Debian's Python with python3-torch and python3-numpy (the
# `python3` first on PATH may be another interpreter without them).
config.substitutions.append(("%python", "/usr/bin/python3"))
config.environment["PYTHONDONTWRITEBYTECODE"] = "1"
if os.path.exists("/usr/lib/python3/dist-packages/torch"):
    config.available_features.add("torch")
config.substitutions.append(
    ("%tsc-run", os.path.join(config.tsc_tools_dir, "tsc-run")))
