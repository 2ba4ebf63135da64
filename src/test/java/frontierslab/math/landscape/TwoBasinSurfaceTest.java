package frontierslab.math.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.TwoBasinSurface.Minimum;
import frontierslab.math.random.SeededRandom;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TwoBasinSurfaceTest {

    private static final TwoBasinSurface F = TwoBasinSurface.LECTURE;
    /** 2e^{−16}: the flat bump's curvature scale 2βb·e^{−β‖A − B‖²} at A. */
    private static final double FLAT_TAIL_AT_SHARP = 2 * Math.exp(-16);

    private static double[] randomPoint(SeededRandom random) {
        return new double[] {-4 + 8 * random.uniform(), -4 + 8 * random.uniform()};
    }

    @Test
    void valueIsTheLectureFormula() {
        SeededRandom random = new SeededRandom(3);
        for (int k = 0; k < 1000; k++) {
            double[] x = randomPoint(random);
            double sharp = 5 * Math.exp(-5 * (Math.pow(x[0] + 2, 2) + Math.pow(x[1] + 2, 2)));
            double flat = 2 * Math.exp(-0.5 * (Math.pow(x[0] - 2, 2) + Math.pow(x[1] - 2, 2)));
            assertEquals(-(sharp + flat), F.value(x), 1e-15);
        }
    }

    @Test
    void gradientMatchesCentralDifferencesOfTheValue() {
        SeededRandom random = new SeededRandom(4);
        double h = 1e-5;
        for (int k = 0; k < 2000; k++) {
            double[] x = randomPoint(random);
            double[] g = F.gradient(x);
            for (int i = 0; i < 2; i++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[i] += h;
                minus[i] -= h;
                double difference = (F.value(plus) - F.value(minus)) / (2 * h);
                // truncation h²/6·|f'''| ≤ 1.7e-11·(a·(2α)^{3/2}·1.4 ≈ 440) plus rounding 1e-16/h
                assertEquals(difference, g[i], 2e-8, Arrays.toString(x));
            }
        }
    }

    @Test
    void hessianMatchesCentralDifferencesOfTheGradient() {
        SeededRandom random = new SeededRandom(5);
        double h = 1e-5;
        for (int k = 0; k < 2000; k++) {
            double[] x = randomPoint(random);
            double[][] hessian = F.hessian(x);
            assertEquals(hessian[0][1], hessian[1][0], 0.0);
            for (int j = 0; j < 2; j++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[j] += h;
                minus[j] -= h;
                double[] gp = F.gradient(plus);
                double[] gm = F.gradient(minus);
                for (int i = 0; i < 2; i++) {
                    assertEquals((gp[i] - gm[i]) / (2 * h), hessian[i][j], 1e-7, Arrays.toString(x));
                }
            }
        }
    }

    @Test
    void curvaturesOfTheBumpsAloneAreFiftyAndTwo() {
        assertEquals(50.0, TwoBasinSurface.NOMINAL_SHARP_CURVATURE);
        assertEquals(2.0, TwoBasinSurface.NOMINAL_FLAT_CURVATURE);
    }

    @Test
    void sharpMinimumIsAStationaryPointNearAWithTheFlatTailsShift() {
        Minimum m = F.sharpMinimum();
        double[] g = F.gradient(m.position());
        assertTrue(Math.abs(g[0]) < 1e-13 && Math.abs(g[1]) < 1e-13, Arrays.toString(g));
        // first order: the shift −H⁻¹∇f_flat(A) = FLAT_TAIL_AT_SHARP·4/50 in each coordinate
        double shift = FLAT_TAIL_AT_SHARP * 4 / 50;
        assertEquals(-2 + shift, m.x(), 1e-14);
        assertEquals(-2 + shift, m.y(), 1e-14);
        // second order: the sharp bump rises by 5·5·2·shift² ≈ 1.6e-14 and the flat one deepens by ≈ 3.2e-14
        assertEquals(-5 - FLAT_TAIL_AT_SHARP, m.value(), 5e-14);
        assertTrue(m.value() < F.flatMinimum().value(), "the sharp minimum is the global one");
    }

    @Test
    void sharpMinimumEigenvaluesAgreeWithHipparchusAndWithFifty() {
        Minimum m = F.sharpMinimum();
        double[] hipparchus = new EigenDecompositionSymmetric(
                new Array2DRowRealMatrix(F.hessian(m.position()))).getEigenvalues();
        Arrays.sort(hipparchus);
        assertEquals(hipparchus[0], m.smallerCurvature(), 1e-12);
        assertEquals(hipparchus[1], m.largerCurvature(), 1e-12);
        // The flat bump adds FLAT_TAIL_AT_SHARP·(I − v vᵀ), v = A − B = −4(1, 1): eigenvalues ×(1 − 32) along (1, 1)
        // and ×1 across. The sharp bump's own correction at the 1.8e-8 shift is 50·10·(1.8e-8)² ≈ 2e-13.
        assertEquals(50 - 31 * FLAT_TAIL_AT_SHARP, m.smallerCurvature(), 1e-11);
        assertEquals(50 + FLAT_TAIL_AT_SHARP, m.largerCurvature(), 1e-11);
        // Hence |λ − 50| ≤ 31·2e^{−16} ≈ 7.0e-6: the tolerance for "eigenvalues 50, 50".
        assertEquals(50, m.smallerCurvature(), 31 * FLAT_TAIL_AT_SHARP * 1.001);
        assertEquals(50, m.largerCurvature(), 31 * FLAT_TAIL_AT_SHARP * 1.001);
    }

    @Test
    void flatMinimumIsBWithEigenvaluesTwo() {
        Minimum m = F.flatMinimum();
        // The sharp bump's tail at B is 50·e^{−160}·4√2 ≈ 6.6e-68: below any double's resolution at 2.
        assertEquals(2.0, m.x());
        assertEquals(2.0, m.y());
        assertEquals(-2.0, m.value());
        double[] hipparchus = new EigenDecompositionSymmetric(
                new Array2DRowRealMatrix(F.hessian(m.position()))).getEigenvalues();
        for (double lambda : hipparchus) {
            assertEquals(2.0, lambda, 1e-14);
        }
        assertEquals(2.0, m.smallerCurvature(), 1e-15);
        assertEquals(2.0, m.largerCurvature(), 1e-15);
    }

    @Tag("slow")
    @Test
    void gaussianSmoothedValueMatchesQuadratureOfTheGaussianAverage() {
        // E f(x + σz) by the trapezoid rule over z ∈ [−8, 8]² (spectrally accurate for this smooth, decaying integrand)
        int n = 801;
        double span = 8;
        double step = 2 * span / (n - 1);
        for (double[] x : new double[][] {{-2, -2}, {2, 2}, {-1.5, -1.5}, {0.3, -1.1}, {1, 2.5}}) {
            for (double sigma : new double[] {0.05, 0.3, 0.7, 1.5}) {
                double sum = 0;
                double compensation = 0;
                for (int i = 0; i < n; i++) {
                    double z0 = -span + i * step;
                    for (int j = 0; j < n; j++) {
                        double z1 = -span + j * step;
                        double weight = Math.exp(-0.5 * (z0 * z0 + z1 * z1));
                        double term = weight * TwoBasinSurface.value(x[0] + sigma * z0, x[1] + sigma * z1) - compensation;
                        double next = sum + term;
                        compensation = (next - sum) - term;
                        sum = next;
                    }
                }
                double quadrature = sum * step * step / (2 * Math.PI);
                assertEquals(quadrature, TwoBasinSurface.gaussianSmoothedValue(x, sigma), 1e-12,
                        Arrays.toString(x) + " σ = " + sigma);
            }
        }
    }

    /** eˣ to 70 digits: x/2²⁰ by Taylor, then squared 20 times; rounded once by BigDecimal.doubleValue(). */
    private static double referenceExp(double x) {
        MathContext context = new MathContext(70);
        BigDecimal y = new BigDecimal(x).divide(BigDecimal.valueOf(1L << 20));
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n <= 30; n++) {
            term = term.multiply(y, context).divide(BigDecimal.valueOf(n), context);
            sum = sum.add(term, context);
        }
        for (int k = 0; k < 20; k++) {
            sum = sum.multiply(sum, context);
        }
        return sum.doubleValue();
    }

    @Tag("slow")
    @Test
    void expIsCorrectlyRounded() {
        SeededRandom random = new SeededRandom(6);
        int checked = 0;
        for (double[] range : new double[][] {{-60, 0}, {-745.2, 709.7}, {-745.2, -708}, {-1e-3, 1e-3}}) {
            for (int k = 0; k < 1500; k++) {
                double x = range[0] + (range[1] - range[0]) * random.uniform();
                assertEquals(referenceExp(x), TwoBasinSurface.exp(x), 0.0, "x = " + x);
                checked++;
            }
        }
        assertEquals(6000, checked);
        assertEquals(1.0, TwoBasinSurface.exp(0.0));
        assertEquals(1.0, TwoBasinSurface.exp(-0.0));
        assertEquals(Math.E, TwoBasinSurface.exp(1.0));
        assertEquals(0.0, TwoBasinSurface.exp(-746));
        assertEquals(Double.MIN_VALUE, TwoBasinSurface.exp(-745.13));
        assertEquals(Double.POSITIVE_INFINITY, TwoBasinSurface.exp(709.8));
        assertEquals(referenceExp(Math.log(Double.MAX_VALUE)), TwoBasinSurface.exp(Math.log(Double.MAX_VALUE)), 0.0);
        assertTrue(Double.isNaN(TwoBasinSurface.exp(Double.NaN)));
    }

    @Test
    void expAgreesWithPythonDecimalWhereNumpyIsOneUlpOff() {
        // x, correctly rounded e^x, numpy 2.4.6 np.exp here: printed by reference/numpy_exp_and_norm.py
        double[][] cases = {
            {-18.044950728700723, 1.4560539683349029e-08, 1.4560539683349027e-08},
            {-7.059036950027417, 0.0008596055385654874, 0.0008596055385654873},
            {-14.06724490267454, 7.774512446736036e-07, 7.774512446736035e-07},
            {-0.8083023415410839, 0.44561392469531147, 0.4456139246953114},
            {-9.429588861115587, 8.031221262304577e-05, 8.031221262304576e-05},
            {-22.254212894258703, 2.1633069270557563e-10, 2.163306927055756e-10}
        };
        for (double[] c : cases) {
            assertEquals(c[1], TwoBasinSurface.exp(c[0]), 0.0, "x = " + c[0]);
            assertEquals(Math.ulp(c[1]), Math.abs(c[2] - c[1]), 0.0);
        }
    }
}
