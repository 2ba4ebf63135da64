package frontierslab.math.linalg;

/** Dense vector loops shared by the eigen-solvers; sums use four fixed accumulators (reproducible order). */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = a.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** y += a x. */
    static void addScaled(double[] y, double a, double[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** y = a x. */
    static void setScaled(double[] y, double a, double[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] = a * x[i];
        }
    }

    /**
     * out = unit vector along start/‖start‖ + mix·random/‖random‖, or along random when start is null, zero or not
     * finite.
     */
    static void startVector(double[] start, double[] random, double mix, double[] out) {
        if (start != null && start.length != out.length) {
            throw new IllegalArgumentException("start has length " + start.length + ", not " + out.length);
        }
        double randomNorm = norm(random);
        double startNorm = start == null ? 0 : norm(start);
        if (startNorm > 0 && Double.isFinite(startNorm)) {
            for (int i = 0; i < out.length; i++) {
                out[i] = start[i] / startNorm + mix * random[i] / randomNorm;
            }
        } else {
            setScaled(out, 1 / randomNorm, random);
        }
        setScaled(out, 1 / norm(out), out);
    }
}
