package frontierslab.math.eos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every preset shows what its description claims, measured on its own run. */
class PresetTest {

    @Test
    void valleyPresetsShowWhatTheySay() {
        ValleyRun.Summary drift = ValleyPreset.LOG_COSH_DRIFT.run().summary();
        assertEquals(ValleyRun.Outcome.CONVERGED, drift.outcome());
        assertTrue(drift.startFlowLimitSharpness() > 2.5 * drift.twoOverEta());
        assertTrue(drift.finalSharpnessOverEdge() > 0.95 && drift.finalSharpnessOverEdge() < 1);

        ValleyRun.Summary diverges = ValleyPreset.SQUARE_LOSS_DIVERGES.run().summary();
        assertEquals(ValleyRun.Outcome.DIVERGED, diverges.outcome());
        assertTrue(diverges.divergence().orElseThrow().step() < 10);

        ValleyRun.Summary large = ValleyPreset.LOG_COSH_LARGE_STEP.run().summary();
        assertEquals(ValleyRun.Outcome.CONVERGED, large.outcome());
        assertTrue(large.startSharpness() > large.twoOverEta());
        assertTrue(large.finalSharpnessOverEdge() > 0.85 && large.finalSharpnessOverEdge() < 0.95);

        ValleyRun.Result catapult = ValleyPreset.SQUARE_LOSS_CATAPULT.run();
        double[] end = catapult.iterate(catapult.stepsTaken());
        assertEquals(-1.0, end[0], 0.01);
        assertEquals(-1.0, end[1], 0.01);
        assertTrue(catapult.summary().finalSharpnessOverEdge() < 0.55);

        ValleyRun.Summary ellipse = ValleyPreset.ELLIPSE_DRIFT.run().summary();
        assertEquals(ValleyRun.Outcome.CONVERGED, ellipse.outcome());
        assertTrue(ellipse.residualSignChanges() > 200);
        assertTrue(ellipse.finalSharpnessOverEdge() > 0.98 && ellipse.finalSharpnessOverEdge() < 1);

        ValleyRun.Summary nowhere = ValleyPreset.ELLIPSE_NO_STABLE_MINIMUM.run().summary();
        assertEquals(ValleyRun.Outcome.OSCILLATING, nowhere.outcome());
        assertEquals(ValleyPreset.ELLIPSE_NO_STABLE_MINIMUM.valley().minimalSharpness(), nowhere.twoOverEta(), 1e-12);
    }

    @Test
    void powerLawPresetsShowWhatTheySay() {
        PowerLawRun.Summary demo = PowerLawPreset.DEMO_1.run().summary();
        assertEquals(1.6, demo.largestEtaLambdaMax(), 0.05);
        assertTrue(demo.lastEtaLambdaMax() < 0.02 && demo.lossNeverRose());

        PowerLawRun.Summary far = PowerLawPreset.DEMO_1_FROM_FAR_OUT.run().summary();
        assertEquals(PowerLawRun.Outcome.DIVERGED, far.outcome());
        assertTrue(far.largestEtaLambdaMax() > 2.4);

        PowerLawRun.Result flips = PowerLawPreset.EXAMPLE_1_SIGN_FLIPS.run();
        double startEtaCurvature = flips.etaLambdaMax()[0];
        assertTrue(startEtaCurvature > 2 && startEtaCurvature < 2.2, "η f'' = " + startEtaCurvature);
        assertEquals(PowerLawRun.Outcome.CONVERGED, flips.summary().outcome());
        assertTrue(flips.summary().signFlips() > 10);

        PowerLawRun.Result diverges = PowerLawPreset.EXAMPLE_1_DIVERGES.run();
        assertTrue(diverges.etaLambdaMax()[0] > 2.2);
        assertEquals(PowerLawRun.Outcome.DIVERGED, diverges.summary().outcome());

        PowerLawRun.Summary orbit = PowerLawPreset.PERIOD_TWO_ORBIT.run().summary();
        assertEquals(PowerLawRun.Outcome.PERIOD_TWO, orbit.outcome());
        assertEquals(1.0, orbit.lastEtaLambdaMax(), 1e-9);
    }
}
