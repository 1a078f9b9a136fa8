#!/usr/bin/env python3
"""Generates the ATen part of the ts dialect from PyTorch's schema registry.

Operator schemas are data: rather than writing an ODS definition per ATen
overload by hand, this script reads `torch._C._jit_get_all_schemas()` and
writes
  dialects/ts/ATenOps.td       one op per supported overload,
  dialects/ts/ATenSchemas.inc  the schema strings of those overloads (the
                               frontend parses them for overload resolution,
                               keyword arguments and defaults) and the names
                               of every other operator PyTorch knows, so that
                               an unsupported one is reported as such.
Run it with Debian's /usr/bin/python3 (python3-torch) after editing SUPPORTED,
and check the outputs in:  /usr/bin/python3 scripts/generate_aten_ops.py
"""
import os
import re
import sys

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Overloads with an op definition. An entry without '.' means the overload
# with an empty overload name. Overloads that mutate their inputs in place or
# write to `out=` arguments are never generated: the frontend rewrites them.
SUPPORTED = """
aten::add.Tensor aten::add.Scalar aten::sub.Tensor aten::sub.Scalar
aten::rsub.Scalar aten::rsub.Tensor
aten::mul.Tensor aten::mul.Scalar aten::div.Tensor aten::div.Scalar
aten::div.Tensor_mode aten::div.Scalar_mode
aten::floor_divide aten::floor_divide.Scalar
aten::remainder.Tensor aten::remainder.Scalar aten::remainder.Scalar_Tensor
aten::pow.Tensor_Tensor aten::pow.Tensor_Scalar aten::pow.Scalar
aten::neg aten::abs aten::exp aten::log aten::sqrt aten::rsqrt aten::tanh
aten::sigmoid aten::relu aten::gelu aten::silu aten::sin aten::cos aten::erf
aten::floor aten::ceil aten::round aten::reciprocal aten::sign
aten::clamp aten::clamp.Tensor aten::clamp_min aten::clamp_max
aten::where.self aten::where.ScalarSelf aten::where.ScalarOther aten::where.Scalar
aten::maximum aten::minimum
aten::eq.Tensor aten::eq.Scalar aten::ne.Tensor aten::ne.Scalar
aten::lt.Tensor aten::lt.Scalar aten::le.Tensor aten::le.Scalar
aten::gt.Tensor aten::gt.Scalar aten::ge.Tensor aten::ge.Scalar
aten::logical_not aten::logical_and aten::logical_or aten::bitwise_not
aten::sum aten::sum.dim_IntList aten::mean aten::mean.dim
aten::max aten::max.dim aten::max.other aten::min aten::min.dim aten::min.other
aten::amax aten::amin aten::argmax aten::argmin aten::prod
aten::mm aten::matmul aten::bmm aten::linear aten::t aten::transpose.int
aten::permute aten::reshape aten::view aten::flatten.using_ints
aten::squeeze aten::squeeze.dim aten::unsqueeze aten::cat aten::stack
aten::select.int aten::slice.Tensor aten::expand aten::expand_as
aten::contiguous aten::clone aten::detach
aten::zeros aten::ones aten::full aten::zeros_like aten::ones_like aten::full_like
aten::arange aten::arange.start aten::arange.start_step
aten::softmax.int aten::log_softmax.int aten::layer_norm
aten::size.int aten::size aten::dim aten::numel
aten::to.dtype aten::to.prim_Device
aten::Int.Tensor aten::Float.Tensor aten::Bool.Tensor aten::item
prim::NumToTensor.Scalar prim::device prim::dtype aten::tensor.int aten::tensor.float
aten::tensor.bool

aten::add.int aten::add.float aten::add.int_float aten::add.float_int
aten::sub.int aten::sub.float aten::sub.int_float aten::sub.float_int
aten::mul.int aten::mul.float aten::mul.int_float aten::mul.float_int
aten::div.int aten::div.float aten::div
aten::floordiv.int aten::floordiv.float aten::floordiv.int_float aten::floordiv.float_int
aten::remainder.int aten::remainder.float aten::remainder.int_float aten::remainder.float_int
aten::pow.int aten::pow.float aten::pow.int_float aten::pow.float_int aten::pow.int_to_int
aten::neg.int aten::neg.float
aten::eq.int aten::eq.float aten::eq.int_float aten::eq.float_int aten::eq.bool aten::eq.str
aten::eq.device aten::eq.int_list
aten::ne.int aten::ne.float aten::ne.int_float aten::ne.float_int aten::ne.bool aten::ne.str
aten::ne.int_list
aten::lt.int aten::lt.float aten::lt.int_float aten::lt.float_int
aten::le.int aten::le.float aten::le.int_float aten::le.float_int
aten::gt.int aten::gt.float aten::gt.int_float aten::gt.float_int
aten::ge.int aten::ge.float aten::ge.int_float aten::ge.float_int
aten::__not__ aten::__and__.bool aten::__or__.bool aten::__xor__.bool
aten::__and__.int aten::__or__.int aten::__xor__.int aten::__lshift__.int aten::__rshift__.int
aten::__is__ aten::__isnot__
aten::Int.float aten::Int.bool aten::Float.int aten::Float.bool aten::Bool.int aten::Bool.float
prim::abs.int prim::abs.float prim::min.int prim::min.float prim::max.int prim::max.float
prim::min.self_int prim::max.self_int
aten::floor.float aten::ceil.float aten::sqrt.float aten::sqrt.int aten::exp.float aten::log.float
aten::tanh.float aten::sin.float aten::cos.float aten::round.float
aten::__range_length aten::__derive_index
aten::len.t aten::len.str aten::__getitem__.t aten::append.t aten::_set_item.t
aten::extend.t aten::insert.t aten::pop.t
aten::add.t aten::list.t aten::__contains__.int_list aten::__contains__.float_list aten::__contains__.str_list
aten::str aten::add.str aten::tensor
aten::add aten::sub aten::mul aten::neg.Scalar aten::eq aten::ne aten::lt aten::le
aten::gt aten::ge aten::Int.Scalar aten::Float.Scalar
"""

