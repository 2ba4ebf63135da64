package frontierslab.math.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class EosTrainerPropertiesTest {

    /** Whatever η (even far beyond 2/λ), the caller sees finite numbers or a reported divergence, never NaN. */
    @net.jqwik.api.Tag("slow")
    @Property(tries = 40)
    void anyLearningRateGivesFiniteNumbersOrAReportedDivergence(
            @ForAll @DoubleRange(min = 1e-4, max = 100) @Scale(6) double eta,
            @ForAll @IntRange(min = 0, max = 300) int raiseAt) {
        EosTrainer trainer = EosTrainer.chebyshev(0.2);
        for (int i = 0; i < 400; i++) {
            if (i == raiseAt) {
                trainer.setLearningRate(eta);
            }
            EosTrainer.StepResult r = trainer.step();
            assertTrue(Double.isFinite(r.lossBefore()));
            assertTrue(r.diverged() || Double.isFinite(r.lossAfter()));
            assertTrue(!Double.isNaN(r.lossAfter()));
        }
        assertTrue(Double.isFinite(trainer.loss()));
        for (double x : trainer.parameters()) {
            assertTrue(Double.isFinite(x));
        }
        assertTrue(Double.isFinite(trainer.sharpness().lambdaMax()));
        trainer.divergence().ifPresent(d -> {
            assertTrue(d.reason().contains("at step " + d.step()), d.reason());
            assertTrue(!Double.isNaN(d.etaTimesSharpness()));
        });
    }
}
