/* Calls a model compiled by tsc through its generated header (demo.h):
 *   tsc demo.py --input-shape x=?x4 --input-shape y=?x4 -o libdemo.a \
 *       --emit-header demo.h
 *   cc -std=c11 main.c libdemo.a -lm -o demo      (or: main.c libdemo.so)
 * The model computes forward(x, y, alpha) = x + alpha * y. */
#include "demo.h"

#include <stdio.h>

int main(void) {
  demo_model *model;
  if (demo_create(&model) != 0) {
    fprintf(stderr, "create: %s\n", demo_last_error());
    return 1;
  }

  /* Inputs: two 2x4 float32 tensors and the scalar alpha as a 0-d float64
     tensor. NULL strides mean compact row-major. */
  float x[2][4], y[2][4];
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 4; ++j) {
      x[i][j] = (float)(i * 4 + j);
      y[i][j] = 0.5f * (float)j;
    }
  double alpha = 2.0;
  int64_t shape[2] = {2, 4};
  DLTensor inputs[3] = {
      {.data = x, .device = {kDLCPU, 0}, .ndim = 2,
       .dtype = {kDLFloat, 32, 1}, .shape = shape},
      {.data = y, .device = {kDLCPU, 0}, .ndim = 2,
       .dtype = {kDLFloat, 32, 1}, .shape = shape},
      {.data = &alpha, .device = {kDLCPU, 0}, .ndim = 0,
       .dtype = {kDLFloat, 64, 1}},
  };

  DLManagedTensor *out[1];
  if (demo_forward(model, inputs, 3, out, 1) != 0) {
    fprintf(stderr, "forward: %s\n", demo_last_error());
    return 1;
  }
  const DLTensor *r = &out[0]->dl_tensor;
  const float *data = (const float *)((const char *)r->data + r->byte_offset);
  printf("result %lldx%lld:", (long long)r->shape[0], (long long)r->shape[1]);
  for (int64_t i = 0; i < r->shape[0] * r->shape[1]; ++i)
    printf(" %g", data[i]);
  printf("\n");
  out[0]->deleter(out[0]); /* the caller owns the outputs */

  /* The signature is metadata too. */
  const tsc_model_api *api = demo_model_info();
  for (int64_t e = 0; e < api->num_entries; ++e) {
    const tsc_entry_info *entry = &api->entries[e];
    printf("entry %s(", entry->name);
    for (int64_t i = 0; i < entry->num_inputs; ++i)
      printf("%s%s: rank %d", i ? ", " : "", entry->inputs[i].name,
             entry->inputs[i].rank);
    printf(")\n");
  }

  /* A wrong input is an error with a message, not a crash. */
  inputs[0].ndim = 1;
  int status = demo_forward(model, inputs, 3, out, 1);
  printf("bad call: status %d: %s\n", status, demo_last_error());

  demo_destroy(model);
  return 0;
}
