package frontierslab.math.landscape;

/**
 * The lecture's Demo 2 surface (lecture 1.5, "SAM vs. SGD Comparison on a Sharp Potential"), two Gaussian wells:
 *
 * <pre>
 *   f(x) = −( a·e^{−α‖x − A‖²} + b·e^{−β‖x − B‖²} ),   a = 5, α = 5, A = (−2, −2),   b = 2, β = 0.5, B = (2, 2).
 * </pre>
 *
 * <p>With u = x − A, v = x − B, E_A = a·e^{−α‖u‖²}, E_B = b·e^{−β‖v‖²}:
 * ∇f = 2α E_A u + 2β E_B v and ∇²f = 2α E_A (I − 2α u uᵀ) + 2β E_B (I − 2β v vᵀ).
 *
 * <p>At A alone the Hessian is 2αa·I = 50·I and f = −5: the <b>sharp, global</b> minimum. At B it is 2βb·I = 2·I and
 * f = −2: the <b>flat, local</b> minimum (the lecture's code comment names them the other way round). Each well is
 * shifted slightly by the other bump's tail. At A the flat bump adds the gradient 2βb·e^{−16}·(A − B) ≈ −9·10⁻⁷·(1, 1),
 * so the sharp minimum sits 9·10⁻⁷/50 ≈ 1.8·10⁻⁸ from A in each coordinate, with f = −5 − 2e^{−16} ≈ −5.000000225 and
 * eigenvalues 50 − 62e^{−16} ≈ 50 − 7.0·10⁻⁶ along (1, 1) and 50 + 2e^{−16} ≈ 50 + 2.3·10⁻⁷ across. At B the sharp
 * tail is of order e^{−160}, so the flat minimum is B itself in double precision, with f = −2 and eigenvalues 2, 2.
 * {@link #sharpMinimum()} and {@link #flatMinimum()} locate them by Newton's method.
 *
 * <p>The arithmetic of {@link #value} follows the lecture's numpy code operation for operation
 * (‖x − A‖² as d₀·d₀ + d₁·d₁, then −(5·exp(−5·s) + 2·exp(−0.5·t))), and every exponential here is correctly rounded
 * ({@link #exp}), so values, gradients and Hessians are the same bits on every machine, and a forward difference of
 * {@link #value} reproduces the lecture's code bit for bit wherever that code also gets correctly rounded
 * exponentials. (numpy's own {@code np.exp} is not correctly rounded: on this machine about 4.5 % of its results differ
 * from the correctly rounded ones by one unit in the last place.) Gaussian smoothing has a closed form here
 * ({@link #gaussianSmoothedValue}).
 */
public final class TwoBasinSurface implements Landscape {

    public static final double SHARP_DEPTH = 5.0;
    public static final double SHARP_STIFFNESS = 5.0;
    public static final double FLAT_DEPTH = 2.0;
    public static final double FLAT_STIFFNESS = 0.5;
    /** Both coordinates of A, the nominal centre of the sharp well. */
    public static final double SHARP_CENTRE_COORDINATE = -2.0;
    /** Both coordinates of B, the nominal centre of the flat well. */
    public static final double FLAT_CENTRE_COORDINATE = 2.0;
    /** 2αa = 50, the Hessian eigenvalue of the sharp bump alone at A (both eigenvalues). */
    public static final double NOMINAL_SHARP_CURVATURE = 2 * SHARP_STIFFNESS * SHARP_DEPTH;
    /** 2βb = 2, the Hessian eigenvalue of the flat bump alone at B (both eigenvalues). */
    public static final double NOMINAL_FLAT_CURVATURE = 2 * FLAT_STIFFNESS * FLAT_DEPTH;

    /** The one instance: the surface has no parameters. */
    public static final TwoBasinSurface LECTURE = new TwoBasinSurface();

    private static final double A = SHARP_CENTRE_COORDINATE;
    private static final double B = FLAT_CENTRE_COORDINATE;

