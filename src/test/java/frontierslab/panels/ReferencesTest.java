package frontierslab.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Foreground;
import frontierslab.sim.SimulationRunner;
import frontierslab.sim.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    private static final References QUADRATIC = new References(List.of(QuadraticExperiment.TYPE));

    @Test
    void aReferenceNamesItsExperimentRunQuantityAndFormat() {
        List<References.Reference> refs = References.parse(
                "η = {{eos-quadratic:diverging:param.eta:%.2f}} and {{eos-quadratic:[eta=0.3,steps=10]:steps:%d}}");
        assertEquals(2, refs.size());
        assertEquals("eos-quadratic", refs.get(0).experiment());
        assertEquals("diverging", refs.get(0).preset());
        assertEquals("param.eta", refs.get(0).quantity());
        assertEquals("%.2f", refs.get(0).format());
        assertEquals("", refs.get(1).preset());
        assertEquals(Map.of("eta", "0.3", "steps", "10"), refs.get(1).changes());
        assertThrows(IllegalArgumentException.class, () -> References.parse("{{eos-quadratic:diverging:%.2f}}"));
        assertThrows(IllegalArgumentException.class, () -> References.parse("{{a:b[eta]:c:%d}}"));
    }

    @Test
    void aFilledTextHoldsTheRunsOwnValuesAndThePlaceholderNeverANumber() {
        String text = "η·λ₁ = {{eos-quadratic:diverging:trace.eta_lambda_max@0:%.1f}} after "
                + "{{eos-quadratic:[eta=0.3,steps=10]:steps:%d}} steps";
        QuadraticParams p = QuadraticExperiment.TYPE.preset("diverging").params();
        var e = QuadraticExperiment.TYPE.create(p);
        e.run(Long.MAX_VALUE);
        Snapshot s = e.snapshot();
        String expected = String.format(java.util.Locale.ROOT, "η·λ₁ = %.1f after 10 steps",
                s.trace().get(0, "eta_lambda_max"));
        assertEquals(expected, QUADRATIC.fill(text));
        assertEquals("η·λ₁ = … after … steps", References.placeholders(text));
        References fresh = new References(List.of(QuadraticExperiment.TYPE));
        assertEquals("η = 0.55, then …", fresh.fillAvailable(
                "η = {{eos-quadratic:diverging:param.eta:%.2f}}, then {{eos-quadratic:diverging:steps:%d}}"),
                "a parameter needs no run; a run not yet done shows the placeholder");
    }

    @Test
    void fillingLaterRunsInTheBackgroundAndGivesTheSameText() throws Exception {
        String text = "{{eos-quadratic:converging:param.eta:%.3f}} on {{eos-quadratic:converging:steps:%d}}";
        String later = new References(List.of(QuadraticExperiment.TYPE)).fillLater(text).get(30, TimeUnit.SECONDS);
        assertEquals(QUADRATIC.fill(text), later);
        assertTrue(new References(List.of(QuadraticExperiment.TYPE)).fillLater("{{nowhere:x:y:%d}}")
                .isCompletedExceptionally(), "a reference to another panel's experiment never fills");
    }

    @Test
    void aCardsNumbersWaitWhileARunThatNeedsItsOwnCorePlaysAndFillWhenItPauses() throws Exception {
        SimulationRunner<QuadraticParams> lecture = new SimulationRunner<>("own-core", new Counting(Long.MAX_VALUE));
        try {
            lecture.setStepsPerSecond(Double.POSITIVE_INFINITY);
            lecture.play();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!Foreground.busy() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            ExperimentType<QuadraticParams> counting = new ExperimentType<>("counting", "Counting", "§0", "Steps",
                    QuadraticParams.SPACE, List.of(), p -> new Counting(100), ExperimentType.Markers.none());
            var later = new References(List.of(counting)).fillLater("{{counting:[]:trace.step@0:%d}} steps");
            Thread.sleep(300);
            assertFalse(later.isDone(), "the note waits while the lecturer's run plays");
            lecture.pause();
            assertEquals("0 steps", later.get(30, TimeUnit.SECONDS));
        } finally {
            lecture.close();
        }
    }

    /** The quadratic's picture, after {@code horizon} steps that compute nothing, its steps kept to its own core. */
    private static final class Counting implements Experiment<QuadraticParams> {
        private final QuadraticExperiment picture = new QuadraticExperiment(QuadraticParams.SPACE.defaults());
        private final long horizon;
        private long steps;

        Counting(long horizon) {
            this.horizon = horizon;
        }

        @Override public QuadraticParams params() { return picture.params(); }
        @Override public void setParams(QuadraticParams p) { }
        @Override public void reset() { steps = 0; }
        @Override public void step() { steps++; }
        @Override public boolean canStep() { return steps < horizon; }
        @Override public Snapshot snapshot() { return picture.snapshot(); }
        @Override public Pacing pacing() { return Pacing.OWN_CORE; }
    }

    @Test
    void aReferenceToAMissingQuantityFailsNamingIt() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> QUADRATIC.fill("{{eos-quadratic:diverging:no_such_key:%.2f}}"));
        assertTrue(e.getMessage().contains("no_such_key"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QUADRATIC.fill("{{eos-mlp:spiral:steps:%d}}"));
    }

    @Test
    void scientificAndPercentFormats() {
        assertEquals("2.5×10⁻⁷", References.format(2.5e-7, "sci.1"));
        assertEquals("10⁻¹²", References.format(1e-12, "sci.0"));
        assertEquals("4×10⁻⁴", References.format(4.13e-4, "sci.0"));
        assertEquals("−4.1×10⁻⁴", References.format(-4.13e-4, "sci.1"));
        assertEquals("1.0×10³", References.format(999.97, "sci.1"));
        assertEquals("38", References.format(0.376, "pct.0"));
        assertEquals("1,500", References.format(1500.0, "%,d"));
    }
}
