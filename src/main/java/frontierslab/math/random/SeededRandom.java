package frontierslab.math.random;

import java.util.SplittableRandom;

/**
 * The app's one portable source of seeded randomness: SplitMix64, so that a run is identical on every machine and can
 * be compared with a reference written in another language.
 *
 * <p>{@link SplittableRandom} is SplitMix64: {@code nextLong()} is the standard stream (seed 0 gives
 * 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, …). A uniform draw is u = (nextLong() &gt;&gt;&gt; 11)·2⁻⁵³ ∈ [0, 1).
 * A normal draw is Box–Muller, cosine branch only, two uniforms per draw: √(−2 ln(1 − u₁))·cos(2π u₂).
 * A permutation starts from the identity and for i = n−1 down to 1 swaps a[i] with a[⌊u·(i+1)⌋].
 * Arrays are filled row-major.
 */
public final class SeededRandom {

    private final SplittableRandom generator;

    public SeededRandom(long seed) {
        generator = new SplittableRandom(seed);
    }

    public long nextLong() {
        return generator.nextLong();
    }

    /** u ∈ [0, 1). */
    public double uniform() {
        return (generator.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A standard normal draw (Box–Muller, cosine branch; consumes two uniforms). */
    public double normal() {
        double u1 = uniform();
        double u2 = uniform();
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** A rows×cols array of uniforms in [0, 1), filled row-major. */
    public double[][] uniformMatrix(int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = uniform();
            }
        }
        return a;
    }

    /** A rows×cols array of standard normals, filled row-major. */
    public double[][] normalMatrix(int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = normal();
            }
        }
        return a;
    }

    /** A vector of n standard normals. */
    public double[] normalVector(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = normal();
        }
        return v;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates from the top, as described above). */
    public int[] permutation(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) (uniform() * (i + 1));
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
