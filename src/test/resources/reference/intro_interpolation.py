"""Independent numpy reference for intro-interpolation: the same SplitMix64 samples, each kernel fit solved with
numpy.linalg.solve, test errors on the same grid, relative to predicting 0. Prints one line per case:
name n sigma narrow laplace wide gamma seed  err_narrow err_laplace err_spiky err_ridge"""
import numpy as np

M64 = (1 << 64) - 1

class SplitMix64:
    def __init__(self, seed):
        self.s = seed & M64
    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)
    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53
    def normal(self):
        u1 = self.uniform(); u2 = self.uniform()
        return np.sqrt(-2.0 * np.log(1.0 - u1)) * np.cos(2.0 * np.pi * u2)

def gauss(w):
    return lambda a, b: np.exp(-0.5 * ((a - b) / w) ** 2)

def laplace(w):
    return lambda a, b: np.exp(-np.abs(a - b) / w)

def case(name, n, sigma, narrow, lap, wide, gamma, seed):
    r = SplitMix64(seed)
    xs = np.array([r.uniform() for _ in range(n)])
    ys = np.sin(2 * np.pi * xs) + sigma * np.array([r.normal() for _ in range(n)])
    grid = (np.arange(2000) + 0.5) / 2000
    truth = np.sin(2 * np.pi * grid)
    def err(k, ridge):
        K = k(xs[:, None], xs[None, :]) + ridge * np.eye(n)
        a = np.linalg.solve(K, ys)
        f = k(grid[:, None], xs[None, :]) @ a
        return np.mean((f - truth) ** 2) / 0.5
    g, s = gauss(wide), gauss(narrow)
    spiky = lambda a, b: g(a, b) + gamma * s(a, b)
    ridge = min(err(g, 10 ** (-6 + 7.0 * k / 28)) for k in range(29))
    print(name, n, sigma, narrow, lap, wide, gamma, seed,
          repr(float(err(gauss(narrow), 0))), repr(float(err(laplace(lap), 0))), repr(float(err(spiky, 0))), repr(float(ridge)))

print("numpy", np.__version__)
case("three-interpolants", 40, 0.3, 0.0005, 0.2, 0.1, 0.3, 1)
case("more-data", 200, 0.3, 0.0005, 0.2, 0.1, 0.3, 1)
case("wide-spikes", 40, 0.3, 0.003, 0.2, 0.1, 0.3, 1)
case("no-noise", 40, 0.0, 0.0005, 0.2, 0.1, 0.3, 1)
