package frontierslab.math.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.nn.EosTrainer;
import frontierslab.math.nn.Mlp;
import frontierslab.math.nn.RegressionData;
import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.junit.jupiter.api.Test;

class LanczosTest {

    /** A diagonal operator with the given eigenvalues, in a fixed scrambled basis order. */
    private static SymmetricOperator diagonal(double[] eigenvalues) {
        return (v, out) -> {
            for (int i = 0; i < v.length; i++) {
                out[i] = eigenvalues[i] * v[i];
            }
        };
    }

    /** 500 eigenvalues: a cluster at the top (10, 9.9, 9.8), the rest spread in [−2, 9]. */
    private static double[] clusteredSpectrum() {
        double[] eigenvalues = new double[500];
        for (int i = 0; i < eigenvalues.length; i++) {
            eigenvalues[i] = -2 + 11.0 * ((i * 7919) % 497) / 497;
        }
        eigenvalues[123] = 10;
        eigenvalues[321] = 9.9;
        eigenvalues[42] = 9.8;
        return eigenvalues;
    }

    @Test
    void findsTheTopOfAClusteredSpectrumExactly() {
        EigenEstimate e = new Lanczos(500, 200).largest(diagonal(clusteredSpectrum()), null, 3, 1e-10);
        assertTrue(e.converged());
        assertEquals(10, e.eigenvalues()[0], 1e-12);
        assertEquals(9.9, e.eigenvalues()[1], 1e-12);
        assertEquals(9.8, e.eigenvalues()[2], 1e-12);
        assertEquals(1.0, Math.abs(e.topEigenvector()[123]), 1e-9);
    }

    @Test
    void needsFarFewerProductsThanPowerIterationWhenTheTopEigenvaluesAreClose() {
        SymmetricOperator a = diagonal(clusteredSpectrum());
        EigenEstimate lanczos = new Lanczos(500, 200).largest(a, null, 1, 1e-8);
        EigenEstimate power = new PowerIteration(500, 100_000).dominant(a, null, 1e-8);
        assertTrue(power.converged());
        assertEquals(10, power.top(), 1e-9);
        assertEquals(10, lanczos.top(), 1e-12);
        assertTrue(5 * lanczos.operatorApplications() < power.operatorApplications(),
                "Lanczos " + lanczos.operatorApplications() + ", power " + power.operatorApplications());
    }

    @Test
    void warmStartOnALowerEigenvectorStillFindsTheTop() {
        double[] start = new double[500];
        start[321] = 1;
        EigenEstimate e = new Lanczos(500, 200).largest(diagonal(clusteredSpectrum()), start, 1, 1e-10);
        assertEquals(10, e.top(), 1e-12);
        EigenEstimate p = new PowerIteration(500, 100_000).dominant(diagonal(clusteredSpectrum()), start, 1e-10);
        assertEquals(10, p.top(), 1e-9);
    }

    @Test
    void warmStartNearTheTopEigenvectorConvergesInAFewProducts() {
        double[] start = new double[500];
        start[123] = 1;
        start[7] = 1e-3;
        EigenEstimate e = new Lanczos(500, 200).largest(diagonal(clusteredSpectrum()), start, 1, 1e-6);
        EigenEstimate cold = new Lanczos(500, 200).largest(diagonal(clusteredSpectrum()), null, 1, 1e-6);
        assertEquals(10, e.top(), 1e-9);
        assertTrue(e.operatorApplications() < cold.operatorApplications(),
                "warm " + e.operatorApplications() + ", cold " + cold.operatorApplications());
    }

    @Test
    void returnsTheAlgebraicallyLargestEigenvalueWhilePowerIterationReturnsTheDominant() {
        double[] eigenvalues = {3, 1, -5, 0.5};
        EigenEstimate lanczos = new Lanczos(4, 10).largest(diagonal(eigenvalues), null, 2, 1e-12);
        assertEquals(3, lanczos.eigenvalues()[0], 1e-12);
        assertEquals(1, lanczos.eigenvalues()[1], 1e-12);
        assertEquals(-5, new PowerIteration(4, 10_000).dominant(diagonal(eigenvalues), null, 1e-10).top(), 1e-9);
    }

    /**
     * A small tanh network (1→12→12→1, 193 parameters) trained at the edge of stability on T₆; its Hessian is
     * assembled independently of Lanczos from Hessian-vector products on the basis vectors e_j (column j = H e_j),
     * symmetrised, and decomposed densely by Hipparchus.
     */
    @Test
    void topEigenvaluesMatchHipparchusDenseDecompositionOfASmallNetworkHessian() {
        Mlp network = new Mlp(1, 12, 12, 1);
        EosTrainer trainer = new EosTrainer(network, RegressionData.chebyshev(), network.initialParameters(4), 0.3);
        for (int i = 0; i < 1500 && !trainer.hasDiverged(); i++) {
            trainer.step();
        }
        SymmetricOperator h = trainer.hessian();
        int p = network.parameterCount();
        double[][] dense = new double[p][p];
        double[] basis = new double[p];
        double[] column = new double[p];
        for (int j = 0; j < p; j++) {
            basis[j] = 1;
            h.apply(basis, column);
            basis[j] = 0;
            for (int i = 0; i < p; i++) {
                dense[i][j] = column[i];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(dense[i][j], dense[j][i], 1e-12 * (1 + Math.abs(dense[i][j])));
                double mean = 0.5 * (dense[i][j] + dense[j][i]);
                dense[i][j] = mean;
                dense[j][i] = mean;
            }
        }
        double[] exact = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(dense, false)).getEigenvalues();
        Arrays.sort(exact);
        EigenEstimate e = new Lanczos(p, p).largest(h, null, 4, 1e-10);
        for (int i = 0; i < 4; i++) {
            double expected = exact[p - 1 - i];
            assertEquals(expected, e.eigenvalues()[i], 1e-8 * Math.abs(expected), "eigenvalue " + i);
        }
        double warmAndNear = new Lanczos(p, p).largest(h, e.topEigenvector(), 1, EosTrainer.SHARPNESS_TOLERANCE).top();
        assertEquals(exact[p - 1], warmAndNear, 1e-8 * exact[p - 1]);
        assertTrue(0.3 * exact[p - 1] > 1.5, "the network should be near the edge, η·λ = " + 0.3 * exact[p - 1]);
    }
}
