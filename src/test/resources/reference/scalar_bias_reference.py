"""Reference numbers for ScalarFactorizationTest (bias-scalar), computed independently of the Java code.

1. Gradient descent on L = 1/2 (w1 w2 - y)^2 and on L = 1/2 ((w1 + w2) x - y)^2 in numpy float64.
2. The time gradient flow takes from a start to beta = y/2, by RK4 on the (w1, w2) flow with a small step,
   interpolating the crossing linearly (error ~1e-9 at dt = 1e-4).
Run: python3 scalar_bias_reference.py
"""
import numpy as np


def gd(model, w1, w2, y, x, eta, steps):
    w = np.array([w1, w2], dtype=np.float64)
    for _ in range(steps):
        if model == "product":
            r = w[0] * w[1] - y
            g = np.array([r * w[1], r * w[0]])
        else:
            r = (w[0] + w[1]) * x - y
            g = np.array([r * x, r * x])
        w = w - eta * g
    return w


def flow_time_to_half(w1, w2, y, dt=1e-4):
    def f(w):
        r = w[0] * w[1] - y
        return np.array([-r * w[1], -r * w[0]])
    w = np.array([w1, w2], dtype=np.float64)
    t = 0.0
    b = w[0] * w[1]
    while b < y / 2:
        k1 = f(w); k2 = f(w + dt / 2 * k1); k3 = f(w + dt / 2 * k2); k4 = f(w + dt * k3)
        nw = w + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        nb = nw[0] * nw[1]
        if nb >= y / 2:
            # cubic accuracy is not needed: refine the last step by bisection on the RK4 step length
            lo, hi = 0.0, dt
            for _ in range(60):
                mid = (lo + hi) / 2
                k1 = f(w); k2 = f(w + mid / 2 * k1); k3 = f(w + mid / 2 * k2); k4 = f(w + mid * k3)
                mw = w + mid / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
                if mw[0] * mw[1] >= y / 2:
                    hi = mid
                else:
                    lo = mid
            return t + hi
        w, b, t = nw, nb, t + dt
    return t


print("gd product (0.5, 0) y=1 eta=0.01 1500 steps:", repr(gd("product", 0.5, 0.0, 1.0, 1.0, 0.01, 1500).tolist()))
print("gd product (0.3, 0.9) y=2 eta=0.05 300 steps:", repr(gd("product", 0.3, 0.9, 2.0, 1.0, 0.05, 300).tolist()))
print("gd sum (0.4, 0) y=1 x=1.5 eta=0.01 500 steps:", repr(gd("sum", 0.4, 0.0, 1.0, 1.5, 0.01, 500).tolist()))
for (w1, w2, y) in [(0.5, 0.0, 1.0), (1e-3, 2e-4, 1.0), (0.3, 0.9, 2.0), (0.01, 0.02, 0.5)]:
    print("flow time to y/2 from", (w1, w2), "y =", y, ":", repr(flow_time_to_half(w1, w2, y)))
