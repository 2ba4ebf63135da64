package frontierslab.panels.sam.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import frontierslab.panels.CardDeck;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.optim.Optimizer;
import frontierslab.math.optim.Sam;
import frontierslab.math.optim.Sam.GradientSource;
import frontierslab.math.sam.PhaseMap;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.math.sam.RadiusProfile;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Numbers;
import frontierslab.sim.Preset;
import frontierslab.sim.ReplayedExperiment;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code sam-two-basin}: the lecture's Demo 2. Gradient descent w ← w − η∇L(w) and SAM (Foret et al. 2021, lecture
 * Theorem 4.1) g = ∇L(w), ε̂ = ρg/‖g‖, w ← w − η∇L(w + ε̂), side by side from one start on
 * L(x) = −(5e^{−5‖x − A‖²} + 2e^{−0.5‖x − B‖²}), A = (−2, −2), B = (2, 2) ({@link TwoBasinSurface}).
 *
 * <p>Each recorded step holds both iterates, L there, their distances to the two minima ({@link TwoBasinMinima}) and
 * the sharpness λ_max(∇²L) at each iterate; with twin runs on, also the iterates of GD and SAM started at
 * (x₁ + δ, x₂) and the distances between each run and its twin. The snapshot takes SAM's next update apart
 * ({@link Sam#update}) and adds the exact maximizer ε* of L over the ball ‖ε‖ ≤ ρ ({@link RadiusProfile#worstCase}) for
 * comparison with the first-order ε̂.
 *
 * <p>The end of each run is classified by {@link PhaseMap#classify} (the well it ends in, or elsewhere) and by
 * {@link Settling} (at rest, cycling, moving), so that a cell of {@code sam-phase-map} and this run at the cell's η and
 * ρ say the same thing. A run that leaves the disc ‖w‖ ≤ {@value PhaseMap#DIVERGENCE_RADIUS}, or produces a value
 * that is not finite, stops there as diverged and keeps its last finite state (on this surface ‖∇L‖ &lt; 9.6, so no
 * parameter in range can make that happen; the check is there all the same).
 */
public final class TwoBasinExperiment extends ReplayedExperiment<TwoBasinParams> {

    /** Half the side of the square drawn on the contour plot, as in the lecture's figure. */
    public static final double PLOT_HALF_WIDTH = 4.0;

    private static final TwoBasinSurface SURFACE = TwoBasinSurface.LECTURE;

    public static final ExperimentType<TwoBasinParams> TYPE = new ExperimentType<>(
            "sam-two-basin",
            "SAM vs. GD on two basins (Demo 2)",
            "§4 Sharpness-aware minimization",
            "GD and SAM from one start on the lecture's sharp and flat wells: where each ends, and one SAM update taken apart.",
            TwoBasinParams.SPACE,
            List.of(
                    new Preset<>("lecture-demo-2", CardDeck.preset("sam", "sam-two-basin", "lecture-demo-2"),
                            new TwoBasinParams(0.1, 0.5, -1.5, -1.5, 100, GradientSource.EXACT)),
                    new Preset<>("update-up-close", CardDeck.preset("sam", "sam-two-basin", "update-up-close"),
                            new TwoBasinParams(0.1, 0.5, -1.5, -1.5, 100, GradientSource.EXACT)
                                    .withView(TwoBasinParams.View.SAM_UPDATE)),
                    new Preset<>("lecture-demo-2-as-coded",
                            CardDeck.preset("sam", "sam-two-basin", "lecture-demo-2-as-coded"),
                            new TwoBasinParams(0.1, 0.5, -1.5, -1.5, 100, GradientSource.LECTURE_FORWARD_DIFFERENCE)),
                    new Preset<>("twin-runs", CardDeck.preset("sam", "sam-two-basin", "twin-runs"),
                            new TwoBasinParams(0.1, 0.5, -1.5, -1.5, 100, GradientSource.EXACT).withTwin(1e-12)),
                    new Preset<>("gd-thrown-out", CardDeck.preset("sam", "sam-two-basin", "gd-thrown-out"),
                            new TwoBasinParams(0.25, 0.5, -1.5, -1.5, 100, GradientSource.EXACT)
                                    .withView(TwoBasinParams.View.BOTH_WELLS)),
                    new Preset<>("gd-lands-in-flat", CardDeck.preset("sam", "sam-two-basin", "gd-lands-in-flat"),
                            new TwoBasinParams(0.37, 0.5, -1.5, -1.5, 100, GradientSource.EXACT)
                                    .withView(TwoBasinParams.View.BOTH_WELLS)),
                    new Preset<>("sam-large-rho", CardDeck.preset("sam", "sam-two-basin", "sam-large-rho"),
                            new TwoBasinParams(0.1, 1.2, -1.5, -1.5, 400, GradientSource.EXACT)
                                    .withView(TwoBasinParams.View.SAM_UPDATE))),
            TwoBasinExperiment::new,
            TwoBasinParams::markers);

    /** The runs side by side: GD, SAM, and (with twins on) their twins. */
    private enum Run { GD, SAM, TWIN_GD, TWIN_SAM }

    private Optimizer[] optimizers;
    private double[][] positions;
    private Trace trace;
    private int runs;
    private String divergedMessage;
    private int divergedRun;

    public TwoBasinExperiment(TwoBasinParams params) {
        super(params);
        start();
    }

    /** The columns recorded: always the first thirteen, the eight twin columns only with twin runs on. */
    public static Trace newTrace(boolean twin) {
        List<String> columns = new ArrayList<>(List.of("step",
                "gd_x1", "gd_x2", "gd_loss", "sam_x1", "sam_x2", "sam_loss",
                "gd_distance_sharp", "gd_distance_flat", "sam_distance_sharp", "sam_distance_flat",
                "gd_sharpness", "sam_sharpness"));
        if (twin) {
            columns.addAll(List.of("twin_gd_x1", "twin_gd_x2", "twin_sam_x1", "twin_sam_x2", "twin_sam_loss",
                    "twin_sam_distance_sharp", "twin_gd_gap", "twin_sam_gap"));
        }
        return new Trace(columns.toArray(String[]::new));
    }

    @Override
    protected int horizon(TwoBasinParams p) {
        return p.steps();
    }

    @Override
    protected Status begin(TwoBasinParams p) {
        runs = p.twin() ? 4 : 2;
        optimizers = new Optimizer[runs];
        positions = new double[runs][];
        optimizers[Run.GD.ordinal()] = Sam.gradientDescent(p.eta(), p.gradient());
        optimizers[Run.SAM.ordinal()] = new Sam(p.eta(), p.rho(), p.gradient());
        positions[Run.GD.ordinal()] = new double[] {p.x1(), p.x2()};
        positions[Run.SAM.ordinal()] = new double[] {p.x1(), p.x2()};
        if (p.twin()) {
            optimizers[Run.TWIN_GD.ordinal()] = Sam.gradientDescent(p.eta(), p.gradient());
            optimizers[Run.TWIN_SAM.ordinal()] = new Sam(p.eta(), p.rho(), p.gradient());
            positions[Run.TWIN_GD.ordinal()] = new double[] {p.x1() + p.twinOffset(), p.x2()};
            positions[Run.TWIN_SAM.ordinal()] = new double[] {p.x1() + p.twinOffset(), p.x2()};
        }
        trace = newTrace(p.twin());
        divergedMessage = null;
        divergedRun = -1;
        record(0);
        return Status.ready(startSentence());
    }

    @Override
    protected Status advance(int stepNumber) {
        double[][] next = new double[runs][];
        for (int r = 0; r < runs; r++) {
            next[r] = positions[r].clone();
            optimizers[r].step(SURFACE, next[r]);
            String reason = divergence(next[r]);
            if (reason != null) {
                divergedMessage = name(r) + " " + reason + " at step " + stepNumber;
                divergedRun = r;
                return Status.diverged(divergedMessage + "; every run stops at step " + (stepNumber - 1)
                        + " and keeps its last finite point");
            }
        }
        positions = next;
        record(stepNumber);
        return null;
    }

    /** The same test as {@link PhaseMap}: a coordinate that is not finite, or ‖w‖ beyond the divergence radius. */
    static String divergence(double[] w) {
        if (!Double.isFinite(w[0]) || !Double.isFinite(w[1])) {
            return "produced a value that is not finite";
        }
        if (Math.hypot(w[0], w[1]) > PhaseMap.DIVERGENCE_RADIUS) {
            return "left the disc ‖w‖ ≤ 10⁶";
        }
        return null;
    }

    private static String name(int run) {
        return switch (Run.values()[run]) {
            case GD -> "GD";
            case SAM -> "SAM";
            case TWIN_GD -> "GD's twin";
            case TWIN_SAM -> "SAM's twin";
        };
    }

    private void record(int step) {
        double[] gd = positions[Run.GD.ordinal()];
        double[] sam = positions[Run.SAM.ordinal()];
        double[] row = new double[trace.columns().size()];
        int i = 0;
        row[i++] = step;
        row[i++] = gd[0];
        row[i++] = gd[1];
        row[i++] = SURFACE.value(gd);
        row[i++] = sam[0];
        row[i++] = sam[1];
        row[i++] = SURFACE.value(sam);
        row[i++] = TwoBasinMinima.SHARP.distanceFrom(gd[0], gd[1]);
        row[i++] = TwoBasinMinima.FLAT.distanceFrom(gd[0], gd[1]);
        row[i++] = TwoBasinMinima.SHARP.distanceFrom(sam[0], sam[1]);
        row[i++] = TwoBasinMinima.FLAT.distanceFrom(sam[0], sam[1]);
        row[i++] = TwoBasinMinima.sharpness(gd[0], gd[1]);
        row[i++] = TwoBasinMinima.sharpness(sam[0], sam[1]);
        if (runs == 4) {
            double[] twinGd = positions[Run.TWIN_GD.ordinal()];
            double[] twinSam = positions[Run.TWIN_SAM.ordinal()];
            row[i++] = twinGd[0];
            row[i++] = twinGd[1];
            row[i++] = twinSam[0];
            row[i++] = twinSam[1];
            row[i++] = SURFACE.value(twinSam);
            row[i++] = TwoBasinMinima.SHARP.distanceFrom(twinSam[0], twinSam[1]);
            row[i++] = Math.hypot(twinGd[0] - gd[0], twinGd[1] - gd[1]);
            row[i++] = Math.hypot(twinSam[0] - sam[0], twinSam[1] - sam[1]);
        }
        trace.append(row);
    }

    @Override
    protected Status statusAfter(int taken, boolean atHorizon) {
        if (taken == 0) {
            return Status.ready(startSentence());
        }
        Trace.View view = trace.view();
        StringBuilder sb = new StringBuilder();
        sb.append("after ").append(taken).append(taken == 1 ? " step: " : " steps: ");
        sb.append("GD ").append(ending(view, "gd")).append("; SAM ").append(ending(view, "sam"));
        if (runs == 4) {
            sb.append("; twins started ").append(Numbers.format(params().twinOffset())).append(" away end ")
                    .append(Numbers.format(view.get(view.rows() - 1, "twin_gd_gap"))).append(" (GD) and ")
                    .append(Numbers.format(view.get(view.rows() - 1, "twin_sam_gap"))).append(" (SAM) apart");
        }
        if (params().gradient() == GradientSource.LECTURE_FORWARD_DIFFERENCE) {
            sb.append(" (the lecture's forward difference with exp correctly rounded; numpy's own run differs, "
                    + "see the Demo 2 card)");
        }
        return atHorizon ? Status.finished(sb.toString()) : Status.running(sb.toString());
    }

    private String startSentence() {
        TwoBasinParams p = params();
        return "both start at (" + Numbers.format(p.x1()) + ", " + Numbers.format(p.x2()) + "); η·λ(A) = "
                + Numbers.format(p.eta() * TwoBasinMinima.SHARP.largerCurvature()) + ", η·λ(B) = "
                + Numbers.format(p.eta() * TwoBasinMinima.FLAT.largerCurvature()) + " (GD can settle in a minimum only below 2)";
    }

    /** Where a run ends and how it behaves there, e.g. "in the sharp well A, cycling with period 8 …, ‖w − A‖ = 0.65". */
    private String ending(Trace.View view, String prefix) {
        Ending e = Ending.of(view, prefix);
        String where = switch (e.outcome()) {
            case SHARP_BASIN -> "in the " + TwoBasinMinima.SHARP.sharpness() + " well " + TwoBasinMinima.SHARP.letter();
            case FLAT_BASIN -> "in the " + TwoBasinMinima.FLAT.sharpness() + " well " + TwoBasinMinima.FLAT.letter();
            case ELSEWHERE -> "outside both wells (L = " + Numbers.format(e.loss()) + ")";
            case DIVERGED -> "diverged";
        };
        String how = e.convergedTo() != null ? "converged to " + e.convergedTo().letter() : e.settling().describe();
        return where + ", " + how + ", ‖w − A‖ = " + Numbers.format(e.distanceSharp()) + ", ‖w − B‖ = " + Numbers.format(e.distanceFlat());
    }

    /**
     * How one run ended: its outcome ({@link PhaseMap#classify}, or diverged), its settling, the minimum it converged
     * to (at rest within 10⁻⁶ of it), its last point, L there and its distances to the minima.
     */
    public record Ending(Outcome outcome, Settling settling, TwoBasinMinima.Basin convergedTo, double x1, double x2,
                        double loss, double distanceSharp, double distanceFlat, double sharpness) {

        static final double CONVERGED_DISTANCE = 1e-6;

        static Ending of(Trace.View view, String prefix) {
            int n = view.rows();
            double[] xs = view.columnValues(prefix + "_x1");
            double[] ys = view.columnValues(prefix + "_x2");
            double x = xs[n - 1];
            double y = ys[n - 1];
            Settling settling = Settling.of(xs, ys, n);
            TwoBasinMinima.Basin converged = null;
            if (settling.kind() == Settling.Kind.AT_REST) {
                for (TwoBasinMinima.Basin b : List.of(TwoBasinMinima.SHARP, TwoBasinMinima.FLAT)) {
                    if (b.distanceFrom(x, y) <= CONVERGED_DISTANCE) {
                        converged = b;
                    }
                }
            }
            return new Ending(PhaseMap.classify(x, y), settling, converged, x, y, SURFACE.value(new double[] {x, y}),
                    TwoBasinMinima.SHARP.distanceFrom(x, y), TwoBasinMinima.FLAT.distanceFrom(x, y),
                    TwoBasinMinima.sharpness(x, y));
        }

        /** The same ending marked as diverged (the point is the last finite one). */
        Ending diverged() {
            return new Ending(Outcome.DIVERGED, settling, null, x1, x2, loss, distanceSharp, distanceFlat, sharpness);
        }
    }

    @Override
    public TwoBasinSnapshot snapshot() {
        TwoBasinParams p = params();
        Trace.View view = trace.view();
        Ending gd = Ending.of(view, "gd");
        Ending sam = Ending.of(view, "sam");
        if (divergedRun == Run.GD.ordinal()) {
            gd = gd.diverged();
        } else if (divergedRun == Run.SAM.ordinal()) {
            sam = sam.diverged();
        }
        UpdateParts next = UpdateParts.at(p, positions[Run.SAM.ordinal()]);
        TwoBasinSummary summary = new TwoBasinSummary(status().word(), taken(),
                p.eta() * TwoBasinMinima.SHARP.largerCurvature(), p.eta() * TwoBasinMinima.FLAT.largerCurvature(),
                basin(TwoBasinMinima.SHARP), basin(TwoBasinMinima.FLAT), ending(gd), ending(sam),
                p.twin() ? view.get(view.rows() - 1, "twin_gd_gap") : null,
                p.twin() ? view.get(view.rows() - 1, "twin_sam_gap") : null, next.summary(), divergedMessage);
        return new TwoBasinSnapshot(p, taken(), status(), view, summary, gd, sam, next);
    }

    private static MinimumSummary basin(TwoBasinMinima.Basin b) {
        return new MinimumSummary(b.x1(), b.x2(), b.loss(), b.kind(), b.sharpness(),
                List.of(b.largerCurvature(), b.smallerCurvature()));
    }

    private static EndingSummary ending(Ending e) {
        boolean cycle = e.settling().kind() == Settling.Kind.CYCLE;
        return new EndingSummary(outcomeKey(e.outcome()), e.convergedTo() != null ? "converged"
                : e.settling().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                e.convergedTo() == null ? null : e.convergedTo().letter(), cycle ? e.settling().period() : null,
                cycle ? e.settling().returnDistance() : null, e.settling().lastStep(), e.x1(), e.x2(), e.loss(),
                e.distanceSharp(), e.distanceFlat(), e.sharpness());
    }

    /**
     * The outcome of {@code sam-two-basin}: both minima of the surface, where GD and SAM are, and SAM's next update.
     *
     * @param etaLambdaSharp η·λ_max at the sharp minimum: GD cannot stay there above 2
     * @param twinGdGap      the distance between GD and its twin started nearby; absent with twins off
     * @param twinSamGap     the same for SAM
     * @param nextSamUpdate  SAM's next update taken apart
     * @param diverged       why a run stopped, null if none diverged
     */
    public record TwoBasinSummary(String outcome, int steps, double etaLambdaSharp, double etaLambdaFlat,
                                  MinimumSummary sharpMinimum, MinimumSummary flatMinimum, EndingSummary gd,
                                  EndingSummary sam, @JsonInclude(JsonInclude.Include.NON_NULL) Double twinGdGap,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Double twinSamGap,
                                  NextSamUpdate nextSamUpdate, String diverged) {
    }

    /**
     * One minimum of the surface.
     *
     * @param kind        global or local
     * @param sharpness   "sharp" or "flat"
     * @param eigenvalues the Hessian's eigenvalues there, the larger first
     */
    public record MinimumSummary(double x1, double x2, double loss, String kind, String sharpness,
                                 List<Double> eigenvalues) {
    }

    /**
     * Where one run is and how it settles.
     *
     * @param basin          sharp-basin, flat-basin, elsewhere or diverged
     * @param settling       converged, or how it keeps moving (a cycle, wandering)
     * @param convergedTo    the letter of the minimum it converged to, null if none
     * @param period         the period of the cycle it settled on, null if not a cycle
     * @param returnDistance how far a period moves it, null if not a cycle
     * @param lastStep       the length of the last step
     */
    public record EndingSummary(String basin, String settling, String convergedTo, Integer period,
                                Double returnDistance, double lastStep, double x1, double x2, double loss,
                                double distanceSharp, double distanceFlat, double sharpness) {
    }

    /**
     * SAM's next update from w: g = ∇L(w), ε̂ = ρg/‖g‖, ∇L(w + ε̂) and the next iterate w − η∇L(w + ε̂); ε* is the
     * exact maximizer of L(w + ε) over ‖ε‖ ≤ ρ.
     *
     * @param perturbationDefined false where g = 0 and ε̂ is undefined
     */
    public record NextSamUpdate(List<Double> w, List<Double> gradient, List<Double> epsilonHat,
                                List<Double> gradientAtPerturbedPoint, List<Double> next, List<Double> epsilonStar,
                                double lossAtEpsilonHat, double lossAtEpsilonStar, boolean perturbationDefined) {
    }

    /** "sharp-basin", "flat-basin", "elsewhere", "diverged". */
    public static String outcomeKey(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }


    /**
     * SAM's next update from its current iterate w, taken apart ({@link Sam#update} with the run's gradient source):
     * g = ∇L(w), ε̂, w + ε̂, ∇L(w + ε̂) and the next iterate; GD's step from the same w, w − ηg, for comparison; and
     * the exact maximizer ε* of L over ‖ε‖ ≤ ρ with L(w + ε*) beside the first-order L(w + ε̂).
     */
    public record UpdateParts(Sam.Update update, double[] gradientStepEnd, double[] worstCasePerturbation,
                              double worstCaseLoss, double firstOrderLoss, double rho, double eta) {

        static UpdateParts at(TwoBasinParams p, double[] w) {
            Sam.Update u = new Sam(p.eta(), p.rho(), p.gradient()).update(SURFACE, w);
            double[] g = u.gradient();
            double[] gdEnd = {w[0] - p.eta() * g[0], w[1] - p.eta() * g[1]};
            RadiusProfile.Perturbed worst = RadiusProfile.worstCase(SURFACE, w, p.rho());
            return new UpdateParts(u, gdEnd, worst.epsilon(), worst.value(), SURFACE.value(u.perturbedPoint()),
                    p.rho(), p.eta());
        }

        @Override
        public double[] gradientStepEnd() {
            return gradientStepEnd.clone();
        }

        @Override
        public double[] worstCasePerturbation() {
            return worstCasePerturbation.clone();
        }

        /** w + ε*. */
        public double[] worstCasePoint() {
            double[] w = update.w();
            return new double[] {w[0] + worstCasePerturbation[0], w[1] + worstCasePerturbation[1]};
        }

        NextSamUpdate summary() {
            return new NextSamUpdate(list(update.w()), list(update.gradient()), list(update.perturbation()),
                    list(update.perturbedGradient()), list(update.next()), list(worstCasePerturbation),
                    firstOrderLoss, worstCaseLoss, update.perturbationDefined());
        }

        private static List<Double> list(double[] v) {
            return Arrays.stream(v).boxed().toList();
        }
    }

    /** What the views of {@code sam-two-basin} draw. */
    public record TwoBasinSnapshot(TwoBasinParams params, long step, Status status, Trace.View trace,
                                   TwoBasinSummary summary, Ending gd, Ending sam, UpdateParts next)
            implements Snapshot {

        /** η·λ_max at the sharp minimum, the number gradient descent's stability there is decided by. */
        public double etaLambdaSharp() {
            return params.eta() * TwoBasinMinima.SHARP.largerCurvature();
        }

        /** The distance between SAM and its twin at the last step, or NaN with twins off (shown as "—"). */
        public double twinSamGap() {
            return params.twin() ? trace.get(trace.rows() - 1, "twin_sam_gap") : Double.NaN;
        }
    }
}
