package frontierslab.math.grok;

/**
 * The three products of a step of the modular-addition network, in single precision, as loops over contiguous rows
 * that the JIT vectorizes (fused multiply-adds, {@link Math#fma}), blocked so that each pass over a row does several
 * multiply-adds per load. Each sum is one chain of fused multiply-adds in index order, so the blocking and the split
 * of rows between threads leave every result the same bit for bit. Row counts and row lengths are multiples of four
 * (the network pads its units, classes and samples with zeros). Each method works on a range of rows so that two
 * threads can share it.
 */
final class GrokKernels {

    private GrokKernels() {
    }

    /**
     * oT[c][i] = bias[c] + Σ_k w[c][k]·zT[k][i] for c < classes (a multiple of four), i ∈ [from, to): the outputs of
     * the samples in range, classes by rows. Two rows of oT at a time, four units per pass: a pass of four rows and
     * four units (sixteen coefficients, eight streams) ran at a quarter of this speed.
     */
    static void outputs(float[][] w, float[] bias, float[][] zT, float[][] oT, int classes, int units, int from,
                        int to) {
        for (int c = 0; c < classes; c += 2) {
            float[] o0 = oT[c];
            float[] o1 = oT[c + 1];
            java.util.Arrays.fill(o0, from, to, bias[c]);
            java.util.Arrays.fill(o1, from, to, bias[c + 1]);
            float[] w0 = w[c];
            float[] w1 = w[c + 1];
            for (int k = 0; k < units; k += 4) {
                float[] z0 = zT[k];
                float[] z1 = zT[k + 1];
                float[] z2 = zT[k + 2];
                float[] z3 = zT[k + 3];
                float a00 = w0[k], a01 = w0[k + 1], a02 = w0[k + 2], a03 = w0[k + 3];
                float a10 = w1[k], a11 = w1[k + 1], a12 = w1[k + 2], a13 = w1[k + 3];
                for (int i = from; i < to; i++) {
                    float x0 = z0[i];
                    float x1 = z1[i];
                    float x2 = z2[i];
                    float x3 = z3[i];
                    o0[i] = Math.fma(a03, x3, Math.fma(a02, x2, Math.fma(a01, x1, Math.fma(a00, x0, o0[i]))));
                    o1[i] = Math.fma(a13, x3, Math.fma(a12, x2, Math.fma(a11, x1, Math.fma(a10, x0, o1[i]))));
                }
            }
        }
    }

    /** zT[k][i] = z[i][k] for i ∈ [from, to) (multiples of four): four samples per pass over a unit's row. */
    static void transpose(float[][] z, float[][] zT, int units, int from, int to) {
        for (int i = from; i < to; i += 4) {
            float[] z0 = z[i];
            float[] z1 = z[i + 1];
            float[] z2 = z[i + 2];
            float[] z3 = z[i + 3];
            for (int k = 0; k < units; k++) {
                float[] row = zT[k];
                row[i] = z0[k];
                row[i + 1] = z1[k];
                row[i + 2] = z2[k];
                row[i + 3] = z3[k];
            }
        }
    }

