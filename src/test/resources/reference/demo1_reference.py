"""Lecture 1.5, Demo 1, exactly as the lecture's Python computes it, minus the plotting.

Writes demo1_reference.csv beside this script: one row per recorded step t = 0..499 with the iterate x_t before the
step, the loss f(x_t) and eta * hessian_max_eig(x_t) as the lecture's code appends them, and one final row t = 500
with the iterate after the last step (loss and eta*lambda left empty: the code never records them).
Numbers are written with repr(), which round-trips a double exactly. Run: python3 demo1_reference.py
"""
import os

import numpy as np


def f(x):
    # Potential with increasing curvature
    return (x[0]**2 + x[1]**2)**1.1


def grad(x):
    r = np.sqrt(np.sum(x**2))
    return 2.2 * r**0.2 * x


def hessian_max_eig(x):
    r = np.sqrt(np.sum(x**2))
    # Approximation of the sharpest eigenvalue
    return 2.2 * 1.2 * r**0.2


def run_eos_simulation():
    x = np.array([2.0, 2.0])
    eta = 0.5

    losses = []
    eigs = []
    iterates = []

    for _ in range(500):
        g = grad(x)
        h_max = hessian_max_eig(x)

        losses.append(f(x))
        eigs.append(h_max)
        iterates.append(x.copy())

        x = x - eta * g

    return iterates, losses, list(np.array(eigs) * eta), x


def main():
    iterates, losses, eta_lambdas, final = run_eos_simulation()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo1_reference.csv")
    with open(out, "w") as csv:
        csv.write("step,x0,x1,loss,eta_lambda_max\n")
        for t, (x, loss, el) in enumerate(zip(iterates, losses, eta_lambdas)):
            csv.write(f"{t},{float(x[0])!r},{float(x[1])!r},{float(loss)!r},{float(el)!r}\n")
        csv.write(f"{len(losses)},{float(final[0])!r},{float(final[1])!r},,\n")
    print("numpy", np.__version__)
    print("eta*lambda_max: first", eta_lambdas[0], "max", max(eta_lambdas), "last", eta_lambdas[-1])
    print("loss: first", losses[0], "last", losses[-1])
    print("monotone", all(b < a for a, b in zip(losses, losses[1:])))
    print("final x", final)


if __name__ == "__main__":
    main()
