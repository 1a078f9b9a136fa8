#include "tsc_abi.h"

#include <stdio.h>

int main(void) {
  tsc_model_api api = {0};
  DLTensor t = {0};
  (void)api;
  (void)t;
  printf("TSC_ABI_VERSION %d\n", TSC_ABI_VERSION);
  return 0;
}
