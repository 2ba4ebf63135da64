package frontierslab.panels.eos.model;

import frontierslab.math.landscape.Quadratic;
import frontierslab.math.eos.StabilityThreshold;
import frontierslab.math.eos.StabilityThreshold.Method;
import frontierslab.math.optim.GradientDescent;
import frontierslab.math.optim.HeavyBall;
import frontierslab.math.optim.Nesterov;
import frontierslab.math.optim.Optimizer;
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
 * {@code eos-quadratic}: gradient descent on f(x) = ½(λ₁x₁² + λ₂x₂²), the heuristic derivation of Theorem 2.1.
 *
 * <p>Each step multiplies xᵢ by (1 − ηλᵢ), so the run converges iff ηλᵢ &lt; 2 for both i, i.e. η·λ_max &lt; 2 with
 * λ_max = max(λ₁, λ₂), and diverges geometrically, alternating in sign, as soon as η·λ_max &gt; 2. With momentum β the
 * threshold moves to 2 + 2β (heavy ball) or (2 + 2β)/(1 + 2β) (Nesterov); see {@link StabilityThreshold}. The run stops as
 * converged once ‖x‖ &lt; {@value #CONVERGED_NORM} and as diverged once ‖x‖ exceeds {@value #DIVERGED_NORM}
 * (or a value is not finite), keeping its last finite point.
 */
public final class QuadraticExperiment extends ReplayedExperiment<QuadraticParams> {

    /** Half the side of the square drawn on the contour plot. */
    public static final double PLOT_HALF_WIDTH = 3.5;
    static final double CONVERGED_NORM = 1e-8;
    static final double DIVERGED_NORM = 1e6;

    public static final ExperimentType<QuadraticParams> TYPE = new ExperimentType<>(
            "eos-quadratic",
            "Gradient descent on a quadratic",
            "§2 Edge of stability",
            "GD on f = ½(λ₁x₁² + λ₂x₂²): converges iff η·λ_max < 2, diverges just above.",
            QuadraticParams.SPACE,
            List.of(
                    new Preset<>("converging", "η·λ₁ = 1.6: converges, oscillating along x₁",
                            QuadraticParams.gd(0.4, 4, 1)),
                    new Preset<>("monotone", "η·λ₁ = 0.8: converges without oscillation",
                            QuadraticParams.gd(0.2, 4, 1)),
                    new Preset<>("edge", "η·λ₁ = 2 exactly: a period-2 orbit along x₁",
                            QuadraticParams.gd(0.5, 4, 1)),
                    new Preset<>("diverging", "η·λ₁ = 2.2: diverges along x₁ while x₂ converges",
                            QuadraticParams.gd(0.55, 4, 1)),
                    new Preset<>("heavy-ball", "η·λ₁ = 2.6 with heavy ball, β = 0.5: stable below 2 + 2β = 3",
                            new QuadraticParams(0.65, 4, 1, 2, 2.5, 120, Method.HEAVY_BALL, 0.5)),
                    new Preset<>("nesterov", "η·λ₁ = 1.6 with Nesterov, β = 0.9: diverges above (2 + 2β)/(1 + 2β) ≈ 1.36",
                            new QuadraticParams(0.4, 4, 1, 2, 2.5, 120, Method.NESTEROV, 0.9))),
            QuadraticExperiment::new,
            QuadraticParams::markers);

    private Quadratic landscape;
    private Optimizer optimizer;
    private double[] x;
    private Trace trace;
    private int leftPlotAt;

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
        record(0);
        return Status.ready("start at (" + Numbers.format(p.x1()) + ", " + Numbers.format(p.x2()) + ")");
    }

    @Override
    protected Status advance(int stepNumber) {
        double[] before = x.clone();
        optimizer.step(landscape, x);
        double norm = Math.hypot(x[0], x[1]);
        if (!Double.isFinite(norm) || norm > DIVERGED_NORM) {
            x = before;
            return Status.diverged(divergenceReason(stepNumber));
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

    private String divergenceReason(int stepNumber) {
        String where = leftPlotAt > 0 ? "left the plot at step " + leftPlotAt + ", " : "";
        return factors() + "; " + where + "‖x‖ passed 10⁶ at step " + stepNumber;
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
    public Snapshot snapshot() {
        QuadraticParams p = params();
        Trace.View view = trace.view();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("outcome", status().word());
        summary.put("steps", taken());
        summary.put("eta_lambda_max", p.eta() * p.sharpness());
        summary.put("threshold", p.threshold());
        summary.put("factor_1", factor(p, p.lambda1()));
        summary.put("factor_2", factor(p, p.lambda2()));
        summary.put("final_x1", x[0]);
        summary.put("final_x2", x[1]);
        summary.put("final_loss", landscape.value(x));
        summary.put("left_plot_at_step", leftPlotAt > 0 ? leftPlotAt : null);
        return new QuadraticSnapshot(p, taken(), status(), view, summary, x.clone());
    }


    /** The loss f(x, y) = ½(λ₁x² + λ₂y²) of these parameters, as the run descends it, for a view to draw. */
    public static DoubleBinaryOperator surface(QuadraticParams p) {
        Quadratic f = Quadratic.of(p.lambda1(), p.lambda2());
        return (x, y) -> f.value(new double[] {x, y});
    }

    /** What the views of {@code eos-quadratic} draw. */
    public record QuadraticSnapshot(QuadraticParams params, long step, Status status, Trace.View trace,
                                    Map<String, Object> summary, double[] position) implements Snapshot {

        public double etaLambdaMax() {
            return params.eta() * params.sharpness();
        }
    }
}
