# RUN: tsc %s --emit=source | FileCheck %s --strict-whitespace --match-full-lines
# RUN: tsc %s --emit=ast | FileCheck %s --check-prefix=AST
#
# Operator precedence and associativity follow Python's grammar; the source
# printer keeps exactly the parentheses that are needed.
r = -2 ** 2
r = (-2) ** 2
r = 2 ** -1
r = 2 ** 3 ** 2
r = (2 ** 3) ** 2
r = a - (b - c) - d
r = (a + b) * (c - d) / e // f % g @ h
r = a | b ^ c & d << e >> f
r = (a | b) & c
r = ~a + -b - +c
r = not a == b
r = not (a and b) or c and d
r = (a or b) and c
r = a < b < c
r = (a < b) < c
r = a not in b is not c
r = a if b else c if d else e
r = (a if b else c) if d else e
r = [x for x in (a if b else c) if x or y]
r = f(*args, (1, 2), k=(3,))[0].real + (1).real
r = t[(1, 2)], t[1:2, ::3, ...], t[()]
r = 1.5e3, 1e100, 0.1, 1_000, 0x10, 'a' "b", 'it\'s'

# CHECK:r = -2 ** 2
# CHECK-NEXT:r = (-2) ** 2
# CHECK-NEXT:r = 2 ** -1
# CHECK-NEXT:r = 2 ** 3 ** 2
# CHECK-NEXT:r = (2 ** 3) ** 2
# CHECK-NEXT:r = a - (b - c) - d
# CHECK-NEXT:r = (a + b) * (c - d) / e // f % g @ h
# CHECK-NEXT:r = a | b ^ c & d << e >> f
# CHECK-NEXT:r = (a | b) & c
# CHECK-NEXT:r = ~a + -b - +c
# CHECK-NEXT:r = not a == b
# CHECK-NEXT:r = not (a and b) or c and d
# CHECK-NEXT:r = (a or b) and c
# CHECK-NEXT:r = a < b < c
# CHECK-NEXT:r = (a < b) < c
# CHECK-NEXT:r = a not in b is not c
# CHECK-NEXT:r = a if b else c if d else e
# CHECK-NEXT:r = (a if b else c) if d else e
# CHECK-NEXT:r = [x for x in (a if b else c) if x or y]
# CHECK-NEXT:r = f(*args, (1, 2), k=(3,))[0].real + (1).real
# CHECK-NEXT:r = t[1, 2], t[1:2, ::3, ...], t[()]
# CHECK-NEXT:r = 1500.0, 1e+100, 0.1, 1000, 16, 'ab', 'it\'s'

# -2 ** 2 is -(2 ** 2):
# AST:      Assign <6:1>
# AST-NEXT:   target: Name r <6:1>
# AST-NEXT:   value: UnaryOp - <6:5>
# AST-NEXT:     BinaryOp ** <6:6>
# AST-NEXT:       IntLiteral 2 <6:6>
# AST-NEXT:       IntLiteral 2 <6:11>
