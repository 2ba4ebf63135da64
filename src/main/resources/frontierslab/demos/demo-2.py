import matplotlib
matplotlib.use('Agg')
import numpy as np
import matplotlib.pyplot as plt

def f(x):
    # Sharp local minimum at (-2, -2), Flat global minimum at (2, 2)
    sharp = 5.0 * np.exp(-5.0 * np.sum((x - np.array([-2, -2]))**2))
    flat = 2.0 * np.exp(-0.5 * np.sum((x - np.array([2, 2]))**2))
    return - (sharp + flat)

def grad(x):
    # Finite difference gradient for simplicity
    eps = 1e-6
    g = np.zeros_like(x)
    for i in range(len(x)):
        x_plus = x.copy(); x_plus[i] += eps
        g[i] = (f(x_plus) - f(x)) / eps
    return g

def run_comparison():
    x_sgd = np.array([-1.5, -1.5]) # Start near sharp minimum
    x_sam = np.array([-1.5, -1.5])

    eta = 0.1
    rho = 0.5

    path_sgd = [x_sgd.copy()]
    path_sam = [x_sam.copy()]

    for _ in range(100):
        # SGD
        g_sgd = grad(x_sgd)
        x_sgd = x_sgd - eta * g_sgd
        path_sgd.append(x_sgd.copy())

        # SAM
        g_curr = grad(x_sam)
        epsilon = rho * g_curr / (np.linalg.norm(g_curr) + 1e-8)
        g_sam = grad(x_sam + epsilon)
        x_sam = x_sam - eta * g_sam
        path_sam.append(x_sam.copy())

    path_sgd = np.array(path_sgd)
    path_sam = np.array(path_sam)

    # Plotting
    x_grid = np.linspace(-4, 4, 100)
    y_grid = np.linspace(-4, 4, 100)
    X, Y = np.meshgrid(x_grid, y_grid)
    Z = np.zeros_like(X)
    for i in range(100):
        for j in range(100):
            Z[i,j] = f(np.array([X[i,j], Y[i,j]]))

    plt.figure(figsize=(10, 8))
    plt.contourf(X, Y, Z, levels=30, cmap='viridis')
    plt.plot(path_sgd[:,0], path_sgd[:,1], 'r-o', label='SGD Path', markersize=4)
    plt.plot(path_sam[:,0], path_sam[:,1], 'b-o', label='SAM Path', markersize=4)
    plt.title("SAM vs SGD: Escaping Sharp Minima")
    plt.legend()
    plt.savefig('figures/01-5-demo2.png', dpi=150, bbox_inches='tight')
    plt.close()

run_comparison()
