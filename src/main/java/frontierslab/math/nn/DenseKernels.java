package frontierslab.math.nn;

/**
 * The dense loops of the network. Matrices of activations are arrays of rows: feature-major {@code x[unit][sample]}
 * for products with the weights, sample-major {@code xT[sample][unit]} for the weight gradients. Every inner loop runs
 * over one contiguous row with index 0..len−1 in every array it touches, which lets the JIT vectorize it (offsets into
 * one shared flat array would block that: the JIT cannot rule out overlap). Weight matrices are read as scalars from
 * the flat parameter vector. Products are blocked four by four and summed with {@link Math#fma} (one rounding per
 * multiply-add, exactly specified, so the same on every JVM; every x86-64 and ARMv8 CPU has it in hardware). The
 * order of every floating-point sum is fixed, so results are reproducible bit for bit.
 */
final class DenseKernels {

    private DenseKernels() {
    }

    /** |z| beyond which tanh z is ±1 to double precision (1 − tanh 20 ≈ 8.5·10⁻¹⁸). */
    static final double TANH_SATURATION = 20.0;
    /** The depth of Lambert's continued fraction used for tanh on |y| ≤ 10. */
    static final int TANH_FRACTION_DEPTH = 18;
    private static final double[] TANH_NUMERATOR;
    private static final double[] TANH_DENOMINATOR;

    static {
        double[][] fraction = lambertConvergent(TANH_FRACTION_DEPTH);
        TANH_NUMERATOR = fraction[0];
        TANH_DENOMINATOR = fraction[1];
    }

    /**
     * The convergent A_N/B_N of Lambert's continued fraction tanh y = y/(1 + y²/(3 + y²/(5 + …))), written as
     * y·P(u)/Q(u) with u = y²: P₀ = 0, P₁ = 1, Q₀ = Q₁ = 1, P_k = (2k−1)P_{k−1} + u P_{k−2} (same for Q). The integer
     * coefficients are exact (BigInteger) and all positive; both are divided by Q's constant term before rounding
     * to double. Returns {P coefficients, Q coefficients}, constant term first.
     */
    static double[][] lambertConvergent(int depth) {
        java.math.BigInteger[] p0 = {java.math.BigInteger.ZERO};
        java.math.BigInteger[] p1 = {java.math.BigInteger.ONE};
        java.math.BigInteger[] q0 = {java.math.BigInteger.ONE};
        java.math.BigInteger[] q1 = {java.math.BigInteger.ONE};
        for (int k = 2; k <= depth; k++) {
            java.math.BigInteger[] p2 = fractionStep(p1, p0, 2 * k - 1);
            java.math.BigInteger[] q2 = fractionStep(q1, q0, 2 * k - 1);
            p0 = p1;
            p1 = p2;
            q0 = q1;
            q1 = q2;
        }
        java.math.BigDecimal scale = new java.math.BigDecimal(q1[0]);
        return new double[][] {normalized(p1, scale), normalized(q1, scale)};
    }

    private static java.math.BigInteger[] fractionStep(java.math.BigInteger[] previous, java.math.BigInteger[] beforeThat,
                                                       int oddNumber) {
        int length = Math.max(previous.length, beforeThat.length + 1);
        java.math.BigInteger[] next = new java.math.BigInteger[length];
        for (int i = 0; i < length; i++) {
            java.math.BigInteger c = java.math.BigInteger.ZERO;
            if (i < previous.length) {
                c = c.add(previous[i].multiply(java.math.BigInteger.valueOf(oddNumber)));
            }
            if (i >= 1 && i - 1 < beforeThat.length) {
                c = c.add(beforeThat[i - 1]);
            }
            next[i] = c;
        }
        int used = length;
        while (used > 1 && next[used - 1].signum() == 0) {
            used--;
        }
        return java.util.Arrays.copyOf(next, used);
    }

    private static double[] normalized(java.math.BigInteger[] coefficients, java.math.BigDecimal scale) {
        double[] out = new double[coefficients.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new java.math.BigDecimal(coefficients[i]).divide(scale, java.math.MathContext.DECIMAL128).doubleValue();
        }
        return out;
    }

