package frontierslab.panels.eos.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import frontierslab.panels.CardDeck;
import frontierslab.math.landscape.Quadratic;
import frontierslab.math.eos.StabilityThreshold;
import frontierslab.math.eos.StabilityThreshold.Method;
import frontierslab.math.optim.GradientDescent;
import frontierslab.math.optim.HeavyBall;
import frontierslab.math.optim.Nesterov;
import frontierslab.math.optim.Optimizer;
import frontierslab.math.optim.SaneRange;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * {@code eos-quadratic}: gradient descent on f(x) = ½(λ₁x₁² + λ₂x₂²), the heuristic derivation of Theorem 2.1.
 *
 * <p>Each step multiplies xᵢ by (1 − ηλᵢ), so the run converges iff ηλᵢ &lt; 2 for both i, i.e. η·λ_max &lt; 2 with
 * λ_max = max(λ₁, λ₂), and diverges geometrically, alternating in sign, as soon as η·λ_max &gt; 2. With momentum β the
 * threshold moves to 2 + 2β (heavy ball) or (2 + 2β)/(1 + 2β) (Nesterov); see {@link StabilityThreshold}. The run stops as
 * converged once ‖x‖ &lt; {@value #CONVERGED_NORM}.
 *
 * <p>Divergence ({@link SaneRange}, keeping the last point inside the range): a non-finite value or ‖x‖ above
 * {@value #DIVERGED_NORM}; and, when the larger per-step factor ρ (|1 − ηλᵢ| for GD, the spectral radius with momentum)
 * exceeds 1, so that the run provably grows without bound, a loss above {@value #UNSTABLE_LOSS_FACTOR} times its start
 * and growing: far enough out that the growing zigzag is drawn past the edge of the plot before the run stops. With
 * ρ ≤ 1 the loss rule is off: momentum may raise the loss for a while on a run that converges. A run that ends with
 * ‖x‖ above its start is called diverging at its horizon.
 */
public final class QuadraticExperiment extends ReplayedExperiment<QuadraticParams> {

    /** Half the side of the square drawn on the contour plot. */
    public static final double PLOT_HALF_WIDTH = 3.5;
    static final double CONVERGED_NORM = 1e-8;
    static final double DIVERGED_NORM = 1e6;
    static final double UNSTABLE_LOSS_FACTOR = 100;

    public static final ExperimentType<QuadraticParams> TYPE = new ExperimentType<>(
            "eos-quadratic",
            "Gradient descent on a quadratic",
            "§2 Edge of stability",
            "GD on f = ½(λ₁x₁² + λ₂x₂²): converges iff η·λ_max < 2, diverges just above.",
            QuadraticParams.SPACE,
            List.of(
                    new Preset<>("converging", CardDeck.preset("eos", "eos-quadratic", "converging"),
                            QuadraticParams.gd(0.4, 4, 1)),
                    new Preset<>("monotone", CardDeck.preset("eos", "eos-quadratic", "monotone"),
                            QuadraticParams.gd(0.2, 4, 1)),
                    new Preset<>("edge", CardDeck.preset("eos", "eos-quadratic", "edge"),
                            QuadraticParams.gd(0.5, 4, 1)),
                    new Preset<>("diverging", CardDeck.preset("eos", "eos-quadratic", "diverging"),
                            QuadraticParams.gd(0.55, 4, 1)),
                    new Preset<>("heavy-ball", CardDeck.preset("eos", "eos-quadratic", "heavy-ball"),
                            new QuadraticParams(0.65, 4, 1, 2, 2.5, 120, Method.HEAVY_BALL, 0.5)),
                    new Preset<>("nesterov", CardDeck.preset("eos", "eos-quadratic", "nesterov"),
                            new QuadraticParams(0.4, 4, 1, 2, 2.5, 120, Method.NESTEROV, 0.9))),
            QuadraticExperiment::new,
            QuadraticParams::markers);

    private Quadratic landscape;
    private Optimizer optimizer;
    private double[] x;
    private Trace trace;
    private int leftPlotAt;
    private SaneRange.Watch sane;

    public QuadraticExperiment(QuadraticParams params) {
        super(params);
        start();
    }

    public static Trace newTrace() {
        return new Trace("step", "x1", "x2", "loss", "eta_lambda_max");
    }

    @Override
    protected int horizon(QuadraticParams p) {
        return p.steps();
    }

    @Override
    protected Status begin(QuadraticParams p) {
        landscape = Quadratic.of(p.lambda1(), p.lambda2());
        optimizer = switch (p.method()) {
            case GRADIENT_DESCENT -> new GradientDescent(p.eta());
            case HEAVY_BALL -> new HeavyBall(p.eta(), p.beta());
            case NESTEROV -> new Nesterov(p.eta(), p.beta());
        };
        x = new double[] {p.x1(), p.x2()};
        trace = newTrace();
        leftPlotAt = -1;
        boolean unstable = Math.max(factor(p, p.lambda1()), factor(p, p.lambda2())) > 1;
        SaneRange range = unstable ? new SaneRange(UNSTABLE_LOSS_FACTOR, 0, DIVERGED_NORM)
                : SaneRange.iterateOnly(DIVERGED_NORM);
        sane = range.watch(landscape.value(x));
        record(0);
        return Status.ready("start at (" + Numbers.format(p.x1()) + ", " + Numbers.format(p.x2()) + ")");
    }

    @Override
    protected Status advance(int stepNumber) {
        double[] before = x.clone();
        optimizer.step(landscape, x);
        double norm = Math.hypot(x[0], x[1]);
        String left = sane.check(stepNumber, landscape.value(x), x);
        if (left != null) {
            x = before;
            return Status.diverged(divergenceReason(left));
        }
        record(stepNumber);
        if (leftPlotAt < 0 && (Math.abs(x[0]) > PLOT_HALF_WIDTH || Math.abs(x[1]) > PLOT_HALF_WIDTH)) {
            leftPlotAt = stepNumber;
        }
        if (norm < CONVERGED_NORM) {
            return Status.converged("‖x‖ < 10⁻⁸ at step " + stepNumber + ": " + factors());
        }
        return null;
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        String where = leftPlotAt > 0 ? "; left the plot at step " + leftPlotAt : "";
        double start = Math.hypot(params().x1(), params().x2());
        double now = Math.hypot(x[0], x[1]);
        if (taken == 0) {
            return Status.ready("start at (" + Numbers.format(params().x1()) + ", " + Numbers.format(params().x2()) + "): " + factors());
        }
        String growth = "‖x‖ went from " + Numbers.format(start) + " to " + Numbers.format(now) + " in " + taken + " steps: " + factors() + where;
        if (atHorizon && now > start) {
            return Status.diverged("diverging: " + growth);
        }
        String text = (now > start ? "growing: " : now < start ? "shrinking: " : "cycling: ") + growth;
        return atHorizon ? Status.finished(text) : Status.running(text);
    }

    private String divergenceReason(String left) {
        String where = leftPlotAt > 0 ? "left the plot at step " + leftPlotAt + ", " : "";
        return factors() + "; " + where + left;
    }

    /** The per-step factors of the two directions, the larger first: |1 − ηλᵢ| for GD, the spectral radius ρᵢ with momentum. */
    private String factors() {
        QuadraticParams p = params();
        double f1 = factor(p, p.lambda1());
        double f2 = factor(p, p.lambda2());
        boolean gd = p.method() == Method.GRADIENT_DESCENT;
        String first = (gd ? "|1 − ηλ₁| = " : "ρ₁ = ") + Numbers.format(f1);
        String second = (gd ? "|1 − ηλ₂| = " : "ρ₂ = ") + Numbers.format(f2);
        return f1 >= f2 ? first + ", " + second : second + ", " + first;
    }

    /** The factor by which one step multiplies the dominant mode along curvature λ. */
    static double factor(QuadraticParams p, double lambda) {
        return StabilityThreshold.spectralRadius(p.method(), p.eta() * lambda, p.momentum());
    }

    private void record(int step) {
        trace.append(step, x[0], x[1], landscape.value(x), params().eta() * landscape.sharpness());
    }

    @Override
    public QuadraticSnapshot snapshot() {
        QuadraticParams p = params();
        Trace.View view = trace.view();
        QuadraticSummary summary = new QuadraticSummary(status().word(), taken(), p.eta() * p.sharpness(),
                p.threshold(), factor(p, p.lambda1()), factor(p, p.lambda2()), x[0], x[1], landscape.value(x),
                leftPlotAt > 0 ? leftPlotAt : null);
        return new QuadraticSnapshot(p, taken(), status(), view, summary, x.clone());
    }


    /** The loss f(x, y) = ½(λ₁x² + λ₂y²) of these parameters, as the run descends it, for a view to draw. */
    public static DoubleBinaryOperator surface(QuadraticParams p) {
        Quadratic f = Quadratic.of(p.lambda1(), p.lambda2());
        return (x, y) -> f.value(new double[] {x, y});
    }

    /**
     * The outcome of {@code eos-quadratic}.
     *
     * @param outcome        the status word
     * @param etaLambdaMax   η·λ_max = η·max(λ₁, λ₂)
     * @param threshold      the largest stable η·λ of the method: 2 for GD, 2 + 2β for heavy ball
     * @param factor1        the factor by which one step multiplies the x₁ mode (its spectral radius)
     * @param factor2        the same along x₂
     * @param leftPlotAtStep the first step whose iterate lies outside the plotted square, null if none
     */
    public record QuadraticSummary(String outcome, int steps, double etaLambdaMax, double threshold,
                                   @JsonProperty("factor_1") double factor1, @JsonProperty("factor_2") double factor2,
                                   double finalX1, double finalX2, double finalLoss, Integer leftPlotAtStep) {
    }

    /** What the views of {@code eos-quadratic} draw. */
    public record QuadraticSnapshot(QuadraticParams params, long step, Status status, Trace.View trace,
                                    QuadraticSummary summary, double[] position) implements Snapshot {

        public double etaLambdaMax() {
            return params.eta() * params.sharpness();
        }
    }
}
