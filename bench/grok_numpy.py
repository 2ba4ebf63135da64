"""grok-modadd in plain numpy (float64 and float32): the main preset (P = 47, 30 % of the pairs, 256 units, quadratic
activation, MSE, full-batch AdamW lr 3e-3, betas (0.9, 0.98), weight decay 1) with the same SplitMix64 split and
initialization as the app (src/test/resources/reference/grok_reference.py). Prints ms per step and the wall time to
test accuracy >= 95 %, test accuracy measured every 25 steps as the app does late in a run.

    python3 bench/grok_numpy.py [float64|float32]
"""
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "reference"))
import grok_reference as ref  # noqa: E402


def main():
    dtype = np.float32 if "float32" in sys.argv else np.float64
    P = 47
    pairs, th = ref.setup(P, 0.3, 256, 1)
    th = {k: v.astype(dtype) for k, v in th.items()}
    test = np.setdiff1d(np.arange(P * P), pairs)
    a, b = pairs // P, pairs % P
    y = np.eye(P, dtype=dtype)[(a + b) % P]
    ta, tb = test // P, test % P
    m = {k: np.zeros_like(v) for k, v in th.items()}
    v = {k: np.zeros_like(x) for k, x in th.items()}
    n = len(pairs)
    start = time.perf_counter()
    cpu_start = time.process_time()
    step_time = 0.0
    for t in range(1, 20001):
        t0 = time.perf_counter()
        h = th["A"][a] + th["B"][b] + th["b1"]
        z = h * h
        o = z @ th["W2"].T + th["b2"]
        d = 2 * (o - y) / (n * P)
        g = {"W2": d.T @ z, "b2": d.sum(0)}
        dh = 2 * h * (d @ th["W2"])
        g["A"] = np.zeros_like(th["A"]); np.add.at(g["A"], a, dh)
        g["B"] = np.zeros_like(th["B"]); np.add.at(g["B"], b, dh)
        g["b1"] = dh.sum(0)
        for k in th:
            m[k] = 0.9 * m[k] + 0.1 * g[k]
            v[k] = 0.98 * v[k] + 0.02 * g[k] * g[k]
            th[k] = th[k] - 3e-3 * ((m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.98 ** t)) + 1e-8) + th[k])
        step_time += time.perf_counter() - t0
        if t % 25 == 0:
            hh = th["A"][ta] + th["B"][tb] + th["b1"]
            acc = ((hh * hh @ th["W2"].T + th["b2"]).argmax(1) == (ta + tb) % P).mean()
            if acc >= 0.95:
                total = time.perf_counter() - start
                cpu = time.process_time() - cpu_start
                print(f"grok numpy {np.dtype(dtype).name}: {1000 * step_time / t:.2f} ms per training step; "
                      f"test accuracy >= 95 % at step {t} after {total:.1f} s (process CPU {cpu:.1f} s, "
                      f"load average {os.getloadavg()[0]:.2f})")
                return
    print("no grokking within 20000 steps")


if __name__ == "__main__":
    main()
