package frontierslab.panels.intro.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontierslab.math.kernel.KernelInterpolation;
import frontierslab.math.random.SeededRandom;
import frontierslab.panels.CardDeck;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * {@code intro-interpolation}: three kernel interpolants of the same n noisy samples y = sin(2πx) + σε of [0, 1], each
 * with zero training error, and very different test errors (Mallinar et al. 2022, arXiv 2207.06569: catastrophic,
 * tempered, benign overfitting): the minimum-norm interpolant of a narrow Gaussian kernel (it predicts almost 0 away
 * from the data: it learns nothing), of a Laplace kernel (tempered: its error stays a multiple of the noise), and of
 * the spiky-smooth kernel k_wide + γk_narrow (Haas et al. 2023, arXiv 2305.14077: the wide part behaves as ridge
 * regression with λ = γ, the narrow spikes fit the noise at the data points without harm). For reference, the best
 * kernel ridge regression with the wide Gaussian, its λ chosen on the test grid. Test error: the mean of
 * (f − sin 2πx)² over a grid of {@value #TEST_POINTS} points, relative to predicting 0 (whose error is ½).
 */
public final class InterpolationExperiment extends ReplayedExperiment<InterpolationParams> {

    static final int TEST_POINTS = 2000;
    static final int ZOOM_POINTS = 400;
    /** The ridge penalties tried for the reference fit: 10⁻⁶ … 10, log-spaced. */
    static final int RIDGE_GRID = 29;

    public static final ExperimentType<InterpolationParams> TYPE = new ExperimentType<>(
            "intro-interpolation",
            "Three ways to fit the noise",
            "§1 Introduction",
            "Three kernel interpolants of the same noisy data, all with zero training error: catastrophic, tempered, benign.",
            InterpolationParams.SPACE,
            List.of(new Preset<>("three-interpolants", CardDeck.preset("intro", "intro-interpolation", "three-interpolants"),
                            InterpolationParams.defaults()),
                    new Preset<>("more-data", CardDeck.preset("intro", "intro-interpolation", "more-data"), InterpolationParams.defaults().withN(200)),
                    new Preset<>("wide-spikes", CardDeck.preset("intro", "intro-interpolation", "wide-spikes"),
                            new InterpolationParams(40, 0.3, 0.003, 0.2, 0.1, 0.3, 1)),
                    new Preset<>("no-noise", CardDeck.preset("intro", "intro-interpolation", "no-noise"),
                            new InterpolationParams(40, 0.0, 0.0005, 0.2, 0.1, 0.3, 1))),
            InterpolationExperiment::new,
            ExperimentType.Markers.none());

    /**
     * The outcome of {@code intro-interpolation}: each interpolant's errors (mean squared, against the noise-free truth
     * on the test grid and against the samples) and the norm of its coefficients in its kernel's space; NaN where the
     * kernel matrix is singular. Written with the suffixes {@code _narrow}, {@code _laplace}, {@code _spiky_smooth},
     * {@code _ridge}.
     *
     * @param ridge       the wide Gaussian kernel with the ridge λ of the smallest test error
     * @param ridgeLambda that λ
     * @param zoomCentre  the sample at the centre of the zoom window
     * Before the fits (step 0) every component is null and the summary is empty.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InterpolationSummary(@JsonUnwrapped(suffix = "_narrow") FitSummary narrow,
                                       @JsonUnwrapped(suffix = "_laplace") FitSummary laplace,
                                       @JsonUnwrapped(suffix = "_spiky_smooth") FitSummary spikySmooth,
                                       @JsonUnwrapped(suffix = "_ridge") FitSummary ridge, Double ridgeLambda,
                                       Double zoomCentre) {
    }

    /** One interpolant's test and training errors and its norm. */
    public record FitSummary(double testError, double trainError, double norm) {
    }

    /** The fits on one snapshot: data, test grid, the fits there, the zoom window around one data point. */
    public record InterpolationSnapshot(InterpolationParams params, long step, Status status, Trace.View trace,
                                        double[] xs, double[] ys, Trace.View zoom, InterpolationSummary summary)
            implements Snapshot {
    }

    private InterpolationSnapshot snapshot;

    public InterpolationExperiment(InterpolationParams params) {
        super(params);
        start();
    }

    static double truth(double x) {
        return Math.sin(2 * Math.PI * x);
    }

    @Override
    protected int horizon(InterpolationParams params) {
        return 1;
    }

    @Override
    protected Status begin(InterpolationParams p) {
        snapshot = null;
        return Status.ready("Step fits the three interpolants");
    }

    @Override
    protected Status advance(int stepNumber) {
        return null;
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        return taken == 0 ? Status.ready("Step fits the three interpolants")
                : Status.finished("three interpolants, each with zero training error");
    }

    @Override
    public InterpolationSnapshot snapshot() {
        if (taken() == 0) {
            return new InterpolationSnapshot(params(), 0, status(), Trace.View.empty("x", "truth"), new double[0],
                    new double[0], Trace.View.empty("x"),
                    new InterpolationSummary(null, null, null, null, null, null));
        }
        if (snapshot == null) {
            snapshot = compute(params(), status());
        }
        return snapshot;
    }

    static InterpolationSnapshot compute(InterpolationParams p, Status status) {
        SeededRandom random = new SeededRandom(p.seed());
        double[] xs = new double[p.n()];
        double[] ys = new double[p.n()];
        for (int i = 0; i < p.n(); i++) {
            xs[i] = random.uniform();
        }
        for (int i = 0; i < p.n(); i++) {
            ys[i] = truth(xs[i]) + p.sigma() * random.normal();
        }
        Map<String, DoubleBinaryOperator> kernels = new LinkedHashMap<>();
        kernels.put("narrow", KernelInterpolation.gaussian(p.narrow()));
        kernels.put("laplace", KernelInterpolation.laplace(p.laplace()));
        kernels.put("spiky_smooth", KernelInterpolation.spikySmooth(p.wide(), p.narrow(), p.spikeWeight()));
        Map<String, KernelInterpolation> fits = new LinkedHashMap<>();
        List<String> singular = new java.util.ArrayList<>();
        for (var e : kernels.entrySet()) {
            KernelInterpolation.tryFit(xs, ys, e.getValue(), 0).ifPresentOrElse(f -> fits.put(e.getKey(), f),
                    () -> singular.add(e.getKey().replace('_', '-')));
        }
        DoubleBinaryOperator wide = KernelInterpolation.gaussian(p.wide());
        KernelInterpolation best = null;
        double bestError = Double.POSITIVE_INFINITY;
        double bestRidge = Double.NaN;
        for (int k = 0; k < RIDGE_GRID; k++) {
            double ridge = Math.pow(10, -6 + 7.0 * k / (RIDGE_GRID - 1));
            KernelInterpolation fit = KernelInterpolation.tryFit(xs, ys, wide, ridge).orElse(null);
            if (fit == null) {
                continue;
            }
            double error = testError(fit);
            if (error < bestError) {
                bestError = error;
                best = fit;
                bestRidge = ridge;
            }
        }
        fits.put("ridge", best);
        Trace grid = new Trace("x", "truth", "narrow", "laplace", "spiky_smooth", "ridge");
        for (int i = 0; i < TEST_POINTS; i++) {
            double x = (i + 0.5) / TEST_POINTS;
            grid.append(x, truth(x), value(fits, "narrow", x), value(fits, "laplace", x),
                    value(fits, "spiky_smooth", x), value(fits, "ridge", x));
        }
        int centre = nearest(xs, 0.5);
        double half = 4 * p.narrow();
        Trace zoom = new Trace("x", "truth", "spiky_smooth", "ridge");
        for (int i = 0; i <= ZOOM_POINTS; i++) {
            double x = xs[centre] - half + 2 * half * i / ZOOM_POINTS;
            zoom.append(x, truth(x), value(fits, "spiky_smooth", x), value(fits, "ridge", x));
        }
        Map<String, FitSummary> fitted = new LinkedHashMap<>();
        for (var e : fits.entrySet()) {
            fitted.put(e.getKey(), new FitSummary(testError(e.getValue()), trainError(e.getValue(), xs, ys),
                    e.getValue().norm()));
        }
        for (String k : singular) {
            fitted.put(k.replace('-', '_'), new FitSummary(Double.NaN, Double.NaN, Double.NaN));
        }
        if (!singular.isEmpty()) {
            status = Status.finished("no exact interpolant for " + String.join(", ", singular) + ": its kernel matrix "
                    + "is singular to working precision at these widths; narrow the kernel or take fewer samples");
        }
        InterpolationSummary summary = new InterpolationSummary(fitted.get("narrow"), fitted.get("laplace"),
                fitted.get("spiky_smooth"), fitted.get("ridge"), bestRidge, xs[centre]);
        return new InterpolationSnapshot(p, 1, status, grid.view(), xs, ys, zoom.view(), summary);
    }

    /** f(x) of the named fit, NaN (drawn as a gap, shown as "—") where it could not be computed. */
    private static double value(Map<String, KernelInterpolation> fits, String name, double x) {
        KernelInterpolation f = fits.get(name);
        return f == null ? Double.NaN : f.value(x);
    }

    /** Mean of (f − f*)² over the test grid, relative to predicting 0 (mean f*² = ½). */
    static double testError(KernelInterpolation fit) {
        double s = 0;
        for (int i = 0; i < TEST_POINTS; i++) {
            double x = (i + 0.5) / TEST_POINTS;
            double d = fit.value(x) - truth(x);
            s += d * d;
        }
        return s / TEST_POINTS / 0.5;
    }

    static double trainError(KernelInterpolation fit, double[] xs, double[] ys) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            double d = fit.value(xs[i]) - ys[i];
            s += d * d;
        }
        return s / xs.length;
    }

    private static int nearest(double[] xs, double target) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (Math.abs(xs[i] - target) < Math.abs(xs[best] - target)) {
                best = i;
            }
        }
        return best;
    }

    static String fmt(double v) {
        return Numbers.readout(v);
    }
}
