#!/usr/bin/env python3
"""The eos-mlp goal run in numpy, to compare with frontierslab.bench.EosMlpBench.

Same recipe as the Java code (FACTS.md section 2): SplitMix64 data (seed 0) and initialisation (seed 1), tanh MLP
2-32-32-32-1 with biases and a linear output, loss 1/(2n) sum (f(x_i) - y_i)^2, full-batch GD at eta = 0.04 for
4000 steps, lambda_max every 10 steps by Lanczos with full reorthogonalisation on exact Hessian-vector products
(Pearlmutter's R-operator), warm-started from the previous top eigenvector, stopped when the Ritz residual is
<= 1e-6 * lambda_max. Prints the loss at step 0 and step 100 (to check against Java) and the wall time.

Usage: python3 bench/eos_mlp_numpy.py            (OPENBLAS_NUM_THREADS=1 for a single-thread comparison)
"""
import math
import time

import numpy as np

MASK = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


class SplitMix64:
    """java.util.SplittableRandom(seed): the standard SplitMix64 stream, uniforms and Box-Muller normals."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next_long(self):
        self.state = (self.state + GOLDEN_GAMMA) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next_long() >> 11) * 2.0 ** -53

    def normal(self):
        u1 = self.uniform()
        u2 = self.uniform()
        return math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(2.0 * math.pi * u2)


def spiral(seed=0, n=200):
    r = SplitMix64(seed)
    u = np.array([[r.uniform() for _ in range(2)] for _ in range(n)])
    x = 2.0 * u - 1.0
    y = np.sign(np.sin(np.arctan2(x[:, 1], x[:, 0]) + 5.0 * np.sqrt(x[:, 0] ** 2 + x[:, 1] ** 2)))
    return x, y


def init_params(widths, seed):
    """Flat theta = [W1, b1, W2, b2, ...], W_l fan_out x fan_in row-major, drawn layer after layer, biases 0."""
    r = SplitMix64(seed)
    parts = []
    for fan_in, fan_out in zip(widths[:-1], widths[1:]):
        w = np.array([r.normal() for _ in range(fan_out * fan_in)]) / math.sqrt(fan_in)
        parts += [w, np.zeros(fan_out)]
    return np.concatenate(parts)


class MlpLoss:
    """Loss, gradient and exact Hessian-vector product; activations feature-major (units x samples)."""

    def __init__(self, widths, x, y):
        self.widths = widths
        self.a0 = np.ascontiguousarray(x.T)
        self.y = y
        self.n = len(y)
        self.slices = []
        offset = 0
        for fan_in, fan_out in zip(widths[:-1], widths[1:]):
            ws = slice(offset, offset + fan_in * fan_out)
            offset += fan_in * fan_out
            bs = slice(offset, offset + fan_out)
            offset += fan_out
            self.slices.append((ws, bs, fan_out, fan_in))
        self.size = offset

    def unpack(self, theta):
        return [(theta[ws].reshape(o, i), theta[bs]) for ws, bs, o, i in self.slices]

    def forward(self, theta):
        layers = self.unpack(theta)
        acts = [self.a0]
        for l, (w, b) in enumerate(layers):
            z = w @ acts[-1] + b[:, None]
            acts.append(np.tanh(z) if l < len(layers) - 1 else z)
        r = acts[-1][0] - self.y
        return float(r @ r) / (2 * self.n), layers, acts

    def value_and_gradient(self, theta):
        loss, layers, acts = self.forward(theta)
        self.cache = (theta.copy(), layers, acts)
        grads = [None] * len(layers)
        delta = (acts[-1] - self.y[None, :]) / self.n
        deltas = [None] * len(layers)
        errors = [None] * len(layers)
        for l in range(len(layers) - 1, -1, -1):
            deltas[l] = delta
            grads[l] = ((delta @ acts[l].T).ravel(), delta.sum(axis=1))
            if l > 0:
                e = layers[l][0].T @ delta
                errors[l - 1] = e
                delta = e * (1 - acts[l] ** 2)
        self.deltas, self.errors = deltas, errors
        return loss, np.concatenate([p for g in grads for p in g])

    def hvp(self, v):
        """H v by the R-operator at the point of the last value_and_gradient."""
        theta, layers, acts = self.cache
        vl = self.unpack(v)
        L = len(layers)
        r_acts = [np.zeros_like(self.a0)]
        for l in range(L):
            rz = vl[l][0] @ acts[l] + vl[l][1][:, None]
            if l > 0:
                rz += layers[l][0] @ r_acts[l]
            r_acts.append(rz * (1 - acts[l + 1] ** 2) if l < L - 1 else rz)
        r_delta = r_acts[-1] / self.n
        out = [None] * L
        for l in range(L - 1, -1, -1):
            hw = r_delta @ acts[l].T
            if l > 0:
                hw += self.deltas[l] @ r_acts[l].T
            out[l] = (hw.ravel(), r_delta.sum(axis=1))
            if l > 0:
                r_e = layers[l][0].T @ r_delta + vl[l][0].T @ self.deltas[l]
                a = acts[l]
                r_delta = r_e * (1 - a ** 2) - 2 * self.errors[l - 1] * a * r_acts[l]
        return np.concatenate([p for g in out for p in g])


WARM_START_MIX = 1e-2


def lanczos_top(op, start, random, tol=1e-6, max_iter=200):
    """Top eigenpair by Lanczos with full reorthogonalisation (two Gram-Schmidt passes), as in Lanczos.java:
    the warm start is mixed with 1e-2 of a fixed random vector; without a start, the random vector is used."""
    p = len(random)
    r = random / np.linalg.norm(random)
    q = r if start is None else start / np.linalg.norm(start) + WARM_START_MIX * r
    q = q / np.linalg.norm(q)
    basis = np.zeros((max_iter, p))
    alpha, beta = [], []
    basis[0] = q
    m = 0
    while True:
        w = op(basis[m])
        a = basis[m] @ w
        w -= a * basis[m]
        if m > 0:
            w -= beta[-1] * basis[m - 1]
        for _ in range(2):
            w -= basis[: m + 1].T @ (basis[: m + 1] @ w)
        b = np.linalg.norm(w)
        alpha.append(a)
        beta.append(b)
        m += 1
        t = np.diag(alpha) + np.diag(beta[:-1], 1) + np.diag(beta[:-1], -1)
        vals, vecs = np.linalg.eigh(t)
        theta, s = vals[-1], vecs[:, -1]
        if b * abs(s[-1]) <= tol * abs(theta) or b <= 1e-13 * abs(theta) or m == max_iter:
            y = basis[:m].T @ s
            return theta, y / np.linalg.norm(y), m
        basis[m] = w / b


def spiral_problem():
    x, y = spiral(0)
    widths = [2, 32, 32, 32, 1]
    return MlpLoss(widths, x, y), init_params(widths, 1)


def goal_run(eta=0.04, steps=4000, every=10):
    loss, theta = spiral_problem()
    r = SplitMix64(0x5EED1A2C205)
    fallback = np.array([r.normal() for _ in range(loss.size)])
    start = time.perf_counter()
    value, grad = loss.value_and_gradient(theta)
    losses = {0: value}
    top = None
    lam = 0.0
    products = 0
    for t in range(steps):
        if t % every == 0:
            lam, top, m = lanczos_top(loss.hvp, top, fallback)
            products += m
        theta = theta - eta * grad
        value, grad = loss.value_and_gradient(theta)
        losses[t + 1] = value
    seconds = time.perf_counter() - start
    return seconds, losses, lam, products


# What `java frontierslab.bench.EosMlpBench` prints for the same run (its first two lines).
JAVA_LOSS = {0: 0.57595761058226150, 100: 0.42561944226403975}


def main():
    seconds, losses, lam, products = goal_run()
    print(f"numpy {np.__version__}")
    for step in (0, 100):
        java = JAVA_LOSS[step]
        print(f"loss at step {step:<3d} numpy {losses[step]:.17g}  java {java:.17g}  "
              f"relative difference {abs(losses[step] - java) / java:.1e}")
    print(f"loss at step 4000 {losses[4000]:.10f}, last lambda_max {lam:.6f}, {products} Hessian-vector products")
    print(f"goal run wall time {seconds:.3f} s (eta = 0.04, 4000 steps, lambda_max every 10 steps)")


if __name__ == "__main__":
    main()
