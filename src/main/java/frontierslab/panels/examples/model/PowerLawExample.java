package frontierslab.panels.examples.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import frontierslab.math.eos.Divergence;
import frontierslab.math.eos.PowerLawRun;
import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.panels.CardDeck;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Preset;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code example-1-power-law}: the lecture's Example 1 checked sentence by sentence against gradient descent
 * x ← x − ηf'(x) on f = |x|^q ({@link PowerLawRun#oneDimensional}). With f'' = q(q − 1)|x|^{q−2}, one step multiplies x
 * by 1 − ηf''(x)/(q − 1): the sign flips once ηf'' &gt; q − 1, but |x| grows only once ηf'' &gt; 2(q − 1), not 2. For
 * q &gt; 2 growth raises the curvature, so a run that grows diverges rather than being "kicked back"; one that shrinks
 * lets ηf'' fall through 2 towards 0 without hovering. The only edge is the period-2 orbit ±s*,
 * s* = (2/(ηq))^{1/(q−2)}, where ηf'' = 2(q − 1); it attracts only for 1 &lt; q &lt; 2. Divergence is the run's
 * ({@link PowerLawRun}: for q ≥ 2 the first rise of the loss above its start).
 */
public final class PowerLawExample extends DerivationExperiment<PowerLawExampleParams> {

    /** How far into the run "hovering" is judged: the last fifth of the recorded steps. */
    static final double TAIL_SHARE = 0.2;
    /** "Hovers around 2": every ηf'' of the tail within this distance of 2. */
    static final double HOVER_BAND = 0.1;

    public static final ExperimentType<PowerLawExampleParams> TYPE = new ExperimentType<>(
            "example-1-power-law",
            "Example 1, line by line",
            "§6 Worked examples",
            "Each sentence of Example 1 (EoS in a 1-D power law) against a run of gradient descent on |x|^q.",
            PowerLawExampleParams.SPACE,
            List.of(
                    new Preset<>("lecture-example-1", CardDeck.preset("examples", "example-1-power-law", "lecture-example-1"),
                            PowerLawExampleParams.defaults()),
                    new Preset<>("above-the-true-edge", CardDeck.preset("examples", "example-1-power-law", "above-the-true-edge"),
                            new PowerLawExampleParams(2.1, 1.0, 1.0, 500)),
                    new Preset<>("exponent-below-two", CardDeck.preset("examples", "example-1-power-law", "exponent-below-two"),
                            new PowerLawExampleParams(1.7, 1.0, 1.0, 500))),
            PowerLawExample::new,
            ExperimentType.Markers.none());

    public PowerLawExample(PowerLawExampleParams params) {
        super(params);
        start();
    }

