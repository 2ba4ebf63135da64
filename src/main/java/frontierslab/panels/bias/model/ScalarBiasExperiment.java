package frontierslab.panels.bias.model;

import frontierslab.panels.CardDeck;
import frontierslab.math.bias.ScalarFactorization;
import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.math.optim.SaneRange;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code bias-scalar}: gradient descent w ← w − η∇L(w) on the lecture's two-parameter models (see
 * {@link ScalarFactorization}) from (w₁(0), w₂(0)) = (α, kα), shown against time t = η·step so that small η tracks
 * gradient flow.
 *
 * <p>Product model, L = ½(w₁w₂ − y)²: each step multiplies D = w₁² − w₂² by 1 − η²(β − y)²; the run is compared with
 * the lecture's β̇ = −2β(β − y) solved from the same β(0) (exact only when D = 0: the true flow is
 * β̇ = −(β − y)√(D² + 4β²)) and with linear regression β̇ = −(β − y), which has no plateau. The plateau is measured as the
 * time GD takes to reach β = y/2, against the exact flow time ({@link ScalarFactorization#productFlowTime}); the same
 * time is measured over a grid of α to show it grows like ln(y/α²)/(2y) (Saxe et al. 2014).
 *
 * <p>Sum model (Example 3), L = ½((w₁ + w₂)x − y)²: w₁ − w₂ is kept by every step, and the run ends at the point of the
 * line w₁ + w₂ = y/x with that difference: the equal split y/(2x) from a balanced start.
 *
 * <p>The trace keeps at most about {@value #MAX_ROWS} rows (every s-th step, and the last); the maximal deviation from
 * the prediction and the crossing of y/2 are measured at every step.
 *
 * <p>Divergence ({@link SaneRange}, keeping the last point inside the range): a non-finite value, ‖w‖ above
 * {@value #DIVERGED}, or a loss above K times its start and growing. The sum model is a quadratic of curvature
 * λ = 2x² along (1, 1), so a stable step (ηλ ≤ 2) never raises the loss: K = 1, and the first rise is the divergence
 * (each step multiplies the loss by (1 − 2ηx²)²). The product model's curvature grows with ‖w‖ and a healthy run may
 * rise briefly while it turns; K = {@value #PRODUCT_LOSS_FACTOR}, with L_floor = L(0) = ½y², the loss of the zero
 * predictor.
 */
public final class ScalarBiasExperiment extends ReplayedExperiment<ScalarBiasParams> {

    static final int MAX_ROWS = 2000;
    static final double DIVERGED = 1e6;
    static final double PRODUCT_LOSS_FACTOR = 10;
    /** L_floor of the sum model, times L(0): a residual at rounding level, 10⁻¹² of y, is no start to grow from. */
    static final double ROUNDING_SCALE = 1e-24;
    /** The init scales of the plateau chart: 10⁻⁴ … 1, four per decade. */
    static final int PLATEAU_POINTS = 17;

    public static final ExperimentType<ScalarBiasParams> TYPE = new ExperimentType<>(
            "bias-scalar",
            "Two layers, one number: small init, long plateau",
            "§3 Implicit bias",
            "GD on ½(w₁w₂ − y)²: D = w₁² − w₂² is (nearly) kept, and a small init sits on a plateau ≈ ln(y/α²)/(2y) long.",
            ScalarBiasParams.SPACE,
            List.of(
                    new Preset<>("small-init", CardDeck.preset("bias", "bias-scalar", "small-init"),
                            ScalarBiasParams.product(1e-3, 1)),
                    new Preset<>("large-init", CardDeck.preset("bias", "bias-scalar", "large-init"),
                            ScalarBiasParams.product(0.5, 1)),
                    new Preset<>("unbalanced", CardDeck.preset("bias", "bias-scalar", "unbalanced"),
                            ScalarBiasParams.product(0.5, 0)),
                    new Preset<>("example-3", CardDeck.preset("bias", "bias-scalar", "example-3"),
                            new ScalarBiasParams(Model.SUM, 1e-4, 1, 1, 1, 0.01, 5)),
                    new Preset<>("example-3-unequal-start",
                            CardDeck.preset("bias", "bias-scalar", "example-3-unequal-start"),
                            new ScalarBiasParams(Model.SUM, 0.4, 0, 1, 1, 0.01, 5))),
            ScalarBiasExperiment::new,
            ExperimentType.Markers.none());

    private ScalarFactorization problem;
    private double[] w;
    private Trace trace;
    private int stride;
    private double beta0;
    private double d0;
    private double halfCrossing;
    private double maxDeviation;
    private double maxDeviationTime;
    private double[] plateauAlphas;
    private double[] plateauGdTimes;
    private SaneRange.Watch sane;

    public ScalarBiasExperiment(ScalarBiasParams params) {
        super(params);
        start();
    }

    public static Trace newTrace() {
        return new Trace("step", "t", "w1", "w2", "beta", "loss", "d", "w1_minus_w2", "prediction_beta",
                "regression_beta");
    }

    @Override
    protected int horizon(ScalarBiasParams p) {
        return p.steps();
    }

    @Override
    protected Status begin(ScalarBiasParams p) {
        problem = p.problem();
        w = new double[] {p.w1Start(), p.w2Start()};
        trace = newTrace();
        stride = Math.max(1, (int) Math.ceil(p.steps() / (double) MAX_ROWS));
        beta0 = problem.beta(w[0], w[1]);
        d0 = ScalarFactorization.balance(w[0], w[1]);
        halfCrossing = beta0 >= problem.targetBeta() / 2 ? 0 : Double.NaN;
        maxDeviation = 0;
        maxDeviationTime = 0;
        measurePlateaus(p);
        double zeroLoss = problem.loss(0, 0);
        SaneRange range = p.model() == Model.SUM ? new SaneRange(1, ROUNDING_SCALE * zeroLoss, DIVERGED)
                : new SaneRange(PRODUCT_LOSS_FACTOR, zeroLoss, DIVERGED);
        sane = range.watch(problem.loss(w[0], w[1]));
        record(0);
        return Status.ready("start at (" + Numbers.format(w[0]) + ", " + Numbers.format(w[1]) + ")");
    }

    /** GD's time to β⋆/2 for α on a log grid, with this run's k, y, x and η; missing where it is not reached. */
    private void measurePlateaus(ScalarBiasParams p) {
        List<double[]> reached = new ArrayList<>();
        double maxTime = Math.max(2 * p.time(), 40);
        for (int i = 0; i < PLATEAU_POINTS; i++) {
            double a = Math.pow(10, -4 + 4.0 * i / (PLATEAU_POINTS - 1));
            OptionalDouble t = problem.gdTimeToReach(p.eta(), a, a * p.ratio(), problem.targetBeta() / 2, maxTime);
            if (t.isPresent()) {
                reached.add(new double[] {a, t.getAsDouble()});
            }
        }
        plateauAlphas = reached.stream().mapToDouble(r -> r[0]).toArray();
        plateauGdTimes = reached.stream().mapToDouble(r -> r[1]).toArray();
    }

    @Override
    protected Status advance(int stepNumber) {
        double eta = params().eta();
        double betaBefore = problem.beta(w[0], w[1]);
        double[] before = w.clone();
        problem.step(eta, w);
        String left = sane.check(stepNumber, problem.loss(w[0], w[1]), w);
        if (left != null) {
            w = before;
            return Status.diverged(left + " (t = " + Numbers.format(eta * stepNumber) + "): η = " + Numbers.format(eta)
                    + " is too large for this start" + sharpnessNote() + "; kept step " + (stepNumber - 1));
        }
        double t = eta * stepNumber;
        double beta = problem.beta(w[0], w[1]);
        double half = problem.targetBeta() / 2;
        if (Double.isNaN(halfCrossing) && beta >= half) {
            halfCrossing = eta * (stepNumber - 1 + (half - betaBefore) / (beta - betaBefore));
        }
        double deviation = Math.abs(beta - prediction(t));
        if (deviation > maxDeviation) {
            maxDeviation = deviation;
            maxDeviationTime = t;
        }
        if (stepNumber % stride == 0 || stepNumber == horizon(params())) {
            record(stepNumber);
        }
        return null;
    }

    private String sharpnessNote() {
        double[] end = problem.flowLimit(params().w1Start(), params().w2Start());
        if (end == null) {
            return "";
        }
        double lambda = params().model() == Model.PRODUCT ? end[0] * end[0] + end[1] * end[1]
                : 2 * params().x() * params().x();
        return "; at the minimum it heads for η·λ = " + Numbers.format(params().eta() * lambda) + (params().eta() * lambda > 2
                ? " > 2" : "");
    }

    /** The prediction the run is compared with: the lecture's logistic (product) or the exact flow (sum). */
    private double prediction(double t) {
        return params().model() == Model.PRODUCT ? ScalarFactorization.lectureBeta(beta0, params().y(), t)
                : problem.sumFlowBeta(beta0, t);
    }

    private void record(int step) {
        double t = params().eta() * step;
        trace.append(step, t, w[0], w[1], problem.beta(w[0], w[1]), problem.loss(w[0], w[1]),
                ScalarFactorization.balance(w[0], w[1]), w[0] - w[1], prediction(t),
                ScalarFactorization.regressionBeta(beta0, problem.targetBeta(), t));
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        String text = describe(taken);
        if (taken == 0) {
            return Status.ready(text);
        }
        return atHorizon ? Status.finished(text) : Status.running(text);
    }

    private String describe(int taken) {
        ScalarBiasParams p = params();
        double flowHalf = problem.flowTimeToHalf(p.w1Start(), p.w2Start());
        String target = p.model() == Model.PRODUCT ? "y/2" : "y/(2x)";
        String half = !Double.isNaN(halfCrossing)
                ? "β reached " + target + " at t = " + Numbers.format(halfCrossing) + " (gradient flow: " + Numbers.format(flowHalf) + ")"
                : "β has not reached " + target + " by t = " + Numbers.format(p.eta() * taken) + " (gradient flow: "
                        + Numbers.format(flowHalf) + ")";
        if (p.model() == Model.SUM) {
            double[] end = problem.flowLimit(p.w1Start(), p.w2Start());
            return half + "; w₁ − w₂ = " + Numbers.format(w[0] - w[1]) + " kept; heads for (" + Numbers.format(end[0]) + ", " + Numbers.format(end[1])
                    + ")" + (p.ratio() == 1 ? ", the equal split" : "") + ", now at (" + Numbers.format(w[0]) + ", " + Numbers.format(w[1])
                    + ")";
        }
        if (d0 == 0) {
            return "balanced start (D = 0): " + half + "; the lecture's β̇ = −2β(β − y) holds, GD is within "
                    + Numbers.format(maxDeviation) + " of it";
        }
        double lectureHalf = ScalarFactorization.lectureTimeToHalf(beta0, p.y());
        return "unbalanced start, D(0) = " + Numbers.format(d0) + ": the lecture's β̇ = −2β(β − y) is off by up to "
                + Numbers.format(maxDeviation) + " (at t = " + Numbers.format(maxDeviationTime) + "; it predicts y/2 at t = "
                + (Double.isInfinite(lectureHalf) ? "never" : Numbers.format(lectureHalf)) + "); the true flow is "
                + "β̇ = −(β − y)√(D² + 4β²). " + half;
    }

    @Override
    public ScalarBiasSnapshot snapshot() {
        ScalarBiasParams p = params();
        double[] end = problem.flowLimit(p.w1Start(), p.w2Start());
        ScalarBiasSummary summary = new ScalarBiasSummary(status().word(), taken(), p.eta() * taken(),
                problem.beta(w[0], w[1]), problem.targetBeta(), problem.loss(w[0], w[1]), w[0], w[1], d0,
                ScalarFactorization.balance(w[0], w[1]), p.w1Start() - p.w2Start(), w[0] - w[1],
                end == null ? null : end[0], end == null ? null : end[1],
                Double.isNaN(halfCrossing) ? null : halfCrossing,
                finiteOrNull(problem.flowTimeToHalf(p.w1Start(), p.w2Start())),
                p.model() == Model.PRODUCT ? finiteOrNull(ScalarFactorization.lectureTimeToHalf(beta0, p.y())) : null,
                maxDeviation);
        return new ScalarBiasSnapshot(p, taken(), status(), trace.view(), summary, w.clone(), end,
                Double.isNaN(halfCrossing) ? OptionalDouble.empty() : OptionalDouble.of(halfCrossing),
                maxDeviation, plateauAlphas.clone(), plateauGdTimes.clone());
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }


    /**
     * The outcome of {@code bias-scalar}: β = w₁w₂ (product) is the fitted number, d = w₁² − w₂² the balance that
     * gradient flow keeps; times are in units of t = η·steps.
     *
     * @param tEnd                       the time η·steps reached
     * @param targetBeta                 the number fitted, y
     * @param flowEndW1                  where gradient flow from the start ends, null if it has no limit
     * @param timeToHalfGd               the time at which β first reached half of its target, null if not yet
     * @param timeToHalfFlow             the same for the gradient-flow solution, null if never
     * @param timeToHalfLecture          the lecture's formula for that time (product model only), null otherwise
     * @param maxDeviationFromPrediction the largest distance of the iterate from the gradient-flow path so far
     */
    public record ScalarBiasSummary(String outcome, int steps, double tEnd, double betaFinal, double targetBeta,
                                    double lossFinal, double finalW1, double finalW2, double dInitial, double dFinal,
                                    double w1MinusW2Initial, double w1MinusW2Final, Double flowEndW1, Double flowEndW2,
                                    Double timeToHalfGd, Double timeToHalfFlow, Double timeToHalfLecture,
                                    double maxDeviationFromPrediction) {
    }

    /**
     * What the view of {@code bias-scalar} draws.
     *
     * @param position     (w₁, w₂) now
     * @param flowEnd      where gradient flow from the start ends, or null (a start on w₁ = −w₂)
     * @param timeToHalf   when GD's β first reached β⋆/2, if it did
     * @param maxDeviation the largest |β − prediction| so far (the lecture's logistic for the product model)
     * @param plateauAlphas the init scales α at which GD reached β⋆/2, with those times in {@code plateauGdTimes}
     */
    public record ScalarBiasSnapshot(ScalarBiasParams params, long step, Status status, Trace.View trace,
                                     ScalarBiasSummary summary, double[] position, double[] flowEnd,
                                     OptionalDouble timeToHalf, double maxDeviation, double[] plateauAlphas,
                                     double[] plateauGdTimes) implements Snapshot {
    }
}
