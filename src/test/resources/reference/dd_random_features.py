"""Independent numpy reference for dd-random-features (RandomFeatureSample, RandomFeatureFit).

Same SplitMix64 streams as frontierslab.math.random.SeededRandom, so the draws are identical; everything after the
draws is computed another way: numpy's LAPACK SVD of F (not the Gram route), the coefficients a = V diag(g(s)) U^T y,
the test error from the predictions F' a on the test points directly (not through Q = G^T G / m), the training error
from F a - y. Writes dd_random_features.out: one line per (case, seed, p) with the test error, the training error,
||a|| and s_min/s_max. Run: python3 dd_random_features.py > dd_random_features.out
"""
import math
import numpy as np

M = (1 << 64) - 1
P_MAX, M_TEST, FLOOR = 1000, 2000, 1e-7


class SplitMix:
    def __init__(self, seed):
        self.s = seed & M

    def next(self):
        self.s = (self.s + 0x9e3779b97f4a7c15) & M
        z = self.s
        z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M
        z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53

    def normal(self):
        u1 = self.uniform()
        u2 = self.uniform()
        return math.sqrt(-2 * math.log(1 - u1)) * math.cos(2 * math.pi * u2)

    def normals(self, *shape):
        return np.array([self.normal() for _ in range(int(np.prod(shape)))]).reshape(shape)

    def permutation(self, n):
        a = list(range(n))
        for i in range(n - 1, 0, -1):
            j = int(self.uniform() * (i + 1))
            a[i], a[j] = a[j], a[i]
        return np.array(a)


def sample(seed, n, d):
    r = SplitMix(seed)
    beta = r.normals(d)
    beta /= np.linalg.norm(beta)
    x = r.normals(n, d)
    z = r.normals(n)
    perm = r.permutation(n)
    w = r.normals(P_MAX, d)
    x_test = r.normals(M_TEST, d)
    return dict(target=x @ beta, noise=z, perm=perm, F=np.maximum(0, x @ w.T / math.sqrt(d)),
                Ft=np.maximum(0, x_test @ w.T / math.sqrt(d)), test_target=x_test @ beta)


def grid(n):
    ps = {int(math.floor(10 * 100 ** (k / 39) + 0.5)) for k in range(40)}
    ps.add(n)
    return sorted(ps)


def fit(s, p, sigma, lam, tau, shuffled):
    F = s['F'][:, :p]
    n = F.shape[0]
    y = s['target'] + sigma * s['noise']
    if shuffled:
        y = y[s['perm']]
    U, sv, Vt = np.linalg.svd(F, full_matrices=False)
    keep = sv > max(tau, FLOOR) * sv[0]
    g = np.where(keep, sv / (sv ** 2 + n * lam), 0.0)
    a = Vt.T @ (g * (U.T @ y))
    pred = s['Ft'][:, :p] @ a
    test = np.mean((pred - s['test_target']) ** 2) / np.mean(s['test_target'] ** 2)
    train = np.sum((F @ a - y) ** 2) / np.sum(y ** 2)
    return test, train, np.linalg.norm(a), sv[-1] / sv[0]


CASES = [
    # name, n, d, seeds, sigma, lambda, tau, shuffled
    ('noise', 100, 20, 2, 0.5, 0.0, 0.0, False),
    ('no-noise', 100, 20, 2, 0.0, 0.0, 0.0, False),
    ('ridge', 100, 20, 2, 0.5, 0.01, 0.0, False),
    ('cut-off', 100, 20, 2, 0.5, 0.0, 0.03, False),
    ('shuffled', 100, 20, 2, 0.5, 0.0, 0.0, True),
    ('small', 40, 5, 2, 1.0, 0.001, 0.0, False),
]

if __name__ == '__main__':
    samples = {}
    for name, n, d, seeds, sigma, lam, tau, shuffled in CASES:
        for seed in range(seeds):
            key = (seed, n, d)
            if key not in samples:
                samples[key] = sample(seed, n, d)
            for p in grid(n):
                t, tr, a, c = fit(samples[key], p, sigma, lam, tau, shuffled)
                print('%s %d %d %.17g %.17g %.17g %.17g' % (name, seed, p, t, tr, a, c))
