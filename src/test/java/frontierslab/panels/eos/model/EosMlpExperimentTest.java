package frontierslab.panels.eos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.nn.Mlp;
import frontierslab.math.nn.MlpLoss;
import frontierslab.math.nn.RegressionData;
import frontierslab.panels.eos.model.EosMlpExperiment.EosMlpSnapshot;
import frontierslab.panels.eos.model.EosMlpParams.Dataset;
import frontierslab.sim.Status;
import frontierslab.sim.Trace;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class EosMlpExperimentTest {

    private static EosMlpParams chebyshev(double eta, int steps) {
        return new EosMlpParams(Dataset.CHEBYSHEV, eta, 1, steps, 10, 1, false);
    }

    @Tag("slow")
    @Test
    void theSharpnessAtStepZeroIsTheTopEigenvalueOfTheDenseHessian() {
        EosMlpExperiment e = new EosMlpExperiment(chebyshev(0.2, 10));
        double shown = e.snapshot().trace().get(0, "sharpness");
        Mlp network = Mlp.chebyshevNetwork();
        MlpLoss loss = new MlpLoss(network, RegressionData.chebyshev());
        double[] theta = network.initialParameters(1);
        int n = theta.length;
        double[] g0 = new double[n];
        double[] g1 = new double[n];
        double[][] h = new double[n][n];
        double step = 1e-5;
        for (int j = 0; j < n; j++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[j] += step;
            minus[j] -= step;
            loss.valueAndGradient(plus, g0);
            loss.valueAndGradient(minus, g1);
            for (int i = 0; i < n; i++) {
                h[i][j] = (g0[i] - g1[i]) / (2 * step);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = m;
                h[j][i] = m;
            }
        }
        double[] eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(h)).getEigenvalues();
        double top = java.util.Arrays.stream(eig).max().orElseThrow();
        assertEquals(top, shown, 1e-6 * top);
    }

    @Test
    void theGradientFlowReferenceKeepsTheMainRunsTimeWhenEtaChanges() {
        EosMlpParams first = EosMlpExperiment.TYPE.preset("chebyshev-flow").params();
        EosMlpExperiment e = new EosMlpExperiment(first);
        e.run(20);
        assertEquals(20 * 0.2, e.time(), 1e-12);
        assertEquals(e.time(), e.flowTime(), 1e-12);
        for (double eta : new double[] {0.07, 0.3}) {
            e.setParams(new EosMlpParams(first.dataset(), eta, first.seed(), first.steps(), first.every(), first.topk(),
                    true));
            e.run(15);
        }
        assertEquals(20 * 0.2 + 15 * 0.07 + 15 * 0.3, e.time(), 1e-12);
        assertEquals(e.time(), e.flowTime(), 1e-12, "the reference is at the main run's time τ = Σ η_t");
    }

    @Test
    void etaChangesMidRunWithoutAResetAndIsRecorded() {
        EosMlpExperiment e = new EosMlpExperiment(chebyshev(0.2, 100));
        e.run(30);
        double lossBefore = e.snapshot().trace().get(30, "loss");
        e.setParams(chebyshev(0.1, 100));
        e.run(5);
        EosMlpSnapshot s = (EosMlpSnapshot) e.snapshot();
        assertEquals(35, s.step());
        assertEquals(lossBefore, s.trace().get(30, "loss"));
        assertEquals(0.1, s.trace().get(31, "eta"));
        assertEquals(0.2, s.trace().get(30, "eta"));
        assertEquals(1, s.changes().size());
        assertEquals(30, s.changes().get(0).step());
    }

    @Test
    void measurementsComeInConsecutivePairsWithTheirMean() {
        EosMlpExperiment e = new EosMlpExperiment(chebyshev(0.2, 100));
        e.run(21);
        Trace.View t = e.snapshot().trace();
        for (int r = 0; r <= 21; r++) {
            boolean measured = r % 10 == 0 || r % 10 == 1;
            assertEquals(measured, Double.isFinite(t.get(r, "sharpness")), "row " + r);
        }
        double mean = 0.5 * (t.get(20, "eta_sharpness") + t.get(21, "eta_sharpness"));
        assertEquals(mean, t.get(21, "pair_mean_eta_sharpness"), 1e-15);
        assertEquals(0.2 * t.get(21, "sharpness"), t.get(21, "eta_sharpness"), 1e-15);
    }

    @Test
    void aDivergenceMidRunStopsCleanlyKeepsTheLastFiniteStateAndUndoResumes() {
        EosMlpExperiment e = new EosMlpExperiment(chebyshev(0.2, 500));
        e.run(50);
        e.setParams(chebyshev(1.0, 500));
        e.run(500);
        EosMlpSnapshot s = (EosMlpSnapshot) e.snapshot();
        assertEquals(Status.State.DIVERGED, s.status().state());
        assertFalse(e.canStep());
        assertTrue(s.status().message().contains("at step"), s.status().message());
        Trace.View t = s.trace();
        for (int r = 0; r < t.rows(); r++) {
            assertTrue(Double.isFinite(t.get(r, "loss")));
        }
        long stoppedAt = s.step();
        e.setParams(chebyshev(0.2, 500));
        assertTrue(e.canStep(), "an undo of η resumes from the last finite state");
        e.step();
        Trace.View after = e.snapshot().trace();
        assertEquals(stoppedAt + 1, e.snapshot().step());
        assertEquals(0.2, after.get(after.rows() - 1, "eta"));
    }

    @Test
    void theChebyshevPresetSettlesAtTheEdgeOfStability() {
        EosMlpExperiment e = new EosMlpExperiment(EosMlpExperiment.TYPE.preset("chebyshev").params());
        e.run(Long.MAX_VALUE);
        double mean = (double) e.snapshot().summary().meanPairEtaSharpnessAfterEdge();
        assertTrue(mean > 1.9 && mean < 2.1, "mean η·λ_max after the edge = " + mean);
        Trace.View t = e.snapshot().trace();
        assertTrue(t.get(t.rows() - 1, "loss") < t.get(0, "loss") / 5, "the loss keeps falling over the run");
    }

    @Test
    void seededRunsAreReproducibleBitForBit() {
        EosMlpExperiment a = new EosMlpExperiment(chebyshev(0.2, 100));
        EosMlpExperiment b = new EosMlpExperiment(chebyshev(0.2, 100));
        a.run(40);
        b.run(40);
        for (int r = 0; r <= 40; r++) {
            assertEquals(Double.doubleToRawLongBits(a.snapshot().trace().get(r, "loss")),
                    Double.doubleToRawLongBits(b.snapshot().trace().get(r, "loss")));
        }
    }

    /** What the Theorem 2.1 card says of the spiral preset. */
    @Tag("slow")
    @Test
    void theSpiralPresetSharpensFromSevenToTwoOverEtaAndStaysThere() {
        EosMlpExperiment e = new EosMlpExperiment(EosMlpExperiment.TYPE.preset("spiral").params());
        e.run(Long.MAX_VALUE);
        var summary = e.snapshot().summary();
        double initial = summary.initialSharpness();
        assertTrue(initial > 7.0 && initial < 7.2, "initial sharpness " + initial);
        int edge = summary.firstEdgeStep();
        assertTrue(edge > 800 && edge < 1300, "first reached 2/η at step " + edge);
        double mean = summary.meanPairEtaSharpnessAfterEdge();
        assertTrue(mean > 1.9 && mean < 2.1, "mean η·λ_max after the edge " + mean);
        Trace.View t = e.snapshot().trace();
        assertTrue(t.get(t.rows() - 1, "loss") < t.get(edge, "loss"), "the loss keeps falling");
        double peak = 0;
        for (int r = edge; r < Math.min(t.rows(), edge + 300); r++) {
            double v = t.get(r, "eta_sharpness");
            if (Double.isFinite(v)) {
                peak = Math.max(peak, v);
            }
        }
        assertTrue(peak > 2.2, "it overshoots right after the crossing: peak " + peak);
    }

    /** The spiral preset run to step 2000 (at the edge since about step 1000), then η set to {@code eta}. */
    private static EosMlpExperiment spiralSwitchedAt2000(double eta, int stepsAfter) {
        EosMlpParams p = EosMlpExperiment.TYPE.preset("spiral").params();
        EosMlpExperiment e = new EosMlpExperiment(p);
        e.run(2000);
        e.setParams(new EosMlpParams(p.dataset(), eta, p.seed(), p.steps(), p.every(), p.topk(), p.flow()));
        e.run(stepsAfter);
        return e;
    }

    private static double meanPairEtaSharpness(Trace.View t, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int r = from; r < to; r++) {
            double v = t.get(r, "pair_mean_eta_sharpness");
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return sum / n;
    }

    /** docs/science.md §2: raising η a little mid-run makes the loss spike and the sharpness settle at the new 2/η. */
    @Tag("slow")
    @Test
    void raisingEtaAtTheEdgeMakesTheLossSpikeAndTheSharpnessSettleAtTheNewTwoOverEta() {
        EosMlpExperiment e = spiralSwitchedAt2000(0.05, 600);
        Trace.View t = e.snapshot().trace();
        double atSwitch = t.get(2000, "loss");
        double peak = 0;
        for (int r = 2001; r <= 2050; r++) {
            peak = Math.max(peak, t.get(r, "loss"));
        }
        assertTrue(peak > 2 * atSwitch, "the loss spikes: " + atSwitch + " → " + peak);
        double before = meanPairEtaSharpness(t, 1700, 2000) / 0.04;
        double after = meanPairEtaSharpness(t, 2300, 2600);
        assertTrue(after > 1.9 && after < 2.1, "η·λ_max back at 2 with η = 0.05: " + after);
        assertTrue(after / 0.05 < before - 5, "the sharpness fell from " + before + " to " + after / 0.05);
    }

    /** docs/science.md §2: lowering η does not bring the sharpness back up at once: history matters. */
    @Tag("slow")
    @Test
    void loweringEtaAtTheEdgeLeavesTheSharpnessFarBelowTheNewTwoOverEtaForHundredsOfSteps() {
        EosMlpExperiment e = spiralSwitchedAt2000(0.02, 500);
        Trace.View t = e.snapshot().trace();
        double soon = t.get(2050, "sharpness");
        double later = t.get(2500, "sharpness");
        assertTrue(later > soon, "it sharpens again, slowly: " + soon + " → " + later);
        assertTrue(later < 0.7 * (2 / 0.02), "500 steps later still far below 2/η = 100: " + later);
    }
}
