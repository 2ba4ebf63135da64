package frontierslab.panels.bias.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import frontierslab.math.bias.MatrixCompletionProblem;
import frontierslab.math.bias.MatrixFactorization;
import frontierslab.sim.Trace;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline (seeded truth, mask, initialization, GD, SVD, errors) against an independent numpy implementation:
 * {@code src/test/resources/reference/low_rank_bias.py}, whose output {@code low_rank_bias.out} these numbers are.
 */
class LowRankBiasReferenceTest {

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    @Test
    void truthMaskAndInitializationMatchTheNumpyReference() {
        MatrixFactorization m = LowRankBiasExperiment.initialModel(new LowRankBiasParams(1e-3, 0.05, 100, 1, 0.5, 2));
        MatrixCompletionProblem p = m.problem();
        assertArrayEquals(new double[] {-0.2974590438998051, -0.24292716765833827, 0.5705438610822238},
                new double[] {p.truth(0, 0), p.truth(0, 1), p.truth(0, 2)}, 1e-13);
        assertEquals(-0.165075702270847, p.truth(19, 19), 1e-13);
        assertEquals(231, p.observedCount());
        StringBuilder row = new StringBuilder();
        for (int j = 0; j < 20; j++) {
            row.append(p.isObserved(0, j) ? '1' : '0');
        }
        assertEquals("11001101111110111100", row.toString());
        assertArrayEquals(new double[] {-0.00031504764644608204, -0.0002238996928298056},
                new double[] {m.factor(0)[0][0], m.factor(0)[0][1]}, 1e-17);
        assertEquals(-2.7568298066098886e-06, m.factor(1)[19][19], 1e-19);
    }

    @Test
    void depthTwoRunMatchesTheNumpyReference() {
        LowRankBiasExperiment e = new LowRankBiasExperiment(new LowRankBiasParams(1e-3, 0.05, 100, 1, 0.5, 2));
        e.run(Long.MAX_VALUE);
        Trace.View t = e.snapshot().trace();
        double[][] expected = {
            {0, 33.965681219626696, 2.4947838743040535e-06, 1.8378558637676493e-06, 1.5819658494922339e-06,
                0.9999999955880253},
            {30, 18.155817780301355, 3.1315111349392675, 0.003896949833860335, 0.0008509349643445679,
                0.7938406586320493},
            {60, 1.2845843885018138, 9.874735127610082, 1.9811898029484525, 0.00942775198674505, 0.23167416169243676},
            {100, 0.0033290004545248083, 9.985646604856546, 3.948079295264096, 0.010596975830424498,
                0.02344626209282535}};
        for (double[] r : expected) {
            int row = (int) r[0];
            assertEquals(r[0], t.get(row, "step"));
            assertRelative(r[1], t.get(row, "loss"), 1e-8, "loss at step " + row);
            assertRelative(r[2], t.get(row, "sigma_1"), 1e-8, "σ₁ at step " + row);
            assertRelative(r[3], t.get(row, "sigma_2"), 1e-7, "σ₂ at step " + row);
            assertRelative(r[4], t.get(row, "sigma_3"), 1e-6, "σ₃ at step " + row);
            assertRelative(r[5], t.get(row, "unobserved_error"), 1e-8, "unobserved error at step " + row);
        }
    }

    @Test
    void depthThreeRunMatchesTheNumpyReference() {
        LowRankBiasExperiment e = new LowRankBiasExperiment(new LowRankBiasParams(0.5, 0.02, 50, 7, 0.6, 3));
        e.run(Long.MAX_VALUE);
        Trace.View t = e.snapshot().trace();
        assertRelative(34.25708753172671, t.get(0, "loss"), 1e-10, "loss at step 0");
        assertRelative(0.3549734278194667, t.get(0, "sigma_1"), 1e-10, "σ₁ at step 0");
        assertRelative(0.24004437639125698, t.get(50, "loss"), 1e-8, "loss at step 50");
        assertRelative(9.576417126106426, t.get(50, "sigma_1"), 1e-8, "σ₁ at step 50");
        assertRelative(3.512809160708082, t.get(50, "sigma_2"), 1e-8, "σ₂ at step 50");
        assertRelative(0.3567613477879782, t.get(50, "sigma_3"), 1e-8, "σ₃ at step 50");
        assertRelative(0.19482012814067767, t.get(50, "unobserved_error"), 1e-8, "unobserved error at step 50");
    }
}
