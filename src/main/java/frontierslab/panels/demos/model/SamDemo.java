package frontierslab.panels.demos.model;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.Verdict;
import frontierslab.panels.CardDeck;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Preset;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code demo-2-code}: the lecture's Demo 2 ("SAM vs. SGD") run line by line as its Python runs: on
 * f = −(5e^{−5‖x−A‖²} + 2e^{−0.5‖x−B‖²}), A = (−2, −2), B = (2, 2) ({@link TwoBasinSurface}, its exponential correctly
 * rounded), forward-difference gradients gᵢ = (f(x + h eᵢ) − f(x))/h with h = 10⁻⁶, GD x ← x − ηg and SAM
 * ε = ρg/(‖g‖ + 10⁻⁸), x ← x − η g(x + ε) (Foret et al. 2021, arXiv 2010.01412). The code's comment has the minima the
 * wrong way round: A (f = −5) is the global one. At the lecture's settings neither path leaves the sharp well, and the
 * SAM path is chaotic: a start moved by 10⁻¹² ends elsewhere. No run can diverge: −7 ≤ f ≤ 0 and ‖∇f‖ is bounded, so
 * each step moves x by at most η·sup‖∇f‖ and the loss stays in [−7, 0].
 */
public final class SamDemo extends CodeDemoExperiment<SamDemoParams> {

    static final DemoCode CODE = new DemoCode(DemoCode.resource("demo-2.py"),
            List.of(31, 33, 34, 35, 38, 39, 40, 41, 42),
            Map.of("start-sgd", new DemoCode.Literal(22, "[-1.5, -1.5]"),
                    "start-sam", new DemoCode.Literal(23, "[-1.5, -1.5]"),
                    "eta", new DemoCode.Literal(25, "eta = 0.1"),
                    "rho", new DemoCode.Literal(26, "rho = 0.5"),
                    "iterations", new DemoCode.Literal(31, "range(100)")),
            List.of(new RealPython.Plotted("SGD Path", "sgd_x", "sgd_y"),
                    new RealPython.Plotted("SAM Path", "sam_x", "sam_y")));
    static final double H = 1e-6;
    /** The nudge of the start that tests whether the SAM path is chaotic. */
    static final double NUDGE = 1e-12;

    public static final ExperimentType<SamDemoParams> TYPE = new ExperimentType<>(
            "demo-2-code",
            "Demo 2: the code, line by line",
            "§7 Coding demos",
            "The lecture's Demo 2 script beside its run: the executing line, its variables, its figure, its claims.",
            SamDemoParams.SPACE,
            List.of(new Preset<>("lecture-demo-2", CardDeck.preset("demos", "demo-2-code", "lecture-demo-2"), SamDemoParams.lecture()),
                    new Preset<>("large-step", CardDeck.preset("demos", "demo-2-code", "large-step"), new SamDemoParams(-1.5, -1.5, 0.3, 0.5, 100))),
            SamDemo::new,
            ExperimentType.Markers.none());

    private double[][] sgd;
    private double[][] sam;
    private double[][] gSgd;
    private double[][] gCurr;
    private double[][] eps;
    private double[][] gSam;

    public SamDemo(SamDemoParams params) {
        super(params);
        start();
    }

    @Override
    protected DemoCode code() {
        return CODE;
    }

    @Override
    protected int rowsShown(int completed) {
        return completed + 1;
    }

    static double f(double[] x) {
        return TwoBasinSurface.value(x[0], x[1]);
    }

    /** The code's grad: forward differences, x_plus[i] += eps, (f(x_plus) − f(x))/eps. */
    static double[] grad(double[] x) {
        double[] g = new double[2];
        for (int i = 0; i < 2; i++) {
            double[] plus = x.clone();
            plus[i] += H;
            g[i] = (f(plus) - f(x)) / H;
        }
        return g;
    }

    private static double[] minus(double[] x, double eta, double[] g) {
        return new double[] {x[0] - eta * g[0], x[1] - eta * g[1]};
    }

    /** One SAM update of the code; also fills g_curr, epsilon, g_sam when the arrays are given. */
    static double[] samStep(double[] x, double eta, double rho, double[][] parts) {
        double[] g = grad(x);
        double norm = Math.sqrt(g[0] * g[0] + g[1] * g[1]);
        double[] e = {rho * g[0] / (norm + 1e-8), rho * g[1] / (norm + 1e-8)};
        double[] gs = grad(new double[] {x[0] + e[0], x[1] + e[1]});
        if (parts != null) {
            parts[0] = g;
            parts[1] = e;
            parts[2] = gs;
        }
        return minus(x, eta, gs);
    }