    private final Minimum sharpMinimum;
    private final Minimum flatMinimum;

    private TwoBasinSurface() {
        sharpMinimum = newtonMinimum(sharpCentre());
        flatMinimum = newtonMinimum(flatCentre());
    }

    /** A stationary point of f, its value and the two Hessian eigenvalues there (2×2 closed form). */
    public record Minimum(double x, double y, double value, double smallerCurvature, double largerCurvature) {

        public double[] position() {
            return new double[] {x, y};
        }
    }

    /** A = (−2, −2). */
    public static double[] sharpCentre() {
        return new double[] {A, A};
    }

    /** B = (2, 2). */
    public static double[] flatCentre() {
        return new double[] {B, B};
    }

    /** The true sharp (global) minimum near A, f ≈ −5, eigenvalues ≈ 50, 50. */
    public Minimum sharpMinimum() {
        return sharpMinimum;
    }

    /** The true flat (local) minimum near B, f ≈ −2, eigenvalues ≈ 2, 2. */
    public Minimum flatMinimum() {
        return flatMinimum;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        return value(x[0], x[1]);
    }

    /** f(x, y), in the lecture's order of operations. */
    public static double value(double x, double y) {
        double u0 = x - A;
        double u1 = y - A;
        double v0 = x - B;
        double v1 = y - B;
        double sharp = SHARP_DEPTH * exp(-SHARP_STIFFNESS * (u0 * u0 + u1 * u1));
        double flat = FLAT_DEPTH * exp(-FLAT_STIFFNESS * (v0 * v0 + v1 * v1));
        return -(sharp + flat);
    }

    @Override
    public double[] gradient(double[] x, double[] out) {
        double u0 = x[0] - A;
        double u1 = x[1] - A;
        double v0 = x[0] - B;
        double v1 = x[1] - B;
        double sharp = 2 * SHARP_STIFFNESS * SHARP_DEPTH * exp(-SHARP_STIFFNESS * (u0 * u0 + u1 * u1));
        double flat = 2 * FLAT_STIFFNESS * FLAT_DEPTH * exp(-FLAT_STIFFNESS * (v0 * v0 + v1 * v1));
        out[0] = sharp * u0 + flat * v0;
        out[1] = sharp * u1 + flat * v1;
        return out;
    }

    @Override
    public double[][] hessian(double[] x) {
        double u0 = x[0] - A;
        double u1 = x[1] - A;
        double v0 = x[0] - B;
        double v1 = x[1] - B;
        double sharp = 2 * SHARP_STIFFNESS * SHARP_DEPTH * exp(-SHARP_STIFFNESS * (u0 * u0 + u1 * u1));
        double flat = 2 * FLAT_STIFFNESS * FLAT_DEPTH * exp(-FLAT_STIFFNESS * (v0 * v0 + v1 * v1));
        double twoAlpha = 2 * SHARP_STIFFNESS;
        double twoBeta = 2 * FLAT_STIFFNESS;
        double h00 = sharp * (1 - twoAlpha * u0 * u0) + flat * (1 - twoBeta * v0 * v0);
        double h11 = sharp * (1 - twoAlpha * u1 * u1) + flat * (1 - twoBeta * v1 * v1);
        double h01 = -sharp * twoAlpha * u0 * u1 - flat * twoBeta * v0 * v1;
        return new double[][] {{h00, h01}, {h01, h11}};
    }

    /**
     * E[f(x + σz)] for z ~ N(0, I₂), in closed form: convolving e^{−κ‖x − c‖²} with N(0, σ²I₂) gives
     * e^{−κ‖x − c‖²/(1 + 2κσ²)}/(1 + 2κσ²).
     */
    public static double gaussianSmoothedValue(double[] x, double sigma) {
        double sharpSpread = 1 + 2 * SHARP_STIFFNESS * sigma * sigma;
        double flatSpread = 1 + 2 * FLAT_STIFFNESS * sigma * sigma;
        double u = square(x[0] - A) + square(x[1] - A);
        double v = square(x[0] - B) + square(x[1] - B);
        return -(SHARP_DEPTH * exp(-SHARP_STIFFNESS * u / sharpSpread) / sharpSpread
                + FLAT_DEPTH * exp(-FLAT_STIFFNESS * v / flatSpread) / flatSpread);
    }

