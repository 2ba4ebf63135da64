package frontierslab.panels.sam.model;

import frontierslab.panels.CardDeck;
import frontierslab.math.landscape.Landscape;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.sam.RadiusProfile;
import frontierslab.math.sam.RadiusProfile.Estimate;
import frontierslab.math.sam.RadiusProfile.Flip;
import frontierslab.math.sam.RadiusProfile.Perturbation;
import frontierslab.math.sam.RadiusProfile.Perturbed;
import frontierslab.math.sam.RadiusProfile.Quantity;
import frontierslab.math.sam.RadiusProfile.Sampling;
import frontierslab.panels.sam.model.PacBayesParams.Point;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sam-pac-bayes}: the lecture's Example 2 (the PAC-Bayes sketch of SAM) measured on the two-basin surface of
 * Demo 2, f = −(5e^{−5‖x−A‖²} + 2e^{−0.5‖x−B‖²}), whose sharp minimum near A = (−2, −2) (f ≈ −5, curvature 50) is
 * the global one and whose flat minimum B = (2, 2) (f = −2, curvature 2) is local.
 *
 * <p>For r ∈ [0, R] on {@value #RADII} equally spaced radii, at both minima w ({@link RadiusProfile}):
 * L(w); the expected loss E[L(w + ε)] with ε = r·z, z ~ N(0, I₂) (the PAC-Bayes posterior Q = N(w, r²I)) or ε uniform in
 * the disc ‖ε‖ ≤ r, by seeded Monte Carlo with its standard error (the same draws at every radius and at both minima);
 * the SAM objective max over ‖ε‖ ≤ r of L(w + ε) by a real inner maximization; and its first-order approximation
 * L(w + ε̂), ε̂ = r·∇L(w)/‖∇L(w)‖ (Theorem 4.1), absent where ∇L(w) = 0. Then the radii at which the order of the two
 * minima by each of these flips ({@link RadiusProfile#flipRadius}). At r = 0 the sharp minimum is lower; as r grows
 * its values rise faster and the flat minimum becomes the better one.
 *
 * <p>A complete profile costs about 0.3 s (the flips alone about 0.2 s; see {@code SamPanelBench}), too much to
 * recompute on every slider event. So the work is cut into steps: step k ≤ {@value #RADII} − 1 computes radius k at
 * both minima, the next three steps the three flip radii. Playing shows the curves grow with r. The profile depends
 * only on R and the sampling; it is kept for as long as they stay the same, so that moving the point or the ball's
 * radius (the probe, recomputed in about 1 ms at every change) never recomputes it.
 *
 * <p>The trace holds one row per radius. A first-order value where ∇L(w) = 0 is absent: the trace holds NaN there,
 * which the CSV writes as an empty field and the charts leave as a gap; every other value is finite.
 */
public final class PacBayesExperiment extends ReplayedExperiment<PacBayesParams> {

    /** Radii of the profile: 0, R/50, …, R. */
    public static final int RADII = 51;
    /** The order in which the flips are computed, one per step after the radii. */
    public static final List<Quantity> FLIP_ORDER = List.of(Quantity.WORST_CASE, Quantity.EXPECTED,
            Quantity.FIRST_ORDER);

    static final Landscape SURFACE = TwoBasinSurface.LECTURE;
    public static final double[] SHARP = TwoBasinSurface.LECTURE.sharpMinimum().position();
    public static final double[] FLAT = TwoBasinSurface.LECTURE.flatMinimum().position();

    public static final ExperimentType<PacBayesParams> TYPE = new ExperimentType<>(
            "sam-pac-bayes",
            "Expected and worst-case loss around two minima",
            "§4 Sharpness-aware minimization",
            "As r grows, L, E[L(w + ε)] and max over ‖ε‖ ≤ r of L(w + ε) rank the sharp and the flat minimum "
                    + "differently.",
            PacBayesParams.SPACE,
            List.of(
                    new Preset<>("sharp-ball",
                            CardDeck.preset("sam", "sam-pac-bayes", "sharp-ball"),
                            PacBayesParams.at(Point.SHARP_MINIMUM, 0.3)),
                    new Preset<>("flat-ball",
                            CardDeck.preset("sam", "sam-pac-bayes", "flat-ball"),
                            PacBayesParams.at(Point.FLAT_MINIMUM, 0.3)),
                    new Preset<>("at-the-flip", CardDeck.preset("sam", "sam-pac-bayes", "at-the-flip"),
                            PacBayesParams.at(Point.SHARP_MINIMUM, 0.45)),
                    new Preset<>("uniform-ball", CardDeck.preset("sam", "sam-pac-bayes", "uniform-ball"),
                            PacBayesParams.SPACE.with(PacBayesParams.at(Point.SHARP_MINIMUM, 0.3), "noise",
                                    Perturbation.UNIFORM_BALL)),
                    new Preset<>("on-the-slope", CardDeck.preset("sam", "sam-pac-bayes", "on-the-slope"),
                            new PacBayesParams(Point.CUSTOM, -1.5, -1.5, 0.5, 1.0, Perturbation.GAUSSIAN, 2000, 1))),
            PacBayesExperiment::new,
            ExperimentType.Markers.none());

    private static final String[] COLUMNS = {"step", "radius",
        "sharp_loss", "sharp_expected", "sharp_expected_se", "sharp_worst", "sharp_first_order",
        "flat_loss", "flat_expected", "flat_expected_se", "flat_worst", "flat_first_order"};

    /** Everything computed for one R and one sampling: rows and flips, filled in as the steps ask for them. */
    private record ProfileKey(double maxRadius, Sampling sampling) {
    }

    private ProfileKey key;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Flip> flips = new ArrayList<>();
    private Trace trace;
    private Probe probe;
    private int radiiComputed;

    public PacBayesExperiment(PacBayesParams params) {
        super(params);
        start();
    }

    public static Trace newTrace() {
        return new Trace(COLUMNS);
    }

    /** The radius of row k: k·R/(RADII − 1). */
    public static double radius(int k, double maxRadius) {
        return maxRadius * k / (RADII - 1);
    }

    @Override
    protected int horizon(PacBayesParams p) {
        return RADII - 1 + FLIP_ORDER.size();
    }

    @Override
    protected Status begin(PacBayesParams p) {
        ProfileKey wanted = new ProfileKey(p.maxRadius(), p.sampling());
        if (!wanted.equals(key)) {
            key = wanted;
            rows.clear();
            flips.clear();
        }
        trace = newTrace();
        probe = Probe.at(SURFACE, p.position(), p.radius(), p.sampling());
        append(0);
        return ready(p);
    }

    private Status ready(PacBayesParams p) {
        return Status.ready("r = 0: L(sharp) = " + Numbers.format(SURFACE.value(SHARP)) + " < L(flat) = " + Numbers.format(SURFACE.value(FLAT))
                + "; play to let r grow to " + Numbers.format(p.maxRadius()));
    }

    @Override
    protected Status advance(int stepNumber) {
        if (stepNumber < RADII) {
            append(stepNumber);
            return null;
        }
        int f = stepNumber - RADII;
        if (flips.size() <= f) {
            flips.add(RadiusProfile.flipRadius(SURFACE, SHARP, FLAT, FLIP_ORDER.get(f), key.maxRadius(),
                    key.sampling()));
        }
        return null;
    }

    private void append(int k) {
        if (rows.size() <= k) {
            radiiComputed++;
            rows.add(row(SURFACE, SHARP, FLAT, k, radius(k, key.maxRadius()), key.sampling()));
        }
        trace.append(rows.get(k));
    }

    /** How many rows this experiment has computed since it was made (rows taken from the kept profile not counted). */
    int radiiComputed() {
        return radiiComputed;
    }

    /**
     * One row of the trace: k, r, then for each of the two points L, E[L(w + ε)], its standard error, the SAM objective
     * and the first-order value (NaN where ∇L(w) = 0).
     */
    public static double[] row(Landscape f, double[] first, double[] second, int k, double r, Sampling sampling) {
        double[] row = new double[COLUMNS.length];
        row[0] = k;
        row[1] = r;
        fill(row, 2, RadiusProfile.profile(f, first, new double[] {r}, sampling).get(0));
        fill(row, 7, RadiusProfile.profile(f, second, new double[] {r}, sampling).get(0));
        return row;
    }

    private static void fill(double[] row, int at, RadiusProfile.Point point) {
        row[at] = point.loss();
        row[at + 1] = point.expected().mean();
        row[at + 2] = point.expected().standardError();
        row[at + 3] = point.worstCase().value();
        row[at + 4] = point.firstOrder().map(Perturbed::value).orElse(Double.NaN);
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        if (taken == 0) {
            return ready(params());
        }
        int computed = Math.min(taken + 1, RADII);
        String radii = computed + " of " + RADII + " radii, r ≤ " + Numbers.format(radius(computed - 1, key.maxRadius()));
        if (!atHorizon) {
            return Status.running(radii + (taken >= RADII ? "; flips: " + flipText() : ""));
        }
        return Status.finished("L(sharp) = " + Numbers.format(SURFACE.value(SHARP)) + " < L(flat) = " + Numbers.format(SURFACE.value(FLAT))
                + " at r = 0; the order of the two minima flips by " + flipText());
    }

    /** The flips the steps taken so far have reached (the kept profile may hold more). */
    private List<Flip> reachedFlips() {
        int reached = Math.max(0, Math.min(flips.size(), taken() - (RADII - 1)));
        return List.copyOf(flips.subList(0, reached));
    }

    private static Double flipRadius(Flip flip) {
        return flip == null || flip.radius().isEmpty() ? null : flip.radius().getAsDouble();
    }

    private static Boolean flipDefined(Flip flip) {
        return flip == null ? null : flip.defined();
    }

    private String flipText() {
        StringBuilder sb = new StringBuilder();
        for (Flip flip : reachedFlips()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(quantityName(flip.quantity(), params().noise())).append(' ')
                    .append(flipWords(flip, key.maxRadius()));
        }
        return sb.toString();
    }

    /** "at r = 0.451", "not up to r = 1", "undefined (∇L = 0 at a minimum)". */
    public static String flipWords(Flip flip, double maxRadius) {
        if (!flip.defined()) {
            return "undefined (∇L = 0 at a minimum)";
        }
        return flip.radius().isPresent() ? "at r = " + Numbers.format(flip.radius().getAsDouble())
                : "not up to r = " + Numbers.format(maxRadius);
    }

    /** The short name of a quantity on charts and in messages. */
    public static String quantityName(Quantity q, Perturbation noise) {
        return switch (q) {
            case WORST_CASE -> "SAM objective";
            case EXPECTED -> noise == Perturbation.GAUSSIAN ? "expected (Gaussian)" : "expected (uniform in the disc)";
            case FIRST_ORDER -> "first order";
        };
    }

    @Override
    public PacBayesSnapshot snapshot() {
        PacBayesParams p = params();
        Trace.View view = trace.view();
        Map<Quantity, Flip> reached = new EnumMap<>(Quantity.class);
        reachedFlips().forEach(f -> reached.put(f.quantity(), f));
        PacBayesSummary summary = new PacBayesSummary(status().word(), view.rows(), p.maxRadius(),
                frontierslab.sim.ParamSpec.Choice.keyOf(p.noise()), SHARP[0], SHARP[1], SURFACE.value(SHARP), FLAT[0],
                FLAT[1], SURFACE.value(FLAT), flipRadius(reached.get(Quantity.WORST_CASE)),
                flipDefined(reached.get(Quantity.WORST_CASE)), flipRadius(reached.get(Quantity.EXPECTED)),
                flipDefined(reached.get(Quantity.EXPECTED)), flipRadius(reached.get(Quantity.FIRST_ORDER)),
                flipDefined(reached.get(Quantity.FIRST_ORDER)), expectedAboveWorst(view, "sharp"),
                expectedAboveWorst(view, "flat"), probe.position()[0], probe.position()[1], probe.radius(),
                probe.loss(), probe.gradientNorm(), probe.expected().mean(), probe.expected().standardError(),
                probe.worst().value(), probe.worst().epsilonX(), probe.worst().epsilonY(),
                probe.firstOrder().map(Perturbed::value).orElse(null),
                probe.firstOrder().map(Perturbed::epsilonX).orElse(null),
                probe.firstOrder().map(Perturbed::epsilonY).orElse(null));
        return new PacBayesSnapshot(p, taken(), status(), view, summary, probe, reachedFlips());
    }

    /**
     * The radii r &gt; 0 of the trace at which the Monte Carlo estimate lies above the SAM objective by more than two
     * standard errors: E[L(w + ε)] − 2·SE &gt; max over ‖ε‖ ≤ r of L(w + ε).
     */
    static int expectedAboveWorst(Trace.View view, String point) {
        int count = 0;
        for (int r = 1; r < view.rows(); r++) {
            double expected = view.get(r, point + "_expected");
            double se = view.get(r, point + "_expected_se");
            if (expected - 2 * se > view.get(r, point + "_worst")) {
                count++;
            }
        }
        return count;
    }


    /**
     * The chosen point w with its ball of radius r: L(w), ∇L(w), E[L(w + ε)], the SAM objective with its maximizer ε*,
     * and the first-order ε̂ = r·∇L/‖∇L‖ with L(w + ε̂) (empty where ∇L(w) = 0).
     */
    public record Probe(double[] position, double radius, double loss, double[] gradient, Estimate expected,
                        Perturbed worst, Optional<Perturbed> firstOrder) {

        public Probe {
            position = position.clone();
            gradient = gradient.clone();
        }

        @Override
        public double[] position() {
            return position.clone();
        }

        @Override
        public double[] gradient() {
            return gradient.clone();
        }

        public double gradientNorm() {
            return Math.hypot(gradient[0], gradient[1]);
        }

        public static Probe at(Landscape f, double[] w, double r, Sampling sampling) {
            return new Probe(w, r, f.value(w), f.gradient(w), RadiusProfile.expectedLoss(f, w, r, sampling),
                    RadiusProfile.worstCase(f, w, r), RadiusProfile.firstOrder(f, w, r));
        }
    }

    /**
     * The outcome of {@code sam-pac-bayes}: at the sharp and the flat minimum of the surface, the loss under a
     * perturbation of radius r: its expectation over the noise, its worst case (the SAM objective) and the first-
     * order SAM estimate; and the same at the probed point.
     *
     * @param radiiComputed                the radii done so far
     * @param noise                        the distribution of the perturbation (its key)
     * @param flipWorstCase                the radius from which the flat minimum has the lower worst-case loss;
     *                                     null if none up to the largest radius, or not computed yet
     * @param flipWorstCaseDefined         false where the quantity is undefined (the gradient vanishes), null if
     *                                     not computed yet
     * @param flipExpected                 the same for the expected loss
     * @param flipFirstOrder               the same for the first-order estimate
     * @param sharpRadiiExpectedAboveWorst radii at which the sampled expected loss exceeds the worst case (noise)
     * @param pointExpectedSe              the standard error of the sampled expectation at the point
     * @param pointWorstEpsilonX1          the worst perturbation ε at the point
     * @param pointFirstOrder              the loss at the first-order perturbation ρ∇L/‖∇L‖, null where ∇L = 0
     */
    public record PacBayesSummary(String outcome, int radiiComputed, double maxRadius, String noise,
                                  double sharpMinimumX1, double sharpMinimumX2, double sharpLoss, double flatMinimumX1,
                                  double flatMinimumX2, double flatLoss, Double flipWorstCase,
                                  Boolean flipWorstCaseDefined, Double flipExpected, Boolean flipExpectedDefined,
                                  Double flipFirstOrder, Boolean flipFirstOrderDefined,
                                  int sharpRadiiExpectedAboveWorst, int flatRadiiExpectedAboveWorst, double pointX1,
                                  double pointX2, double pointRadius, double pointLoss, double pointGradientNorm,
                                  double pointExpected, double pointExpectedSe, double pointWorst,
                                  double pointWorstEpsilonX1, double pointWorstEpsilonX2, Double pointFirstOrder,
                                  Double pointFirstOrderEpsilonX1, Double pointFirstOrderEpsilonX2) {
    }

    /** What the views of {@code sam-pac-bayes} draw: the profile so far, the flips found so far, the probe. */
    public record PacBayesSnapshot(PacBayesParams params, long step, Status status, Trace.View trace,
                                   PacBayesSummary summary, Probe probe, List<Flip> flips) implements Snapshot {
    }
}
