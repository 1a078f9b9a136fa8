# Hostile inputs get an error (exit status 1, `not` fails on a crash),
# never a crash, an assertion or a hang.
#
# A truncated file.
# RUN: %python -c "print('def f(x: int) -> int:\n    if x > (1 +')" > %t.truncated.py
# RUN: not tsc %t.truncated.py --emit=mlir 2>&1 | FileCheck %s --check-prefix=TRUNC
# TRUNC: error:
#
# Binary garbage.
# RUN: %python -c "import sys; sys.stdout.buffer.write(bytes(range(256)) * 4)" > %t.garbage.py
# RUN: not tsc %t.garbage.py --emit=mlir 2>&1 | FileCheck %s --check-prefix=GARBAGE
# GARBAGE: error:
#
# 10,000 nested parentheses.
# RUN: %python -c "print('def f():\n    return ' + '(' * 10000 + '1' + ')' * 10000)" > %t.parens.py
# RUN: not tsc %t.parens.py --emit=mlir 2>&1 | FileCheck %s --check-prefix=PARENS
# PARENS: error: expression nested too deeply
#
# 1+1+...+1 with 50,000 terms: a left-leaning tree as deep as it is long.
# RUN: %python -c "print('def f() -> int:\n    return ' + '+'.join(['1'] * 50000))" > %t.sum.py
# RUN: not tsc %t.sum.py --emit=mlir 2>&1 | FileCheck %s --check-prefix=SUM
# SUM: error: expression nested too deeply
#
# An empty file is a valid, empty module.
# RUN: %python -c "" > %t.empty.py
# RUN: tsc %t.empty.py --emit=mlir | FileCheck %s --check-prefix=EMPTY
# EMPTY: module
