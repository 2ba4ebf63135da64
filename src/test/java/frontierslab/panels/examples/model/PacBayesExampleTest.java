package frontierslab.panels.examples.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.sim.Numbers;
import frontierslab.sim.SummaryJson;
import java.util.List;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.analysis.integration.gauss.SymmetricGaussIntegrator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Example 2's rows against independent computations: the expectations by Gauss–Hermite (Gaussian Q) and Gauss–Legendre
 * (uniform disc, in polar coordinates) quadrature from Hipparchus, the SAM objective by a dense polar scan of the disc,
 * the swap radius by bisection on that scan, and the KL term as the sum of one-dimensional Gaussian KLs.
 */
class PacBayesExampleTest {

    private static final TwoBasinSurface F = TwoBasinSurface.LECTURE;
    private static final double[] A = F.sharpMinimum().position();
    private static final double[] B = F.flatMinimum().position();
    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

    private static DerivationSnapshot run(double r) {
        return new PacBayesExample(PacBayesExampleParams.at(r)).snapshot();
    }

    private static double value(double[] w, double dx, double dy) {
        return F.value(new double[] {w[0] + dx, w[1] + dy});
    }

    /** E[L(w + r z)], z ~ N(0, I₂), by 60 × 60 Gauss–Hermite: ∫ g(x) e^{−x²} dx, z = √2 x. */
    static double gaussianQuadrature(double[] w, double r) {
        SymmetricGaussIntegrator h = GAUSS.hermite(60);
        double sum = 0;
        for (int i = 0; i < h.getNumberOfPoints(); i++) {
            for (int j = 0; j < h.getNumberOfPoints(); j++) {
                sum += h.getWeight(i) * h.getWeight(j)
                        * value(w, r * Math.sqrt(2) * h.getPoint(i), r * Math.sqrt(2) * h.getPoint(j));
            }
        }
        return sum / Math.PI;
    }

    /** E[L(w + ε)], ε uniform in the disc of radius r, by Gauss–Legendre in ρ and θ. */
    static double uniformQuadrature(double[] w, double r) {
        GaussIntegrator radial = GAUSS.legendre(40, 0, r);
        GaussIntegrator angular = GAUSS.legendre(80, 0, 2 * Math.PI);
        double sum = 0;
        for (int i = 0; i < radial.getNumberOfPoints(); i++) {
            double rho = radial.getPoint(i);
            for (int j = 0; j < angular.getNumberOfPoints(); j++) {
                double t = angular.getPoint(j);
                sum += radial.getWeight(i) * angular.getWeight(j) * rho * value(w, rho * Math.cos(t), rho * Math.sin(t));
            }
        }
        return sum / (Math.PI * r * r);
    }

    /** max over ‖ε‖ ≤ r of L(w + ε) by a polar scan: 400 rings × 3600 angles. */
    static double scannedMax(double[] w, double r) {
        double best = F.value(w);
        for (int i = 1; i <= 400; i++) {
            double rho = r * i / 400;
            for (int j = 0; j < 3600; j++) {
                double t = 2 * Math.PI * j / 3600;
                best = Math.max(best, value(w, rho * Math.cos(t), rho * Math.sin(t)));
            }
        }
        return best;
    }

    private static double fact(DerivationSnapshot s, String key) {
        return ((Number) SummaryJson.of(s.summary()).get(key)).doubleValue();
    }

    @Test
    void theExpectationsAgreeWithQuadratureWithinTheirMonteCarloError() {
        DerivationSnapshot s = run(0.3);
        for (String point : List.of("sharp", "flat")) {
            double[] w = point.equals("sharp") ? A : B;
            double se = fact(s, point + "_gaussian_se");
            assertEquals(gaussianQuadrature(w, 0.3), fact(s, point + "_gaussian"), 4 * se, point);
            double uniform = uniformQuadrature(w, 0.3);
            // the uniform draws' spread is at most that of the Gaussian ones: bound their error by it
            assertEquals(uniform, fact(s, point + "_uniform"), 4 * se, point);
        }
    }

    @Test
    void theSamObjectiveIsTheMaximumOverTheDiscAndTheRowsShowIt() {
        DerivationSnapshot s = run(0.3);
        double a = scannedMax(A, 0.3);
        double b = scannedMax(B, 0.3);
        assertEquals(a, fact(s, "sharp_worst"), 1e-6);
        assertEquals(b, fact(s, "flat_worst"), 1e-6);
        assertTrue(fact(s, "sharp_worst") >= a - 1e-12, "the inner maximization is never below a scan of the disc");
        String row = s.rows().get(3).value();
        assertTrue(row.contains(Numbers.readout(a)) && row.contains(Numbers.readout(b)), row);
    }

