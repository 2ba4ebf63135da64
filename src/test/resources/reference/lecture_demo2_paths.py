"""The lecture's Demo 2 (lecture 1.5, "SAM vs. SGD Comparison on a Sharp Potential"), run as written.

f, grad and the update loop below are copied verbatim from the lecture's Python code; only the plotting is left out
and the paths are printed instead (repr: the shortest decimal that round-trips a double). SamLectureDemoTest embeds
what this prints.

Each run is done twice: with numpy's own np.exp (on an AVX-512 machine numpy 2.x uses its SIMD/SVML kernel, which is
not correctly rounded: ~4.5 % of results are one ulp off), and with np.exp replaced by a correctly rounded exponential
(decimal arithmetic at 60 digits, then rounded to the nearest double), which is what the Java code uses. The forward
difference divides rounding noise in f by eps = 1e-6, so one ulp of f moves the gradient by ~1e-10, and the unstable
dynamics (eta * 50 = 5 > 2 in the sharp well) amplify that: the two runs of the same code part visibly.

Run: python3 lecture_demo2_paths.py
"""
from decimal import Decimal, localcontext

import numpy as np

NUMPY_EXP = np.exp


def correctly_rounded_exp(t):
    with localcontext() as context:
        context.prec = 60
        return np.float64(float(Decimal(float(t)).exp()))


def f(x):
    # Sharp local minimum at (-2, -2), Flat global minimum at (2, 2)
    sharp = 5.0 * np.exp(-5.0 * np.sum((x - np.array([-2, -2]))**2))
    flat = 2.0 * np.exp(-0.5 * np.sum((x - np.array([2, 2]))**2))
    return - (sharp + flat)


def grad(x):
    # Finite difference gradient for simplicity
    eps = 1e-6
    g = np.zeros_like(x)
    for i in range(len(x)):
        x_plus = x.copy(); x_plus[i] += eps
        g[i] = (f(x_plus) - f(x)) / eps
    return g


def run_comparison(start=(-1.5, -1.5), steps=100):
    x_sgd = np.array(start)  # Start near sharp minimum
    x_sam = np.array(start)

    eta = 0.1
    rho = 0.5

    path_sgd = [x_sgd.copy()]
    path_sam = [x_sam.copy()]

    for _ in range(steps):
        # SGD
        g_sgd = grad(x_sgd)
        x_sgd = x_sgd - eta * g_sgd
        path_sgd.append(x_sgd.copy())

        # SAM
        g_curr = grad(x_sam)
        epsilon = rho * g_curr / (np.linalg.norm(g_curr) + 1e-8)
        g_sam = grad(x_sam + epsilon)
        x_sam = x_sam - eta * g_sam
        path_sam.append(x_sam.copy())

    return np.array(path_sgd), np.array(path_sam)


def report(label):
    path_sgd, path_sam = run_comparison()
    for name, path in (("GD", path_sgd), ("SAM", path_sam)):
        print(f"{label} {name} steps 0..30")
        for k in range(31):
            print(f"  {{{float(path[k, 0])!r}, {float(path[k, 1])!r}}},")
        print(f"{label} {name} step 100:", repr(float(path[100, 0])), repr(float(path[100, 1])),
              "f =", repr(float(f(path[100]))))
    return path_sgd, path_sam


if __name__ == "__main__":
    print("numpy", np.__version__)
    np.exp = NUMPY_EXP
    numpy_sgd, numpy_sam = report("numpy-exp")
    np.exp = correctly_rounded_exp
    exact_sgd, exact_sam = report("correctly-rounded-exp")
    for name, a, b in (("GD", numpy_sgd, exact_sgd), ("SAM", numpy_sam, exact_sam)):
        gaps = np.abs(a - b).max(axis=1)
        print(f"{name}: numpy-exp vs correctly-rounded-exp, max |difference| at steps 10, 20, 30, 50, 100:",
              [f"{gaps[k]:.3g}" for k in (10, 20, 30, 50, 100)], f"largest over steps 0..30: {gaps[:31].max():.3g}")
    _, exact_sam_shifted = run_comparison(start=(-1.5 + 1e-12, -1.5))
    gaps = np.linalg.norm(exact_sam_shifted - exact_sam, axis=1)
    print("correctly-rounded-exp SAM from (-1.5 + 1e-12, -1.5): |w - w'| at steps 0, 10, ..., 100:",
          [f"{gaps[k]:.3g}" for k in range(0, 101, 10)])
    print("  its step 100:", repr(float(exact_sam_shifted[100, 0])), repr(float(exact_sam_shifted[100, 1])))
