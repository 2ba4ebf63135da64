"""How numpy 2.x computes the two operations of the lecture's Demo 2 code that Java must match bit for bit.

1. np.exp on float64 is not correctly rounded on this machine (AVX-512: numpy's SIMD/SVML kernel). Prints the first six
   arguments in (-30, 0) drawn from default_rng(11) where it differs from the correctly rounded value (decimal, 60
   digits): x, correctly rounded e^x, np.exp(x). Used by TwoBasinSurfaceTest.
2. np.linalg.norm of a 2-vector is sqrt(fma(g1, g1, g0*g0)) (OpenBLAS ddot accumulates with a fused multiply-add), not
   sqrt(g0*g0 + g1*g1). Prints the first six vectors from default_rng(12) where the two differ: g0, g1, np.linalg.norm.
   Used by SamTest.

Run: python3 numpy_exp_and_norm.py
"""
from decimal import Decimal, localcontext
from fractions import Fraction
import math

import numpy as np


def correctly_rounded_exp(x):
    with localcontext() as context:
        context.prec = 60
        return float(Decimal(x).exp())


def fused_norm(g0, g1):
    return math.sqrt(float(Fraction(g1) * Fraction(g1) + Fraction(g0 * g0)))


if __name__ == "__main__":
    print("numpy", np.__version__)
    rng = np.random.default_rng(11)
    found = 0
    while found < 6:
        x = float(-rng.random() * 30)
        exact = correctly_rounded_exp(x)
        numpy_value = float(np.exp(np.float64(x)))
        if numpy_value != exact:
            print(f"exp {{{x!r}, {exact!r}, {numpy_value!r}}},")
            found += 1
    rng = np.random.default_rng(12)
    found = 0
    checked = 0
    while found < 6:
        g = rng.standard_normal(2) * 10
        numpy_norm = float(np.linalg.norm(g))
        checked += 1
        assert numpy_norm == fused_norm(float(g[0]), float(g[1]))
        if numpy_norm != math.sqrt(g[0] * g[0] + g[1] * g[1]):
            print(f"norm {{{float(g[0])!r}, {float(g[1])!r}, {numpy_norm!r}}},")
            found += 1
    print("norm: every one of", checked, "vectors matched sqrt(fma(g1, g1, g0*g0))")
