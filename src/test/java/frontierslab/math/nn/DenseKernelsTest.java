package frontierslab.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Test;

class DenseKernelsTest {

    @Test
    void tanhIsWithinFiveUlpsOfStrictMathTanh() {
        SeededRandom r = new SeededRandom(1);
        double worst = 0;
        double[] row = new double[1000];
        double[] z = new double[1000];
        for (int block = 0; block < 400; block++) {
            for (int i = 0; i < row.length; i++) {
                double u = r.uniform();
                z[i] = switch (block % 4) {
                    case 0 -> 3 * r.normal();
                    case 1 -> 50 * u - 25;
                    case 2 -> Math.copySign(Math.pow(10, -12 * u), u - 0.5);
                    default -> 18 + 4 * u;
                };
                row[i] = z[i];
            }
            DenseKernels.tanhInPlace(row);
            for (int i = 0; i < row.length; i++) {
                double exact = StrictMath.tanh(z[i]);
                worst = Math.max(worst, Math.abs(row[i] - exact) / Math.ulp(exact));
            }
        }
        assertTrue(worst <= 5, "worst error " + worst + " ulps");
    }

    @Test
    void tanhIsOddSaturatesAndPropagatesNaN() {
        SeededRandom r = new SeededRandom(2);
        for (int i = 0; i < 1000; i++) {
            double z = 5 * r.normal();
            assertEquals(-DenseKernels.tanh(z), DenseKernels.tanh(-z));
        }
        assertEquals(1.0, DenseKernels.tanh(25), 1e-16);
        assertEquals(-1.0, DenseKernels.tanh(Double.NEGATIVE_INFINITY), 1e-16);
        assertEquals(0.0, DenseKernels.tanh(0.0));
        assertTrue(Double.isNaN(DenseKernels.tanh(Double.NaN)));
    }

    @Test
    void lambertConvergentStartsWithTheFirstConvergents() {
        double[][] third = DenseKernels.lambertConvergent(3);
        // A₃/B₃ = (15y + y³)/(15 + 6y²): P = (1 + u/15), Q = (1 + 6u/15)
        assertEquals(1.0, third[0][0]);
        assertEquals(1.0 / 15, third[0][1], 1e-17);
        assertEquals(1.0, third[1][0]);
        assertEquals(6.0 / 15, third[1][1], 1e-17);
    }

    @Test
    void blockedKernelsMatchPlainTripleLoopsForAwkwardSizes() {
        SeededRandom r = new SeededRandom(3);
        for (int[] size : new int[][] {{7, 5, 13}, {4, 4, 8}, {1, 9, 3}, {9, 1, 6}, {2, 2, 1}}) {
            int rows = size[0];
            int cols = size[1];
            int n = size[2];
            double[] w = r.normalVector(3 + rows * cols);
            double[][] x = randomMatrix(r, cols, n);
            double[][] d = randomMatrix(r, rows, n);
            double[][] z = randomMatrix(r, rows, n);
            double[][] zExpected = copy(z);
            double[][] e = randomMatrix(r, cols, n);
            double[][] eExpected = copy(e);
            double[][] g = randomMatrix(r, rows, cols);
            double[][] gExpected = copy(g);
            double[][] gByDots = copy(g);
            for (int j = 0; j < rows; j++) {
                for (int k = 0; k < cols; k++) {
                    for (int i = 0; i < n; i++) {
                        zExpected[j][i] += w[3 + j * cols + k] * x[k][i];
                        eExpected[k][i] += w[3 + j * cols + k] * d[j][i];
                        gExpected[j][k] += d[j][i] * x[k][i];
                    }
                }
            }
            double[][] xT = new double[n][cols];
            DenseKernels.transpose(x, xT);
            DenseKernels.addProduct(w, 3, x, z);
            DenseKernels.addTransposedProduct(w, 3, d, e);
            DenseKernels.addOuter(d, xT, g);
            DenseKernels.addOuterByDots(d, x, gByDots);
            assertClose(zExpected, z);
            assertClose(eExpected, e);
            assertClose(gExpected, g);
            assertClose(gExpected, gByDots);
        }
    }

    private static double[][] randomMatrix(SeededRandom r, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = r.normalVector(cols);
        }
        return m;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static void assertClose(double[][] expected, double[][] actual) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], 1e-13 * (1 + Math.abs(expected[i][j])), i + "," + j);
            }
        }
    }
}