    @Tag("slow")
    @Test
    void aUniformBallStaysBelowTheSamObjectiveAndAGaussianCanExceedIt() {
        for (double r : new double[] {0.05, 0.3, 0.8}) {
            DerivationSnapshot s = run(r);
            assertTrue(uniformQuadrature(A, r) <= scannedMax(A, r) && uniformQuadrature(B, r) <= scannedMax(B, r));
            assertEquals(Verdict.HOLDS, s.rows().get(0).verdict(), "r = " + r);
            boolean exceeds = gaussianQuadrature(A, r) > scannedMax(A, r) || gaussianQuadrature(B, r) > scannedMax(B, r);
            assertTrue(exceeds, "r = " + r);
            assertEquals(Verdict.FAILS, s.rows().get(1).verdict(), "r = " + r);
        }
        // near A, ½r² tr H = r²·50 exceeds ½r² λ_max = 25 r²
        assertTrue(gaussianQuadrature(A, 0.05) > scannedMax(A, 0.05));
    }

    @Tag("slow")
    @Test
    void theSwapRadiusIsWhereTheScannedSamObjectivesCrossAndTheRowAtRFollowsIt() {
        DerivationSnapshot s = run(0.3);
        double swap = fact(s, "flip_worst_case");
        double low = 0.3;
        double high = 0.8;
        while (high - low > 1e-4) {
            double mid = 0.5 * (low + high);
            if (scannedMax(A, mid) > scannedMax(B, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        assertEquals(0.5 * (low + high), swap, 2e-4);
        assertTrue(s.rows().get(2).value().contains(Numbers.format(swap)), s.rows().get(2).value());
        assertEquals(Verdict.FAILS, run(0.05).rows().get(3).verdict(), "a small ball prefers the sharp minimum");
        assertEquals(Verdict.HOLDS, run(0.8).rows().get(3).verdict(), "beyond the swap the flat one");
    }

    @Test
    void theKlTermIsTheSumOfOneDimensionalGaussianKls() {
        for (double sigma : new double[] {0.5, 1, 3}) {
            for (double r : new double[] {0.05, 0.3, 1.2}) {
                double expected = 0;
                for (double mu : A) {
                    expected += Math.log(sigma / r) + (r * r + mu * mu) / (2 * sigma * sigma) - 0.5;
                }
                assertEquals(expected, PacBayesExample.gaussianKl(A, r, sigma), 1e-12 * Math.abs(expected));
            }
        }
        DerivationSnapshot s = new PacBayesExample(new PacBayesExampleParams(0.3, 2.0, 1.0, 2000, 1)).snapshot();
        assertEquals(PacBayesExample.gaussianKl(A, 0.3, 2.0), fact(s, "kl_sharp"), 1e-12);
        assertEquals(Verdict.HOLDS, s.rows().get(4).verdict());
        assertTrue(s.rows().get(4).value().contains(Numbers.readout(PacBayesExample.gaussianKl(B, 0.3, 2.0))));
    }

    @Test
    void draggingRRecomputesEveryRowAndNextLineRevealsOneRowAtATime() {
        PacBayesExample e = new PacBayesExample(PacBayesExampleParams.at(0.3));
        e.run(Long.MAX_VALUE);
        DerivationSnapshot before = e.snapshot();
        e.setParams(PacBayesExampleParams.at(0.8));
        e.run(Long.MAX_VALUE);
        DerivationSnapshot after = e.snapshot();
        for (int i : new int[] {0, 1, 3, 4}) {
            assertTrue(!before.rows().get(i).value().equals(after.rows().get(i).value()), "row " + (i + 1));
        }
        assertEquals(before.rows().get(2), after.rows().get(2), "the swap radius does not depend on r");
        e.reset();
        assertEquals(0, e.snapshot().revealed().size());
        e.step();
        assertEquals(List.of(after.rows().get(0)), e.snapshot().revealed());
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 15)
    void everyRowIsFiniteForAnyRadiusPriorAndRange(@ForAll @DoubleRange(min = 0.01, max = 2) double r,
                                                   @ForAll @DoubleRange(min = 0.2, max = 5) double sigma,
                                                   @ForAll @DoubleRange(min = 0.1, max = 2) double maxRadius) {
        DerivationSnapshot s = new PacBayesExample(new PacBayesExampleParams(r, sigma, maxRadius, 100, 3)).snapshot();
        assertEquals(5, s.rows().size());
        for (DerivationRow row : s.rows()) {
            assertFalse(row.value().contains("NaN") || row.value().contains("Infinity"), row.value());
            assertFalse(row.reason().contains("NaN") || row.reason().contains("Infinity"), row.reason());
        }
        assertEquals(Verdict.HOLDS, s.rows().get(0).verdict(), "a mean never exceeds a maximum");
    }
}