# Overloads that mutate an argument (lists): no `Pure` trait.
MUTATING = {"aten::append.t", "aten::_set_item.t", "aten::extend.t", "aten::insert.t",
            "aten::pop.t"}
# Overloads whose results read a list argument that may be mutated.
READS_LIST = {"aten::len.t", "aten::__getitem__.t", "aten::list.t", "aten::add.t",
              "prim::min.self_int", "prim::max.self_int", "aten::eq.int_list",
              "aten::ne.int_list", "aten::__contains__.int_list", "aten::__contains__.float_list",
              "aten::__contains__.str_list"}
# Tensor ops computed element by element (with broadcasting): the fusion
# pass groups them, and reductions that consume them, into one loop nest.
ELEMENTWISE = set("""
aten::add.Tensor aten::add.Scalar aten::sub.Tensor aten::sub.Scalar aten::rsub.Scalar
aten::rsub.Tensor aten::mul.Tensor aten::mul.Scalar aten::div.Tensor aten::div.Scalar
aten::div.Tensor_mode aten::div.Scalar_mode aten::floor_divide aten::floor_divide.Scalar
aten::remainder.Tensor aten::remainder.Scalar aten::remainder.Scalar_Tensor
aten::pow.Tensor_Tensor aten::pow.Tensor_Scalar aten::pow.Scalar
aten::neg aten::abs aten::exp aten::log aten::sqrt aten::rsqrt aten::tanh aten::sigmoid
aten::relu aten::gelu aten::silu aten::sin aten::cos aten::erf aten::floor aten::ceil
aten::round aten::reciprocal aten::sign aten::clamp aten::clamp.Tensor aten::clamp_min
aten::clamp_max aten::where.self aten::where.ScalarSelf aten::where.ScalarOther
aten::where.Scalar aten::maximum aten::minimum aten::eq.Tensor aten::eq.Scalar
aten::ne.Tensor aten::ne.Scalar aten::lt.Tensor aten::lt.Scalar aten::le.Tensor
aten::le.Scalar aten::gt.Tensor aten::gt.Scalar aten::ge.Tensor aten::ge.Scalar
aten::logical_not aten::logical_and aten::logical_or aten::bitwise_not aten::to.dtype
""".split())
# Reductions a fusion group may end with.
REDUCTIONS = set("""
aten::sum aten::sum.dim_IntList aten::mean aten::mean.dim aten::amax aten::amin
aten::max aten::min aten::prod
""".split())
# Hand-written canonicalization patterns (ATenFolders.cpp) exist for these.
CANONICALIZERS = {"aten::size", "aten::__getitem__.t"}
# Hand-written folders (TSFolders.cpp) exist for these.
FOLDERS = set("""
aten::add.int aten::sub.int aten::mul.int aten::floordiv.int aten::remainder.int aten::neg.int
aten::add.float aten::sub.float aten::mul.float aten::div.float aten::div.int aten::neg.float
aten::eq.int aten::ne.int aten::lt.int aten::le.int aten::gt.int aten::ge.int
aten::eq.float aten::ne.float aten::lt.float aten::le.float aten::gt.float aten::ge.float
aten::eq.bool aten::ne.bool aten::eq.str aten::ne.str
aten::__not__ aten::__and__.bool aten::__or__.bool aten::__is__ aten::__isnot__
aten::Int.float aten::Int.bool aten::Float.int aten::Bool.int
prim::min.int prim::max.int prim::abs.int aten::__range_length aten::__derive_index
aten::len.t aten::__getitem__.t aten::size.int aten::dim aten::numel aten::len.str prim::dtype
""".split())

