#!/usr/bin/env python3
"""Reference numbers for the eos-mlp tests, computed independently in numpy (LAPACK for the eigenvalues).

Reuses the SplitMix64, data, initialisation and network code of bench/eos_mlp_numpy.py (a separate numpy
implementation of everything in frontierslab.math.nn). The Java tests embed what this prints:
  EosMlpReferenceTest  (data, initialisation, loss, gradient, Hessian-vector product, lambda_max, loss after 100 steps)

Run from the worktree root: python3 src/test/resources/reference/eos_mlp_reference.py
"""
import importlib.util
import os

import numpy as np

np.set_printoptions(legacy="1.25")

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
spec = importlib.util.spec_from_file_location("eos", os.path.join(ROOT, "bench", "eos_mlp_numpy.py"))
eos = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eos)


def main():
    x, y = eos.spiral(0)
    print(f"spiral x[0] = {x[0, 0]!r}, {x[0, 1]!r}")
    print(f"spiral x[199] = {x[199, 0]!r}, {x[199, 1]!r}")
    print(f"spiral y[0:10] = {list(y[:10])}")
    print(f"spiral positive labels = {int((y > 0).sum())}")

    loss, theta = eos.spiral_problem()
    print(f"parameters = {loss.size}")
    print(f"theta[0], theta[1], theta[64] (W1[0,0], W1[0,1], b1[0]) = {theta[0]!r}, {theta[1]!r}, {theta[64]!r}")
    print(f"theta[96] (W2[0,0]) = {theta[96]!r}, theta[2239] (last W4) = {theta[2239]!r}")

    value, grad = loss.value_and_gradient(theta)
    print(f"loss(theta0) = {value!r}")
    print(f"|grad(theta0)| = {np.linalg.norm(grad)!r}")
    print(f"grad[0], grad[100], grad[2240] = {grad[0]!r}, {grad[100]!r}, {grad[2240]!r}")

    r = eos.SplitMix64(3)
    v = np.array([r.normal() for _ in range(loss.size)])
    hv = loss.hvp(v)
    print(f"v = SeededRandom(3).normalVector(2241): v.Hv = {v @ hv!r}, |Hv| = {np.linalg.norm(hv)!r}")

    hessian = np.empty((loss.size, loss.size))
    e = np.zeros(loss.size)
    for j in range(loss.size):
        e[j] = 1.0
        hessian[:, j] = loss.hvp(e)
        e[j] = 0.0
    print(f"max |H - H^T| = {np.abs(hessian - hessian.T).max():.3e}")
    eigenvalues = np.linalg.eigvalsh(0.5 * (hessian + hessian.T))
    print(f"top Hessian eigenvalues at theta0 = {eigenvalues[-1]!r}, {eigenvalues[-2]!r}, {eigenvalues[-3]!r}")
    print(f"lowest Hessian eigenvalue at theta0 = {eigenvalues[0]!r}")

    eta = 0.04
    for _ in range(100):
        theta = theta - eta * grad
        value, grad = loss.value_and_gradient(theta)
    print(f"loss after 100 GD steps at eta = 0.04 = {value!r}")


if __name__ == "__main__":
    main()
