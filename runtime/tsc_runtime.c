/*===- tsc_runtime.c - The runtime linked into every compiled model --------===*
 *
 * tsc compiles this file to LLVM bitcode when tsc itself is built and links
 * it into each model it compiles; its symbols are then internalized, so two
 * models in one process (or one static link) never clash. It implements:
 *   - the entry-point logic shared by every exported function: validation of
 *     the DLPack inputs against the compiled signature, conversion to memref
 *     descriptors, the call, and wrapping of the results into
 *     DLManagedTensors that own their buffers;
 *   - tsc_rt_raise, which aborts the current call with a message;
 *   - print (tsc_rt_print_*), formatted as TorchScript prints;
 *   - helpers the generated code may call (memrefCopy, half/bfloat
 *     conversions), so that a model needs nothing beyond libc.
 * C11, libc only. No global mutable state other than thread-locals: entry
 * points are thread-safe.
 *
 *===----------------------------------------------------------------------===*/

#include "tsc_abi.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TSC_RT_HIDDEN __attribute__((visibility("hidden")))
/* Called by code the backend generates (not by name from IR): they must stay
   external after internalization; weak so that several models can be linked
   into one program. */
#define TSC_RT_LIBCALL __attribute__((weak, visibility("hidden"), used))

/*===----------------------------------------------------------------------===*
 * Errors
 *===----------------------------------------------------------------------===*/

static _Thread_local char tsc_rt_error[1024];
/* The setjmp of the innermost entry point running on this thread. */
static _Thread_local jmp_buf *tsc_rt_jump;

static void set_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static void set_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tsc_rt_error, sizeof(tsc_rt_error), fmt, ap);
  va_end(ap);
}

TSC_RT_HIDDEN const char *tsc_rt_last_error(void) { return tsc_rt_error; }

/* Raised by compiled code (TorchScript `raise`, failed shape checks). Leaks
   the temporaries of the aborted call: there is no unwinding. */
TSC_RT_HIDDEN _Noreturn void tsc_rt_raise(const char *message) {
  snprintf(tsc_rt_error, sizeof(tsc_rt_error), "%s",
           message ? message : "error");
  if (!tsc_rt_jump)
    abort(); /* Compiled code only runs under an entry point. */
  longjmp(*tsc_rt_jump, 1);
}

/* Raises `before`, `value` in decimal, then `after` (messages that carry a
   value known at run time only, such as an element count). */
TSC_RT_HIDDEN _Noreturn void tsc_rt_raise_int(const char *before, int64_t value,
                                              const char *after) {
  char message[sizeof(tsc_rt_error)];
  snprintf(message, sizeof(message), "%s%lld%s", before ? before : "",
           (long long)value, after ? after : "");
  tsc_rt_raise(message);
}

/*===----------------------------------------------------------------------===*
 * The model handle: nothing today, weights later.
 *===----------------------------------------------------------------------===*/

struct tsc_rt_model {
  int unused;
};

