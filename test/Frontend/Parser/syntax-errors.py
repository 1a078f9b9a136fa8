# RUN: tsc %s --emit=ast --verify-diagnostics
#
# Syntax errors: several are reported in one run because the parser
# recovers at the next statement.


def f(x):
    # expected-error @+1 {{expected expression, found newline}}
    y = x +
    # expected-error @+1 {{expected ':', found newline}}
    if x
        return 1
    # expected-error @+1 {{cannot assign to function call}}
    f() = 1
    # expected-error @+1 {{cannot assign to literal}}
    1 = x
    # expected-error @+1 {{multiple starred expressions in assignment}}
    a, *b, *c = x
    # expected-error @+1 {{positional argument follows keyword argument}}
    g(a=1, b)
    # expected-error @+1 {{keyword argument repeated: 'a'}}
    g(a=1, a=2)
    # expected-error @+1 {{expected end of line, found identifier 'x'}}
    print x
    # expected-error @+1 {{expected ')', found ']'}}
    z = (1, 2]
    return x
        # expected-error @+1 {{unexpected indent}}
        x = 2


# expected-error @+1 {{non-default argument follows default argument}}
def h(a=1, b):
    pass


# expected-error @+1 {{duplicate argument 'a' in function definition}}
def dup(a, a):
    pass


# expected-error @+2 {{expected an indented block, found 'pass'}}
def k():
pass

# expected-error @+2 {{expected 'def' or 'class' after decorator, found identifier 'x'}}
@decorator
x = 1

# expected-error @+1 {{unexpected 'else' without a matching statement}}
else:
    pass