    /**
     * dz[i][k] = Σ_c dT[c][i]·w[c][k] for samples i ∈ [from, to) (multiples of four): the gradient with respect to
     * the hidden activations, samples by rows.
     */
    static void hiddenGradient(float[][] w, float[][] dT, float[][] dz, int classes, int units, int from, int to) {
        for (int i = from; i < to; i += 4) {
            float[] g0 = dz[i];
            float[] g1 = dz[i + 1];
            float[] g2 = dz[i + 2];
            float[] g3 = dz[i + 3];
            java.util.Arrays.fill(g0, 0, units, 0f);
            java.util.Arrays.fill(g1, 0, units, 0f);
            java.util.Arrays.fill(g2, 0, units, 0f);
            java.util.Arrays.fill(g3, 0, units, 0f);
            for (int c = 0; c < classes; c += 4) {
                float[] w0 = w[c];
                float[] w1 = w[c + 1];
                float[] w2 = w[c + 2];
                float[] w3 = w[c + 3];
                float d00 = dT[c][i], d01 = dT[c + 1][i], d02 = dT[c + 2][i], d03 = dT[c + 3][i];
                float d10 = dT[c][i + 1], d11 = dT[c + 1][i + 1], d12 = dT[c + 2][i + 1], d13 = dT[c + 3][i + 1];
                float d20 = dT[c][i + 2], d21 = dT[c + 1][i + 2], d22 = dT[c + 2][i + 2], d23 = dT[c + 3][i + 2];
                float d30 = dT[c][i + 3], d31 = dT[c + 1][i + 3], d32 = dT[c + 2][i + 3], d33 = dT[c + 3][i + 3];
                for (int k = 0; k < units; k++) {
                    float x0 = w0[k];
                    float x1 = w1[k];
                    float x2 = w2[k];
                    float x3 = w3[k];
                    g0[k] = Math.fma(d03, x3, Math.fma(d02, x2, Math.fma(d01, x1, Math.fma(d00, x0, g0[k]))));
                    g1[k] = Math.fma(d13, x3, Math.fma(d12, x2, Math.fma(d11, x1, Math.fma(d10, x0, g1[k]))));
                    g2[k] = Math.fma(d23, x3, Math.fma(d22, x2, Math.fma(d21, x1, Math.fma(d20, x0, g2[k]))));
                    g3[k] = Math.fma(d33, x3, Math.fma(d32, x2, Math.fma(d31, x1, Math.fma(d30, x0, g3[k]))));
                }
            }
        }
    }

    /**
     * gw[c][k] = Σ_i dT[c][i]·z[i][k] and gb[c] = Σ_i dT[c][i] over the samples i &lt; samples (a multiple of four),
     * for classes c ∈ [from, to) (multiples of four): the gradient of the output layer.
     */
    static void outputGradient(float[][] dT, float[][] z, float[][] gw, float[] gb, int samples, int units, int from,
                               int to) {
        for (int c = from; c < to; c += 4) {
            float[] g0 = gw[c];
            float[] g1 = gw[c + 1];
            float[] g2 = gw[c + 2];
            float[] g3 = gw[c + 3];
            java.util.Arrays.fill(g0, 0, units, 0f);
            java.util.Arrays.fill(g1, 0, units, 0f);
            java.util.Arrays.fill(g2, 0, units, 0f);
            java.util.Arrays.fill(g3, 0, units, 0f);
            float[] e0 = dT[c];
            float[] e1 = dT[c + 1];
            float[] e2 = dT[c + 2];
            float[] e3 = dT[c + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = 0; i < samples; i += 4) {
                float[] x0 = z[i];
                float[] x1 = z[i + 1];
                float[] x2 = z[i + 2];
                float[] x3 = z[i + 3];
                float d00 = e0[i], d01 = e0[i + 1], d02 = e0[i + 2], d03 = e0[i + 3];
                float d10 = e1[i], d11 = e1[i + 1], d12 = e1[i + 2], d13 = e1[i + 3];
                float d20 = e2[i], d21 = e2[i + 1], d22 = e2[i + 2], d23 = e2[i + 3];
                float d30 = e3[i], d31 = e3[i + 1], d32 = e3[i + 2], d33 = e3[i + 3];
                s0 += (double) d00 + d01 + d02 + d03;
                s1 += (double) d10 + d11 + d12 + d13;
                s2 += (double) d20 + d21 + d22 + d23;
                s3 += (double) d30 + d31 + d32 + d33;
                for (int k = 0; k < units; k++) {
                    float y0 = x0[k];
                    float y1 = x1[k];
                    float y2 = x2[k];
                    float y3 = x3[k];
                    g0[k] = Math.fma(d03, y3, Math.fma(d02, y2, Math.fma(d01, y1, Math.fma(d00, y0, g0[k]))));
                    g1[k] = Math.fma(d13, y3, Math.fma(d12, y2, Math.fma(d11, y1, Math.fma(d10, y0, g1[k]))));
                    g2[k] = Math.fma(d23, y3, Math.fma(d22, y2, Math.fma(d21, y1, Math.fma(d20, y0, g2[k]))));
                    g3[k] = Math.fma(d33, y3, Math.fma(d32, y2, Math.fma(d31, y1, Math.fma(d30, y0, g3[k]))));
                }
            }
            gb[c] = (float) s0;
            gb[c + 1] = (float) s1;
            gb[c + 2] = (float) s2;
            gb[c + 3] = (float) s3;
        }
    }
}