TSC_RT_HIDDEN int tsc_rt_create(void **model) {
  if (!model) {
    set_error("create: the output pointer is null");
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  *model = calloc(1, sizeof(struct tsc_rt_model));
  if (!*model) {
    set_error("create: out of memory");
    return TSC_ERROR_OUT_OF_MEMORY;
  }
  return TSC_OK;
}

TSC_RT_HIDDEN void tsc_rt_destroy(void *model) { free(model); }

/*===----------------------------------------------------------------------===*
 * Strided copies
 *===----------------------------------------------------------------------===*/

/* Copies a strided array (strides in elements) into another. */
static void copy_strided(char *dst, const int64_t *dstStrides,
                         const char *src, const int64_t *srcStrides,
                         const int64_t *sizes, int64_t rank,
                         size_t elemSize) {
  if (rank == 0) {
    memcpy(dst, src, elemSize);
    return;
  }
  for (int64_t i = 0; i < sizes[0]; ++i)
    copy_strided(dst + i * dstStrides[0] * (int64_t)elemSize, dstStrides + 1,
                 src + i * srcStrides[0] * (int64_t)elemSize, srcStrides + 1,
                 sizes + 1, rank - 1, elemSize);
}

/* MLIR's memref.copy of non-contiguous memrefs lowers to this call (the
   signature of MLIR's runner utilities): descriptors are
   {allocated, aligned, offset, sizes[rank], strides[rank]}. */
typedef struct {
  int64_t rank;
  void *descriptor;
} tsc_rt_unranked;

typedef struct {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizesAndStrides[];
} tsc_rt_descriptor;

TSC_RT_LIBCALL void memrefCopy(int64_t elemSize, tsc_rt_unranked *src,
                               tsc_rt_unranked *dst) {
  tsc_rt_descriptor *s = src->descriptor, *d = dst->descriptor;
  int64_t rank = src->rank;
  for (int64_t i = 0; i < rank; ++i)
    if (s->sizesAndStrides[i] == 0)
      return;
  copy_strided(d->aligned + d->offset * elemSize, d->sizesAndStrides + rank,
               s->aligned + s->offset * elemSize, s->sizesAndStrides + rank,
               s->sizesAndStrides, rank, (size_t)elemSize);
}

/*===----------------------------------------------------------------------===*
 * half / bfloat conversions (libgcc/compiler-rt names), used by the backend
 * when the target CPU has no instruction for them.
 *===----------------------------------------------------------------------===*/

/* Rounds `x` to nearest-even in a format with `ebits` exponent and `mbits`
   mantissa bits; returns the bits. */
static uint16_t narrow_float(double x, int ebits, int mbits) {
  uint64_t b;
  memcpy(&b, &x, sizeof(b));
  uint64_t sign = (b >> 63) << (ebits + mbits);
  int64_t exp = (int64_t)((b >> 52) & 0x7ff);
  uint64_t man = b & ((1ull << 52) - 1);
  uint64_t expMax = (1ull << ebits) - 1;
  if (exp == 0x7ff) /* inf, or a quiet NaN */
    return (uint16_t)(sign | (expMax << mbits) |
                      (man ? 1ull << (mbits - 1) : 0));
  if (exp == 0) /* double subnormals are far below both formats' range */
    return (uint16_t)sign;
  int64_t e = exp - 1023 + ((1 << (ebits - 1)) - 1);
  uint64_t full = man | (1ull << 52);
  int64_t shift = 52 - mbits;
  if (e < 1) {
    shift += 1 - e;
    e = 0;
  }
  if (shift >= 54) /* below half the smallest subnormal */
    return (uint16_t)sign;
  uint64_t q = full >> shift;
  uint64_t rem = full & ((1ull << shift) - 1), half = 1ull << (shift - 1);
  if (rem > half || (rem == half && (q & 1)))
    ++q;
  /* q carries the implicit bit at `mbits`, so a carry bumps the exponent. */
  uint64_t bits = e >= 1 ? ((uint64_t)(e - 1) << mbits) + q : q;
  if (bits >= expMax << mbits)
    bits = expMax << mbits;
  return (uint16_t)(sign | bits);
}

static _Float16 half_from_bits(uint16_t bits) {
  _Float16 h;
  memcpy(&h, &bits, sizeof(h));
  return h;
}

static __bf16 bfloat_from_bits(uint16_t bits) {
  __bf16 h;
  memcpy(&h, &bits, sizeof(h));
  return h;
}

TSC_RT_LIBCALL _Float16 __truncsfhf2(float x) {
  return half_from_bits(narrow_float(x, 5, 10));
}
TSC_RT_LIBCALL _Float16 __truncdfhf2(double x) {
  return half_from_bits(narrow_float(x, 5, 10));
}
TSC_RT_LIBCALL __bf16 __truncsfbf2(float x) {
  return bfloat_from_bits(narrow_float(x, 8, 7));
}
TSC_RT_LIBCALL __bf16 __truncdfbf2(double x) {
  return bfloat_from_bits(narrow_float(x, 8, 7));
}

TSC_RT_LIBCALL float __extendhfsf2(_Float16 h) {
  uint16_t bits;
  memcpy(&bits, &h, sizeof(bits));
  uint32_t sign = (uint32_t)(bits >> 15) << 31;
  uint32_t exp = (bits >> 10) & 0x1f, man = bits & 0x3ff, out;
  if (exp == 0x1f) {
    out = sign | 0x7f800000u | (man << 13);
  } else if (exp == 0) {
    /* Subnormal (or zero): exact in float arithmetic. */
    float f = (float)man * (1.0f / 16777216.0f);
    return sign ? -f : f;
  } else {
    out = sign | ((exp - 15 + 127) << 23) | (man << 13);
  }
  float f;
  memcpy(&f, &out, sizeof(f));
  return f;
}

TSC_RT_LIBCALL float __gnu_h2f_ieee(_Float16 h) { return __extendhfsf2(h); }
TSC_RT_LIBCALL _Float16 __gnu_f2h_ieee(float x) { return __truncsfhf2(x); }

/*===----------------------------------------------------------------------===*
 * Entry points
 *===----------------------------------------------------------------------===*/

/* The compiled function behind an entry, called through a generated thunk:
   each tensor argument/result occupies 3 + 2*rank int64 slots (allocated
   pointer, aligned pointer, offset, sizes, strides: a memref descriptor),
   each scalar one slot (the value's bits). */
typedef void (*tsc_rt_thunk)(int64_t *inputs, int64_t *outputs);

static int64_t slot_count(const tsc_value_info *v) {
  return v->kind == TSC_VALUE_SCALAR ? 1 : 3 + 2 * (int64_t)v->rank;
}

static size_t elem_size(DLDataType t) { return (size_t)(t.bits + 7) / 8; }

static const char *dtype_name(DLDataType t, char *buf, size_t n) {
  const char *code = "?";
  switch (t.code) {
  case kDLInt:
    code = "int";
    break;
  case kDLUInt:
    code = "uint";
    break;
  case kDLFloat:
    code = "float";
    break;
  case kDLBfloat:
    code = "bfloat";
    break;
  case TSC_DL_BOOL:
    code = "bool";
    break;
  default:
    break;
  }
  if (t.lanes != 1)
    snprintf(buf, n, "%s%u x%u", code, t.bits, t.lanes);
  else
    snprintf(buf, n, "%s%u", code, t.bits);
  return buf;
}

static int dtype_matches(DLDataType want, DLDataType got) {
  if (got.lanes != 1 || got.bits != want.bits)
    return 0;
  if (got.code == want.code)
    return 1;
  /* Producers predating DLPack 0.8 (PyTorch 1.13) export bool as uint8. */
  return want.code == TSC_DL_BOOL && got.code == kDLUInt;
}

/* Validates input `i` and fills its slots. A non-compact input is copied into
   a compact buffer returned in *temp (the compiled code assumes row-major
   compact buffers). Returns an error code. */
static int convert_input(const tsc_entry_info *e, int64_t i, const DLTensor *t,
                         int64_t *slots, void **temp) {
  const tsc_value_info *v = &e->inputs[i];
  char want[32], got[32];
  *temp = NULL;
  if (t->device.device_type != kDLCPU) {
    set_error("%s: input %lld ('%s'): expected a CPU tensor, got device "
              "type %d",
              e->name, (long long)i, v->name, (int)t->device.device_type);
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  if (t->ndim != v->rank) {
    set_error("%s: input %lld ('%s'): expected rank %d, got rank %d", e->name,
              (long long)i, v->name, v->rank, t->ndim);
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  if (!dtype_matches(v->dtype, t->dtype)) {
    set_error("%s: input %lld ('%s'): expected dtype %s, got %s", e->name,
              (long long)i, v->name, dtype_name(v->dtype, want, sizeof(want)),
              dtype_name(t->dtype, got, sizeof(got)));
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  if (v->rank > 0 && !t->shape) {
    set_error("%s: input %lld ('%s'): null shape", e->name, (long long)i,
              v->name);
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  size_t es = elem_size(v->dtype);
  uint64_t numel = 1;
  for (int32_t d = 0; d < v->rank; ++d) {
    int64_t size = t->shape[d];
    if (size < 0 || (v->sizes[d] >= 0 && size != v->sizes[d])) {
      set_error("%s: input %lld ('%s'): dimension %d has size %lld, "
                "expected %lld",
                e->name, (long long)i, v->name, d, (long long)size,
                (long long)v->sizes[d]);
      return TSC_ERROR_INVALID_ARGUMENT;
    }
    if (size != 0 && numel > (UINT64_MAX / es) / (uint64_t)size) {
      set_error("%s: input %lld ('%s'): too many elements", e->name,
                (long long)i, v->name);
      return TSC_ERROR_INVALID_ARGUMENT;
    }
    numel *= (uint64_t)size;
  }
  char *data = t->data ? (char *)t->data + t->byte_offset : NULL;
  if (!data && numel != 0) {
    set_error("%s: input %lld ('%s'): null data", e->name, (long long)i,
              v->name);
    return TSC_ERROR_INVALID_ARGUMENT;
  }

  if (v->kind == TSC_VALUE_SCALAR) {
    int64_t bits = 0;
    if (v->dtype.code == TSC_DL_BOOL)
      bits = *(const unsigned char *)data != 0;
    else
      memcpy(&bits, data, es);
    slots[0] = bits;
    return TSC_OK;
  }

  /* Compact row-major unless strides say otherwise; size-1 dimensions may
     carry any stride (PyTorch gives them arbitrary ones). */
  int compact = 1;
  if (t->strides && numel != 0) {
    int64_t expected = 1;
    for (int32_t d = v->rank - 1; d >= 0; --d) {
      if (t->shape[d] != 1 && t->strides[d] != expected)
        compact = 0;
      expected *= t->shape[d];
    }
  }
  if (!compact) {
    char *copy = malloc(numel * es);
    if (!copy) {
      set_error("%s: input %lld ('%s'): out of memory", e->name,
                (long long)i, v->name);
      return TSC_ERROR_OUT_OF_MEMORY;
    }
    int64_t *dstStrides = slots + 3 + v->rank;
    int64_t stride = 1;
    for (int32_t d = v->rank - 1; d >= 0; --d) {
      dstStrides[d] = stride;
      stride *= t->shape[d];
    }
    copy_strided(copy, dstStrides, data, t->strides, t->shape, v->rank, es);
    *temp = data = copy;
  }
  slots[0] = (int64_t)(intptr_t)data;
  slots[1] = (int64_t)(intptr_t)data;
  slots[2] = 0;
  int64_t stride = 1;
  for (int32_t d = v->rank - 1; d >= 0; --d) {
    slots[3 + d] = t->shape[d];
    slots[3 + v->rank + d] = stride;
    stride *= t->shape[d];
  }
  return TSC_OK;
}

/* Shared ownership of a result buffer: results that alias (`return x, x`)
   share one owner, freed with its last tensor. */
typedef struct {
  atomic_long refs;
  void *allocated;
} tsc_rt_owner;

static void delete_output(DLManagedTensor *self) {
  tsc_rt_owner *owner = self->manager_ctx;
  if (owner && atomic_fetch_sub(&owner->refs, 1) == 1) {
    free(owner->allocated);
    free(owner);
  }
  free(self);
}

/* Wraps the result slots into DLManagedTensors. On failure, frees every
   result buffer and leaves all outputs null. */
static int wrap_outputs(const tsc_entry_info *e, int64_t *slots,
                        DLManagedTensor **outputs) {
  int64_t n = e->num_outputs;
  int failed = 0;
  int64_t at = 0;
  for (int64_t j = 0; j < n; ++j)
    outputs[j] = NULL;
  for (int64_t j = 0; j < n; at += slot_count(&e->outputs[j]), ++j) {
    const tsc_value_info *v = &e->outputs[j];
    int64_t *s = slots + at;
    int32_t rank = v->kind == TSC_VALUE_SCALAR ? 0 : v->rank;
    DLManagedTensor *m =
        calloc(1, sizeof(DLManagedTensor) + 2 * sizeof(int64_t) * rank);
    if (!m) {
      failed = 1;
      break;
    }
    outputs[j] = m;
    int64_t *shape = (int64_t *)(m + 1);
    m->deleter = delete_output;
    m->dl_tensor.device.device_type = kDLCPU;
    m->dl_tensor.device.device_id = 0;
    m->dl_tensor.ndim = rank;
    m->dl_tensor.dtype = v->dtype;
    m->dl_tensor.shape = shape;
    m->dl_tensor.strides = shape + rank;
    m->dl_tensor.byte_offset = 0;

    void *allocated;
    if (v->kind == TSC_VALUE_SCALAR) {
      allocated = malloc(sizeof(int64_t));
      if (!allocated) {
        failed = 1;
        break;
      }
      if (v->dtype.code == TSC_DL_BOOL)
        *(unsigned char *)allocated = (unsigned char)(s[0] & 1);
      else
        memcpy(allocated, &s[0], elem_size(v->dtype));
      m->dl_tensor.data = allocated;
    } else {
      allocated = (void *)(intptr_t)s[0];
      m->dl_tensor.data =
          (char *)(intptr_t)s[1] + s[2] * (int64_t)elem_size(v->dtype);
      for (int32_t d = 0; d < rank; ++d) {
        shape[d] = s[3 + d];
        shape[rank + d] = s[3 + rank + d];
      }
    }
    /* Share the owner of an earlier result with the same buffer. */
    tsc_rt_owner *owner = NULL;
    int64_t prevAt = 0;
    for (int64_t k = 0; k < j && v->kind == TSC_VALUE_TENSOR;
         prevAt += slot_count(&e->outputs[k]), ++k)
      if (e->outputs[k].kind == TSC_VALUE_TENSOR && outputs[k] &&
          slots[prevAt] == s[0])
        owner = outputs[k]->manager_ctx;
    if (owner) {
      atomic_fetch_add(&owner->refs, 1);
    } else {
      owner = malloc(sizeof(*owner));
      if (!owner) {
        if (v->kind == TSC_VALUE_SCALAR)
          free(allocated);
        failed = 1;
        break;
      }
      atomic_init(&owner->refs, 1);
      owner->allocated = allocated;
    }
    m->manager_ctx = owner;
  }
  if (!failed)
    return TSC_OK;

  /* Free what was wrapped, then the result buffers not wrapped yet (each
     buffer once). */
  int64_t wrapped = 0;
  while (wrapped < n && outputs[wrapped] && outputs[wrapped]->manager_ctx)
    ++wrapped;
  at = 0;
  for (int64_t j = 0; j < n; at += slot_count(&e->outputs[j]), ++j) {
    if (j < wrapped || e->outputs[j].kind == TSC_VALUE_SCALAR)
      continue;
    int seen = 0;
    int64_t prevAt = 0;
    for (int64_t k = 0; k < j; prevAt += slot_count(&e->outputs[k]), ++k)
      if (e->outputs[k].kind == TSC_VALUE_TENSOR &&
          slots[prevAt] == slots[at])
        seen = 1;
    if (!seen)
      free((void *)(intptr_t)slots[at]);
  }
  for (int64_t j = 0; j < n; ++j) {
    if (!outputs[j])
      continue;
    if (j < wrapped)
      outputs[j]->deleter(outputs[j]);
    else
      free(outputs[j]);
    outputs[j] = NULL;
  }
  set_error("%s: out of memory while returning results", e->name);
  return TSC_ERROR_OUT_OF_MEMORY;
}

TSC_RT_HIDDEN int tsc_rt_invoke(const tsc_entry_info *e, tsc_rt_thunk thunk,
                                void *model, const DLTensor *inputs,
                                int64_t numInputs, DLManagedTensor **outputs,
                                int64_t numOutputs) {
  if (!model) {
    set_error("%s: null model handle", e->name);
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  if (numInputs != e->num_inputs || (numInputs > 0 && !inputs)) {
    set_error("%s: expected %lld inputs, got %lld", e->name,
              (long long)e->num_inputs, (long long)numInputs);
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  if (numOutputs != e->num_outputs || (numOutputs > 0 && !outputs)) {
    set_error("%s: expected room for %lld outputs, got %lld", e->name,
              (long long)e->num_outputs, (long long)numOutputs);
    return TSC_ERROR_INVALID_ARGUMENT;
  }
  for (int64_t j = 0; j < numOutputs; ++j)
    outputs[j] = NULL;

  int64_t numInSlots = 0, numOutSlots = 0;
  for (int64_t i = 0; i < numInputs; ++i)
    numInSlots += slot_count(&e->inputs[i]);
  for (int64_t j = 0; j < numOutputs; ++j)
    numOutSlots += slot_count(&e->outputs[j]);
  /* One allocation: input slots, output slots, temporaries. */
  int64_t *slots = calloc((size_t)(numInSlots + numOutSlots + numInputs) + 1,
                          sizeof(int64_t));
  if (!slots) {
    set_error("%s: out of memory", e->name);
    return TSC_ERROR_OUT_OF_MEMORY;
  }
  int64_t *outSlots = slots + numInSlots;
  void **temps = (void **)(outSlots + numOutSlots);

  int status = TSC_OK;
  int64_t at = 0;
  for (int64_t i = 0; i < numInputs && status == TSC_OK; ++i) {
    status = convert_input(e, i, &inputs[i], slots + at, &temps[i]);
    at += slot_count(&e->inputs[i]);
  }

  if (status == TSC_OK) {
    jmp_buf jump;
    jmp_buf *volatile outer = tsc_rt_jump;
    tsc_rt_jump = &jump;
    if (setjmp(jump) == 0)
      thunk(slots, outSlots);
    else
      status = TSC_ERROR_RUNTIME;
    tsc_rt_jump = outer;
  }

  for (int64_t i = 0; i < numInputs; ++i)
    free(temps[i]);
  if (status == TSC_OK)
    status = wrap_outputs(e, outSlots, outputs);
  free(slots);
  return status;
}

/*===----------------------------------------------------------------------===*
 * print (prim::Print)
 *
 * TorchScript's print writes its arguments separated by spaces and a newline
 * as one string (IValue's operator<< in libtorch; tensors in ATen's C++
 * format, not Python's `tensor(...)`). The compiled code builds a line with
 * the calls below, between tsc_rt_print_begin and tsc_rt_print_end, in a
 * thread-local buffer, and writes it to stdout in one call and flushes it,
 * so lines from several threads never interleave and the output appears in
 * order with the host program's.
 *===----------------------------------------------------------------------===*/

typedef struct {
  char *data;
  size_t size, capacity;
  int failed; /* out of memory: the line is dropped */
} tsc_rt_line;

static _Thread_local tsc_rt_line tsc_rt_print_line;

static void line_append(const char *s, size_t n) {
  tsc_rt_line *l = &tsc_rt_print_line;
  if (l->failed)
    return;
  if (l->size + n + 1 > l->capacity) {
    size_t capacity = l->capacity ? l->capacity : 256;
    while (l->size + n + 1 > capacity)
      capacity *= 2;
    char *data = realloc(l->data, capacity);
    if (!data) {
      l->failed = 1;
      return;
    }
    l->data = data;
    l->capacity = capacity;
  }
  memcpy(l->data + l->size, s, n);
  l->size += n;
}

static void line_puts(const char *s) { line_append(s, strlen(s)); }

static void line_printf(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static void line_printf(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);
  /* The formats used here (numbers of bounded width) never truncate. */
  if (n > 0)
    line_append(buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

TSC_RT_HIDDEN void tsc_rt_print_begin(void) {
  tsc_rt_print_line.size = 0;
  tsc_rt_print_line.failed = 0;
}

TSC_RT_HIDDEN void tsc_rt_print_end(void) {
  tsc_rt_line *l = &tsc_rt_print_line;
  line_puts("\n");
  if (!l->failed) {
    fwrite(l->data, 1, l->size, stdout);
    fflush(stdout);
  }
  free(l->data);
  l->data = NULL;
  l->size = l->capacity = 0;
}

TSC_RT_HIDDEN void tsc_rt_print_str(const char *s) { line_puts(s); }

TSC_RT_HIDDEN void tsc_rt_print_int(int64_t v) {
  line_printf("%lld", (long long)v);
}

/* Whether a finite `x` is an integer (`x == ceil(x)`, without libm). */
static int is_integral(double x) {
  if (__builtin_fabs(x) >= 4503599627370496.0) /* 2^52: no fraction bits */
    return 1;
  return (double)(int64_t)x == x;
}

/* A float as IValue prints it: integral values (normal or zero, within
   int64) as `3.`, others with 17 significant digits (`0.10000000000000001`),
   `inf`, `nan`. */
TSC_RT_HIDDEN void tsc_rt_print_float(double v) {
  if ((__builtin_isnormal(v) || v == 0.0) && v >= -9223372036854775808.0 &&
      v < 9223372036854775808.0 && (double)(int64_t)v == v) {
    line_printf("%lld.", (long long)(int64_t)v);
    return;
  }
  line_printf("%.17g", v);
}

/* Element types of the tensors print_tensor prints. */
enum {
  TSC_RT_F32 = 0,
  TSC_RT_F64 = 1,
  TSC_RT_F16 = 2,
  TSC_RT_BF16 = 3,
  TSC_RT_I8 = 4,
  TSC_RT_I16 = 5,
  TSC_RT_I32 = 6,
  TSC_RT_I64 = 7,
  TSC_RT_U8 = 8,
  TSC_RT_BOOL = 9
};

/* ATen's ScalarType names, as `Tensor::toString()` prints them. */
static const char *aten_type_name(int32_t dtype) {
  switch (dtype) {
  case TSC_RT_F32:
    return "Float";
  case TSC_RT_F64:
    return "Double";
  case TSC_RT_F16:
    return "Half";
  case TSC_RT_BF16:
    return "BFloat16";
  case TSC_RT_I8:
    return "Char";
  case TSC_RT_I16:
    return "Short";
  case TSC_RT_I32:
    return "Int";
  case TSC_RT_I64:
    return "Long";
  case TSC_RT_U8:
    return "Byte";
  case TSC_RT_BOOL:
    return "Bool";
  default:
    return "Undefined";
  }
}

static size_t dtype_size(int32_t dtype) {
  switch (dtype) {
  case TSC_RT_F64:
  case TSC_RT_I64:
    return 8;
  case TSC_RT_F32:
  case TSC_RT_I32:
    return 4;
  case TSC_RT_F16:
  case TSC_RT_BF16:
  case TSC_RT_I16:
    return 2;
  default:
    return 1;
  }
}

static double load_double(const char *p, int32_t dtype) {
  switch (dtype) {
  case TSC_RT_F32: {
    float v;
    memcpy(&v, p, sizeof(v));
    return v;
  }
  case TSC_RT_F64: {
    double v;
    memcpy(&v, p, sizeof(v));
    return v;
  }
  case TSC_RT_F16: {
    _Float16 v;
    memcpy(&v, p, sizeof(v));
    return (double)__extendhfsf2(v);
  }
  case TSC_RT_BF16: {
    uint16_t b;
    memcpy(&b, p, sizeof(b));
    uint32_t bits = (uint32_t)b << 16;
    float v;
    memcpy(&v, &bits, sizeof(v));
    return v;
  }
  case TSC_RT_I8:
    return (double)*(const int8_t *)p;
  case TSC_RT_I16: {
    int16_t v;
    memcpy(&v, p, sizeof(v));
    return (double)v;
  }
  case TSC_RT_I32: {
    int32_t v;
    memcpy(&v, p, sizeof(v));
    return (double)v;
  }
  case TSC_RT_I64: {
    int64_t v;
    memcpy(&v, p, sizeof(v));
    return (double)v;
  }
  case TSC_RT_U8:
    return (double)*(const uint8_t *)p;
  default: /* bool */
    return *(const uint8_t *)p ? 1.0 : 0.0;
  }
}

/* 10^k as strtod rounds it (as std::pow(10, k) does for the exponents met
   here), without libm. */
static double pow10_of(int k) {
  char buf[16];
  snprintf(buf, sizeof(buf), "1e%d", k);
  return strtod(buf, NULL);
}

/* floor(log10(x)) for a finite x > 0, without libm: estimated from the
   binary exponent, then corrected against exact powers of ten. */
static int floor_log10(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof(bits));
  int e2 = (int)((bits >> 52) & 0x7ff);
  e2 = e2 ? e2 - 1023 : -1074;
  int k = (int)((double)e2 * 0.30102999566398120);
  while (k > -330 && x < pow10_of(k))
    --k;
  while (k < 310 && x >= pow10_of(k + 1))
    ++k;
  return k;
}

/* The state of the C++ stream ATen prints into: its float format and
   precision carry over from one matrix of a tensor to the next. */
enum { FMT_DEFAULT, FMT_FIXED, FMT_SCIENTIFIC };
typedef struct {
  int format;
  int precision;
} tsc_rt_stream;

static void print_number(const tsc_rt_stream *s, int width, double v) {
  switch (s->format) {
  case FMT_FIXED:
    line_printf("%*.*f", width, s->precision, v);
    break;
  case FMT_SCIENTIFIC:
    line_printf("%*.*e", width, s->precision, v);
    break;
  default:
    line_printf("%*.*g", width, s->precision, v);
    break;
  }
}

static void print_indent(int64_t n) {
  for (int64_t i = 0; i < n; ++i)
    line_puts(" ");
}

/* ATen's __printFormat: picks the stream format, a common scale and the
   column width for `n` values (reproduced with its quirks, such as the
   largest magnitude only growing for positive values). */
static void print_format(tsc_rt_stream *s, const double *v, int64_t n,
                         double *scale, int *width) {
  *scale = 1;
  int intMode = 1;
  for (int64_t i = 0; i < n; ++i)
    if (__builtin_isfinite(v[i]) && !is_integral(v[i])) {
      intMode = 0;
      break;
    }
  int64_t offset = 0;
  while (offset < n && !__builtin_isfinite(v[offset]))
    ++offset;
  double expMin = 1, expMax = 1;
  if (offset < n) {
    expMin = expMax = __builtin_fabs(v[offset]);
    for (int64_t i = offset; i < n; ++i) {
      double z = __builtin_fabs(v[i]);
      if (__builtin_isfinite(z)) {
        if (z < expMin)
          expMin = z;
        if (v[i] > expMax)
          expMax = z;
      }
    }
    expMin = expMin != 0 ? floor_log10(expMin) + 1 : 1;
    expMax = expMax != 0 ? floor_log10(expMax) + 1 : 1;
  }
  if (intMode) {
    if (expMax > 9) {
      *width = 11;
      s->format = FMT_SCIENTIFIC;
      s->precision = 4;
    } else {
      *width = (int)expMax + 1;
      s->format = FMT_DEFAULT;
    }
    return;
  }
  if (expMax - expMin > 4) {
    *width = 11;
    if (__builtin_fabs(expMax) > 99 || __builtin_fabs(expMin) > 99)
      *width += 1;
    s->format = FMT_SCIENTIFIC;
  } else {
    if (expMax > 5 || expMax < 0) {
      *width = 7;
      *scale = pow10_of((int)expMax - 1);
    } else {
      *width = expMax == 0 ? 7 : (int)expMax + 6;
    }
    s->format = FMT_FIXED;
  }
  s->precision = 4;
}

static void print_scale(const tsc_rt_stream *s, double scale) {
  tsc_rt_stream d = {FMT_DEFAULT, s->precision};
  print_number(&d, 0, scale);
  line_puts(" *\n");
}

/* ATen's __printMatrix (80 columns): a row-major rows x cols matrix. */
static void print_matrix(tsc_rt_stream *s, const double *v, int64_t rows,
                         int64_t cols, int64_t indent) {
  double scale;
  int width;
  print_format(s, v, rows * cols, &scale, &width);
  print_indent(indent);
  int64_t perLine = (80 - indent) / (width + 1);
  if (perLine < 1)
    perLine = 1;
  for (int64_t first = 0; first < cols;) {
    int64_t last = first + perLine <= cols ? first + perLine - 1 : cols - 1;
    if (perLine < cols) {
      if (first != 0)
        line_puts("\n");
      line_printf("Columns %lld to %lld", (long long)first + 1,
                  (long long)last + 1);
      print_indent(indent);
    }
    if (scale != 1) {
      print_scale(s, scale);
      print_indent(indent);
    }
    for (int64_t r = 0; r < rows; ++r) {
      for (int64_t c = first; c <= last; ++c) {
        print_number(s, width, v[r * cols + c] / scale);
        if (c == last) {
          line_puts("\n");
          if (r != rows - 1)
            print_indent(indent + (scale != 1 ? 1 : 0));
        } else {
          line_puts(" ");
        }
      }
    }
    first = last + 1;
  }
}

/* Prints a tensor as ATen's operator<< does: the values (converted to
   double), then `[ CPUFloatType{2,3} ]`. `descriptor` is a memref
   descriptor {allocated, aligned, offset, sizes[rank], strides[rank]}. */
static void print_tensor(int64_t rank, void *descriptor, int32_t dtype) {
  const tsc_rt_descriptor *d = descriptor;
  const int64_t *sizes = d->sizesAndStrides, *strides = sizes + rank;
  int64_t numel = 1;
  for (int64_t i = 0; i < rank; ++i)
    numel *= sizes[i];
  double *values = NULL;
  if (numel > 0) {
    values = malloc((size_t)numel * sizeof(double));
    if (!values)
      tsc_rt_raise("RuntimeError: out of memory while printing a tensor");
    /* Row-major order over the (possibly strided) buffer. */
    size_t es = dtype_size(dtype);
    const char *base = d->aligned + d->offset * (int64_t)es;
    for (int64_t i = 0; i < numel; ++i) {
      int64_t rest = i, at = 0;
      for (int64_t k = rank - 1; k >= 0; --k) {
        at += (rest % sizes[k]) * strides[k];
        rest /= sizes[k];
      }
      values[i] = load_double(base + at * (int64_t)es, dtype);
    }
  }

  tsc_rt_stream s = {FMT_DEFAULT, 6};
  if (rank == 0) {
    print_number(&s, 0, values[0]);
    line_puts("\n");
  } else if (rank == 1) {
    if (numel > 0) {
      double scale;
      int width;
      print_format(&s, values, numel, &scale, &width);
      if (scale != 1)
        print_scale(&s, scale);
      for (int64_t i = 0; i < numel; ++i) {
        print_number(&s, width, values[i] / scale);
        line_puts("\n");
      }
    }
  } else if (rank == 2) {
    if (numel > 0)
      print_matrix(&s, values, sizes[0], sizes[1], 0);
  } else if (numel > 0) {
    /* One matrix per index of the leading dimensions: `(1,2,.,.) = `. */
    int64_t rows = sizes[rank - 2], cols = sizes[rank - 1];
    int64_t count = numel / (rows * cols);
    for (int64_t m = 0; m < count; ++m) {
      if (m != 0)
        line_puts("\n");
      line_puts("(");
      int64_t inner = count; /* matrices per index of dimension k */
      for (int64_t k = 0; k < rank - 2; ++k) {
        inner /= sizes[k];
        line_printf("%lld,", (long long)((m / inner) % sizes[k]) + 1);
      }
      line_puts(".,.) = \n");
      print_matrix(&s, values + m * rows * cols, rows, cols, 1);
    }
  }
  free(values);

  line_printf("[ CPU%sType{", aten_type_name(dtype));
  for (int64_t i = 0; i < rank; ++i)
    line_printf(i ? ",%lld" : "%lld", (long long)sizes[i]);
  line_puts("} ]");
}

/* One entry per element type: the compiled code passes an unranked memref
   (its rank and a pointer to its descriptor), whose type names the element
   type, so each type has its own function. */
#define TSC_RT_PRINT_TENSOR(suffix, dtype)                                     \
  TSC_RT_HIDDEN void tsc_rt_print_tensor_##suffix(int64_t rank,                \
                                                  void *descriptor) {          \
    print_tensor(rank, descriptor, dtype);                                     \
  }
TSC_RT_PRINT_TENSOR(f32, TSC_RT_F32)
TSC_RT_PRINT_TENSOR(f64, TSC_RT_F64)
TSC_RT_PRINT_TENSOR(f16, TSC_RT_F16)
TSC_RT_PRINT_TENSOR(bf16, TSC_RT_BF16)
TSC_RT_PRINT_TENSOR(i8, TSC_RT_I8)
TSC_RT_PRINT_TENSOR(i16, TSC_RT_I16)
TSC_RT_PRINT_TENSOR(i32, TSC_RT_I32)
TSC_RT_PRINT_TENSOR(i64, TSC_RT_I64)
TSC_RT_PRINT_TENSOR(u8, TSC_RT_U8)
TSC_RT_PRINT_TENSOR(bool, TSC_RT_BOOL)
