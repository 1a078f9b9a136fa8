/*===- tsc_abi.h - The C ABI of models compiled by tsc ---------------------===*
 *
 * Types shared by every compiled model. Generated model headers carry a copy
 * of this file (so they need nothing from tsc), and tsc-run includes it to
 * drive any model through `tsc_get_model()`. See docs/abi.md.
 *
 *===----------------------------------------------------------------------===*/

#ifndef TSC_ABI_H
#define TSC_ABI_H

#include <dlpack/dlpack.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever a struct below changes layout. */
#define TSC_ABI_VERSION 1

/* DLPack 0.8's kDLBool; Debian's DLPack 0.6 predates it. Booleans are one
   byte each, 0 or 1. */
#define TSC_DL_BOOL 6

/* Error codes returned by the entry points. */
enum {
  TSC_OK = 0,
  TSC_ERROR_INVALID_ARGUMENT = 1, /* count, rank, dtype, device or shape */
  TSC_ERROR_RUNTIME = 2,          /* the model raised (e.g. a failed check) */
  TSC_ERROR_OUT_OF_MEMORY = 3
};

/* Kinds of values crossing the boundary. Scalars cross as 0-d tensors:
   int as kDLInt 64, float as kDLFloat 64, bool as TSC_DL_BOOL 8. */
enum { TSC_VALUE_TENSOR = 0, TSC_VALUE_SCALAR = 1 };

typedef struct tsc_value_info {
  const char *name;
  int32_t kind;         /* TSC_VALUE_TENSOR or TSC_VALUE_SCALAR */
  int32_t rank;
  DLDataType dtype;
  const int64_t *sizes; /* rank entries, -1 where dynamic */
} tsc_value_info;

typedef int (*tsc_entry_fn)(void *model, const DLTensor *inputs,
                            int64_t num_inputs, DLManagedTensor **outputs,
                            int64_t num_outputs);

typedef struct tsc_entry_info {
  const char *name;
  tsc_entry_fn fn;
  int64_t num_inputs;
  const tsc_value_info *inputs;
  int64_t num_outputs;
  const tsc_value_info *outputs;
} tsc_entry_info;

typedef struct tsc_model_api {
  uint32_t abi_version; /* TSC_ABI_VERSION */
  const char *prefix;
  int (*create)(void **model);
  void (*destroy)(void *model);
  const char *(*last_error)(void);
  int64_t num_entries;
  const tsc_entry_info *entries;
} tsc_model_api;

#ifdef __cplusplus
}
#endif

#endif /* TSC_ABI_H */