    @Override
    protected Execution execute(SamDemoParams p) {
        int n = p.iterations();
        sgd = new double[n + 1][];
        sam = new double[n + 1][];
        gSgd = new double[n][];
        gCurr = new double[n][];
        eps = new double[n][];
        gSam = new double[n][];
        sgd[0] = new double[] {p.x0(), p.y0()};
        sam[0] = new double[] {p.x0(), p.y0()};
        Trace trace = new Trace("iteration", "sgd_x", "sgd_y", "sam_x", "sam_y");
        trace.append(0, p.x0(), p.y0(), p.x0(), p.y0());
        double[] nudged = {p.x0() + NUDGE, p.y0()};
        for (int i = 0; i < n; i++) {
            gSgd[i] = grad(sgd[i]);
            sgd[i + 1] = minus(sgd[i], p.eta(), gSgd[i]);
            double[][] parts = new double[3][];
            sam[i + 1] = samStep(sam[i], p.eta(), p.rho(), parts);
            gCurr[i] = parts[0];
            eps[i] = parts[1];
            gSam[i] = parts[2];
            nudged = samStep(nudged, p.eta(), p.rho(), null);
            trace.append(i + 1, sgd[i + 1][0], sgd[i + 1][1], sam[i + 1][0], sam[i + 1][1]);
        }
        double[] a = TwoBasinSurface.sharpCentre();
        double[] b = TwoBasinSurface.flatCentre();
        double fa = f(a);
        double fb = f(b);
        double[] samEnd = sam[n];
        double[] sgdEnd = sgd[n];
        double samToA = Math.hypot(samEnd[0] - a[0], samEnd[1] - a[1]);
        double samToB = Math.hypot(samEnd[0] - b[0], samEnd[1] - b[1]);
        double sgdToA = Math.hypot(sgdEnd[0] - a[0], sgdEnd[1] - a[1]);
        double spread = Math.hypot(nudged[0] - samEnd[0], nudged[1] - samEnd[1]);
        List<DerivationRow> claims = new ArrayList<>();
        claims.add(new DerivationRow("# Sharp local minimum at (-2, -2), Flat global minimum at (2, 2)",
                "f(A) > f(B)", "f(−2, −2) = " + fmt(fa) + ", f(2, 2) = " + fmt(fb), Verdict.of(fa > fb),
                fa > fb ? "the flat minimum is the lower one" : "the other way round: the sharp minimum is the global one"));
        claims.add(new DerivationRow("SAM is able to \"jump out\" of the sharp minimum to find the flatter one",
                "\\|x^{SAM}_T - B\\| < \\|x^{SAM}_T - A\\|",
                "SAM ends at (" + fmt(samEnd[0]) + ", " + fmt(samEnd[1]) + "): " + fmt(samToA) + " from A, "
                        + fmt(samToB) + " from B",
                Verdict.of(samToB < samToA), samToB < samToA ? "SAM ends nearer the flat minimum"
                        : "SAM stays in the sharp well"));
        double startToA = Math.hypot(p.x0() - a[0], p.y0() - a[1]);
        claims.add(new DerivationRow("… where SGD stays (\"escaping sharp minima\")",
                "\\|x^{GD}_T - A\\| \\le \\|x_0 - A\\|",
                "GD ends at (" + fmt(sgdEnd[0]) + ", " + fmt(sgdEnd[1]) + "): " + fmt(sgdToA) + " from A, having "
                        + "started " + fmt(startToA) + " from it",
                Verdict.of(sgdToA <= startToA), sgdToA <= startToA ? "GD stays in the sharp well"
                        : "GD was thrown out of the sharp well: η is far above 2/λ(A), where GD is unstable"));
        claims.add(new DerivationRow("(the app) the SAM path does not hinge on the last bits of the start",
                "\\|x^{SAM}_T(x_0 + 10^{-12}e_1) - x^{SAM}_T(x_0)\\| < 10^{-6}",
                "moving the start by 10⁻¹² moves SAM's end by " + fmt(spread), Verdict.of(spread < 1e-6),
                spread < 1e-6 ? "the path is robust" : "the path is chaotic: rounding decides where it ends"));
        Facts facts = new Facts(samEnd[0], samEnd[1], sgdEnd[0], sgdEnd[1], spread);
return new Execution(trace, claims, facts, n, null);
    }

    @Override
    protected Map<String, String> literals(SamDemoParams p) {
        String start = "[" + literal(p.x0()) + ", " + literal(p.y0()) + "]";
        return Map.of("start-sgd", start, "start-sam", start, "eta", "eta = " + literal(p.eta()),
                "rho", "rho = " + literal(p.rho()), "iterations", "range(" + p.iterations() + ")");
    }

    private static String point(double[] v) {
        return "[" + fmt(v[0]) + ", " + fmt(v[1]) + "]";
    }

    @Override
    protected Map<String, String> watch(int i, int line) {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("_", Integer.toString(i));
        w.put("x_sgd", point(line >= 34 ? sgd[i + 1] : sgd[i]));
        if (line >= 33 || i > 0) {
            w.put("g_sgd", point(gSgd[line >= 33 ? i : i - 1]));
        }
        w.put("x_sam", point(line >= 41 ? sam[i + 1] : sam[i]));
        int at = line >= 38 ? i : i - 1;
        if (at >= 0) {
            w.put("g_curr", point(gCurr[at]));
        }
        at = line >= 39 ? i : i - 1;
        if (at >= 0) {
            w.put("epsilon", point(eps[at]));
        }
        at = line >= 40 ? i : i - 1;
        if (at >= 0) {
            w.put("g_sam", point(gSam[at]));
        }
        return w;
    }

    /**
     * What the run of Demo 2 shows, beside the claims' verdicts.
     *
     * @param samEndX                  where SAM ends
     * @param sgdEndX                  where SGD ends
     * @param samEndMovedByNudgedStart how far SAM's end moves when the start is nudged
     */
    public record Facts(double samEndX, double samEndY, double sgdEndX, double sgdEndY,
                        double samEndMovedByNudgedStart) {
    }
}
