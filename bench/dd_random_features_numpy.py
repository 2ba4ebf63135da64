"""numpy timing of dd-random-features, for docs/benchmarks.md beside `./frontiers-lab bench dd-random-features`.

Same sizes (n = 100, d = 20, 10 seeds x 41 values of p, 2000 test points), numpy's generator for the draws. The sweep:
per (seed, p) the SVD of F and the products the app keeps (U^T y, U^T z, Q = G^T G / m, b = G^T f* / m with G = F' V).
A drag frame: every stored fit re-evaluated at a new sigma (the app's setParams), vectorised per fit.
Run: OPENBLAS_NUM_THREADS=2 python3 bench/dd_random_features_numpy.py
"""
import math
import time
import numpy as np

n, d, seeds, m, P = 100, 20, 10, 2000, 1000
grid = sorted({int(math.floor(10 * 100 ** (k / 39) + 0.5)) for k in range(40)} | {n})


def sweep():
    rng = np.random.default_rng(0)
    fits = []
    for s in range(seeds):
        beta = rng.standard_normal(d)
        beta /= np.linalg.norm(beta)
        x, z, w, xt = (rng.standard_normal((n, d)), rng.standard_normal(n), rng.standard_normal((P, d)),
                       rng.standard_normal((m, d)))
        F = np.maximum(0, x @ w.T / math.sqrt(d))
        Ft = np.maximum(0, xt @ w.T / math.sqrt(d))
        t, ft = x @ beta, xt @ beta
        for p in grid:
            U, sv, Vt = np.linalg.svd(F[:, :p], full_matrices=False)
            G = Ft[:, :p] @ Vt.T
            fits.append((sv, U.T @ t, U.T @ z, G.T @ G / m, G.T @ ft / m, ft @ ft / m))
    return fits


def frame(fits, sigma):
    out = []
    for sv, ut, uz, Q, b, e in fits:
        c = np.where(sv > 1e-7 * sv[0], (ut + sigma * uz) / sv, 0.0)
        out.append((c @ Q @ c - 2 * b @ c + e) / e)
    return out


if __name__ == '__main__':
    a = time.perf_counter()
    fits = sweep()
    print('numpy sweep (%d seeds x %d p): %.2f s' % (seeds, len(grid), time.perf_counter() - a))
    times = []
    for i in range(60):
        a = time.perf_counter()
        frame(fits, 2 * (i % 40) / 40)
        times.append((time.perf_counter() - a) * 1e3)
    times = sorted(times[20:])
    print('numpy re-evaluation of 410 fits at a new sigma: median %.2f ms, p90 %.2f ms'
          % (times[len(times) // 2], times[len(times) * 9 // 10]))
