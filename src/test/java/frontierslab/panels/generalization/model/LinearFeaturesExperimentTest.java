package frontierslab.panels.generalization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.generalization.model.LinearFeaturesExperiment.LinearFeaturesSnapshot;
import frontierslab.panels.generalization.view.LinearFeaturesFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Trace;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The presets' claims from the closed form, the Monte Carlo curve against it, and no non-finite number shown. */
class LinearFeaturesExperimentTest {

    static LinearFeaturesSnapshot finished(String preset) {
        LinearFeaturesExperiment e = new LinearFeaturesExperiment(LinearFeaturesExperiment.TYPE.preset(preset).params());
        e.run(Long.MAX_VALUE);
        return (LinearFeaturesSnapshot) e.snapshot();
    }

    @Tag("slow")
    @Test
    void aFlatSignalEndsItsSecondDescentLowerAndADecayingOneHigher() {
        var flat = finished("flat-signal").summary();
        assertEquals(true, flat.secondDescentLower(), flat.toString());
        assertEquals(120, ((Number) flat.exactSecondMinP()).intValue(), "flat: the error falls to p = D");
        var decaying = finished("decaying-signal").summary();
        assertEquals(false, decaying.secondDescentLower(), decaying.toString());
        assertTrue(((Number) decaying.mcAtLargestP()).doubleValue()
                > 2 * ((Number) decaying.mcFirstMin()).doubleValue(), "the Monte Carlo curve agrees: " + decaying);
    }

    @Tag("slow")
    @Test
    void theMonteCarloMeanIsWithinFourStandardErrorsOfTheExactRiskAwayFromTheThreshold() {
        LinearFeaturesSnapshot s = finished("decaying-signal");
        int n = s.params().n();
        for (int j = 0; j < s.p().length; j++) {
            if (Math.abs(s.p()[j] - n) >= 10) {
                assertEquals(s.exact()[j], s.mean()[j], 4 * s.standardError()[j], "p = " + s.p()[j]);
            }
        }
    }

    @Tag("slow")
    @Test
    void theExactRiskIsMissingOnlyNextToTheThreshold() {
        Trace.View t = finished("no-noise").trace();
        for (int r = 0; r < t.rows(); r++) {
            int p = (int) t.get(r, "p");
            assertEquals(Math.abs(p - 40) <= 1, Double.isNaN(t.get(r, "exact")), "p = " + p);
        }
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 15)
    void noParameterInRangeShowsANonFiniteNumber(
            @ForAll @DoubleRange(min = 0, max = 2) double sigma,
            @ForAll @DoubleRange(min = 0, max = 3) double decay,
            @ForAll @IntRange(min = 10, max = 100) int n,
            @ForAll @IntRange(min = 20, max = 200) int dimension) {
        LinearFeaturesExperiment e = new LinearFeaturesExperiment(new LinearFeaturesParams(sigma, decay, n, dimension,
                2));
        e.run(Long.MAX_VALUE);
        LinearFeaturesSnapshot s = (LinearFeaturesSnapshot) e.snapshot();
        OnScreen.assertFinite(s, (column, row) -> (column.equals("exact") || column.equals("asymptotic"))
                && Math.abs(s.trace().get(row, "p") - n) <= 1);
        LinearFeaturesFigure figure = new LinearFeaturesFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        for (Readout r : figure.readouts(s)) {
            boolean absent = (r.id().equals("second") || r.id().equals("end")) && dimension < n + 2
                    || r.id().equals("first") && n - 2 < 1;
            assertTrue(r.hasValue() || absent, r.label() + ": " + s.summary());
        }
    }
}
