// The C example (examples/c) against the static and the shared library:
// same numbers; the shared library needs only libc/libm; and two
// compilations are byte-identical.
// REQUIRES: clang
// RUN: rm -rf %t && mkdir -p %t
// RUN: %tsc-translate --mlir-to-static %examples/c/demo.mlir -o %t/libdemo.a --emit-header %t/demo.h
// RUN: %tsc-translate --mlir-to-shared %examples/c/demo.mlir -o %t/libdemo.so
// RUN: %clang -std=c11 -Wall -Wextra -Werror -I%t %examples/c/main.c %t/libdemo.a -o %t/demo-static
// RUN: %clang -std=c11 -Wall -Wextra -Werror -I%t %examples/c/main.c %t/libdemo.so -Wl,-rpath,%t -o %t/demo-shared
// RUN: %t/demo-static > %t/static.txt
// RUN: %t/demo-shared > %t/shared.txt
// RUN: diff %t/static.txt %t/shared.txt
// RUN: FileCheck %s < %t/static.txt
// The same model compiled from TorchScript gives the same program output.
// RUN: mkdir -p %t/py
// RUN: tsc %examples/c/demo.py --input-shape x=?x4 --input-shape y=?x4 --model-name demo -o %t/py/libdemo.a --emit-header %t/py/demo.h
// RUN: %clang -std=c11 -Wall -Wextra -Werror -I%t/py %examples/c/main.c %t/py/libdemo.a -lm -o %t/demo-py
// RUN: %t/demo-py > %t/py.txt
// RUN: diff %t/static.txt %t/py.txt
// CHECK: result 2x4: 0 2 4 6 4 6 8 10
// CHECK-NEXT: entry forward(x: rank 2, y: rank 2, alpha: rank 0)
// CHECK-NEXT: bad call: status 1: forward: input 0 ('x'): expected rank 2, got rank 1

// Only libc (and libm when used) beside the loader:
// RUN: ldd %t/libdemo.so | not grep -v -E 'linux-vdso|/libc\.so\.6|/libm\.so\.6|/libpthread\.so\.0|ld-linux'
// Exported symbols are the ABI only:
// RUN: %python -c "import subprocess,sys; out=subprocess.run(['nm','-D','--defined-only','%t/libdemo.so'],capture_output=True,text=True).stdout; print(sorted(l.split()[-1] for l in out.splitlines()))" | FileCheck %s --check-prefix=SYMS
// SYMS: ['demo_create', 'demo_destroy', 'demo_forward', 'demo_last_error', 'demo_model_info', 'tsc_get_model']

// Determinism: the same input gives the same bytes.
// RUN: %tsc-translate --mlir-to-shared %examples/c/demo.mlir -o %t/again.so --model-name demo
// RUN: cmp %t/libdemo.so %t/again.so
// RUN: %tsc-translate --mlir-to-static %examples/c/demo.mlir -o %t/again.a --model-name demo
// RUN: cmp %t/libdemo.a %t/again.a
// RUN: %tsc-translate --mlir-to-obj %examples/c/demo.mlir -o %t/a.o --model-name demo
// RUN: %tsc-translate --mlir-to-obj %examples/c/demo.mlir -o %t/b.o --model-name demo
// RUN: cmp %t/a.o %t/b.o
// Assembly and LLVM IR outputs:
// RUN: %tsc-translate --mlir-to-asm %examples/c/demo.mlir -o - --model-name demo | FileCheck %s --check-prefix=ASM
// ASM: demo_forward:
// RUN: %tsc-translate --mlir-to-llvmir %examples/c/demo.mlir -o - --model-name demo -O0 | FileCheck %s --check-prefix=LL
// LL: define i32 @demo_forward(ptr
