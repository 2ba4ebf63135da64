import matplotlib
matplotlib.use('Agg')
import numpy as np
import matplotlib.pyplot as plt

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

    for _ in range(500):
        g = grad(x)
        h_max = hessian_max_eig(x)

        losses.append(f(x))
        eigs.append(h_max)

        x = x - eta * g

    fig, ax1 = plt.subplots(figsize=(10, 6))

    ax1.set_xlabel('Iteration')
    ax1.set_ylabel('Loss', color='tab:red')
    ax1.plot(losses, color='tab:red', alpha=0.6, label='Loss')
    ax1.tick_params(axis='y', labelcolor='tab:red')

    ax2 = ax1.twinx()
    ax2.set_ylabel('$\\eta \\lambda_{max}$', color='tab:blue')
    ax2.plot(np.array(eigs) * eta, color='tab:blue', label='$\\eta \\lambda_{max}$')
    ax2.axhline(2.0, color='black', linestyle='--', label='Stability Limit')
    ax2.tick_params(axis='y', labelcolor='tab:blue')

    plt.title("The Edge of Stability in Action")
    fig.tight_layout()
    plt.savefig('figures/01-5-demo1.png', dpi=150, bbox_inches='tight')
    plt.close()

run_eos_simulation()
