package frontierslab.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MlpLossTest {

    /** The spiral preset, moved off its initialization so that no layer is special (biases nonzero too). */
    private static double[] perturbedSpiralPoint(Mlp network) {
        double[] theta = network.initialParameters(1);
        SeededRandom r = new SeededRandom(42);
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.1 * r.normal();
        }
        return theta;
    }

    @Test
    void lossIsHalfTheMeanSquaredErrorOfThePlainForwardPass() {
        Mlp network = Mlp.spiralNetwork();
        RegressionData data = RegressionData.spiral(0);
        double[] theta = perturbedSpiralPoint(network);
        double expected = 0;
        for (int i = 0; i < data.size(); i++) {
            double[] x = {data.input(i, 0), data.input(i, 1)};
            double r = network.output(theta, x) - data.target(i);
            expected += r * r;
        }
        expected /= 2 * data.size();
        assertEquals(expected, new MlpLoss(network, data).value(theta), 1e-14 * expected);
    }

    @Tag("slow")
    @Test
    void gradientMatchesCentralDifferences() {
        Mlp network = Mlp.spiralNetwork();
        MlpLoss loss = new MlpLoss(network, RegressionData.spiral(0));
        double[] theta = perturbedSpiralPoint(network);
        double[] g = new double[theta.length];
        loss.valueAndGradient(theta, g);
        double h = 1e-5;
        double maxError = 0;
        double maxG = 0;
        for (int i = 0; i < theta.length; i++) {
            double saved = theta[i];
            theta[i] = saved + h;
            double up = loss.value(theta);
            theta[i] = saved - h;
            double down = loss.value(theta);
            theta[i] = saved;
            double fd = (up - down) / (2 * h);
            maxError = Math.max(maxError, Math.abs(fd - g[i]));
            maxG = Math.max(maxG, Math.abs(g[i]));
        }
        assertTrue(maxError < 1e-7 * maxG, "max |fd − g| = " + maxError + ", max |g| = " + maxG);
    }

    /**
     * (∇L(θ + hv) − ∇L(θ − hv))/(2h) = H v + O(h²): at h = 10⁻⁶ the relative difference is about 5·10⁻¹¹, and it
     * shrinks fourfold when h halves (from h = 10⁻⁵), so what remains is the finite-difference error, not the product.
     */
    @Test
    void hessianVectorProductMatchesCentralDifferencesOfTheExactGradient() {
        Mlp network = Mlp.spiralNetwork();
        MlpLoss loss = new MlpLoss(network, RegressionData.spiral(0));
        double[] theta = perturbedSpiralPoint(network);
        int p = theta.length;
        SeededRandom r = new SeededRandom(7);
        for (int trial = 0; trial < 3; trial++) {
            double[] v = r.normalVector(p);
            double[] hv = new double[p];
            loss.hessianVectorProduct(theta, v, hv);
            double relative = centralDifferenceError(loss, theta, v, hv, 1e-6);
            assertTrue(relative < 1e-6, "relative error " + relative);
            double ratio = centralDifferenceError(loss, theta, v, hv, 1e-5)
                    / centralDifferenceError(loss, theta, v, hv, 0.5e-5);
            assertTrue(ratio > 3.5 && ratio < 4.5, "error ratio when h halves: " + ratio);
        }
    }

    /** ‖(∇L(θ + hv) − ∇L(θ − hv))/(2h) − hv‖ / ‖hv‖. */
    private static double centralDifferenceError(MlpLoss loss, double[] theta, double[] v, double[] hv, double h) {
        int p = theta.length;
        double[] plus = new double[p];
        double[] minus = new double[p];
        double[] gUp = new double[p];
        double[] gDown = new double[p];
        for (int i = 0; i < p; i++) {
            plus[i] = theta[i] + h * v[i];
            minus[i] = theta[i] - h * v[i];
        }
        loss.valueAndGradient(plus, gUp);
        loss.valueAndGradient(minus, gDown);
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < p; i++) {
            double fd = (gUp[i] - gDown[i]) / (2 * h);
            diff += (fd - hv[i]) * (fd - hv[i]);
            norm += hv[i] * hv[i];
        }
        return Math.sqrt(diff / norm);
    }

    @Test
    void hessianVectorProductIsSymmetric() {
        Mlp network = Mlp.chebyshevNetwork();
        MlpLoss loss = new MlpLoss(network, RegressionData.chebyshev());
        double[] theta = network.initialParameters(3);
        SeededRandom r = new SeededRandom(9);
        double[] u = r.normalVector(theta.length);
        double[] v = r.normalVector(theta.length);
        double[] hu = new double[theta.length];
        double[] hv = new double[theta.length];
        loss.hessianVectorProduct(theta, u, hu);
        loss.hessianVectorProduct(theta, v, hv);
        double vHu = 0;
        double uHv = 0;
        double scale = 0;
        for (int i = 0; i < theta.length; i++) {
            vHu += v[i] * hu[i];
            uHv += u[i] * hv[i];
            scale += Math.abs(v[i] * hu[i]);
        }
        assertEquals(vHu, uHv, 1e-12 * scale);
    }
}
