package frontierslab.math.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class EosTrainerTest {

    /** η = 0.16 crosses 2/η near step 100, so 250 steps include the chaotic edge-of-stability regime. */
    @Tag("slow")
    @Test
    void seededRunsAreReproducibleBitForBit() {
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        double highestEtaLambda = 0;
        EosTrainer a = EosTrainer.spiral(0.16);
        EosTrainer b = EosTrainer.spiral(0.16);
        for (int i = 0; i < 250; i++) {
            if (i % 25 == 0) {
                EosTrainer.Sharpness s = a.sharpness();
                highestEtaLambda = Math.max(highestEtaLambda, s.etaTimesLambda());
                first.add(s.lambdaMax());
                second.add(b.sharpness().lambdaMax());
            }
            first.add(a.step().lossAfter());
            second.add(b.step().lossAfter());
        }
        assertEquals(first, second);
        assertArrayEquals(a.parameters(), b.parameters());
        assertTrue(highestEtaLambda > 2, "the run should have crossed 2/η, highest η·λ_max " + highestEtaLambda);
    }

    @Test
    void stepIsGradientDescentAndReportsTheLossBeforeAndAfter() {
        EosTrainer trainer = EosTrainer.chebyshev(0.2);
        MlpLoss independent = new MlpLoss(Mlp.chebyshevNetwork(), RegressionData.chebyshev());
        double[] theta = trainer.parameters();
        double[] g = new double[theta.length];
        double before = independent.valueAndGradient(theta, g);
        EosTrainer.StepResult result = trainer.step();
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= 0.2 * g[i];
        }
        assertArrayEquals(theta, trainer.parameters());
        assertEquals(1, result.step());
        assertEquals(before, result.lossBefore());
        assertEquals(independent.value(theta), result.lossAfter());
        assertEquals(result.lossAfter(), trainer.loss());
        assertFalse(result.diverged());
    }

    @Test
    void learningRateChangesMidRunWithoutAReset() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        for (int i = 0; i < 30; i++) {
            trainer.step();
        }
        double[] theta = trainer.parameters();
        double[] g = new double[theta.length];
        new MlpLoss(Mlp.spiralNetwork(), RegressionData.spiral(0)).valueAndGradient(theta, g);
        trainer.setLearningRate(0.1);
        assertArrayEquals(theta, trainer.parameters());
        assertEquals(31, trainer.step().step());
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= 0.1 * g[i];
        }
        assertArrayEquals(theta, trainer.parameters());
        assertEquals(0.1, trainer.learningRate());
    }

    @Test
    void sharpnessOnTwoConsecutiveStepsMeasuresAtTAndAtTPlusOne() {
        EosTrainer trainer = EosTrainer.chebyshev(0.2);
        for (int i = 0; i < 10; i++) {
            trainer.step();
        }
        EosTrainer.SharpnessPair pair = trainer.sharpnessOnTwoConsecutiveSteps().orElseThrow();
        assertEquals(10, pair.first().step());
        assertEquals(11, pair.second().step());
        assertEquals(11, trainer.steps());
        assertEquals(trainer.sharpness().lambdaMax(), pair.second().lambdaMax(), 1e-9 * pair.second().lambdaMax());
        assertEquals(0.5 * (pair.first().etaTimesLambda() + pair.second().etaTimesLambda()),
                pair.meanEtaTimesLambda());
    }

    @Test
    void topEigenvaluesAreDescendingAndStartWithTheSharpness() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        double[] top = trainer.topEigenvalues(4);
        assertEquals(4, top.length);
        for (int i = 1; i < top.length; i++) {
            assertTrue(top[i] <= top[i - 1]);
        }
        assertEquals(trainer.sharpness().lambdaMax(), top[0], 1e-9 * top[0]);
    }

    @Test
    void divergenceKeepsTheLastFiniteParametersAndSaysWhereAndWhy() {
        EosTrainer trainer = EosTrainer.spiral(0.04);
        for (int i = 0; i < 20; i++) {
            trainer.step();
        }
        trainer.setLearningRate(2.0);
        double[] lastFinite = null;
        EosTrainer.StepResult result = null;
        for (int i = 0; i < 1000 && !trainer.hasDiverged(); i++) {
            lastFinite = trainer.parameters();
            result = trainer.step();
        }
        assertTrue(trainer.hasDiverged(), "η = 2 with λ ≈ 7 must diverge");
        EosTrainer.Divergence d = trainer.divergence().orElseThrow();
        assertTrue(result.diverged());
        assertEquals(result.step(), d.step());
        assertEquals(d.step() - 1, trainer.steps());
        assertArrayEquals(lastFinite, trainer.parameters());
        assertTrue(Double.isFinite(trainer.loss()));
        assertEquals(trainer.loss(), d.lastFiniteLoss());
        assertTrue(d.etaTimesSharpness() > 2, "η·λ_max = " + d.etaTimesSharpness());
        assertTrue(d.reason().contains("at step " + d.step()), d.reason());
        assertTrue(d.reason().contains("η·λ_max = "), d.reason());

        EosTrainer.StepResult stuck = trainer.step();
        assertTrue(stuck.diverged());
        assertArrayEquals(lastFinite, trainer.parameters());

        trainer.setLearningRate(0.001);
        trainer.resume();
        assertFalse(trainer.step().diverged());
        assertEquals(d.step(), trainer.steps());
    }

    @Test
    void rejectsNonPositiveLearningRates() {
        EosTrainer trainer = EosTrainer.chebyshev(0.2);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            try {
                trainer.setLearningRate(bad);
                throw new AssertionError("accepted η = " + bad);
            } catch (IllegalArgumentException expected) {
                assertEquals(0.2, trainer.learningRate());
            }
        }
    }
}
