package frontierslab.math.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.random.SeededRandom;
import org.junit.jupiter.api.Test;

class MatrixCompletionRunTest {

    private static MatrixFactorization model(double alpha) {
        SeededRandom random = new SeededRandom(1);
        MatrixCompletionProblem problem = MatrixCompletionProblem.lowRank(20, new double[] {10, 4}, 0.5, random);
        return MatrixFactorization.initialized(problem, 2, alpha, random);
    }

    @Test
    void aTooLargeStepDivergesAndKeepsTheLastFiniteFactors() {
        MatrixCompletionRun run = new MatrixCompletionRun(model(3.0), 0.3);
        double[] before = null;
        double lossBefore = Double.NaN;
        int guard = 0;
        while (run.iterate() && guard++ < 1000) {
            before = run.model().parameters();
            lossBefore = run.loss();
        }
        assertTrue(run.hasDiverged());
        MatrixCompletionRun.Divergence d = run.divergence().orElseThrow();
        assertEquals(run.iterations() + 1, d.iteration());
        assertTrue(d.reason().contains("step " + d.iteration()), d.reason());
        if (before != null) {
            assertArrayEquals(before, run.model().parameters());
            assertEquals(lossBefore, run.loss());
        }
        assertTrue(Double.isFinite(run.loss()));
        assertFalse(run.iterate(), "a diverged run does not move");
    }

    @Test
    void loweringEtaResumesFromTheLastFiniteState() {
        MatrixCompletionRun run = new MatrixCompletionRun(model(3.0), 0.3);
        while (run.iterate()) {
            assertTrue(run.iterations() < 1000);
        }
        int at = run.iterations();
        run.setEta(0.01);
        assertTrue(run.iterate());
        assertEquals(at + 1, run.iterations());
    }

    /** Measured: after 2000 steps ‖P_Ω(W − M)‖/‖P_Ω(M)‖ = 2.9·10⁻⁴ (the last, small directions converge slowly). */
    @Test
    void smallInitFitsTheObservedEntries() {
        MatrixCompletionRun run = new MatrixCompletionRun(model(1e-3), 0.05);
        for (int i = 0; i < 2000; i++) {
            run.iterate();
        }
        double relative = run.model().problem().relativeObservedError(run.product());
        assertTrue(relative < 1e-3, "relative observed error " + relative);
        assertEquals(0.5 * Math.pow(run.model().problem().observedError(run.product()), 2), run.loss(), 1e-15);
    }
}
