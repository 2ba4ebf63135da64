package frontierslab.panels.sam.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import frontierslab.panels.CardDeck;
import frontierslab.math.eos.Valley;
import frontierslab.math.landscape.Landscape;
import frontierslab.math.optim.Optimizer;
import frontierslab.math.optim.Sam;
import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.panels.sam.model.SamValleyParams.Model;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;

/**
 * {@code sam-valley}: SAM's preference for flat minima where it is real, on a valley of minima of varying sharpness
 * (lecture §4; docs/science.md §4).
 *
 * <p>From one start w₀ two runs with the same step size η: gradient descent w ← w − η∇L(w), and SAM (Foret et al. 2021)
 * ε̂ = ρ·∇L(w)/‖∇L(w)‖, w ← w − η∇L(w + ε̂) ({@link Sam}). On L = ½(w₁w₂ − 1)² every point of the hyperbola w₁w₂ = 1 is a
 * minimum, with sharpness λ_max(∇²L) = w₁² + w₂² there; on L = (1 − x²/4 − y²)² every point of the ellipse, with
 * sharpness 8(x²/16 + y²). With η·λ_max &lt; 2 gradient descent converges to the minimum next to the start (close to
 * the one gradient flow reaches); SAM cannot rest where ∇L(w + ε̂) ≠ 0, so near the valley it keeps bouncing across it,
 * and the second-order part of those bounces carries it along the valley towards flatter minima, until it circles the
 * flattest one without settling.
 *
 * <p>Recorded at every iterate of both runs: w, L(w), the sharpness λ_max(∇²L(w)) of the Hessian at the iterate (closed
 * form) and the distance to the nearest flattest minimum (±(1, 1), or (±2, 0)). A run whose iterate becomes non-finite
 * or leaves ‖w‖ ≤ {@value #ESCAPE_NORM} diverges; both runs then stop at their last finite iterates, and the status says
 * which run left, when, and η·λ_max just before.
 */
public final class SamValleyExperiment extends ReplayedExperiment<SamValleyParams> {

    /** ‖w‖ beyond which a run counts as diverged. */
    public static final double ESCAPE_NORM = 1e4;

    public static final ExperimentType<SamValleyParams> TYPE = new ExperimentType<>(
            "sam-valley",
            "SAM on a valley of minima",
            "§4 Sharpness-aware minimization",
            "GD stops at the sharp minimum next to its start; SAM drifts along the valley to the flattest one.",
            SamValleyParams.SPACE,
            List.of(
                    new Preset<>("sam-drifts", CardDeck.preset("sam", "sam-valley", "sam-drifts"),
                            new SamValleyParams(Model.PRODUCT, 0.1, 0.1, 3.0, 0.35, 3000)),
                    new Preset<>("small-rho", CardDeck.preset("sam", "sam-valley", "small-rho"),
                            new SamValleyParams(Model.PRODUCT, 0.1, 0.02, 3.0, 0.35, 3000)),
                    new Preset<>("rho-zero", CardDeck.preset("sam", "sam-valley", "rho-zero"),
                            new SamValleyParams(Model.PRODUCT, 0.1, 0.0, 3.0, 0.35, 3000)),
                    new Preset<>("ellipse", CardDeck.preset("sam", "sam-valley", "ellipse"),
                            new SamValleyParams(Model.ELLIPSE, 0.1, 0.1, 0.3, 1.1, 3000))),
            SamValleyExperiment::new,
            SamValleyParams::markers);

    private static final String[] COLUMNS = {"step", "gd_w1", "gd_w2", "gd_loss", "gd_sharpness", "gd_distance",
        "sam_w1", "sam_w2", "sam_loss", "sam_sharpness", "sam_distance"};

    private Valley valley;
    private Landscape landscape;
    private List<double[]> flattest;
    private Optimizer gradientDescent;
    private Optimizer sam;
    private double[] gd;
    private double[] samW;
    private Trace trace;
    private String divergence;

    public SamValleyExperiment(SamValleyParams params) {
        super(params);
        start();
    }

    public static Trace newTrace() {
        return new Trace(COLUMNS);
    }

    @Override
    protected int horizon(SamValleyParams p) {
        return p.steps();
    }

    @Override
    protected Status begin(SamValleyParams p) {
        valley = p.valley();
        landscape = valley.landscape();
        flattest = flattestMinima(valley);
        gradientDescent = Sam.gradientDescent(p.eta(), GradientSource.EXACT);
        sam = new Sam(p.eta(), p.rho());
        gd = new double[] {p.x1(), p.x2()};
        samW = gd.clone();
        trace = newTrace();
        divergence = null;
        record(0);
        return ready(p);
    }

    private Status ready(SamValleyParams p) {
        return Status.ready("both runs start at (" + Numbers.format(p.x1()) + ", " + Numbers.format(p.x2()) + "), λ_max = "
                + Numbers.format(valley.sharpness(new double[] {p.x1(), p.x2()})) + ", 2/η = " + Numbers.format(2 / p.eta()));
    }

    /** The minima of least sharpness: ±(1, 1) on the hyperbola, (±2, 0) on the ellipse. */
    public static List<double[]> flattestMinima(Valley valley) {
        return valley.minimaWithSharpness(valley.minimalSharpness());
    }

