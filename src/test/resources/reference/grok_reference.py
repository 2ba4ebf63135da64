"""Reference for grok-modadd (GrokReferenceTest): an independent numpy implementation, in double precision, of the
split, the initialization, the network h = A[a] + B[b] + b1, z = h^2 or relu(h), o = z W2^T + b2, the MSE and
cross-entropy losses, AdamW / Adam / GD, and the hand-built Fourier solution. Writes grok_reference.out: one line per
quantity, 'key v1 v2 ...'. The gradients are checked here against central differences before they are written.

    python3 grok_reference.py            # the small cases (seconds)
    python3 grok_reference.py --curves   # also the main run's accuracy curves for seeds 1-3 (minutes)
"""
import sys
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

    def permutation(self, n):
        a = list(range(n))
        for i in range(n - 1, 0, -1):
            j = int(self.uniform() * (i + 1))
            a[i], a[j] = a[j], a[i]
        return a


def setup(P, frac, W, seed, fourier=False):
    rng = SplitMix64(seed)
    order = rng.permutation(P * P)
    n = max(1, min(P * P - 1, int(np.floor(frac * P * P + 0.5))))
    train = np.array(order[:n])
    if fourier:
        A, B, W2, b2 = fourier_solution(P, W)
    else:
        A = np.array([[rng.normal() for _ in range(W)] for _ in range(P)]) / np.sqrt(P)
        B = np.array([[rng.normal() for _ in range(W)] for _ in range(P)]) / np.sqrt(P)
        W2 = np.array([[rng.normal() for _ in range(W)] for _ in range(P)]) / np.sqrt(W)
        b2 = np.zeros(P)
    return train, {"A": A, "B": B, "b1": np.zeros(W), "W2": W2, "b2": b2}


