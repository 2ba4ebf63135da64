package frontierslab.math.grok;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each blocked product gives, bit for bit, the plain loop that sums its terms one fused multiply-add at a time in index
 * order, for any split of its rows: the blocking is free to change for speed, the run's numbers are not.
 */
class GrokKernelsTest {

    private static final int CLASSES = 48;
    private static final int UNITS = 256;
    private static final int SAMPLES = 668;

    private static float[][] random(SplittableRandom r, int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = (float) (r.nextDouble(-1, 1) * Math.exp(r.nextDouble(-6, 2)));
            }
        }
        return m;
    }

    private static void assertSameBits(float[][] expected, float[][] actual) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(Float.floatToRawIntBits(expected[i][j]), Float.floatToRawIntBits(actual[i][j]),
                        "[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void theOutputsAreEachAChainOfMultiplyAddsOverTheUnitsInOrder() {
        SplittableRandom r = new SplittableRandom(5);
        float[][] w = random(r, CLASSES, UNITS);
        float[][] zT = random(r, UNITS, SAMPLES);
        float[] bias = random(r, 1, CLASSES)[0];
        float[][] expected = new float[CLASSES][SAMPLES];
        for (int c = 0; c < CLASSES; c++) {
            for (int i = 0; i < SAMPLES; i++) {
                float o = bias[c];
                for (int k = 0; k < UNITS; k++) {
                    o = Math.fma(w[c][k], zT[k][i], o);
                }
                expected[c][i] = o;
            }
        }
        float[][] actual = new float[CLASSES][SAMPLES];
        GrokKernels.outputs(w, bias, zT, actual, CLASSES, UNITS, 0, 332);
        GrokKernels.outputs(w, bias, zT, actual, CLASSES, UNITS, 332, SAMPLES);
        assertSameBits(expected, actual);
    }

    @Test
    void theHiddenGradientIsAChainOverTheClassesInOrder() {
        SplittableRandom r = new SplittableRandom(6);
        float[][] w = random(r, CLASSES, UNITS);
        float[][] dT = random(r, CLASSES, SAMPLES);
        float[][] expected = new float[SAMPLES][UNITS];
        for (int i = 0; i < SAMPLES; i++) {
            for (int k = 0; k < UNITS; k++) {
                float g = 0;
                for (int c = 0; c < CLASSES; c++) {
                    g = Math.fma(dT[c][i], w[c][k], g);
                }
                expected[i][k] = g;
            }
        }
        float[][] actual = random(r, SAMPLES, UNITS);
        GrokKernels.hiddenGradient(w, dT, actual, CLASSES, UNITS, 0, 332);
        GrokKernels.hiddenGradient(w, dT, actual, CLASSES, UNITS, 332, SAMPLES);
        assertSameBits(expected, actual);
    }

    @Test
    void theOutputGradientIsAChainOverTheSamplesInOrderAndItsBiasASumInDouble() {
        SplittableRandom r = new SplittableRandom(7);
        float[][] dT = random(r, CLASSES, SAMPLES);
        float[][] z = random(r, SAMPLES, UNITS);
        float[][] expected = new float[CLASSES][UNITS];
        float[] expectedBias = new float[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            for (int k = 0; k < UNITS; k++) {
                float g = 0;
                for (int i = 0; i < SAMPLES; i++) {
                    g = Math.fma(dT[c][i], z[i][k], g);
                }
                expected[c][k] = g;
            }
            double s = 0;
            for (int i = 0; i < SAMPLES; i += 4) {
                s += (double) dT[c][i] + dT[c][i + 1] + dT[c][i + 2] + dT[c][i + 3];
            }
            expectedBias[c] = (float) s;
        }
        float[][] actual = random(r, CLASSES, UNITS);
        float[] bias = new float[CLASSES];
        GrokKernels.outputGradient(dT, z, actual, bias, SAMPLES, UNITS, 0, 24);
        GrokKernels.outputGradient(dT, z, actual, bias, SAMPLES, UNITS, 24, CLASSES);
        assertSameBits(expected, actual);
        assertSameBits(new float[][] {expectedBias}, new float[][] {bias});
    }

    @Test
    void theTransposeMovesEveryEntry() {
        SplittableRandom r = new SplittableRandom(8);
        float[][] z = random(r, SAMPLES, UNITS);
        float[][] zT = new float[UNITS][SAMPLES];
        GrokKernels.transpose(z, zT, UNITS, 0, 332);
        GrokKernels.transpose(z, zT, UNITS, 332, SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            for (int k = 0; k < UNITS; k++) {
                assertEquals(z[i][k], zT[k][i]);
            }
        }
    }
}
