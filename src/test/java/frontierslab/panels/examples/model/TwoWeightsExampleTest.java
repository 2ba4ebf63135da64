package frontierslab.panels.examples.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoWeightsExampleTest {

    private static DerivationSnapshot run(TwoWeightsExampleParams p) {
        return new TwoWeightsExample(p).snapshot();
    }

    @Test
    void fromTheOriginWithUnitInputEverySentenceHolds() {
        DerivationSnapshot s = run(TwoWeightsExampleParams.defaults());
        assertEquals(Collections.nCopies(7, Verdict.HOLDS), s.rows().stream().map(DerivationRow::verdict).toList());
        assertEquals(1.0, (double) facts(s).w1End(), 1e-9);
        assertEquals(1.0, (double) facts(s).w2End(), 1e-9);
    }

    @Test
    void anInputOtherThanOneShowsTheMissingFactorXSquared() {
        DerivationSnapshot s = run(new TwoWeightsExampleParams(2.0, 2.0, 0.0, 0.0, 0.1, 200));
        DerivationRow rate = s.rows().get(1);
        assertEquals(Verdict.FAILS, rate.verdict());
        // −∂L/∂w₁ at the origin is x·y = 4; the lecture's −(w₁ + w₂ − y/x) is y/x = 1
        assertTrue(rate.value().contains("4.000") && rate.value().contains("1.000"), rate.value());
    }

    @Test
    void anUnbalancedStartKeepsItsDifferenceAndEndsAtTheNearestSolutionNotTheEqualSplit() {
        double x = 1;
        double y = 2;
        double w1 = 1;
        double w2 = -0.5;
        DerivationSnapshot s = run(new TwoWeightsExampleParams(x, y, w1, w2, 0.1, 400));
        double d = w1 - w2;
        assertEquals((y / x + d) / 2, (double) facts(s).w1End(), 1e-9);
        assertEquals((y / x - d) / 2, (double) facts(s).w2End(), 1e-9);
        List<Verdict> v = s.rows().stream().map(DerivationRow::verdict).toList();
        assertEquals(Verdict.HOLDS, v.get(3));
        assertEquals(Verdict.NOT_TESTED, v.get(4));
        assertEquals(Verdict.FAILS, v.get(5));
        assertEquals(Verdict.FAILS, v.get(6));
    }

    @Test
    void aStepSizeAboveOneOverXSquaredDivergesAndTheConclusionFails() {
        DerivationSnapshot s = run(new TwoWeightsExampleParams(2.0, 2.0, 0.0, 0.0, 0.5, 200));
        assertNotNull(facts(s).divergedAtStep());
        assertEquals(Verdict.FAILS, s.rows().get(5).verdict());
        assertTrue(s.rows().get(5).reason().contains("unstable"), s.rows().get(5).reason());
    }

    private static TwoWeightsExample.Facts facts(DerivationSnapshot s) {
        return (TwoWeightsExample.Facts) s.summary().facts();
    }
}
