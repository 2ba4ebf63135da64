package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers from src/test/resources/reference/sparse_bias_reference.py (its own SplitMix64, numpy). */
class SparseRegressionProblemTest {

    @Test
    void seedZeroDrawsTheSameProblemAsTheNumpyReference() {
        SparseRegressionProblem p = SparseRegressionProblem.draw(0, 20, 100, 3, 0);
        assertArrayEquals(new int[] {0, 1, 64}, p.support());
        assertEquals(-1.0, p.truth()[0]);
        assertEquals(1.0, p.truth()[1]);
        assertEquals(-1.0, p.truth()[64]);
        assertEquals(-1.8839083333524405, p.row(0)[0], 1e-15);
        assertEquals(0.44186728157138871, p.row(19)[99], 1e-15);
        assertEquals(0.96036342852411216, p.targets()[0], 1e-14);
        assertEquals(-1.5450486821408393, p.targets()[19], 1e-14);
    }

    @Test
    void noiseIsDrawnAfterTheSigns() {
        SparseRegressionProblem p = SparseRegressionProblem.draw(7, 10, 30, 2, 0.1);
        assertArrayEquals(new int[] {20, 23}, p.support());
        assertEquals(1.1484660698078442, p.targets()[9], 1e-14);
    }

    @Test
    void theTruthHasZeroLossWithoutNoise() {
        SparseRegressionProblem p = SparseRegressionProblem.draw(3, 20, 100, 5, 0);
        assertEquals(0, p.loss(p.truth()), 1e-30);
        assertEquals(5, p.supportRecovered(p.truth()));
        assertEquals(0, p.supportRecovered(new double[100]) - countSupportBelow(p, 5));
    }

    /** With w = 0 all |w_i| tie and the top k are the first k indices. */
    private static int countSupportBelow(SparseRegressionProblem p, int k) {
        int c = 0;
        for (int i : p.support()) {
            if (i < k) {
                c++;
            }
        }
        return c;
    }

    @Test
    void lossIsHalfTheMeanSquaredResidual() {
        SparseRegressionProblem p = SparseRegressionProblem.draw(1, 4, 6, 2, 0);
        double[] w = {0.5, -1, 0, 2, 0.25, 0};
        double s = 0;
        for (int r = 0; r < 4; r++) {
            double e = -p.targets()[r];
            for (int j = 0; j < 6; j++) {
                e += p.row(r)[j] * w[j];
            }
            s += e * e;
        }
        assertEquals(s / 8, p.loss(w), 1e-14);
    }
}