def fourier_solution(P, W):
    """Gromov's construction with 7 units per frequency, phases phi = 2 pi r/7, psi = 3 phi (see FourierSolution)."""
    F = min((P - 1) // 2, W // 7)
    A = np.zeros((P, W)); B = np.zeros((P, W)); W2 = np.zeros((P, W))
    r = np.arange(P)
    for j in range(7 * F):
        f = 1 + j // 7
        phi = 2 * np.pi * (j % 7) / 7
        psi = 3 * phi
        A[:, j] = np.cos(2 * np.pi * f * r / P + phi)
        B[:, j] = np.cos(2 * np.pi * f * r / P + psi)
        W2[:, j] = 4.0 / (7 * P) * np.cos(2 * np.pi * f * r / P + phi + psi)
    return A, B, W2, np.full(P, 1.0 / P)


def outputs(th, a, b, act):
    h = th["A"][a] + th["B"][b] + th["b1"]
    z = h * h if act == "quadratic" else np.maximum(h, 0)
    return h, z, z @ th["W2"].T + th["b2"]


def loss_grad(th, P, pairs, act, loss):
    a, b = pairs // P, pairs % P
    y = np.eye(P)[(a + b) % P]
    n = len(pairs)
    h, z, o = outputs(th, a, b, act)
    if loss == "mse":
        L = ((o - y) ** 2).mean()
        d = 2 * (o - y) / (n * P)
    else:
        s = o - o.max(1, keepdims=True)
        p = np.exp(s) / np.exp(s).sum(1, keepdims=True)
        L = -(np.log(p[np.arange(n), (a + b) % P])).mean()
        d = (p - y) / n
    g = {"W2": d.T @ z, "b2": d.sum(0)}
    dz = d @ th["W2"]
    dh = 2 * h * dz if act == "quadratic" else dz * (h > 0)
    g["A"] = np.zeros_like(th["A"]); np.add.at(g["A"], a, dh)
    g["B"] = np.zeros_like(th["B"]); np.add.at(g["B"], b, dh)
    g["b1"] = dh.sum(0)
    return L, g


NAMES = ["A", "B", "b1", "W2", "b2"]


def flat(d):
    return np.concatenate([d[k].ravel() for k in NAMES])


def check_gradient(th, P, pairs, act, loss):
    L, g = loss_grad(th, P, pairs, act, loss)
    eps = 1e-6
    worst = 0
    for k in NAMES:
        x = th[k].ravel()
        gk = g[k].ravel()
        for i in range(0, x.size, max(1, x.size // 25)):
            old = x[i]
            x[i] = old + eps; lp, _ = loss_grad(th, P, pairs, act, loss)
            x[i] = old - eps; lm, _ = loss_grad(th, P, pairs, act, loss)
            x[i] = old
            fd = (lp - lm) / (2 * eps)
            worst = max(worst, abs(fd - gk[i]) / (abs(fd) + 1e-9 + 1e-4 * np.abs(flat(g)).max()))
    assert worst < 1e-5, worst
    return L, g


def train(th, P, pairs, act, loss, opt, lr, wd, steps):
    m = {k: np.zeros_like(v) for k, v in th.items()}
    v = {k: np.zeros_like(x) for k, x in th.items()}
    losses = []
    for t in range(1, steps + 1):
        L, g = loss_grad(th, P, pairs, act, loss)
        losses.append(L)
        for k in NAMES:
            gk = g[k] + (wd * th[k] if opt in ("adam", "gd") else 0)
            if opt == "gd":
                th[k] = th[k] - lr * gk
                continue
            m[k] = 0.9 * m[k] + 0.1 * gk
            v[k] = 0.98 * v[k] + 0.02 * gk * gk
            u = (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.98 ** t)) + 1e-8)
            th[k] = th[k] - lr * (u + (wd * th[k] if opt == "adamw" else 0))
    return losses


def accuracy(th, P, pairs, act):
    a, b = pairs // P, pairs % P
    return (outputs(th, a, b, act)[2].argmax(1) == (a + b) % P).mean()


def fmt(xs):
    return " ".join(repr(float(x)) for x in np.ravel(xs))


def main():
    out = []
    # the split and the initialization, to the bit
    train_pairs, th = setup(47, 0.3, 256, 1)
    out.append("split47 " + " ".join(str(int(x)) for x in train_pairs[:20]))
    out.append("init47 " + fmt([th["A"][0, 0], th["A"][46, 255], th["B"][3, 7], th["W2"][0, 0], th["W2"][46, 255]]))
    # gradients (checked above against central differences) and short runs of each optimizer, loss and activation
    cases = [("quadratic", "mse", "adamw", 3e-3, 1.0), ("relu", "mse", "adamw", 3e-3, 1.0),
             ("quadratic", "ce", "adamw", 3e-3, 1.0), ("quadratic", "mse", "adam", 3e-3, 0.5),
             ("quadratic", "mse", "gd", 2.0, 0.1)]
    for act, loss, opt, lr, wd in cases:
        pairs, th = setup(11, 0.4, 10, 5)
        th["b1"] = 0.1 * np.cos(np.arange(10.0))
        th["b2"] = 0.05 * np.sin(np.arange(11.0))
        L, g = check_gradient(th, 11, pairs, act, loss)
        key = f"{act}-{loss}-{opt}"
        out.append(f"loss0 {key} {float(L)!r}")
        out.append(f"grad {key} " + fmt(flat(g)))
        losses = train(th, 11, pairs, act, loss, opt, lr, wd, 20)
        out.append(f"losses {key} " + fmt(losses))
        out.append(f"theta20 {key} " + fmt(flat(th)))
    # the hand-built solution, to the pair
    for P, W in ((47, 256), (47, 128), (13, 35)):
        _, th = setup(P, 0.3, W, 1, fourier=True)
        allp = np.arange(P * P)
        o = outputs(th, allp // P, allp % P, "quadratic")[2]
        target = (allp // P + allp % P) % P
        right = o[np.arange(P * P), target]
        o2 = o.copy(); o2[np.arange(P * P), target] = -np.inf
        out.append(f"fourier-{P}-{W} correct {int((o.argmax(1) == target).sum())} of {P * P} margin {float((right - o2.max(1)).min())!r}")
    if "--curves" in sys.argv:
        for seed in (1, 2, 3):
            pairs, th = setup(47, 0.3, 256, seed)
            test = np.setdiff1d(np.arange(47 * 47), pairs)
            m = {k: np.zeros_like(v) for k, v in th.items()}
            v = {k: np.zeros_like(x) for k, x in th.items()}
            curve = []
            grok = -1
            for t in range(1, 15001):
                L, g = loss_grad(th, 47, pairs, "quadratic", "mse")
                for k in NAMES:
                    m[k] = 0.9 * m[k] + 0.1 * g[k]
                    v[k] = 0.98 * v[k] + 0.02 * g[k] ** 2
                    th[k] = th[k] - 3e-3 * ((m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.98 ** t)) + 1e-8) + th[k])
                if t % 250 == 0:
                    te = accuracy(th, 47, test, "quadratic")
                    curve.append((t, float(accuracy(th, 47, pairs, "quadratic")), float(te)))
                    if te >= 0.95:
                        grok = t
                        break
            out.append(f"curve {seed} grok {grok} " + " ".join(f"{t}:{tr!r}:{te!r}" for t, tr, te in curve))
    with open(__file__.replace(".py", ".out"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
