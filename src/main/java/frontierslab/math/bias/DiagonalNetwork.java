package frontierslab.math.bias;

/**
 * A diagonal linear network w = u⊙u − v⊙v trained by full-batch gradient descent on
 * L(u, v) = 1/(2n) ‖X(u⊙u − v⊙v) − y‖² (Woodworth et al. 2020, arXiv 1906.05827).
 *
 * <p>With g = ∇_w L = Xᵀ(Xw − y)/n the chain rule gives ∇_u L = 2u⊙g and ∇_v L = −2v⊙g, so one step is
 * u ← u − 2η u⊙g, v ← v + 2η v⊙g. The start is u = v = α·1 (w = 0). Gradient flow from there ends at the interpolator
 * minimising the hypentropy potential Q_α (see {@link MinimumNormInterpolators#hypentropyLimit}); GD with a finite η
 * ends close to it.
 *
 * <p>Divergence is a state: a step whose result has a non-finite entry or |u_i| or |v_i| above {@link #EXPLODED} is
 * not taken, and a step that led to a loss above {@link #EXPLODED_LOSS} times the loss at the start (found when the
 * next gradient is computed) is undone; the network keeps the last state before the explosion and reports the step and
 * the reason. {@link #resume()} clears that state (after η was lowered, say).
 */
public final class DiagonalNetwork {

    /** A parameter larger than this counts as exploded. */
    public static final double EXPLODED = 1e6;
    /** A loss larger than this multiple of the loss at the start counts as exploded. */
    public static final double EXPLODED_LOSS = 1e3;

    private final SparseRegressionProblem problem;
    private final double alpha;
    private final double[] u;
    private final double[] v;
    private final double[] w;
    private final double[] residual;
    private final double[] g;
    private final double[] nextU;
    private final double[] nextV;
    private final double[] previousU;
    private final double[] previousV;
    private final double startLoss;
    private double eta;
    private long steps;
    private Divergence divergence;

    /** Why and at which step (the step that was refused, counting from 1) the run stopped. */
    public record Divergence(long step, String reason) {
    }

    public DiagonalNetwork(SparseRegressionProblem problem, double alpha, double eta) {
        if (!(alpha > 0) || !(eta > 0)) {
            throw new IllegalArgumentException("need α > 0 and η > 0, got α = " + alpha + ", η = " + eta);
        }
        this.problem = problem;
        this.alpha = alpha;
        this.eta = eta;
        int d = problem.features();
        u = new double[d];
        v = new double[d];
        java.util.Arrays.fill(u, alpha);
        java.util.Arrays.fill(v, alpha);
        w = new double[d];
        residual = new double[problem.samples()];
        g = new double[d];
        nextU = new double[d];
        nextV = new double[d];
        previousU = u.clone();
        previousV = v.clone();
        startLoss = problem.loss(w);
    }

    private DiagonalNetwork(DiagonalNetwork o) {
        problem = o.problem;
        alpha = o.alpha;
        u = o.u.clone();
        v = o.v.clone();
        w = o.w.clone();
        residual = o.residual.clone();
        g = o.g.clone();
        nextU = o.nextU.clone();
        nextV = o.nextV.clone();
        previousU = o.previousU.clone();
        previousV = o.previousV.clone();
        startLoss = o.startLoss;
        eta = o.eta;
        steps = o.steps;
        divergence = o.divergence;
    }

    /** An independent copy: stepping either leaves the other as it was, and both continue alike, bit for bit. */
    public DiagonalNetwork copy() {
        return new DiagonalNetwork(this);
    }

    /** The bytes of a copy's own arrays. */
    public long copyBytes() {
        return (8L * u.length + residual.length) * Double.BYTES;
    }

    public double alpha() {
        return alpha;
    }

    public double learningRate() {
        return eta;
    }

    public void setLearningRate(double eta) {
        if (!(eta > 0)) {
            throw new IllegalArgumentException("need η > 0, got " + eta);
        }
        this.eta = eta;
    }

    public long steps() {
        return steps;
    }

    public boolean hasDiverged() {
        return divergence != null;
    }

    public java.util.Optional<Divergence> divergence() {
        return java.util.Optional.ofNullable(divergence);
    }

