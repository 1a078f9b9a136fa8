#!/usr/bin/env python3
"""Calls a model compiled by tsc from Python, with ctypes and NumPy only.

    from run_model import Model
    m = Model("./model.so")
    (out,) = m("forward", x, y, 2.0)        # NumPy arrays and Python scalars
    (t,) = m("forward", tx, ty, 2.0, as_torch=True)   # torch tensors, if any

Inputs cross as DLPack DLTensors pointing at the arrays' memory (no copy;
any strides). Outputs are copied into NumPy arrays and the model's buffers
freed, or, with as_torch=True, handed to torch.utils.dlpack.from_dlpack
without a copy (torch then owns them). torch tensors as inputs go through
torch.utils.dlpack.to_dlpack. See docs/abi.md.

Command line:  run_model.py model.so [--entry NAME] IN... (IN: .npy, i:3,
f:2.5, b:true); prints the outputs.
"""
import ctypes
import sys

import numpy as np

kDLCPU = 1
kDLInt, kDLUInt, kDLFloat, kDLBfloat = 0, 1, 2, 4
TSC_DL_BOOL = 6  # DLPack 0.8's kDLBool


class DLDevice(ctypes.Structure):
    _fields_ = [("device_type", ctypes.c_int), ("device_id", ctypes.c_int)]


class DLDataType(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint8), ("bits", ctypes.c_uint8),
                ("lanes", ctypes.c_uint16)]


class DLTensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("device", DLDevice),
                ("ndim", ctypes.c_int), ("dtype", DLDataType),
                ("shape", ctypes.POINTER(ctypes.c_int64)),
                ("strides", ctypes.POINTER(ctypes.c_int64)),
                ("byte_offset", ctypes.c_uint64)]


class DLManagedTensor(ctypes.Structure):
    pass


DLManagedTensor._fields_ = [
    ("dl_tensor", DLTensor), ("manager_ctx", ctypes.c_void_p),
    ("deleter", ctypes.CFUNCTYPE(None, ctypes.POINTER(DLManagedTensor)))]


class ValueInfo(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("kind", ctypes.c_int32),
                ("rank", ctypes.c_int32), ("dtype", DLDataType),
                ("sizes", ctypes.POINTER(ctypes.c_int64))]


EntryFn = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p,
                           ctypes.POINTER(DLTensor), ctypes.c_int64,
                           ctypes.POINTER(ctypes.POINTER(DLManagedTensor)),
                           ctypes.c_int64)


class EntryInfo(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("fn", EntryFn),
                ("num_inputs", ctypes.c_int64),
                ("inputs", ctypes.POINTER(ValueInfo)),
                ("num_outputs", ctypes.c_int64),
                ("outputs", ctypes.POINTER(ValueInfo))]


class ModelApi(ctypes.Structure):
    _fields_ = [("abi_version", ctypes.c_uint32), ("prefix", ctypes.c_char_p),
                ("create", ctypes.CFUNCTYPE(ctypes.c_int,
                                            ctypes.POINTER(ctypes.c_void_p))),
                ("destroy", ctypes.CFUNCTYPE(None, ctypes.c_void_p)),
                ("last_error", ctypes.CFUNCTYPE(ctypes.c_char_p)),
                ("num_entries", ctypes.c_int64),
                ("entries", ctypes.POINTER(EntryInfo))]


_NUMPY_TO_DL = {
    np.dtype(np.float16): (kDLFloat, 16), np.dtype(np.float32): (kDLFloat, 32),
    np.dtype(np.float64): (kDLFloat, 64), np.dtype(np.int8): (kDLInt, 8),
    np.dtype(np.int16): (kDLInt, 16), np.dtype(np.int32): (kDLInt, 32),
    np.dtype(np.int64): (kDLInt, 64), np.dtype(np.uint8): (kDLUInt, 8),
    np.dtype(np.bool_): (TSC_DL_BOOL, 8),
}
_DL_TO_NUMPY = {v: k for k, v in _NUMPY_TO_DL.items()}

_capsule_get = ctypes.pythonapi.PyCapsule_GetPointer
_capsule_get.restype = ctypes.c_void_p
_capsule_get.argtypes = [ctypes.py_object, ctypes.c_char_p]
_capsule_new = ctypes.pythonapi.PyCapsule_New
_capsule_new.restype = ctypes.py_object
_capsule_new.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]


