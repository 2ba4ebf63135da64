package frontierslab.panels.demos.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.Verdict;
import frontierslab.panels.CardDeck;
import frontierslab.math.optim.SaneRange;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Preset;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code demo-1-code}: the lecture's Demo 1 ("Visualizing the Edge of Stability") run line by line as its Python runs:
 * f(x) = (x₁² + x₂²)^1.1, g = 2.2 r^0.2 x, h_max = 2.2·1.2·r^0.2 with r = ‖x‖, x ← x − ηg, each operation in the order
 * and grouping numpy evaluates it, so the data match the script's to the last bits. The code's "approximation" of the
 * sharpest eigenvalue is exact: the Hessian of (r²)^p has eigenvalues 2p r^{2p−2} and 2p(2p − 1) r^{2p−2}. Since
 * f'' → 0 at the minimum, η·λ_max falls towards 0 instead of hovering at 2, and from the lecture's start the loss falls
 * on every step; the checklist says so with the run's numbers.
 *
 * <p>Divergence ({@link SaneRange}, K = 1): along x the surface is |x|^q with q = 2.2 &gt; 2, whose step factor
 * |1 − ηq r^{q−2}| grows with r, so the first step that raises the loss above its start begins a growth that never
 * stops; a non-finite value or ‖x‖ above {@value #ESCAPE} stops the run too.
 */
public final class EdgeDemo extends CodeDemoExperiment<EdgeDemoParams> {

    static final DemoCode CODE = new DemoCode(DemoCode.resource("demo-1.py"), List.of(26, 27, 28, 30, 31, 33),
            Map.of("start", new DemoCode.Literal(20, "[2.0, 2.0]"),
                    "eta", new DemoCode.Literal(21, "eta = 0.5"),
                    "iterations", new DemoCode.Literal(26, "range(500)")),
            List.of(new RealPython.Plotted("Loss", "iteration", "loss"),
                    new RealPython.Plotted("$\\eta \\lambda_{max}$", "iteration", "eta_lambda_max")));
    /** "Hovers around 2": the last fifth of the run within this distance of 2. */
    static final double HOVER_BAND = 0.1;
    static final double ESCAPE = 1e12;

    public static final ExperimentType<EdgeDemoParams> TYPE = new ExperimentType<>(
            "demo-1-code",
            "Demo 1: the code, line by line",
            "§7 Coding demos",
            "The lecture's Demo 1 script beside its run: the executing line, its variables, its figure, its claims.",
            EdgeDemoParams.SPACE,
            List.of(
                    new Preset<>("lecture-demo-1", CardDeck.preset("demos", "demo-1-code", "lecture-demo-1"), EdgeDemoParams.lecture()),
                    new Preset<>("from-far-out", CardDeck.preset("demos", "demo-1-code", "from-far-out"), new EdgeDemoParams(15, 15, 0.5, 500))),
            EdgeDemo::new,
            ExperimentType.Markers.none());

    private double[][] xs;
    private double[][] gs;
    private double[] hs;

    public EdgeDemo(EdgeDemoParams params) {
        super(params);
        start();
    }

    @Override
    protected DemoCode code() {
        return CODE;
    }

    static double norm(double[] x) {
        return Math.sqrt(x[0] * x[0] + x[1] * x[1]);
    }

    static double f(double[] x) {
        return Math.pow(x[0] * x[0] + x[1] * x[1], 1.1);
    }

    @Override
    protected Execution execute(EdgeDemoParams p) {
        int n = p.iterations();
        xs = new double[n + 1][];
        gs = new double[n][];
        hs = new double[n];
        Trace trace = new Trace("iteration", "loss", "eta_lambda_max", "x0", "x1");
        double[] x = {p.x0(), p.y0()};
        xs[0] = x;
        int done = 0;
        SaneRange.Watch sane = SaneRange.monotone(ESCAPE).watch(f(x));
        String divergence = null;
        for (int i = 0; i < n; i++) {
            double r = norm(x);
            double scale = 2.2 * Math.pow(r, 0.2);
            double[] g = {scale * x[0], scale * x[1]};
            double hMax = 2.2 * 1.2 * Math.pow(r, 0.2);
            gs[i] = g;
            hs[i] = hMax;
            trace.append(i, f(x), hMax * p.eta(), x[0], x[1]);
            x = new double[] {x[0] - p.eta() * g[0], x[1] - p.eta() * g[1]};
            xs[i + 1] = x;
            done++;
            divergence = sane.check(i + 1, f(x), x);
            if (divergence != null) {
                break;
            }
        }
        Trace.View run = trace.view();
        boolean diverged = divergence != null;
        double[] etaLambda = run.columnValues("eta_lambda_max");
        double[] losses = run.columnValues("loss");
        int within = 0;
        double largest = Double.NEGATIVE_INFINITY;
        for (double v : etaLambda) {
            within += Math.abs(v - 2) <= HOVER_BAND ? 1 : 0;
            largest = Math.max(largest, v);
        }
        int rises = 0;
        for (int i = 1; i < losses.length; i++) {
            rises += losses[i] > losses[i - 1] ? 1 : 0;
        }
        rises += diverged ? 1 : 0;
        int tailFrom = (int) Math.floor(etaLambda.length * 0.8);
        boolean hovers = etaLambda.length > 0;
        for (int i = tailFrom; i < etaLambda.length; i++) {
            hovers &= Math.abs(etaLambda[i] - 2) <= HOVER_BAND;
        }
        double exact = largestHessianEigenvalue(new double[] {p.x0(), p.y0()});
        double stated = hs[0];
        List<DerivationRow> claims = new ArrayList<>();
        claims.add(new DerivationRow("It demonstrates how the curvature \"hovers\" around the value 2",
                "\\eta\\,\\lambda_{\\max} \\approx 2",
                "η λ_max from " + fmt(etaLambda[0]) + " to " + fmt(etaLambda[etaLambda.length - 1]) + "; within "
                        + fmt(HOVER_BAND) + " of 2 on " + within + " of " + etaLambda.length + " iterations",
                Verdict.of(hovers && !diverged),
                diverged ? "the run diverged at iteration " + done
                        : "the curvature vanishes at the minimum, so η λ_max falls towards 0"));
        claims.add(new DerivationRow("… even when the loss is not monotonically decreasing",
                "\\exists t:\\ f(x_{t+1}) > f(x_t)",
                "the loss rose on " + rises + " of " + (losses.length - 1 + (diverged ? 1 : 0)) + " steps",
                Verdict.of(rises > 0),
                rises > 0 ? "the loss rose on some steps" : "the loss fell on every step"));
        claims.add(new DerivationRow("# Approximation of the sharpest eigenvalue: 2.2 · 1.2 · r^0.2",
                "\\lambda_{\\max} = 2p(2p-1)\\,r^{2p-2}",
                "code: " + fmt(stated) + ", Hessian by finite differences: " + fmt(exact),
                Verdict.of(Math.abs(stated - exact) <= 1e-5 * stated),
                "not an approximation: it is the exact largest eigenvalue of the Hessian"));
        claims.add(new DerivationRow("(the app) η λ_max reaches the stability limit 2 during the run",
                "\\max_t \\eta\\,\\lambda_{\\max}(x_t) \\ge 2",
                "largest η λ_max: " + fmt(largest), Verdict.of(largest >= 2),
                largest >= 2 ? "it starts above 2" : "it never reaches 2: the dashed line is never met"));
        Facts facts = new Facts(largest, rises, within, diverged);
return new Execution(trace, claims, facts, done, divergence);
    }

    /** The largest eigenvalue of the Hessian of f at x, from central differences of the exact gradient. */
    static double largestHessianEigenvalue(double[] x) {
        double h = 1e-5 * Math.max(1, norm(x));
        double[][] hessian = new double[2][2];
        for (int j = 0; j < 2; j++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[j] += h;
            minus[j] -= h;
            double[] gp = exactGradient(plus);
            double[] gm = exactGradient(minus);
            for (int i = 0; i < 2; i++) {
                hessian[i][j] = (gp[i] - gm[i]) / (2 * h);
            }
        }
        double a = hessian[0][0];
        double d = hessian[1][1];
        double b = 0.5 * (hessian[0][1] + hessian[1][0]);
        return 0.5 * (a + d) + Math.sqrt(0.25 * (a - d) * (a - d) + b * b);
    }

    /** ∇(x₁² + x₂²)^1.1 = 2.2 (x₁² + x₂²)^0.1 x. */
    static double[] exactGradient(double[] x) {
        double s = 2.2 * Math.pow(x[0] * x[0] + x[1] * x[1], 0.1);
        return new double[] {s * x[0], s * x[1]};
    }

    @Override
    protected Map<String, String> literals(EdgeDemoParams p) {
        return Map.of("start", "[" + literal(p.x0()) + ", " + literal(p.y0()) + "]",
                "eta", "eta = " + literal(p.eta()),
                "iterations", "range(" + p.iterations() + ")");
    }

    @Override
    protected Map<String, String> watch(int i, int line) {
        Map<String, String> w = new LinkedHashMap<>();
        double[] x = line == 33 ? xs[i + 1] : xs[i];
        w.put("_", Integer.toString(i));
        w.put("x", "[" + fmt(x[0]) + ", " + fmt(x[1]) + "]");
        int gAt = line >= 27 ? i : i - 1;
        if (gAt >= 0) {
            w.put("g", "[" + fmt(gs[gAt][0]) + ", " + fmt(gs[gAt][1]) + "]");
        }
        int hAt = line >= 28 ? i : i - 1;
        if (hAt >= 0) {
            w.put("h_max", fmt(hs[hAt]));
            w.put("eta * h_max", fmt(params().eta() * hs[hAt]));
        }
        return w;
    }

    /**
     * What the run of Demo 1 shows, beside the claims' verdicts.
     *
     * @param largestEtaLambdaMax     the largest η·λ_max of the run
     * @param iterationsWithinBandOf2 iterations with η·λ_max within the band around 2
     */
    public record Facts(double largestEtaLambdaMax, int stepsWhereLossRose,
                        @JsonProperty("iterations_within_band_of_2") int iterationsWithinBandOf2, boolean diverged) {
    }
}
