"""Independent numpy reference for dd-epochwise (EpochwiseDescent).

The app's draws (SplitMix64, as SeededRandom), then gradient descent iterated step by step (no eigendecomposition):
w <- w - eta * X^T (X w - y) / n from w = 0, eta = 1 / largest eigenvalue of X^T X / n. Writes dd_epochwise.out:
one line per (case, t) with the test error (w - w*)^T Sigma (w - w*), its fast and slow parts, and the training
error ||X w - y||^2 / ||y||^2. Run: python3 dd_epochwise.py > dd_epochwise.out
"""
import numpy as np
from dd_random_features import SplitMix

CASES = [('two-time-scales', 0, 100, 50, 10, 30.0, 0.3, 0.5), ('other', 7, 60, 30, 20, 10.0, 0.5, 0.7)]
TIMES = [1, 2, 5, 10, 30, 100, 300, 1000, 3000, 10000, 30000]

if __name__ == '__main__':
    for name, seed, n, fast, slow, kappa, sigma, share in CASES:
        p = fast + slow
        r = SplitMix(seed)
        z = r.normals(n, p)
        theta = r.normals(p)
        eps = r.normals(n)
        theta[:fast] *= np.sqrt(1 - share) / np.linalg.norm(theta[:fast])
        theta[fast:] *= np.sqrt(share) / np.linalg.norm(theta[fast:])
        scale = np.r_[np.ones(fast), np.ones(slow) / kappa]
        x = z * scale
        y = z @ theta + sigma * eps
        w_star = theta / scale
        eta = 1 / np.linalg.eigvalsh(x.T @ x / n).max()
        w = np.zeros(p)
        t = 0
        for target in TIMES:
            while t < target:
                w = w - eta * x.T @ (x @ w - y) / n
                t += 1
            e = w - w_star
            fast_part = np.sum(e[:fast] ** 2)
            slow_part = np.sum((e[fast:] / kappa) ** 2)
            train = np.sum((x @ w - y) ** 2) / np.sum(y ** 2)
            print('%s %d %.17g %.17g %.17g %.17g' % (name, t, fast_part + slow_part, fast_part, slow_part, train))
