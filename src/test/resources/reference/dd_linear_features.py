"""Independent numpy reference for dd-linear-features (LinearFeatureFits, LinearFeatureRisk).

Three parts, written to dd_linear_features.out:
  exact  name p value        -- the Belkin-Hsu-Xu expectation, coded again from the paper (Theorem 1)
  mc     name p mean se      -- a Monte Carlo estimate with numpy's own generator (other draws than the app's):
                                4000 training sets, the minimum-norm fit by numpy.linalg.pinv, the excess risk
                                ||beta_P - w||^2 + ||beta_T||^2
  seed   name seed p risk    -- the app's draws (SplitMix64, as SeededRandom) fitted by pinv: equal to rounding
Run: python3 dd_linear_features.py > dd_linear_features.out
"""
import numpy as np
from dd_random_features import SplitMix

CASES = [('flat', 40, 120, 0.5, 0.0), ('decaying', 40, 120, 0.5, 1.0), ('wide', 20, 60, 1.0, 0.5)]
PS = [1, 5, 10, 15, 20, 25, 30, 34, 38, 42, 46, 50, 60, 80, 100, 120]


def signal(dimension, decay):
    b = np.arange(1, dimension + 1, dtype=float) ** -decay
    return b / np.linalg.norm(b)


def exact(n, p, beta, sigma):
    used = np.sum(beta[:p] ** 2)
    left = np.sum(beta[p:] ** 2)
    noise = left + sigma ** 2
    if p <= n - 2:
        return left + noise * p / (n - p - 1)
    if p >= n + 2:
        return left + used * (1 - n / p) + noise * n / (p - n - 1)
    return float('inf')


def risk(x, z, beta, p, sigma):
    y = x @ beta + sigma * z
    w = np.linalg.pinv(x[:, :p], rcond=1e-14) @ y
    return np.sum((beta[:p] - w) ** 2) + np.sum(beta[p:] ** 2)


if __name__ == '__main__':
    rng = np.random.default_rng(20191903)
    for name, n, dim, sigma, decay in CASES:
        beta = signal(dim, decay)
        ps = [p for p in PS if p <= dim]
        for p in ps:
            print('exact %s %d %.17g' % (name, p, exact(n, p, beta, sigma)))
        draws = np.zeros((4000, len(ps)))
        for s in range(draws.shape[0]):
            x = rng.standard_normal((n, dim))
            z = rng.standard_normal(n)
            draws[s] = [risk(x, z, beta, p, sigma) for p in ps]
        for k, p in enumerate(ps):
            print('mc %s %d %.17g %.17g' % (name, p, draws[:, k].mean(), draws[:, k].std(ddof=1) / np.sqrt(len(draws))))
        for seed in range(2):
            r = SplitMix(seed)
            x = r.normals(n, dim)
            z = r.normals(n)
            for p in ps:
                print('seed %s %d %d %.17g' % (name, seed, p, risk(x, z, beta, p, sigma)))