class Model:
    def __init__(self, path):
        self._lib = ctypes.CDLL(path)
        getter = self._lib.tsc_get_model
        getter.restype = ctypes.POINTER(ModelApi)
        self._api = getter().contents
        if self._api.abi_version != 1:
            raise RuntimeError(f"{path}: unsupported tsc ABI version")
        self._handle = ctypes.c_void_p()
        if self._api.create(ctypes.byref(self._handle)) != 0:
            raise RuntimeError(self._api.last_error().decode())
        self.entries = {}
        for i in range(self._api.num_entries):
            e = self._api.entries[i]
            self.entries[e.name.decode()] = e

    def __del__(self):
        if getattr(self, "_handle", None):
            self._api.destroy(self._handle)
            self._handle = None

    def signature(self, entry):
        """[(name, dtype code, bits, sizes)] of the inputs and outputs."""
        e = self.entries[entry]

        def values(array, n):
            return [(array[i].name.decode(), array[i].dtype.code,
                     array[i].dtype.bits,
                     [array[i].sizes[d] for d in range(array[i].rank)])
                    for i in range(n)]
        return values(e.inputs, e.num_inputs), values(e.outputs, e.num_outputs)

    def _to_dltensor(self, value, keep):
        try:
            import torch
            if isinstance(value, torch.Tensor):
                capsule = torch.utils.dlpack.to_dlpack(value)
                keep.append(capsule)  # owns the tensor's DLManagedTensor
                managed = ctypes.cast(_capsule_get(capsule, b"dltensor"),
                                      ctypes.POINTER(DLManagedTensor))
                return managed.contents.dl_tensor
        except ImportError:
            pass
        if isinstance(value, (bool, np.bool_)):
            value = np.array(value, dtype=np.bool_)
        elif isinstance(value, int):
            value = np.array(value, dtype=np.int64)
        elif isinstance(value, float):
            value = np.array(value, dtype=np.float64)
        array = np.asarray(value)
        if array.dtype not in _NUMPY_TO_DL:
            raise TypeError(f"unsupported dtype {array.dtype}")
        if any(s % array.itemsize for s in array.strides):
            array = np.ascontiguousarray(array)
        keep.append(array)
        code, bits = _NUMPY_TO_DL[array.dtype]
        shape = (ctypes.c_int64 * max(array.ndim, 1))(*array.shape)
        strides = (ctypes.c_int64 * max(array.ndim, 1))(
            *[s // array.itemsize for s in array.strides])
        keep += [shape, strides]
        t = DLTensor()
        t.data = array.ctypes.data
        t.device = DLDevice(kDLCPU, 0)
        t.ndim = array.ndim
        t.dtype = DLDataType(code, bits, 1)
        t.shape = shape
        t.strides = strides  # element strides; the runtime copies if needed
        t.byte_offset = 0
        return t

    def __call__(self, entry, *args, as_torch=False):
        e = self.entries[entry]
        keep = []
        inputs = (DLTensor * max(len(args), 1))(
            *[self._to_dltensor(a, keep) for a in args])
        outputs = (ctypes.POINTER(DLManagedTensor) * max(e.num_outputs, 1))()
        status = e.fn(self._handle, inputs, len(args), outputs, e.num_outputs)
        if status != 0:
            raise RuntimeError(self._api.last_error().decode())
        return [self._from_managed(outputs[j], as_torch)
                for j in range(e.num_outputs)]

    @staticmethod
    def _from_managed(managed, as_torch):
        t = managed.contents.dl_tensor
        if as_torch:
            import torch
            is_bool = t.dtype.code == TSC_DL_BOOL
            if is_bool:  # PyTorch 1.13 predates kDLBool
                t.dtype.code = kDLUInt
            result = torch.utils.dlpack.from_dlpack(
                _capsule_new(ctypes.cast(managed, ctypes.c_void_p), b"dltensor",
                             None))
            return result.to(torch.bool) if is_bool else result
        dtype = _DL_TO_NUMPY[(t.dtype.code, t.dtype.bits)]
        shape = [t.shape[d] for d in range(t.ndim)]
        strides = [t.strides[d] * dtype.itemsize for d in range(t.ndim)]
        count = int(np.prod(shape)) if shape else 1
        if count == 0:
            result = np.zeros(shape, dtype)
        else:
            span = (max((s - 1) * st for s, st in zip(shape, strides))
                    if shape else 0) + dtype.itemsize
            buf = (ctypes.c_char * span).from_address(t.data + t.byte_offset)
            view = np.lib.stride_tricks.as_strided(
                np.frombuffer(buf, dtype=np.uint8).view(dtype), shape, strides)
            result = np.array(view)  # copy, then free the model's buffer
        managed.contents.deleter(managed)
        return result


def _parse(arg):
    if len(arg) > 2 and arg[1] == ":" and arg[0] in "ifb":
        kind, text = arg[0], arg[2:]
        if kind == "i":
            return int(text, 0)
        if kind == "f":
            return float(text)
        return text.lower() in ("true", "1")
    return np.load(arg)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 1
    model = Model(argv[1] if "/" in argv[1] else "./" + argv[1])
    rest = argv[2:]
    entry = "forward" if "forward" in model.entries else next(iter(model.entries))
    if rest[:1] == ["--entry"]:
        entry, rest = rest[1], rest[2:]
    try:
        outputs = model(entry, *[_parse(a) for a in rest])
    except RuntimeError as e:
        print(f"run_model.py: error: {e}", file=sys.stderr)
        return 1
    for j, out in enumerate(outputs):
        print(f"out{j} {out.dtype}{list(out.shape)}: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
