"""Reference for bias-low-rank (LowRankBiasReferenceTest): SplitMix64 + Box-Muller as in SeededRandom, the rank-2 truth
from sign-fixed QR of Gaussian matrices, the Bernoulli mask, the init alpha*G/sqrt(20), and full-batch GD on
L = 1/2 sum over observed entries of (W - M)^2 with W = W2 W1. Prints the numbers the test embeds."""
import numpy as np

MASK64 = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK64

    def next_long(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next_long() >> 11) * 2.0 ** -53

    def normal(self):
        u1 = self.uniform()
        u2 = self.uniform()
        return np.sqrt(-2.0 * np.log(1.0 - u1)) * np.cos(2.0 * np.pi * u2)

    def normal_matrix(self, r, c):
        return np.array([[self.normal() for _ in range(c)] for _ in range(r)])


def orthonormal(g):
    q, r = np.linalg.qr(g)
    return q * np.where(np.diag(r) < 0, -1.0, 1.0)


def setup(seed, fraction, alpha, depth, n=20, sv=(10.0, 4.0)):
    rng = SplitMix64(seed)
    u = orthonormal(rng.normal_matrix(n, len(sv)))
    v = orthonormal(rng.normal_matrix(n, len(sv)))
    m = u @ np.diag(sv) @ v.T
    mask = np.array([[rng.uniform() < fraction for _ in range(n)] for _ in range(n)])
    factors = [alpha * rng.normal_matrix(n, n) / np.sqrt(n) for _ in range(depth)]
    return m, mask, factors


def product(factors):
    w = factors[0]
    for f in factors[1:]:
        w = f @ w
    return w


def gd(m, mask, factors, eta, steps, report):
    out = {}
    for t in range(steps + 1):
        w = product(factors)
        r = mask * (w - m)
        if t in report:
            s = np.linalg.svd(w, compute_uv=False)
            un = ~mask
            out[t] = (0.5 * np.sum(r ** 2), s[:3], np.linalg.norm(un * (w - m)) / np.linalg.norm(un * m))
        d = len(factors)
        grads = []
        for k in range(d):
            left = np.eye(len(m))
            for f in factors[k + 1:]:
                left = f @ left
            right = np.eye(len(m))
            for f in factors[:k]:
                right = f @ right
            grads.append(left.T @ r @ right.T)
        factors = [f - eta * g for f, g in zip(factors, grads)]
    return out


if __name__ == "__main__":
    rng = SplitMix64(0)
    print("splitmix seed 0 first:", hex(rng.next_long()))
    m, mask, factors = setup(1, 0.5, 1e-3, 2)
    print("M[0][0..2] =", repr(m[0, :3].tolist()), " M[19][19] =", repr(float(m[19, 19])))
    print("observed count =", int(mask.sum()), " mask row 0 =", "".join("1" if b else "0" for b in mask[0]))
    print("W1[0][0..1] =", repr(factors[0][0, :2].tolist()), " W2[19][19] =", repr(float(factors[1][19, 19])))
    for t, (loss, s, err) in sorted(gd(m, mask, factors, 0.05, 100, {0, 30, 60, 100}).items()):
        print(f"depth 2 alpha 1e-3 eta 0.05 step {t}: loss {float(loss)!r} sigma {s.tolist()!r} unobserved {float(err)!r}")
    m, mask, factors = setup(7, 0.6, 0.5, 3)
    for t, (loss, s, err) in sorted(gd(m, mask, factors, 0.02, 50, {0, 50}).items()):
        print(f"depth 3 seed 7 p 0.6 alpha 0.5 eta 0.02 step {t}: loss {float(loss)!r} sigma {s.tolist()!r} unobserved {float(err)!r}")
