"""Reference for SamValleyExperimentTest: gradient descent and SAM (exact gradients, eps = rho g/|g|) on
L = 1/2 (w1 w2 - 1)^2 and L = (1 - x^2/4 - y^2)^2, written from the formulas with numpy, independently of the Java code.
Prints, for each preset, (step, gd_w1, gd_w2, sam_w1, sam_w2, sam_sharpness) at a few steps, with repr() precision.
Run: python3 sam_valley_reference.py
"""
import numpy as np


def product():
    def grad(w):
        r = w[0] * w[1] - 1.0
        return np.array([r * w[1], r * w[0]])

    def hess(w):
        off = 2.0 * w[0] * w[1] - 1.0
        return np.array([[w[1] ** 2, off], [off, w[0] ** 2]])
    return grad, hess


def ellipse(a=0.25):
    def grad(w):
        u = 1.0 - a * w[0] ** 2 - w[1] ** 2
        return np.array([-4.0 * u * a * w[0], -4.0 * u * w[1]])

    def hess(w):
        u = 1.0 - a * w[0] ** 2 - w[1] ** 2
        x, y = w
        return np.array([[8 * a * a * x * x - 4 * a * u, 8 * a * x * y], [8 * a * x * y, 8 * y * y - 4 * u]])
    return grad, hess


def run(model, start, eta, rho, steps, report):
    grad, hess = model
    gd = np.array(start, dtype=float)
    sam = gd.copy()
    rows = []
    for t in range(steps + 1):
        if t in report:
            rows.append((t, gd[0], gd[1], sam[0], sam[1], np.linalg.eigvalsh(hess(sam))[-1]))
        g = grad(sam)
        n = np.linalg.norm(g)
        eps = rho * g / n if n > 0 else np.zeros(2)
        sam = sam - eta * grad(sam + eps)
        gd = gd - eta * grad(gd)
    return rows


REPORT = {0, 1, 10, 100, 1000, 2000, 3000}
for name, model, start in [("sam-drifts", product(), (3.0, 0.35)), ("ellipse", ellipse(), (0.3, 1.1))]:
    print(name)
    for row in run(model, start, 0.1, 0.1, 3000, REPORT):
        print("        {" + ", ".join(repr(float(v)) for v in row) + "},")