RESERVED = {"type", "operands", "results", "operation", "attributes", "loc", "context",
            "region", "name", "properties", "self_"}


def camel(s):
    parts = re.split(r"[_.:]+", s)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def base_type(t):
    """Maps a schema type to an ODS constraint."""
    t = re.sub(r"\([^)]*\)", "", t)  # alias annotations
    if t.endswith("?"):
        return "TS_OptionalOf<%s>" % base_type(t[:-1])
    m = re.fullmatch(r"(.+)\[\d*\]", t)
    if m:
        inner = m.group(1)
        if inner in ("t", "t1", "t2", "Any"):
            return "TS_List"
        return "TS_ListOf<%s>" % base_type(inner)
    return {
        "Tensor": "TS_Tensor", "int": "TS_Int", "SymInt": "TS_Int", "float": "TS_Float",
        "bool": "TS_Bool", "str": "TS_Str", "Device": "TS_Device", "Scalar": "TS_Scalar",
        "ScalarType": "TS_Int", "Layout": "TS_Int", "MemoryFormat": "TS_Int",
        "t": "AnyType", "t1": "AnyType", "t2": "AnyType", "Any": "AnyType",
    }[t]


def split_args(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def parse(schema):
    m = re.fullmatch(r"(\w+::\w+)(?:\.(\w+))?\((.*)\) -> (.*)", schema)
    name, overload, args, rets = m.groups()
    params = []
    for a in split_args(args):
        if a == "*":
            continue
        decl = a.split("=")[0].strip()
        ty, pname = decl.rsplit(" ", 1)
        params.append((ty, pname))
    rets = rets.strip()
    if rets.startswith("("):
        rets = split_args(rets[1:-1])
    elif rets == "()":
        rets = []
    else:
        rets = [rets]
    results = []
    for i, r in enumerate(rets):
        parts = r.split(" ")
        results.append((parts[0], parts[1] if len(parts) > 1 else None))
    return name, overload or "", params, results


def main():
    schemas = {}
    all_names = set()
    for s in torch._C._jit_get_all_schemas():
        text = str(s)
        all_names.add(s.name)
        key = s.name + ("." + s.overload_name if s.overload_name else "")
        schemas[key] = text
    wanted = SUPPORTED.split()
    missing = [w for w in wanted if w not in schemas]
    if missing:
        sys.exit("unknown overloads: " + " ".join(missing))
    for extra in (ELEMENTWISE | REDUCTIONS) - set(wanted):
        sys.exit("elementwise/reduction overload not in SUPPORTED: " + extra)

    td = ["// Generated by scripts/generate_aten_ops.py from PyTorch %s's schema registry."
          % torch.__version__.split("+")[0],
          "// Do not edit: change SUPPORTED in the script and run it again.",
          "", "#ifndef TS_ATEN_OPS", "#define TS_ATEN_OPS", ""]
    classes = {}
    for key in wanted:
        schema = schemas[key]
        if "(a!)" in schema and key not in MUTATING:
            sys.exit("in-place overload listed: " + key)
        name, overload, params, results = parse(schema)
        mnemonic = name.replace("::", ".") + ("." + overload if overload else "")
        cls = camel(name.replace("::", "_") + ("_" + overload if overload else ""))
        assert cls not in classes, (cls, key, classes.get(cls))
        classes[cls] = key
        traits = []
        if key in READS_LIST:
            traits.append("MemoryEffects<[MemRead]>")
        elif key not in MUTATING:
            traits.append("Pure")
        if key in ELEMENTWISE:
            traits.append("TS_ElementwiseTensorOp")
        if key in REDUCTIONS:
            traits.append("TS_ReductionTensorOp")
        args = []
        for ty, pname in params:
            pname = pname + "_" if pname in RESERVED else pname
            args.append("%s:$%s" % (base_type(ty), pname))
        outs = []
        for i, (ty, rname) in enumerate(results):
            rname = rname or ("result" if len(results) == 1 else "result%d" % i)
            outs.append("%s:$%s" % (base_type(ty), rname))
        td.append('def TS_%sOp : TS_ATenOp<"%s", [%s]> {' % (cls, mnemonic, ", ".join(traits)))
        td.append('  let summary = "%s";' % schema.replace('"', '\\"'))
        td.append("  let arguments = (ins %s);" % ", ".join(args))
        td.append("  let results = (outs %s);" % ", ".join(outs))
        if key in FOLDERS:
            td.append("  let hasFolder = 1;")
        if key in CANONICALIZERS:
            td.append("  let hasCanonicalizer = 1;")
        td.append("}")
        td.append("")
    td.append("#endif // TS_ATEN_OPS")
    with open(os.path.join(ROOT, "dialects/ts/ATenOps.td"), "w") as f:
        f.write("\n".join(td) + "\n")

    inc = ["// Generated by scripts/generate_aten_ops.py from PyTorch %s's schema registry."
           % torch.__version__.split("+")[0],
           "// TSC_SCHEMA(schema): an overload the ts dialect defines (as ts.<name>.<overload>).",
           "// TSC_KNOWN_OPERATOR(name): an operator PyTorch has that tsc does not support yet.",
           "#ifndef TSC_SCHEMA", "#define TSC_SCHEMA(S)", "#endif",
           "#ifndef TSC_KNOWN_OPERATOR", "#define TSC_KNOWN_OPERATOR(N)", "#endif"]
    supported_names = set()
    for key in wanted:
        inc.append('TSC_SCHEMA("%s")' % schemas[key].replace('"', '\\"'))
        supported_names.add(key.split(".")[0])
    for n in sorted(all_names - supported_names):
        if n.startswith("aten::") or n.startswith("prim::"):
            inc.append('TSC_KNOWN_OPERATOR("%s")' % n)
    inc += ["#undef TSC_SCHEMA", "#undef TSC_KNOWN_OPERATOR"]
    with open(os.path.join(ROOT, "dialects/ts/ATenSchemas.inc"), "w") as f:
        f.write("\n".join(inc) + "\n")
    print("%d ops, %d other operators" % (len(wanted), len(all_names - supported_names)))


if __name__ == "__main__":
    main()
