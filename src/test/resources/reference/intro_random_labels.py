"""Independent numpy reference for intro-random-labels (RandomLabelsExperiment).

The draws are dd_random_features.py's (the same SplitMix64 streams as frontierslab.math.random.SeededRandom); each fit
is numpy's LAPACK SVD of F, the minimum-norm least-squares a = F^+ y on the true labels y and on the shuffled labels
y[perm], and the errors from the predictions directly (dd_random_features.fit). Here: the means over seeds per p, and
the size compared (the grid's nearest to the p asked for, on a log scale). Writes intro_random_labels.out:
  <case> <p> <test true> <test shuffled> <train true> <train shuffled> <||a|| true> <||a|| shuffled>   per p
  <case> compared <p>
Run: python3 intro_random_labels.py > intro_random_labels.out
"""
import math
import numpy as np
from dd_random_features import sample, grid, fit

CASES = [
    # name, sigma, p asked, n, d, seeds
    ('wide-model', 0.5, 1000, 100, 20, 10),
    ('small', 1.0, 50, 40, 5, 2),
]

if __name__ == '__main__':
    for name, sigma, p_asked, n, d, seeds in CASES:
        samples = [sample(seed, n, d) for seed in range(seeds)]
        ps = grid(n)
        for p in ps:
            rows = np.array([fit(s, p, sigma, 0.0, 0.0, False)[:3] + fit(s, p, sigma, 0.0, 0.0, True)[:3]
                             for s in samples])
            m = rows.mean(axis=0)
            print('%s %d %.17g %.17g %.17g %.17g %.17g %.17g' % (name, p, m[0], m[3], m[1], m[4], m[2], m[5]))
        print('%s compared %d' % (name, min(ps, key=lambda g: abs(math.log(g / p_asked)))))
