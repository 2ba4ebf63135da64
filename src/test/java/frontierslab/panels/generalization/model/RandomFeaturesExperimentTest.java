package frontierslab.panels.generalization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.generalization.model.RandomFeaturesExperiment.RandomFeaturesSnapshot;
import frontierslab.panels.generalization.model.RandomFeaturesParams.Labels;
import frontierslab.panels.generalization.view.RandomFeaturesFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import frontierslab.sim.SummaryJson;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The presets' claims, measured on the full sweep, and the sweep's bookkeeping as parameters change. */
@Tag("slow")
class RandomFeaturesExperimentTest {

    private static RandomFeaturesExperiment shared;

    /** Every preset has n = 100, d = 20 and 10 seeds: one sweep serves them all (only σ, λ, τ, labels differ). */
    @BeforeAll
    static void sweepOnce() {
        shared = new RandomFeaturesExperiment(RandomFeaturesExperiment.TYPE.preset("noise").params());
        shared.run(Long.MAX_VALUE);
    }

    static Map<String, Object> presetSummary(String name) {
        Preset<RandomFeaturesParams> preset = RandomFeaturesExperiment.TYPE.preset(name);
        assertTrue(preset.params().sameSweep(shared.params()) && preset.params().seeds() == 10);
        shared.setParams(preset.params());
        assertFalse(shared.canStep(), "σ, λ, τ and the labels reuse the finished sweep");
        return SummaryJson.of(shared.snapshot().summary());
    }

    static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    @Test
    void withoutNoiseTheTestErrorStillPeaksAtTheInterpolationThreshold() {
        Map<String, Object> s = presetSummary("no-noise");
        assertEquals(100, number(s, "mean_peak_p"));
        assertEquals(100, number(s, "median_peak_p"));
        assertTrue(number(s, "mean_peak_test_error") > 1, "the peak is worse than predicting 0: " + s);
    }

    @Test
    void noiseRaisesThePeakAndTheSecondDescentEndsLower() {
        double quiet = number(presetSummary("no-noise"), "mean_peak_test_error");
        Map<String, Object> s = presetSummary("noise");
        assertEquals(100, number(s, "mean_peak_p"));
        assertTrue(number(s, "mean_peak_test_error") > quiet, s + " against " + quiet);
        assertEquals(true, s.get("mean_second_descent_lower"));
        assertEquals(true, s.get("median_second_descent_lower"));
        assertTrue(number(s, "mean_peak_test_error") > number(s, "median_peak_test_error"),
                "the peak is heavy-tailed over seeds: mean above median");
    }

    @Test
    void ridgeAndTheCutOffEachRemoveThePeak() {
        for (String name : new String[] {"ridge", "cut-off"}) {
            Map<String, Object> s = presetSummary(name);
            assertTrue(number(s, "mean_test_error_at_n") < number(s, "mean_test_error_at_smallest_p"),
                    name + ": at p = n below where the sweep starts: " + s);
            assertTrue(number(s, "mean_peak_test_error") < 1, name + ": nowhere worse than predicting 0: " + s);
        }
    }

    @Test
    void shuffledLabelsAreFitExactlyAndTestWorseThanPredictingZero() {
        Map<String, Object> s = presetSummary("shuffled");
        assertEquals(1000, number(s, "p_largest"));
        assertTrue(number(s, "mean_train_error_at_largest_p") < 1e-20, s.toString());
        assertTrue(number(s, "mean_test_error_at_largest_p") > 1, s.toString());
    }

    @Test
    void moreSeedsExtendTheSweepAndFewerKeepItsFits() {
        RandomFeaturesExperiment e = new RandomFeaturesExperiment(
                new RandomFeaturesParams(0.5, 0, 0, 30, 5, 1, Labels.TRUE));
        assertFalse(e.canStep(), "the first seed is computed at once");
        double first = number(SummaryJson.of(e.snapshot().summary()), "mean_test_error_at_n");
        e.setParams(new RandomFeaturesParams(0.5, 0, 0, 30, 5, 3, Labels.TRUE));
        assertTrue(e.canStep());
        assertEquals(RandomFeaturesExperiment.BATCH, runOneStep(e));
        e.run(Long.MAX_VALUE);
        assertEquals(3, number(SummaryJson.of(e.snapshot().summary()), "seeds_complete"));
        e.setParams(new RandomFeaturesParams(0.5, 0, 0, 30, 5, 1, Labels.TRUE));
        assertFalse(e.canStep());
        assertEquals(first, number(SummaryJson.of(e.snapshot().summary()), "mean_test_error_at_n"), 0.0,
                "seed 0's fits are kept, bit for bit");
    }

    private static long runOneStep(RandomFeaturesExperiment e) {
        long before = e.snapshot().step();
        e.step();
        return e.snapshot().step() - before;
    }

    @Test
    void aChangeOfNStartsANewSweepWithPEqualsNOnTheGrid() {
        RandomFeaturesExperiment e = new RandomFeaturesExperiment(
                new RandomFeaturesParams(0.5, 0, 0, 30, 5, 1, Labels.TRUE));
        e.setParams(new RandomFeaturesParams(0.5, 0, 0, 57, 5, 1, Labels.TRUE));
        var s = e.snapshot().summary();
        assertEquals(57, s.mean().peakP(), "the noisy min-norm peak sits at the new n: " + s);
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 8)
    void noParameterInRangeShowsANonFiniteNumber(
            @ForAll @DoubleRange(min = 0, max = 2) double sigma,
            @ForAll @DoubleRange(min = 0, max = 0.5) double lambda,
            @ForAll @DoubleRange(min = 0, max = 0.2) double tau,
            @ForAll @IntRange(min = 20, max = 200) int n,
            @ForAll @IntRange(min = 2, max = 100) int d,
            @ForAll boolean shuffled) {
        RandomFeaturesExperiment e = new RandomFeaturesExperiment(new RandomFeaturesParams(sigma, lambda, tau, n, d, 1,
                shuffled ? Labels.SHUFFLED : Labels.TRUE));
        for (double zero : new double[] {sigma, 0}) {
            e.setParams(new RandomFeaturesParams(zero, zero == 0 ? 0 : lambda, zero == 0 ? 0 : tau, n, d, 1,
                    shuffled ? Labels.SHUFFLED : Labels.TRUE));
            RandomFeaturesSnapshot s = (RandomFeaturesSnapshot) e.snapshot();
            OnScreen.assertFinite(s);
            RandomFeaturesFigure figure = new RandomFeaturesFigure(Palette.of(Theme.LIGHT));
            figure.show(s);
            for (Readout r : figure.readouts(s)) {
                assertTrue(r.hasValue(), r.label() + " has no value: " + s.summary());
            }
        }
    }
}
