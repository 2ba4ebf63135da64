package frontierslab.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.math.linalg.EigenEstimate;
import frontierslab.math.linalg.Lanczos;
import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * The spiral preset against numbers printed by src/test/resources/reference/eos_mlp_reference.py: an independent
 * numpy implementation (its own SplitMix64, forward and backward passes, R-operator, np.tanh) and LAPACK's dense
 * symmetric eigen-solver on the 2241×2241 Hessian it assembles.
 */
class EosMlpReferenceTest {

    private final Mlp network = Mlp.spiralNetwork();
    private final MlpLoss loss = new MlpLoss(network, RegressionData.spiral(0));
    private final double[] theta0 = network.initialParameters(1);

    @Test
    void lossAndGradientAtInitialisationMatchNumpy() {
        double[] g = new double[theta0.length];
        double value = loss.valueAndGradient(theta0, g);
        assertEquals(0.5759576105822614, value, 1e-14 * value);
        double norm = 0;
        for (double x : g) {
            norm += x * x;
        }
        assertEquals(1.36794029275412, Math.sqrt(norm), 1e-13);
        assertEquals(-0.017918368322608427, g[0], 1e-15);
        assertEquals(0.04107052699501182, g[100], 1e-15);
        assertEquals(0.010572548255836227, g[2240], 1e-15);
    }

    @Test
    void hessianVectorProductAtInitialisationMatchesNumpy() {
        double[] v = new SeededRandom(3).normalVector(theta0.length);
        double[] hv = new double[theta0.length];
        loss.hessianVectorProduct(theta0, v, hv);
        double vhv = 0;
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            vhv += v[i] * hv[i];
            norm += hv[i] * hv[i];
        }
        assertEquals(30.497784986506616, vhv, 1e-12 * 30.5);
        assertEquals(16.23616219670781, Math.sqrt(norm), 1e-12 * 16.2);
    }

    @Test
    void lanczosTopEigenvaluesMatchLapackOnTheDenseSpiralHessian() {
        EigenEstimate e = new Lanczos(theta0.length, 100).largest(loss.hessianAt(theta0), null, 3, 1e-10);
        double[] lapack = {7.119746531719748, 4.305079555521072, 2.611431965299082};
        for (int i = 0; i < 3; i++) {
            assertEquals(lapack[i], e.eigenvalues()[i], 1e-9 * lapack[i], "eigenvalue " + i);
        }
    }

    @Test
    void lossAfterOneHundredStepsMatchesNumpy() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        for (int i = 0; i < 100; i++) {
            trainer.step();
        }
        assertEquals(0.42561944226403964, trainer.loss(), 1e-12);
    }
}
