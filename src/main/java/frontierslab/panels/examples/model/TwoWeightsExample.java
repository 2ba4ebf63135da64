package frontierslab.panels.examples.model;

import frontierslab.math.bias.ScalarFactorization;
import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.math.optim.SaneRange;
import frontierslab.panels.CardDeck;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Preset;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code example-3-two-weights}: the lecture's Example 3 checked sentence by sentence against gradient descent on
 * L(w₁, w₂) = ½((w₁ + w₂)x − y)² ({@link ScalarFactorization}, model SUM). ∇L = x((w₁ + w₂)x − y)·(1, 1), so
 * ẇ₁ = ẇ₂ = −x²(w₁ + w₂ − y/x): the lecture's rate leaves out the factor x² (the path is the same, the clock runs x²
 * faster). Every step keeps d = w₁ − w₂, so GD ends at ((y/x + d)/2, (y/x − d)/2), the equal split only from a balanced
 * start; it is stable iff 2ηx² &lt; 2, i.e. η &lt; 1/x².
 *
 * <p>Divergence ({@link SaneRange}, K = 1): L is a quadratic of curvature 2x² along (1, 1), each step multiplies it by
 * (1 − 2ηx²)², so the first rise above the start (or above a residual of 10⁻¹² y, for a start on the line of
 * solutions) is the divergence; a non-finite value or ‖w‖ above
 * {@value #ESCAPE} × max(1, y/x) stops the run too.
 */
public final class TwoWeightsExample extends DerivationExperiment<TwoWeightsExampleParams> {

    /** |w₁ + w₂ − y/x| below this × max(1, y/x) counts as having reached the line of solutions. */
    static final double REACHED = 1e-9;
    static final double ESCAPE = 1e8;
    /** L_floor, times L(0): a residual at rounding level, 10⁻¹² of y, is no start to grow from. */
    static final double ROUNDING_SCALE = 1e-24;

    public static final ExperimentType<TwoWeightsExampleParams> TYPE = new ExperimentType<>(
            "example-3-two-weights",
            "Example 3, line by line",
            "§6 Worked examples",
            "Each sentence of Example 3 (implicit bias in 1-D linear regression) against a run of gradient descent.",
            TwoWeightsExampleParams.SPACE,
            List.of(
                    new Preset<>("lecture-example-3", CardDeck.preset("examples", "example-3-two-weights", "lecture-example-3"),
                            TwoWeightsExampleParams.defaults()),
                    new Preset<>("input-not-one", CardDeck.preset("examples", "example-3-two-weights", "input-not-one"),
                            new TwoWeightsExampleParams(2.0, 2.0, 0.0, 0.0, 0.1, 200)),
                    new Preset<>("unbalanced-start", CardDeck.preset("examples", "example-3-two-weights", "unbalanced-start"),
                            new TwoWeightsExampleParams(1.0, 2.0, 1.0, -0.5, 0.1, 200))),
            TwoWeightsExample::new,
            ExperimentType.Markers.none());

    public TwoWeightsExample(TwoWeightsExampleParams params) {
        super(params);
        start();
    }

    @Override
    protected Derivation derive(TwoWeightsExampleParams p) {
        ScalarFactorization model = new ScalarFactorization(Model.SUM, p.y(), p.x());
        double target = p.y() / p.x();
        double d0 = p.w1() - p.w2();
        Trace trace = new Trace("step", "w1", "w2", "loss", "difference");
        double[] w = {p.w1(), p.w2()};
        double largestDrift = 0;
        int divergedAt = -1;
        String divergence = null;
        SaneRange.Watch sane = new SaneRange(1, ROUNDING_SCALE * model.loss(0, 0), ESCAPE * Math.max(1, target))
                .watch(model.loss(w[0], w[1]));
        trace.append(0, w[0], w[1], model.loss(w[0], w[1]), d0);
        for (int t = 1; t <= p.steps(); t++) {
            model.step(p.eta(), w);
            divergence = sane.check(t, model.loss(w[0], w[1]), w);
            if (divergence != null) {
                divergedAt = t;
                break;
            }
            largestDrift = Math.max(largestDrift, Math.abs((w[0] - w[1]) - d0));
            trace.append(t, w[0], w[1], model.loss(w[0], w[1]), w[0] - w[1]);
        }
        Trace.View run = trace.view();
        double w1End = run.get(run.rows() - 1, "w1");
        double w2End = run.get(run.rows() - 1, "w2");
        boolean reached = divergedAt < 0 && Math.abs(w1End + w2End - target) <= REACHED * Math.max(1, target);
        List<DerivationRow> rows = new ArrayList<>();

        rows.add(new DerivationRow("Now there are infinitely many (w₁, w₂) such that w₁ + w₂ = y/x",
                "w_1 + w_2 = y/x", "y/x = " + fmt(target), Verdict.HOLDS,
                "every point of a line in the (w₁, w₂) plane fits the data exactly"));

        double[] grad = centralGradient(model, p.w1(), p.w2());
        double lectureRate = -(p.w1() + p.w2() - target);
        double trueRate = -grad[0];
        boolean rateHolds = Math.abs(trueRate - lectureRate) <= 1e-6 * Math.max(1, Math.abs(lectureRate));
        rows.add(new DerivationRow("Gradient Descent updates: ẇ₁ = −(w₁ + w₂ − y/x)",
                "\\dot w_1 = -(w_1 + w_2 - y/x)",
                "−∂L/∂w₁ = " + fmt(trueRate) + ", lecture: " + fmt(lectureRate),
                lectureRate == 0 ? Verdict.NOT_TESTED : Verdict.of(rateHolds),
                lectureRate == 0 ? "the start already fits the data: move it off the line"
                        : rateHolds ? "x = 1, so the factor x² is 1"
                        : "the true rate is x² = " + fmt(p.x() * p.x()) + " times the lecture's: same path, faster clock"));

        rows.add(new DerivationRow("Notice ẇ₁ = ẇ₂", "\\dot w_1 = \\dot w_2",
                "∂L/∂w₁ − ∂L/∂w₂ = " + fmt(grad[0] - grad[1]),
                Verdict.of(Math.abs(grad[0] - grad[1]) <= 1e-6 * Math.max(1, Math.abs(grad[0]))),
                "both weights see the same residual times x"));

        rows.add(new DerivationRow("This implies w₁(t) − w₂(t) = w₁(0) − w₂(0)",
                "w_1(t) - w_2(t) = w_1(0) - w_2(0)",
                "largest change of w₁ − w₂ over the run: " + fmt(largestDrift),
                Verdict.of(largestDrift <= 1e-12 * Math.max(1, Math.abs(d0) + Math.abs(target))),
                "each step moves both weights by the same amount"));

        boolean fromOrigin = p.w1() == 0 && p.w2() == 0;
        double largestGap = 0;
        for (int t = 0; t < run.rows(); t++) {
            largestGap = Math.max(largestGap, Math.abs(run.get(t, "w1") - run.get(t, "w2")));
        }
        rows.add(new DerivationRow("If we initialize w₁(0) = w₂(0) = 0, then w₁(t) = w₂(t) for all t",
                "w_1(t) = w_2(t)", "largest |w₁ − w₂|: " + fmt(largestGap),
                fromOrigin ? Verdict.of(largestGap == 0) : Verdict.NOT_TESTED,
                fromOrigin ? "from the origin both weights stay equal" : "the start is not the origin"));

        double w1Predicted = (target + d0) / 2;
        double w2Predicted = (target - d0) / 2;
        boolean equalSplit = reached && Math.abs(w1End - target / 2) <= 1e-6 * Math.max(1, target)
                && Math.abs(w2End - target / 2) <= 1e-6 * Math.max(1, target);
        rows.add(new DerivationRow("The final solution will be w₁ = w₂ = ½ y/x",
                "w_1 = w_2 = \\tfrac{1}{2}\\,y/x",
                divergedAt >= 0 ? "diverged at step " + divergedAt
                        : "w₁ = " + fmt(w1End) + ", w₂ = " + fmt(w2End) + " (½ y/x = " + fmt(target / 2) + ")",
                divergedAt >= 0 || !reached ? Verdict.FAILS : Verdict.of(equalSplit),
                divergedAt >= 0 ? "2ηx² = " + fmt(2 * p.eta() * p.x() * p.x()) + " > 2: gradient descent is unstable"
                        : !reached ? "not there yet after " + p.steps() + " steps: raise the steps or η"
                        : "in general the end is ((y/x + d)/2, (y/x − d)/2) = (" + fmt(w1Predicted) + ", "
                        + fmt(w2Predicted) + "), d = w₁(0) − w₂(0) = " + fmt(d0)));

        double endNorm = Math.hypot(w1End, w2End);
        double minNorm = Math.abs(target) / Math.sqrt(2);
        rows.add(new DerivationRow("In more complex settings, this bias leads to minimum-norm solutions",
                "\\|w\\| = \\min\\{\\|v\\| : v_1 + v_2 = y/x\\} = |y/x|/\\sqrt{2}",
                "‖w_T‖ = " + fmt(endNorm) + ", minimum " + fmt(minNorm),
                reached ? Verdict.of(Math.abs(endNorm - minNorm) <= 1e-6 * Math.max(1, minNorm)) : Verdict.NOT_TESTED,
                reached ? (Math.abs(d0) == 0 ? "from the origin GD ends at the minimum-norm solution"
                        : "GD keeps the start's w₁ − w₂, so it ends at the solution nearest the start, not the smallest")
                        : "the run has not reached the line of solutions"));
        Facts facts = new Facts(target, w1End, w2End, divergedAt < 0 ? null : divergedAt);
return new Derivation(trace, rows, facts, divergence);
    }

    /** ∇L by central differences of L (an independent check of the analytic gradient the run uses). */
    static double[] centralGradient(ScalarFactorization model, double w1, double w2) {
        double h = 1e-6;
        return new double[] {
                (model.loss(w1 + h, w2) - model.loss(w1 - h, w2)) / (2 * h),
                (model.loss(w1, w2 + h) - model.loss(w1, w2 - h)) / (2 * h)};
    }

    /**
     * What the run of Example 3 shows, beside the lines' verdicts.
     *
     * @param target         the number fitted, y
     * @param w1End          w₁ at the end of the run
     * @param divergedAtStep the step at which the run diverged, null if it did not
     */
    public record Facts(double target, double w1End, double w2End, Integer divergedAtStep) {
    }
}