    /** Forgets a divergence, so that steps are tried again from the last finite state. */
    public void resume() {
        divergence = null;
    }

    /** w = u⊙u − v⊙v (a copy). */
    public double[] weights() {
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] * u[i] - v[i] * v[i];
        }
        return out;
    }

    public double[] u() {
        return u.clone();
    }

    public double[] v() {
        return v.clone();
    }

    public double loss() {
        return problem.loss(weights());
    }

    /** L(u, v) at any (u, v), for checking the gradient. */
    public double lossAt(double[] uAt, double[] vAt) {
        double[] wAt = new double[uAt.length];
        for (int i = 0; i < uAt.length; i++) {
            wAt[i] = uAt[i] * uAt[i] - vAt[i] * vAt[i];
        }
        return problem.loss(wAt);
    }

    /** (∇_u L, ∇_v L) at (u, v): {2u⊙g, −2v⊙g} with g = Xᵀ(Xw − y)/n. */
    public double[][] gradientAt(double[] uAt, double[] vAt) {
        double[] gw = new double[uAt.length];
        double[] wAt = new double[uAt.length];
        for (int i = 0; i < uAt.length; i++) {
            wAt[i] = uAt[i] * uAt[i] - vAt[i] * vAt[i];
        }
        lossGradient(wAt, new double[problem.samples()], gw);
        double[] gu = new double[uAt.length];
        double[] gv = new double[uAt.length];
        for (int i = 0; i < uAt.length; i++) {
            gu[i] = 2 * uAt[i] * gw[i];
            gv[i] = -2 * vAt[i] * gw[i];
        }
        return new double[][] {gu, gv};
    }

    private void lossGradient(double[] wAt, double[] r, double[] out) {
        problem.residual(wAt, r);
        double[][] x = problem.designView();
        java.util.Arrays.fill(out, 0.0);
        double scale = 1.0 / r.length;
        for (int row = 0; row < r.length; row++) {
            double c = r[row] * scale;
            double[] xr = x[row];
            for (int j = 0; j < out.length; j++) {
                out[j] += c * xr[j];
            }
        }
    }

    /**
     * Takes up to {@code count} gradient steps; stops early on divergence. Returns the number of steps taken.
     */
    public int step(int count) {
        int taken = 0;
        while (taken < count && divergence == null) {
            if (!stepOnce()) {
                break;
            }
            taken++;
        }
        return taken;
    }

    private boolean stepOnce() {
        for (int i = 0; i < u.length; i++) {
            w[i] = u[i] * u[i] - v[i] * v[i];
        }
        lossGradient(w, residual, g);
        double current = 0;
        for (double r : residual) {
            current += r * r;
        }
        current /= 2.0 * residual.length;
        if (!Double.isFinite(current) || current > EXPLODED_LOSS * startLoss) {
            divergence = new Divergence(steps, String.format(java.util.Locale.ROOT,
                    "the loss exploded to %.3g at step %d (start %.3g, η = %.3g); kept step %d", current, steps,
                    startLoss, eta, Math.max(0, steps - 1)));
            if (steps > 0) {
                System.arraycopy(previousU, 0, u, 0, u.length);
                System.arraycopy(previousV, 0, v, 0, v.length);
                steps--;
            }
            return false;
        }
        double twoEta = 2 * eta;
        for (int i = 0; i < u.length; i++) {
            double a = u[i] - twoEta * u[i] * g[i];
            double b = v[i] + twoEta * v[i] * g[i];
            if (!Double.isFinite(a) || !Double.isFinite(b) || Math.abs(a) > EXPLODED || Math.abs(b) > EXPLODED) {
                divergence = new Divergence(steps + 1, String.format(java.util.Locale.ROOT,
                        "a weight left the range |u|, |v| ≤ 10⁶ at step %d (η = %.3g, loss before %.3g)", steps + 1,
                        eta, current));
                return false;
            }
            nextU[i] = a;
            nextV[i] = b;
        }
        System.arraycopy(u, 0, previousU, 0, u.length);
        System.arraycopy(v, 0, previousV, 0, v.length);
        System.arraycopy(nextU, 0, u, 0, u.length);
        System.arraycopy(nextV, 0, v, 0, v.length);
        steps++;
        return true;
    }
}