    /** The Euclidean distance from w to the nearest of {@code minima}. */
    public static double distanceToNearest(double[] w, List<double[]> minima) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] m : minima) {
            best = Math.min(best, Math.hypot(w[0] - m[0], w[1] - m[1]));
        }
        return best;
    }

    @Override
    protected Status advance(int stepNumber) {
        double[] gdNext = gd.clone();
        gradientDescent.step(landscape, gdNext);
        double[] samNext = samW.clone();
        sam.step(landscape, samNext);
        String gdLeft = escaped(gdNext) ? "gradient descent" : null;
        String samLeft = escaped(samNext) ? "SAM" : null;
        if (gdLeft != null || samLeft != null) {
            StringBuilder sb = new StringBuilder();
            if (gdLeft != null) {
                sb.append(departure(gdLeft, gd, stepNumber));
            }
            if (samLeft != null) {
                sb.append(sb.isEmpty() ? "" : "; ").append(departure(samLeft, samW, stepNumber));
            }
            divergence = sb + "; both runs stop at step " + (stepNumber - 1);
            return Status.diverged(divergence);
        }
        gd = gdNext;
        samW = samNext;
        record(stepNumber);
        return null;
    }

    private boolean escaped(double[] w) {
        double norm = Math.hypot(w[0], w[1]);
        return !(norm <= ESCAPE_NORM) || !Double.isFinite(landscape.value(w));
    }

    private String departure(String run, double[] before, int stepNumber) {
        return run + " left ‖w‖ ≤ 10⁴ at step " + stepNumber + " (η·λ_max = " + Numbers.format(params().eta()
                * valley.sharpness(before)) + " at step " + (stepNumber - 1) + ")";
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        if (taken == 0) {
            return ready(params());
        }
        String text = describe("GD", gd) + "; " + describe("SAM", samW);
        return atHorizon ? Status.finished(text) : Status.running(text);
    }

    private String describe(String run, double[] w) {
        return run + " at (" + Numbers.format(w[0]) + ", " + Numbers.format(w[1]) + "), λ_max = " + Numbers.format(valley.sharpness(w)) + ", "
                + Numbers.format(distanceToNearest(w, flattest)) + " from the flattest minimum";
    }

    private void record(int step) {
        trace.append(step, gd[0], gd[1], landscape.value(gd), valley.sharpness(gd), distanceToNearest(gd, flattest),
                samW[0], samW[1], landscape.value(samW), valley.sharpness(samW), distanceToNearest(samW, flattest));
    }

    @Override
    public SamValleySnapshot snapshot() {
        SamValleyParams p = params();
        Trace.View view = trace.view();
        int last = view.rows() - 1;
        int tailStart = last - (int) Math.ceil(last / 10.0);
        SamValleySummary summary = new SamValleySummary(status().word(), taken(), 2 / p.eta(),
                valley.minimalSharpness(), ending(gd, view, "gd", last, tailStart),
                ending(samW, view, "sam", last, tailStart), divergence);
        return new SamValleySnapshot(p, taken(), status(), view, summary, gd.clone(), samW.clone());
    }

    /** The largest (or smallest) value of a column over rows from … to, inclusive. */
    private RunEnding ending(double[] w, Trace.View view, String run, int last, int tailStart) {
        return new RunEnding(w[0], w[1], landscape.value(w), valley.sharpness(w), distanceToNearest(w, flattest),
                extreme(view, run + "_sharpness", 0, last, false), extreme(view, run + "_sharpness", 0, last, true),
                extreme(view, run + "_distance", tailStart, last, true));
    }

    static double extreme(Trace.View view, String column, int from, int to, boolean largest) {
        int c = view.column(column);
        double best = view.get(from, c);
        for (int r = from + 1; r <= to; r++) {
            double v = view.get(r, c);
            best = largest ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }


    /**
     * The outcome of {@code sam-valley}: both runs' endings, written with the prefixes {@code gd_} and {@code sam_}.
     * Sharpness is λ_max of the loss Hessian.
     *
     * @param flattestSharpness the sharpness of the flattest minimum of the valley
     * @param divergence        why the runs stopped, null if they did not diverge
     */
    public record SamValleySummary(String outcome, int steps, double twoOverEta, double flattestSharpness,
                                   @JsonUnwrapped(prefix = "gd_") RunEnding gd,
                                   @JsonUnwrapped(prefix = "sam_") RunEnding sam, String divergence) {
    }

    /**
     * Where one run ended and what its sharpness did.
     *
     * @param finalDistanceToFlattest the distance of the last iterate to the nearest flattest minimum
     * @param lastTenthMaxDistance    the largest such distance over the last tenth of the run
     */
    public record RunEnding(double finalW1, double finalW2, double finalLoss, double finalSharpness,
                            double finalDistanceToFlattest, double minSharpness, double maxSharpness,
                            double lastTenthMaxDistance) {
    }

    /** What the views of {@code sam-valley} draw: the trace, and both runs' last iterates. */
    public record SamValleySnapshot(SamValleyParams params, long step, Status status, Trace.View trace,
                                    SamValleySummary summary, double[] gradientDescent, double[] sam)
            implements Snapshot {

        public double twoOverEta() {
            return 2 / params.eta();
        }

        /** The last recorded value of a trace column. */
        public double last(String column) {
            return trace.get(trace.rows() - 1, column);
        }
    }
}