    /**
     * tanh of every entry of {@code row}, in place.
     *
     * <p>Only +, −, ×, ÷ and fused multiply-add (so the result is the same on every JVM and CPU, and the loop
     * vectorizes): clamp z to [−20, 20], halve it, y = z/2, evaluate tanh y = y·P(y²)/Q(y²) by the depth-18 convergent
     * of Lambert's continued fraction (see {@link #lambertConvergent}; exact to double precision for |y| ≤ 10, and
     * positive coefficients, so Horner's rule does not cancel), and double the angle without a second division:
     * tanh z = 2sQ/(Q² + s²) with s = yP. Within 5 ulps of StrictMath.tanh over 2·10⁶ test points (4 ulps of the
     * exactly rounded value, mean 0.6), against about 15 ns per call for StrictMath.tanh.
     */
    static void tanhInPlace(double[] row) {
        int n = row.length;
        for (int i = 0; i < n; i++) {
            row[i] = Math.max(-TANH_SATURATION, Math.min(row[i], TANH_SATURATION)) * 0.5;
        }
        double[] p = TANH_NUMERATOR;
        double[] q = TANH_DENOMINATOR;
        double p1 = p[1];
        double p2 = p[2];
        double p3 = p[3];
        double p4 = p[4];
        double p5 = p[5];
        double p6 = p[6];
        double p7 = p[7];
        double p8 = p[8];
        double q1 = q[1];
        double q2 = q[2];
        double q3 = q[3];
        double q4 = q[4];
        double q5 = q[5];
        double q6 = q[6];
        double q7 = q[7];
        double q8 = q[8];
        double q9 = q[9];
        for (int i = 0; i < n; i++) {
            double y = row[i];
            double u = y * y;
            double pu = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(
                    p8, u, p7), u, p6), u, p5), u, p4), u, p3), u, p2), u, p1), u, 1.0);
            double qu = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(
                    q9, u, q8), u, q7), u, q6), u, q5), u, q4), u, q3), u, q2), u, q1), u, 1.0);
            double s = y * pu;
            row[i] = 2 * s * qu / Math.fma(qu, qu, s * s);
        }
    }

    /** The same function as {@link #tanhInPlace} for one value (for reference paths and tests). */
    static double tanh(double z) {
        double[] one = {z};
        tanhInPlace(one);
        return one[0];
    }

    /** z[j][i] += Σ_k W[j, k] x[k][i], W (z.length × x.length) row-major at {@code w[wOffset]}. */
    static void addProduct(double[] w, int wOffset, double[][] x, double[][] z) {
        addStridedProduct(w, wOffset, x.length, 1, x, z);
    }

    /** e[k][i] += Σ_j W[j, k] d[j][i], the transposed product Wᵀd, W (d.length × e.length) row-major at wOffset. */
    static void addTransposedProduct(double[] w, int wOffset, double[][] d, double[][] e) {
        addStridedProduct(w, wOffset, 1, e.length, d, e);
    }

    /**
     * z[o][i] += Σ_r A[o, r] x[r][i] with A[o, r] = w[offset + o·outStride + r·inStride]. Blocks of four outputs by
     * four inputs: each loaded x[r][i] serves four outputs and each z[o][i] is loaded and stored once per four inputs;
     * the sum over r is a chain of fused multiply-adds in increasing r.
     */
    private static void addStridedProduct(double[] w, int offset, int outStride, int inStride, double[][] x,
                                          double[][] z) {
        int outputs = z.length;
        int inputs = x.length;
        int o = 0;
        for (; o + 3 < outputs; o += 4) {
            double[] z0 = z[o];
            double[] z1 = z[o + 1];
            double[] z2 = z[o + 2];
            double[] z3 = z[o + 3];
            int n = z0.length;
            int w0 = offset + o * outStride;
            int w1 = w0 + outStride;
            int w2 = w1 + outStride;
            int w3 = w2 + outStride;
            int r = 0;
            for (; r + 3 < inputs; r += 4) {
                int c0 = r * inStride;
                int c1 = c0 + inStride;
                int c2 = c1 + inStride;
                int c3 = c2 + inStride;
                double a0 = w[w0 + c0];
                double a1 = w[w0 + c1];
                double a2 = w[w0 + c2];
                double a3 = w[w0 + c3];
                double b0 = w[w1 + c0];
                double b1 = w[w1 + c1];
                double b2 = w[w1 + c2];
                double b3 = w[w1 + c3];
                double e0 = w[w2 + c0];
                double e1 = w[w2 + c1];
                double e2 = w[w2 + c2];
                double e3 = w[w2 + c3];
                double f0 = w[w3 + c0];
                double f1 = w[w3 + c1];
                double f2 = w[w3 + c2];
                double f3 = w[w3 + c3];
                double[] x0 = x[r];
                double[] x1 = x[r + 1];
                double[] x2 = x[r + 2];
                double[] x3 = x[r + 3];
                for (int i = 0; i < n; i++) {
                    double p = x0[i];
                    double q = x1[i];
                    double s = x2[i];
                    double t = x3[i];
                    z0[i] = Math.fma(a3, t, Math.fma(a2, s, Math.fma(a1, q, Math.fma(a0, p, z0[i]))));
                    z1[i] = Math.fma(b3, t, Math.fma(b2, s, Math.fma(b1, q, Math.fma(b0, p, z1[i]))));
                    z2[i] = Math.fma(e3, t, Math.fma(e2, s, Math.fma(e1, q, Math.fma(e0, p, z2[i]))));
                    z3[i] = Math.fma(f3, t, Math.fma(f2, s, Math.fma(f1, q, Math.fma(f0, p, z3[i]))));
                }
            }
            for (; r < inputs; r++) {
                int c0 = r * inStride;
                double a0 = w[w0 + c0];
                double b0 = w[w1 + c0];
                double e0 = w[w2 + c0];
                double f0 = w[w3 + c0];
                double[] x0 = x[r];
                for (int i = 0; i < n; i++) {
                    double p = x0[i];
                    z0[i] = Math.fma(a0, p, z0[i]);
                    z1[i] = Math.fma(b0, p, z1[i]);
                    z2[i] = Math.fma(e0, p, z2[i]);
                    z3[i] = Math.fma(f0, p, z3[i]);
                }
            }
        }
        for (; o < outputs; o++) {
            double[] z0 = z[o];
            int n = z0.length;
            int w0 = offset + o * outStride;
            int r = 0;
            for (; r + 3 < inputs; r += 4) {
                double a0 = w[w0 + r * inStride];
                double a1 = w[w0 + (r + 1) * inStride];
                double a2 = w[w0 + (r + 2) * inStride];
                double a3 = w[w0 + (r + 3) * inStride];
                double[] x0 = x[r];
                double[] x1 = x[r + 1];
                double[] x2 = x[r + 2];
                double[] x3 = x[r + 3];
                for (int i = 0; i < n; i++) {
                    z0[i] = Math.fma(a3, x3[i], Math.fma(a2, x2[i], Math.fma(a1, x1[i], Math.fma(a0, x0[i], z0[i]))));
                }
            }
            for (; r < inputs; r++) {
                double a0 = w[w0 + r * inStride];
                double[] x0 = x[r];
                for (int i = 0; i < n; i++) {
                    z0[i] = Math.fma(a0, x0[i], z0[i]);
                }
            }
        }
    }

    /**
     * g[j][k] += Σ_i d[j][i] xT[i][k], the sum of outer products d xᵀ with x given sample-major. Blocks of four rows
     * of g by four samples: each loaded xT[i][k] serves four rows, each g[j][k] is loaded and stored once per four
     * samples; the sum over i is a chain of fused multiply-adds in increasing i.
     */
    static void addOuter(double[][] d, double[][] xT, double[][] g) {
        int n = xT.length;
        int rows = g.length;
        int j = 0;
        for (; j + 3 < rows; j += 4) {
            double[] g0 = g[j];
            double[] g1 = g[j + 1];
            double[] g2 = g[j + 2];
            double[] g3 = g[j + 3];
            double[] d0 = d[j];
            double[] d1 = d[j + 1];
            double[] d2 = d[j + 2];
            double[] d3 = d[j + 3];
            int cols = g0.length;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                double[] xa = xT[i];
                double[] xb = xT[i + 1];
                double[] xc = xT[i + 2];
                double[] xd = xT[i + 3];
                double a0 = d0[i];
                double a1 = d0[i + 1];
                double a2 = d0[i + 2];
                double a3 = d0[i + 3];
                double b0 = d1[i];
                double b1 = d1[i + 1];
                double b2 = d1[i + 2];
                double b3 = d1[i + 3];
                double e0 = d2[i];
                double e1 = d2[i + 1];
                double e2 = d2[i + 2];
                double e3 = d2[i + 3];
                double f0 = d3[i];
                double f1 = d3[i + 1];
                double f2 = d3[i + 2];
                double f3 = d3[i + 3];
                for (int k = 0; k < cols; k++) {
                    double p = xa[k];
                    double q = xb[k];
                    double s = xc[k];
                    double t = xd[k];
                    g0[k] = Math.fma(a3, t, Math.fma(a2, s, Math.fma(a1, q, Math.fma(a0, p, g0[k]))));
                    g1[k] = Math.fma(b3, t, Math.fma(b2, s, Math.fma(b1, q, Math.fma(b0, p, g1[k]))));
                    g2[k] = Math.fma(e3, t, Math.fma(e2, s, Math.fma(e1, q, Math.fma(e0, p, g2[k]))));
                    g3[k] = Math.fma(f3, t, Math.fma(f2, s, Math.fma(f1, q, Math.fma(f0, p, g3[k]))));
                }
            }
            for (; i < n; i++) {
                double[] xa = xT[i];
                double a0 = d0[i];
                double b0 = d1[i];
                double e0 = d2[i];
                double f0 = d3[i];
                for (int k = 0; k < cols; k++) {
                    double p = xa[k];
                    g0[k] = Math.fma(a0, p, g0[k]);
                    g1[k] = Math.fma(b0, p, g1[k]);
                    g2[k] = Math.fma(e0, p, g2[k]);
                    g3[k] = Math.fma(f0, p, g3[k]);
                }
            }
        }
        for (; j < rows; j++) {
            double[] gr = g[j];
            double[] dr = d[j];
            int cols = gr.length;
            for (int i = 0; i < n; i++) {
                double d0 = dr[i];
                double[] x0 = xT[i];
                for (int k = 0; k < cols; k++) {
                    gr[k] = Math.fma(d0, x0[k], gr[k]);
                }
            }
        }
    }

    /**
     * g[j][k] += Σ_i d[j][i] x[k][i], the same sum of outer products with x given feature-major, as dot products of
     * rows (four fixed partial sums). Faster than {@link #addOuter} when g has very short rows (a layer with 1 or 2
     * inputs), where the vectorized loop over k would be too short to pay.
     */
    static void addOuterByDots(double[][] d, double[][] x, double[][] g) {
        for (int j = 0; j < g.length; j++) {
            double[] gr = g[j];
            double[] dr = d[j];
            int n = dr.length;
            for (int k = 0; k < gr.length; k++) {
                double[] xr = x[k];
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                int i = 0;
                for (; i + 3 < n; i += 4) {
                    s0 = Math.fma(dr[i], xr[i], s0);
                    s1 = Math.fma(dr[i + 1], xr[i + 1], s1);
                    s2 = Math.fma(dr[i + 2], xr[i + 2], s2);
                    s3 = Math.fma(dr[i + 3], xr[i + 3], s3);
                }
                for (; i < n; i++) {
                    s0 = Math.fma(dr[i], xr[i], s0);
                }
                gr[k] += (s0 + s1) + (s2 + s3);
            }
        }
    }

    /** out[offset + j] = Σ_i d[j][i] (bias gradients), four fixed partial sums. */
    static void rowSums(double[][] d, double[] out, int offset) {
        for (int j = 0; j < d.length; j++) {
            double[] dr = d[j];
            int n = dr.length;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                s0 += dr[i];
                s1 += dr[i + 1];
                s2 += dr[i + 2];
                s3 += dr[i + 3];
            }
            for (; i < n; i++) {
                s0 += dr[i];
            }
            out[offset + j] = (s0 + s1) + (s2 + s3);
        }
    }

    /** xT[i][j] = x[j][i], four rows of x at a time. */
    static void transpose(double[][] x, double[][] xT) {
        int rows = x.length;
        int n = xT.length;
        int j = 0;
        for (; j + 3 < rows; j += 4) {
            double[] x0 = x[j];
            double[] x1 = x[j + 1];
            double[] x2 = x[j + 2];
            double[] x3 = x[j + 3];
            for (int i = 0; i < n; i++) {
                double[] t = xT[i];
                t[j] = x0[i];
                t[j + 1] = x1[i];
                t[j + 2] = x2[i];
                t[j + 3] = x3[i];
            }
        }
        for (; j < rows; j++) {
            double[] x0 = x[j];
            for (int i = 0; i < n; i++) {
                xT[i][j] = x0[i];
            }
        }
    }

    /** z[j][i] = b[bOffset + j]. */
    static void fillRows(double[] b, int bOffset, double[][] z) {
        for (int j = 0; j < z.length; j++) {
            java.util.Arrays.fill(z[j], b[bOffset + j]);
        }
    }

    /** Every entry 0. */
    static void clear(double[][] a) {
        for (double[] row : a) {
            java.util.Arrays.fill(row, 0.0);
        }
    }

    /** out[offset + j·cols + k] = g[j][k]. */
    static void flatten(double[][] g, double[] out, int offset) {
        for (double[] row : g) {
            System.arraycopy(row, 0, out, offset, row.length);
            offset += row.length;
        }
    }
}
