package frontierslab.panels.generalization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.generalization.model.EpochwiseExperiment.EpochwiseSnapshot;
import frontierslab.panels.generalization.view.EpochwiseFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.SummaryJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The presets' shapes over log t, the landmarks against the exact curve, and no non-finite number shown. */
class EpochwiseExperimentTest {

    static EpochwiseSnapshot preset(String name) {
        return (EpochwiseSnapshot) new EpochwiseExperiment(EpochwiseExperiment.TYPE.preset(name).params()).snapshot();
    }

    @Test
    void twoTimeScalesFallRiseAndFallAgain() {
        EpochwiseSnapshot s = preset("two-time-scales");
        var m = s.summary();
        assertEquals(true, m.fallsRisesFalls(), m.toString());
        double first = ((Number) m.firstMin()).doubleValue();
        double peak = ((Number) m.peak()).doubleValue();
        double second = ((Number) m.secondMin()).doubleValue();
        assertTrue(first < peak && second < first, m.toString());
        assertTrue(s.fastPart()[s.peak()] > s.fastPart()[s.firstMin()], "the rise is the fast block's");
        assertTrue(s.slowPart()[s.secondMin()] < 0.2 * s.slowPart()[s.peak()], "the second fall is the slow block's");
    }

    @Test
    void oneTimeScaleOrNoSlowSignalGivesNoSecondDescent() {
        for (String name : new String[] {"one-time-scale", "no-slow-signal"}) {
            assertEquals(false, preset(name).summary().fallsRisesFalls(), name);
        }
    }

    @Test
    void theLandmarksAreLocalExtremaOfTheExactCurve() {
        EpochwiseExperiment e = new EpochwiseExperiment(EpochwiseExperiment.TYPE.preset("two-time-scales").params());
        EpochwiseSnapshot s = (EpochwiseSnapshot) e.snapshot();
        for (int i : new int[] {s.firstMin(), s.secondMin()}) {
            double t = s.t()[i];
            assertTrue(e.at(t * 0.9).test() >= s.test()[i] && e.at(t * 1.1).test() >= s.test()[i], "t = " + t);
        }
        double t = s.t()[s.peak()];
        assertTrue(e.at(t * 0.9).test() <= s.test()[s.peak()] && e.at(t * 1.1).test() <= s.test()[s.peak()]);
        assertEquals(1.0, e.at(0).test(), 1e-12, "w₀ = 0 predicts 0");
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 40)
    void noParameterInRangeShowsANonFiniteNumber(
            @ForAll @DoubleRange(min = 0, max = 1) double kappaPosition,
            @ForAll @IntRange(min = 1, max = 200) int fast,
            @ForAll @IntRange(min = 1, max = 200) int slow,
            @ForAll @IntRange(min = 10, max = 400) int n,
            @ForAll @DoubleRange(min = 0, max = 2) double sigma,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        double kappa = Math.pow(1000, kappaPosition);
        EpochwiseSnapshot s = (EpochwiseSnapshot) new EpochwiseExperiment(
                new EpochwiseParams(kappa, fast, slow, n, sigma, share, seed)).snapshot();
        OnScreen.assertFinite(s);
        EpochwiseFigure figure = new EpochwiseFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        for (Readout r : figure.readouts(s)) {
            String key = switch (r.id()) {
                case "first" -> "first_min";
                case "peak" -> "peak";
                case "second" -> "second_min";
                default -> "final_test_error";
            };
            assertEquals(SummaryJson.of(s.summary()).containsKey(key), r.hasValue(), r.label());
        }
    }
}
