package frontierslab.panels.generalization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.grok.GrokSetup.Activation;
import frontierslab.math.grok.GrokSetup.Init;
import frontierslab.math.grok.GrokSetup.Loss;
import frontierslab.math.grok.GrokSetup.Optimizer;
import frontierslab.panels.generalization.model.GrokExperiment.GrokSnapshot;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import org.junit.jupiter.api.Test;

class GrokExperimentTest {

    private static GrokParams small(double lr, double wd, int switchAt, double after, int steps) {
        return new GrokParams(23, 0.4, 64, Activation.QUADRATIC, Loss.MSE, Optimizer.ADAMW, Init.RANDOM, 3, lr, wd,
                switchAt, after, steps, 5, true, 0);
    }

    private static double last(Trace.View v, String column) {
        return v.get(v.rows() - 1, column);
    }

    private static GrokSnapshot snap(GrokExperiment e) {
        return (GrokSnapshot) e.snapshot();
    }

    @Test
    void weightDecayAndLrChangeMidRunWithoutAResetAndAreRecorded() {
        GrokExperiment e = new GrokExperiment(small(3e-3, 1, 0, 0, 100));
        e.run(20);
        double normBefore = last(snap(e).trace(), "weight_norm");
        e.setParams(small(1e-2, 2, 0, 0, 100));
        assertEquals(20, snap(e).step(), "no reset");
        assertEquals(normBefore, last(snap(e).trace(), "weight_norm"));
        e.run(10);
        GrokSnapshot s = snap(e);
        assertEquals(30, s.step());
        assertEquals(2, s.changes().size());
        assertEquals("lr", s.changes().get(0).what());
        assertEquals(20, s.changes().get(0).step());
        assertEquals(1e-2, s.changes().get(0).to());
        assertEquals("weight decay", s.changes().get(1).what());
        assertEquals(2.0, last(s.trace(), "weight_decay"));
        assertEquals(1e-2, last(s.trace(), "lr"));
    }

    @Test
    void aChangeOfTheSeedStartsANewRun() {
        GrokExperiment e = new GrokExperiment(small(3e-3, 1, 0, 0, 100));
        e.run(20);
        GrokParams p = small(3e-3, 1, 0, 0, 100);
        e.setParams(new GrokParams(p.modulus(), p.trainFraction(), p.width(), p.activation(), p.loss(), p.optimizer(),
                p.init(), 4, p.lr(), p.weightDecay(), p.switchAt(), p.decayAfter(), p.steps(), p.every(), p.logSteps(),
                p.clockFrequency()));
        assertEquals(0, snap(e).step());
        assertEquals(1, snap(e).trace().rows());
    }

    @Test
    void theScheduledSwitchChangesWeightDecayAfterItsStep() {
        GrokExperiment e = new GrokExperiment(small(3e-3, 1, 10, 0.25, 30));
        e.run(30);
        Trace.View v = snap(e).trace();
        for (int r = 0; r < v.rows(); r++) {
            double step = v.get(r, "step");
            assertEquals(step <= 10 ? 1.0 : 0.25, v.get(r, "weight_decay"), "at step " + step);
        }
        assertEquals(1, snap(e).changes().size());
        assertEquals(10, snap(e).changes().get(0).step());
    }

    @Test
    void measurementsAreDenseEarlyAndEveryStepsLater() {
        assertEquals(1, GrokExperiment.nextMeasurement(0, 25));
        assertEquals(10, GrokExperiment.nextMeasurement(9, 25));
        assertEquals(52, GrokExperiment.nextMeasurement(50, 25));
        assertEquals(520, GrokExperiment.nextMeasurement(500, 25));
        assertEquals(5025, GrokExperiment.nextMeasurement(5000, 25));
        assertEquals(5005, GrokExperiment.nextMeasurement(5000, 5));
    }

    @Test
    void theHandBuiltSolutionIsShownRightOnEveryPairAtStepZeroWithOneFrequencyPerUnit() {
        GrokExperiment e = new GrokExperiment(GrokExperiment.TYPE.preset("fourier").params());
        GrokSnapshot s = snap(e);
        for (boolean ok : s.measurement().correct()) {
            assertTrue(ok);
        }
        assertEquals(1.0, s.trace().get(0, "test_acc"));
        assertEquals(1.0, s.trace().get(0, "train_acc"));
        assertEquals(1.0, s.trace().get(0, "aligned_fraction"), "the 161 units that carry the solution");
        assertEquals(1.0, s.trace().get(0, "top_share"), 1e-6);
        assertEquals(0, s.grokStep());
    }

    @Test
    void seededRunsRepeatBitForBit() {
        GrokExperiment one = new GrokExperiment(small(3e-3, 1, 0, 0, 40));
        GrokExperiment two = new GrokExperiment(small(3e-3, 1, 0, 0, 40));
        one.run(40);
        two.run(40);
        Trace.View a = snap(one).trace();
        Trace.View b = snap(two).trace();
        assertEquals(a.rows(), b.rows());
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.columns().size(); c++) {
                assertEquals(a.get(r, c), b.get(r, c));
            }
        }
        assertNotEquals(last(a, "train_loss"), a.get(0, "train_loss"));
    }

    @Test
    void gradientDescentWithAHugeStepIsFlaggedAsDivergedAndLoweringLrResumes() {
        GrokParams base = new GrokParams(23, 0.3, 161, Activation.QUADRATIC, Loss.CROSS_ENTROPY, Optimizer.GD,
                Init.FOURIER, 1, 10, 0, 0, 0, 500, 5, true, 0);
        GrokExperiment e = new GrokExperiment(base);
        e.run(500);
        GrokSnapshot s = snap(e);
        assertEquals(Status.State.DIVERGED, s.status().state());
        assertFalse(e.canStep());
        assertFalse(s.status().message().contains("NaN"));
        Trace.View v = s.trace();
        for (int r = 0; r < v.rows(); r++) {
            for (int c = 0; c < v.columns().size(); c++) {
                assertTrue(Double.isFinite(v.get(r, c)));
            }
        }
        e.setParams(new GrokParams(23, 0.3, 161, Activation.QUADRATIC, Loss.CROSS_ENTROPY, Optimizer.GD,
                Init.FOURIER, 1, 1e-3, 0, 0, 0, 500, 5, true, 0));
        assertTrue(e.canStep(), "a lower lr resumes from the last finite state");
    }

    @Test
    void theHandBuiltSolutionRefusesReluWithAClearMessage() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new GrokParams(47, 0.3, 256,
                Activation.RELU, Loss.MSE, Optimizer.ADAMW, Init.FOURIER, 1, 3e-3, 1, 0, 0, 100, 25, true, 0));
        assertTrue(x.getMessage().contains("QUADRATIC"), x.getMessage());
    }
}