    /**
     * eˣ correctly rounded to the nearest double (ties to even), for every double x. A table-driven double-double
     * evaluation (x = (64m + j)·ln2/64 + r, |r| ≤ ln2/128, eˣ = 2ᵐ·2^{j/64}·e^r) with an error below 2⁻⁶²·eˣ is
     * rounded when that bound decides the rounding (all but ≈0.3 % of arguments); otherwise, and for subnormal
     * results, a 27-term double-double Taylor series (error ≈ 2⁻¹⁰⁰) decides it.
     */
    public static double exp(double x) {
        return CorrectlyRoundedExp.exp(x);
    }

    private static double square(double t) {
        return t * t;
    }

    private Minimum newtonMinimum(double[] start) {
        double[] x = start.clone();
        double[] g = new double[2];
        for (int iteration = 0; iteration < 50; iteration++) {
            gradient(x, g);
            double[][] h = hessian(x);
            double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
            double dx = (h[1][1] * g[0] - h[0][1] * g[1]) / det;
            double dy = (h[0][0] * g[1] - h[1][0] * g[0]) / det;
            x[0] -= dx;
            x[1] -= dy;
            if (dx == 0 && dy == 0) {
                break;
            }
        }
        double[][] h = hessian(x);
        double mean = 0.5 * (h[0][0] + h[1][1]);
        double radius = Math.hypot(0.5 * (h[0][0] - h[1][1]), h[0][1]);
        return new Minimum(x[0], x[1], value(x), mean - radius, mean + radius);
    }

    private static final class CorrectlyRoundedExp {

        private static final double LN2_HI = 0x1.62e42fefa39efp-1;
        private static final double LN2_MID = 0x1.abc9e3b39803fp-56;
        private static final double LN2_LO = 0x1.7b57a079a1934p-111;
        private static final double SIXTY_FOUR_OVER_LN2 = 0x1.71547652b82fep6;
        private static final double ONE_OVER_LN2 = 0x1.71547652b82fep0;
        private static final double FAST_ERROR_BOUND = 0x1p-62;
        private static final int TAYLOR_TERMS = 27;
        /** 1/n! as double-double. */
        private static final double[] INVERSE_FACTORIAL_HI = new double[TAYLOR_TERMS + 1];
        private static final double[] INVERSE_FACTORIAL_LO = new double[TAYLOR_TERMS + 1];
        /** 2^{j/64} as double-double. */
        private static final double[] TABLE_HI = new double[64];
        private static final double[] TABLE_LO = new double[64];

        static {
            INVERSE_FACTORIAL_HI[0] = 1;
            for (int n = 1; n <= TAYLOR_TERMS; n++) {
                double previous = INVERSE_FACTORIAL_HI[n - 1];
                double quotient = previous / n;
                double product = quotient * n;
                double remainder = ((previous - product) - Math.fma(quotient, n, -product)
                        + INVERSE_FACTORIAL_LO[n - 1]) / n;
                INVERSE_FACTORIAL_HI[n] = quotient + remainder;
                INVERSE_FACTORIAL_LO[n] = remainder - (INVERSE_FACTORIAL_HI[n] - quotient);
            }
            for (int j = 0; j < 64; j++) {
                double[] r = {j * LN2_HI, Math.fma(j, LN2_HI, -(j * LN2_HI))};
                addTo(r, j * LN2_MID);
                addTo(r, Math.fma(j, LN2_MID, -(j * LN2_MID)));
                addTo(r, j * LN2_LO);
                double[] e = taylor(r[0] * 0x1p-6, r[1] * 0x1p-6);
                TABLE_HI[j] = e[0];
                TABLE_LO[j] = e[1];
            }
        }

