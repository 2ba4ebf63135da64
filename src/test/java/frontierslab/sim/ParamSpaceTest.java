package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.eos.StabilityThreshold.Method;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamSpaceTest {

    private final ParamSpace<QuadraticParams> space = QuadraticParams.SPACE;

    @Test
    void defaultsComeFromTheSpecs() {
        QuadraticParams d = space.defaults();
        assertEquals(0.4, d.eta());
        assertEquals(60, d.steps());
    }

    @Test
    void aValueOutOfRangeIsRefusedWithTheAllowedRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> space.parse(space.defaults(), "eta", "20"));
        assertEquals("eta = 20 is out of range: allowed 0.001 … 3 (log scale)", e.getMessage());
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> space.parse(space.defaults(), "eta", "fast"));
        assertTrue(e.getMessage().contains("is not a number"));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> space.parse(space.defaults(), "gamma", "1"));
        assertTrue(e.getMessage().contains("eta, lambda1, lambda2, x1, x2, steps"), e.getMessage());
    }

    @Test
    void aRecordBuiltInCodeIsCheckedBeforeARunStartsFromIt() {
        QuadraticParams outside = new QuadraticParams(-1, 4, 1, 2, 2, 60);
        var e = assertThrows(IllegalArgumentException.class, () -> QuadraticExperiment.TYPE.create(outside));
        assertEquals("eta = -1 is out of range: allowed 0.001 … 3 (log scale)", e.getMessage());
        assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class, () -> space.check(outside)).getMessage());
    }

    @Test
    void theSpaceFollowsTheComponentsInOrderWithTheirDeclarations() {
        assertEquals(List.of("eta", "lambda1", "lambda2", "x1", "x2", "steps", "method", "beta"),
                space.specs().stream().map(ParamSpec::name).toList());
        ParamSpec.Real eta = space.real("eta");
        assertEquals("η", eta.label());
        assertEquals(ParamSpec.Scale.LOG, eta.scale());
        assertEquals("steps", space.whole("steps").label(), "the label defaults to the name");
        assertEquals(Method.class, space.choice("method").type());
    }

    @Test
    void valuesRoundTripThroughTheRecord() {
        QuadraticParams p = space.with(space.defaults(), "lambda1", 7.5);
        assertEquals(7.5, p.lambda1());
        assertEquals(7.5, space.values(p).get("lambda1"));
    }
}