    @Override
    protected Derivation derive(PowerLawExampleParams p) {
        PowerLaw1D f = p.landscape();
        double q = p.q();
        double eta = p.eta();
        PowerLawRun.Result run = PowerLawRun.oneDimensional(f, p.x0(), eta, p.steps());
        Trace trace = new Trace("step", "x", "abs_x", "loss", "eta_f2");
        double[][] xs = run.iterates();
        int recorded = run.stepsTaken();
        for (int t = 0; t < xs.length; t++) {
            double x = xs[t][0];
            double etaF2 = f.hasFiniteSecondDerivative(x) ? eta * f.secondDerivative(x) : Double.NaN;
            trace.append(t, x, Math.abs(x), f.value(x), etaF2);
        }
        List<DerivationRow> rows = new ArrayList<>();
        double x0 = p.x0();
        double x1 = recorded > 0 ? xs[1][0] : x0;
        double etaF2Start = eta * f.secondDerivative(x0);
        double edge = f.edgeOfStability();

        double fd = centralSecondDerivative(f, x0);
        double stated = q * (q - 1) * Math.pow(Math.abs(x0), q - 2);
        rows.add(new DerivationRow("The Hessian is f''(x) = 2.1 × 1.1 × |x|^0.1",
                "f''(x) = q(q-1)|x|^{q-2}",
                "f''(x₀) = " + fmt(stated),
                Verdict.of(Math.abs(stated - fd) <= 1e-6 * Math.abs(stated)),
                "a central difference of f' at x₀ = " + fmt(x0) + " gives " + fmt(fd)));

        double near = f.secondDerivative(1e-6);
        double far = f.secondDerivative(1e6);
        boolean limits = q > 2;
        rows.add(new DerivationRow("f''(x) → ∞ as x → ∞, and f''(x) → 0 as x → 0",
                "\\lim_{x\\to\\infty} f''(x) = \\infty,\\ \\lim_{x\\to 0} f''(x) = 0",
                "f''(10⁻⁶) = " + fmt(near) + ", f''(10⁶) = " + fmt(far),
                Verdict.of(limits),
                limits ? "q > 2: |x|^(q−2) grows without bound"
                        : q == 2 ? "q = 2: the curvature is constant" : "q < 2: the other way round, f'' → ∞ at 0"));

        boolean premise = etaF2Start > 2;
        boolean grew = Math.abs(x1) > Math.abs(x0);
        boolean flipped = Math.signum(x1) == -Math.signum(x0);
        rows.add(new DerivationRow(
                "If ηf''(x) > 2, the iterate xₜ₊₁ will be larger in magnitude than xₜ, but with opposite sign",
                "x_{t+1} = x_t\\left(1 - \\frac{\\eta f''(x_t)}{q-1}\\right)",
                "ηf''(x₀) = " + fmt(etaF2Start) + ", x₁/x₀ = " + fmt(x1 / x0),
                premise ? Verdict.of(grew && flipped) : Verdict.NOT_TESTED,
                premise ? (grew ? "|x| grows: ηf'' is above 2(q − 1) = " + fmt(edge)
                        : "the sign flips but |x| shrinks: |x| grows only above ηf'' = 2(q − 1) = " + fmt(edge))
                        : "ηf''(x₀) ≤ 2: drag η or x₀ up to test it"));

        PowerLawRun.Summary s = run.summary();
        boolean diverged = s.divergence().isPresent();
        rows.add(new DerivationRow("This \"kicks\" the model back towards the origin",
                "|x_t| \\to 0 \\text{ after } |x_1| > |x_0|",
                diverged ? "diverged at step " + s.divergence().get().step()
                        : "|x_T| = " + fmt(Math.abs(xs[xs.length - 1][0])),
                grew ? Verdict.of(!diverged && Math.abs(xs[xs.length - 1][0]) < Math.abs(x1)) : Verdict.NOT_TESTED,
                grew ? (diverged ? "for q > 2 a larger |x| has a larger curvature: |x| grows on every step"
                        : "the growth stops: for q < 2 a larger |x| has a smaller curvature")
                        : "the first step did not move x away from 0"));

        int crossing = firstCrossingBelowTwo(trace.view());
        rows.add(new DerivationRow("As the model approaches the origin, f''(x) decreases. Eventually, ηf''(x) = 2",
                "\\eta f''(x_t) = 2",
                crossing >= 0 ? "ηf'' falls through 2 at step " + crossing : "ηf'' never falls through 2",
                Verdict.of(crossing >= 0),
                crossing >= 0 ? "ηf'' goes on falling, to " + fmt(lastFinite(trace.view(), "eta_f2"))
                        : diverged ? "the run diverged" : "ηf'' stayed on one side of 2"));

        double[] tail = tail(trace.view(), "eta_f2");
        boolean hovers = tail.length > 0 && java.util.Arrays.stream(tail).allMatch(v -> Math.abs(v - 2) <= HOVER_BAND);
        double tailMean = java.util.Arrays.stream(tail).average().orElse(Double.NaN);
        rows.add(new DerivationRow("This is the \"Edge of Stability\" for this non-quadratic potential",
                "\\eta f''(x_t) \\approx 2 \\text{ for late } t",
                "mean ηf'' over the last fifth: " + fmt(tailMean),
                diverged ? Verdict.FAILS : Verdict.of(hovers),
                hovers ? "ηf'' stays within " + fmt(HOVER_BAND) + " of 2"
                        : "in 1-D the only edge is the period-2 orbit, at ηf'' = 2(q − 1) = " + fmt(edge)));

        OptionalDouble orbit = f.periodTwoAmplitude(eta);
        double last = xs[xs.length - 1][0];
        boolean onOrbit = orbit.isPresent() && !diverged
                && Math.abs(Math.abs(last) - orbit.getAsDouble()) <= 1e-6 * orbit.getAsDouble();
        rows.add(new DerivationRow("(the app) the period-2 orbit ±s*, where ηf''(s*) = 2(q − 1), attracts iff q < 2",
                "s^* = \\left(\\frac{2}{\\eta q}\\right)^{1/(q-2)}",
                orbit.isPresent() ? "s* = " + fmt(orbit.getAsDouble()) + ", |x_T| = " + fmt(Math.abs(last))
                        : "no orbit for q = 2",
                orbit.isPresent() ? Verdict.of(onOrbit == f.periodTwoOrbitIsStable()) : Verdict.NOT_TESTED,
                onOrbit ? "the run ends on the orbit" : "the run does not end on the orbit"
                        + (f.periodTwoOrbitIsStable() ? "" : ": for q > 2 it repels")));
        Facts facts = new Facts(etaF2Start, edge, diverged, crossing >= 0 ? crossing : null, tailMean,
                orbit.isPresent() ? orbit.getAsDouble() : null);
return new Derivation(trace, rows, facts, s.divergence().map(Divergence::explanation).orElse(null));
    }