        static double exp(double x) {
            if (!(x > -745.2)) {
                return x != x ? x : 0.0;
            }
            if (x > 709.8) {
                return Double.POSITIVE_INFINITY;
            }
            double k = Math.rint(x * SIXTY_FOUR_OVER_LN2);
            double p = k * (LN2_HI * 0x1p-6);
            double s0 = x - p;
            double s1 = -((Math.fma(k, LN2_HI * 0x1p-6, -p) + k * (LN2_MID * 0x1p-6)) + k * (LN2_LO * 0x1p-6));
            double rh = s0 + s1;
            double rl = s1 - (rh - s0);
            double poly = 0.5 + rh * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720 + rh / 5040))));
            double small = rl + rh * rl + rh * rh * poly;
            int ki = (int) k;
            int m = ki >> 6;
            double th = TABLE_HI[ki & 63];
            double tl = TABLE_LO[ki & 63];
            double t1 = th * rh;
            double rest = Math.fma(th, rh, -t1) + (th * small + (tl * (rh + small) + tl));
            double hi = th + t1;
            double carried = hi - th;
            double lo = ((th - (hi - carried)) + (t1 - carried)) + rest;
            double bound = FAST_ERROR_BOUND * hi;
            double rounded = hi + (lo - bound);
            if (rounded == hi + (lo + bound) && m >= -1021) {
                return Math.scalb(rounded, m);
            }
            return slowExp(x);
        }

        private static double slowExp(double x) {
            double k = Math.rint(x * ONE_OVER_LN2);
            double p = k * LN2_HI;
            double q = k * LN2_MID;
            double[] r = {x - p, 0};
            addTo(r, -Math.fma(k, LN2_HI, -p));
            addTo(r, -q);
            addTo(r, -Math.fma(k, LN2_MID, -q));
            addTo(r, -k * LN2_LO);
            double[] e = taylor(r[0], r[1]);
            int ki = (int) k;
            if (ki >= -1021) {
                return Math.scalb(e[0] + e[1], ki);
            }
            double u = Math.scalb(e[0], ki);
            double remainder = (e[0] - Math.scalb(u, -ki)) + e[1];
            double halfSpacing = Math.scalb(0x1p-1000, -ki - 75);
            if (remainder > halfSpacing) {
                u = Math.nextUp(u);
            } else if (remainder < -halfSpacing) {
                u = Math.nextDown(u);
            }
            return u;
        }

        /** e^{rh + rl} as double-double by Horner on the Taylor series. */
        private static double[] taylor(double rh, double rl) {
            double ph = INVERSE_FACTORIAL_HI[TAYLOR_TERMS];
            double pl = INVERSE_FACTORIAL_LO[TAYLOR_TERMS];
            for (int n = TAYLOR_TERMS - 1; n >= 0; n--) {
                double m = ph * rh;
                double me = Math.fma(ph, rh, -m) + (ph * rl + pl * rh);
                double mh = m + me;
                double ml = me - (mh - m);
                double s = mh + INVERSE_FACTORIAL_HI[n];
                double carried = s - mh;
                double se = (mh - (s - carried)) + (INVERSE_FACTORIAL_HI[n] - carried) + ml + INVERSE_FACTORIAL_LO[n];
                ph = s + se;
                pl = se - (ph - s);
            }
            return new double[] {ph, pl};
        }

        /** (a[0], a[1]) += b in double-double. */
        private static void addTo(double[] a, double b) {
            double s = a[0] + b;
            double carried = s - a[0];
            double lo = a[1] + ((a[0] - (s - carried)) + (b - carried));
            double h = s + lo;
            a[1] = lo - (h - s);
            a[0] = h;
        }
    }
}
