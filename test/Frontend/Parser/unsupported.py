# RUN: tsc %s --emit=ast --verify-diagnostics
#
# Python constructs TorchScript cannot compile are rejected by the parser
# with a dedicated message, and parsing resumes at the next statement.


def unsupported(x, xs):
    # expected-error @+1 {{lambda is not supported in TorchScript}}
    f = lambda a: a
    # expected-error @+1 {{'yield' is not supported in TorchScript}}
    yield x
    # expected-error @+1 {{'try' is not supported in TorchScript}}
    try:
        pass
    except Exception:
        pass
    finally:
        pass
    # expected-error @+1 {{assignment expressions (':=') are not supported in TorchScript}}
    if (n := 10) > 5:
        pass
    # expected-error @+1 {{set literals are not supported in TorchScript}}
    s = {1, 2}
    # expected-error @+1 {{complex numbers are not supported in TorchScript}}
    c = 1j
    # expected-error @+1 {{generator expressions are not supported in TorchScript}}
    g = sum(i for i in xs)
    # expected-error @+1 {{comprehensions with more than one 'for' clause are not supported in TorchScript}}
    p = [i * j for i in xs for j in xs]
    # expected-error @+1 {{keyword argument unpacking ('**') is not supported in TorchScript}}
    h = f(**x)
    # expected-error @+1 {{dictionary unpacking ('**') is not supported in TorchScript}}
    d = {**x}
    # expected-error @+1 {{bytes literals are not supported in TorchScript}}
    b = b'raw'
    # expected-error @+1 {{'await' is not supported in TorchScript}}
    w = await x
    # expected-error @+1 {{'raise ... from ...' is not supported in TorchScript}}
    raise ValueError() from x
    while x:
        pass
    # expected-error @+1 {{'else' clauses on loops are not supported in TorchScript}}
    else:
        pass
    return x


# expected-error @+1 {{'async' is not supported in TorchScript}}
async def coroutine():
    pass


# expected-error @+1 {{variadic parameters (*args) are not supported in TorchScript}}
def variadic(*args):
    pass


# expected-error @+1 {{variadic keyword parameters (**kwargs) are not supported in TorchScript}}
def keywords(**kwargs):
    pass
