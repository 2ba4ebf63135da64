package frontierslab.panels.examples.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PowerLawExampleTest {

    private static List<Verdict> verdicts(DerivationSnapshot s) {
        return s.rows().stream().map(DerivationRow::verdict).toList();
    }

    private static DerivationSnapshot run(String preset) {
        return new PowerLawExample(PowerLawExample.TYPE.preset(preset).params()).snapshot();
    }

    @Test
    void atTheLecturesExponentTheSignFlipsButTheIterateShrinksBetweenTwoAndTheTrueEdge() {
        DerivationSnapshot s = run("lecture-example-1");
        double q = 2.1;
        double etaF2 = 1.0 * q * (q - 1) * Math.pow(0.5, q - 2);
        assertEquals(etaF2, (double) facts(s).etaF2Start(), 1e-12);
        assertTrue(etaF2 > 2 && etaF2 < 2 * (q - 1));
        assertEquals(List.of(Verdict.HOLDS, Verdict.HOLDS, Verdict.FAILS, Verdict.NOT_TESTED, Verdict.HOLDS,
                Verdict.FAILS, Verdict.HOLDS), verdicts(s));
        double multiplier = 1 - etaF2 / (q - 1);
        assertTrue(s.rows().get(2).value().contains(PowerLawExample.fmt(multiplier)), s.rows().get(2).value());
    }

    @Test
    void aboveTheTrueEdgeTheIterateIsNotKickedBackButDiverges() {
        DerivationSnapshot s = run("above-the-true-edge");
        assertEquals(Verdict.HOLDS, s.rows().get(2).verdict());
        assertEquals(Verdict.FAILS, s.rows().get(3).verdict());
        assertEquals(true, facts(s).diverged());
        assertTrue(s.rows().get(3).value().startsWith("diverged at step"));
    }

    @Test
    void belowExponentTwoTheCurvatureLimitsAreReversedAndTheRunEndsOnThePeriodTwoOrbit() {
        DerivationSnapshot s = run("exponent-below-two");
        assertEquals(Verdict.FAILS, s.rows().get(1).verdict());
        assertEquals(Verdict.HOLDS, s.rows().get(6).verdict());
        double q = 1.7;
        double orbit = Math.pow(2 / (1.0 * q), 1 / (q - 2));
        assertEquals(orbit, (double) facts(s).periodTwoAmplitude(), 1e-12);
        double last = s.trace().get(s.trace().rows() - 1, "abs_x");
        assertEquals(orbit, last, 1e-6 * orbit);
        // on the orbit η f'' = 2(q − 1), not 2
        assertEquals(2 * (q - 1), s.trace().get(s.trace().rows() - 1, "eta_f2"), 1e-5);
    }

    @Test
    void theHessianRowAgreesWithAFiniteDifferenceOfTheLoss() {
        PowerLawExampleParams p = new PowerLawExampleParams(2.1, 1.0, 1.3, 50);
        double h = 1e-4;
        double x = 1.3;
        double fd = (Math.pow(x + h, 2.1) - 2 * Math.pow(x, 2.1) + Math.pow(x - h, 2.1)) / (h * h);
        DerivationSnapshot s = new PowerLawExample(p).snapshot();
        assertEquals(Verdict.HOLDS, s.rows().get(0).verdict());
        assertTrue(s.rows().get(0).value().contains(PowerLawExample.fmt(fd)), s.rows().get(0).value());
    }

    @Test
    void stepRevealsOneLineAtATimeAndResetHidesThemAll() {
        PowerLawExample e = new PowerLawExample(PowerLawExampleParams.defaults());
        assertEquals(7, e.snapshot().revealed().size());
        e.reset();
        assertEquals(0, e.snapshot().revealed().size());
        e.step();
        e.step();
        assertEquals(2, e.snapshot().revealed().size());
        assertTrue(e.canStep());
        for (int i = 0; i < 5; i++) {
            e.step();
        }
        assertFalse(e.canStep());
        assertTrue(e.snapshot().status().message().startsWith("4 of 7 lines hold"), e.snapshot().status().message());
    }

    @Property(tries = 200)
    void everyLineIsAFiniteNumberOrSaysWhyNot(@ForAll @DoubleRange(min = 1.1, max = 3.0) double q,
                                              @ForAll @DoubleRange(min = 0.01, max = 10) double eta,
                                              @ForAll @DoubleRange(min = 0.01, max = 5) double x0,
                                              @ForAll @IntRange(min = 10, max = 600) int steps) {
        DerivationSnapshot s = new PowerLawExample(new PowerLawExampleParams(q, eta, x0, steps)).snapshot();
        assertEquals(7, s.rows().size());
        for (DerivationRow r : s.rows()) {
            assertFalse(r.value().contains("NaN") || r.value().contains("Infinity"), r.value());
            assertFalse(r.reason().contains("NaN") || r.reason().contains("Infinity"), r.reason());
        }
    }

    private static PowerLawExample.Facts facts(DerivationSnapshot s) {
        return (PowerLawExample.Facts) s.summary().facts();
    }
}
