# RUN: tsc %s --emit=ast --verify-diagnostics
#
# Lexical errors are reported at the offending character; the statement is
# dropped and lexing continues.

# expected-error @+1 {{unexpected character '$'}}
a = $
# expected-error @+1 {{unexpected character '?'}}
a = x ? y
# expected-error @+1 {{integer literal is too large to be represented as a 64-bit signed integer}}
b = 9223372036854775808
# expected-error @+1 {{leading zeros in decimal integer literals are not permitted}}
c = 0123
# expected-error @+1 {{invalid decimal literal}}
d = 1abc
# expected-error @+1 {{invalid hexadecimal literal}}
d = 0xg
# expected-error @+1 {{unterminated string literal}}
e = 'abc
# expected-error @+1 {{truncated \x escape in string literal}}
e = '\x4'
# expected-error @+1 {{non-ASCII character is not allowed outside of string literals and comments}}
f = x × y
# expected-error @+1 {{unexpected character after line continuation character}}
g = 1 \ 2
ok = 'non-ASCII text in strings is fine: ×'  # and in comments: ×


def h(x):
    if x:
        pass
  # expected-error @+1 {{unindent does not match any outer indentation level}}
  return x


# expected-error @+1 {{'[' was never closed}}
i = [1, (2, 3),
def j():
    return 1