    /** f''(x) by a central difference of the exact first derivative, with a step relative to |x|. */
    static double centralSecondDerivative(PowerLaw1D f, double x) {
        double h = 1e-5 * Math.max(Math.abs(x), 1e-8);
        return (f.derivative(x + h) - f.derivative(x - h)) / (2 * h);
    }

    /** The first step t with ηf''(x_{t−1}) &gt; 2 ≥ ηf''(x_t), or −1. */
    static int firstCrossingBelowTwo(Trace.View trace) {
        for (int t = 1; t < trace.rows(); t++) {
            if (trace.get(t - 1, "eta_f2") > 2 && trace.get(t, "eta_f2") <= 2) {
                return t;
            }
        }
        return -1;
    }

    static double lastFinite(Trace.View trace, String column) {
        for (int t = trace.rows() - 1; t >= 0; t--) {
            double v = trace.get(t, column);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        return Double.NaN;
    }

    static double[] tail(Trace.View trace, String column) {
        int from = (int) Math.floor(trace.rows() * (1 - TAIL_SHARE));
        return java.util.stream.IntStream.range(from, trace.rows()).mapToDouble(t -> trace.get(t, column))
                .filter(Double::isFinite).toArray();
    }

    /**
     * What the run of Example 1 shows, beside the lines' verdicts: f(x) = |x|^q, f'' its second derivative.
     *
     * @param etaF2Start             ηf''(x₀)
     * @param trueEdge               the value of ηf'' above which |x| grows, 2(q − 1)
     * @param stepEtaF2FallsThrough2 the first step at which ηf'' falls below 2, null if never
     * @param tailMeanEtaF2          the mean of ηf'' over the last fifth of the run
     * @param periodTwoAmplitude     s* of the period-two orbit ±s*, null for q = 2
     */
    public record Facts(double etaF2Start, double trueEdge, boolean diverged,
                        @JsonProperty("step_eta_f2_falls_through_2") Integer stepEtaF2FallsThrough2,
                        double tailMeanEtaF2, Double periodTwoAmplitude) {
    }
}
