"""Runs a lecture script unchanged and records the data behind its figure, for Frontiers Lab's "Run the real Python".

usage: python3 harness.py SCRIPT DATA.json FIGURE.png

Every line drawn through Axes.plot (plt.plot and ax.plot both end there) is recorded with its label, x and y data;
plt.savefig and plt.show write the figure to FIGURE.png instead of where the script says. The script itself runs as
written, as __main__. Values that are not finite are written as null.
"""
import json
import math
import os
import runpy
import sys

os.environ["MPLBACKEND"] = "Agg"
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.axes  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

script, data_path, figure_path = sys.argv[1:4]
recorded = []
original_plot = matplotlib.axes.Axes.plot


def finite(v):
    v = float(v)
    return v if math.isfinite(v) else None


def plot(self, *args, **kwargs):
    lines = original_plot(self, *args, **kwargs)
    for line in lines:
        recorded.append({"label": str(line.get_label()),
                         "x": [finite(v) for v in np.asarray(line.get_xdata(), dtype=float)],
                         "y": [finite(v) for v in np.asarray(line.get_ydata(), dtype=float)]})
    return lines


def savefig(*args, **kwargs):
    plt.gcf().savefig(figure_path, dpi=80, bbox_inches="tight")


matplotlib.axes.Axes.plot = plot
plt.savefig = savefig
plt.show = lambda *args, **kwargs: savefig()
runpy.run_path(script, run_name="__main__")
with open(data_path, "w", encoding="utf-8") as out:
    json.dump({"numpy": np.__version__, "matplotlib": matplotlib.__version__, "lines": recorded}, out)
