# RUN: tsc %s --emit=ast | FileCheck %s --strict-whitespace --match-full-lines
#
# --emit=ast prints one node per line with <line:col> of its first
# character; operator nodes point at their left operand, as in PyTorch.
@torch.jit.script
def foo(x: Tensor, n: int = 2, *, scale: float = 1.0) -> Tensor:
    # type: (Tensor, int, float) -> Tensor
    y = x[0, 1:2] + n * 2
    a, *b = y.shape
    if a < n <= 3 and not b:
        y += 1
    elif x is None:
        return -x ** 2
    for i in range(n):
        y = f(y, dim=i) if i else y
    return y


class Model(Base):
    w: List[int] = []


# CHECK:Module {{.*}}ast-dump.py
# CHECK-NEXT:  FunctionDef foo <6:1>
# CHECK-NEXT:    decorator: Attribute script <5:2>
# CHECK-NEXT:      Attribute jit <5:2>
# CHECK-NEXT:        Name torch <5:2>
# CHECK-NEXT:    Param x <6:9>
# CHECK-NEXT:      annotation: Name Tensor <6:12>
# CHECK-NEXT:    Param n <6:20>
# CHECK-NEXT:      annotation: Name int <6:23>
# CHECK-NEXT:      default: IntLiteral 2 <6:29>
# CHECK-NEXT:    Param scale kwonly <6:35>
# CHECK-NEXT:      annotation: Name float <6:42>
# CHECK-NEXT:      default: FloatLiteral 1.0 <6:50>
# CHECK-NEXT:    returns: Name Tensor <6:58>
# CHECK-NEXT:    TypeComment <7:13>
# CHECK-NEXT:      param: Name Tensor <7:14>
# CHECK-NEXT:      param: Name int <7:22>
# CHECK-NEXT:      param: Name float <7:27>
# CHECK-NEXT:      returns: Name Tensor <7:37>
# CHECK-NEXT:    Assign <8:5>
# CHECK-NEXT:      target: Name y <8:5>
# CHECK-NEXT:      value: BinaryOp + <8:9>
# CHECK-NEXT:        Subscript <8:9>
# CHECK-NEXT:          Name x <8:9>
# CHECK-NEXT:          index: Tuple <8:11>
# CHECK-NEXT:            IntLiteral 0 <8:11>
# CHECK-NEXT:            Slice <8:14>
# CHECK-NEXT:              lower: IntLiteral 1 <8:14>
# CHECK-NEXT:              upper: IntLiteral 2 <8:16>
# CHECK-NEXT:        BinaryOp * <8:21>
# CHECK-NEXT:          Name n <8:21>
# CHECK-NEXT:          IntLiteral 2 <8:25>
# CHECK-NEXT:    Assign <9:5>
# CHECK-NEXT:      target: Tuple <9:5>
# CHECK-NEXT:        Name a <9:5>
# CHECK-NEXT:        Starred <9:8>
# CHECK-NEXT:          Name b <9:9>
# CHECK-NEXT:      value: Attribute shape <9:13>
# CHECK-NEXT:        Name y <9:13>
# CHECK-NEXT:    If <10:5>
# CHECK-NEXT:      test: BoolOp and <10:8>
# CHECK-NEXT:        Compare '<' '<=' <10:8>
# CHECK-NEXT:          Name a <10:8>
# CHECK-NEXT:          Name n <10:12>
# CHECK-NEXT:          IntLiteral 3 <10:17>
# CHECK-NEXT:        UnaryOp not <10:23>
# CHECK-NEXT:          Name b <10:27>
# CHECK-NEXT:      then:
# CHECK-NEXT:        AugAssign += <11:9>
# CHECK-NEXT:          target: Name y <11:9>
# CHECK-NEXT:          value: IntLiteral 1 <11:14>
# CHECK-NEXT:      else:
# CHECK-NEXT:        If <12:5>
# CHECK-NEXT:          test: Compare 'is' <12:10>
# CHECK-NEXT:            Name x <12:10>
# CHECK-NEXT:            NoneLiteral <12:15>
# CHECK-NEXT:          then:
# CHECK-NEXT:            Return <13:9>
# CHECK-NEXT:              UnaryOp - <13:16>
# CHECK-NEXT:                BinaryOp ** <13:17>
# CHECK-NEXT:                  Name x <13:17>
# CHECK-NEXT:                  IntLiteral 2 <13:22>
# CHECK-NEXT:    For <14:5>
# CHECK-NEXT:      target: Name i <14:9>
# CHECK-NEXT:      iter: Call <14:14>
# CHECK-NEXT:        Name range <14:14>
# CHECK-NEXT:        arg: Name n <14:20>
# CHECK-NEXT:      Assign <15:9>
# CHECK-NEXT:        target: Name y <15:9>
# CHECK-NEXT:        value: IfExp <15:13>
# CHECK-NEXT:          test: Name i <15:28>
# CHECK-NEXT:          body: Call <15:13>
# CHECK-NEXT:            Name f <15:13>
# CHECK-NEXT:            arg: Name y <15:15>
# CHECK-NEXT:            Keyword dim <15:18>
# CHECK-NEXT:              Name i <15:22>
# CHECK-NEXT:          orelse: Name y <15:35>
# CHECK-NEXT:    Return <16:5>
# CHECK-NEXT:      Name y <16:12>
# CHECK-NEXT:  ClassDef Model <19:1>
# CHECK-NEXT:    base: Name Base <19:13>
# CHECK-NEXT:    AnnAssign <20:5>
# CHECK-NEXT:      target: Name w <20:5>
# CHECK-NEXT:      annotation: Subscript <20:8>
# CHECK-NEXT:        Name List <20:8>
# CHECK-NEXT:        index: Name int <20:13>
# CHECK-NEXT:      value: List <20:20>
