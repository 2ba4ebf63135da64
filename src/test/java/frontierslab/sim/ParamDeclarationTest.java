package frontierslab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import frontierslab.math.eos.StabilityThreshold.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parameter record whose declaration is missing or malformed does not load, and the message names the record and the
 * component; a declared parameter cannot escape the checks, because they are derived from the same declaration.
 */
class ParamDeclarationTest {

    record Good(@Param.Log(label = "η", min = 0.001, max = 3, byDefault = 0.4, help = "step size") double eta,
                @Param.Whole(min = 1, max = 100, byDefault = 10, help = "steps") int steps,
                @Param.Choice(byDefault = "HEAVY_BALL", help = "rule") Method method,
                @Param.Flag(help = "overlay") boolean flow) {
    }

    record Unannotated(@Param.Linear(min = 0, max = 1, byDefault = 0.5, help = "a") double a, double b) {
    }

    record DefaultOutside(@Param.Linear(min = 0, max = 1, byDefault = 2, help = "a") double a) {
    }

    record MinNotBelowMax(@Param.Whole(min = 5, max = 5, byDefault = 5, help = "n") int n) {
    }

    record LogFromZero(@Param.Log(min = 0, max = 1, byDefault = 0.5, help = "a") double a) {
    }

    record WrongType(@Param.Whole(min = 0, max = 10, byDefault = 1, help = "a") double a) {
    }

    record UnknownChoice(@Param.Choice(byDefault = "ADAM", help = "rule") Method method) {
    }

    record TwoDeclarations(@Param.Linear(min = 0, max = 1, byDefault = 0.5, help = "a")
                           @Param.Log(min = 0.1, max = 1, byDefault = 0.5, help = "a") double a) {
    }

    @Test
    void aComponentWithoutAnnotationStopsTheRecordFromLoading() {
        assertRefused(Unannotated.class, "Unannotated.b: no @Param annotations; give it exactly one (Linear, Log, Whole, "
                + "Choice or Flag)");
    }

    @Test
    void twoAnnotationsOnOneComponentAreRefused() {
        assertRefused(TwoDeclarations.class, "TwoDeclarations.a: 2 @Param annotations; give it exactly one (Linear, "
                + "Log, Whole, Choice or Flag)");
    }

    @Test
    void aDefaultOutsideItsRangeIsRefused() {
        assertRefused(DefaultOutside.class, "DefaultOutside.a: default 2 is outside 0 … 1");
    }

    @Test
    void minNotBelowMaxIsRefused() {
        assertRefused(MinNotBelowMax.class, "MinNotBelowMax.n: min 5 is not below max 5");
    }

    @Test
    void aLogScaleFromZeroIsRefused() {
        assertRefused(LogFromZero.class, "LogFromZero.a: a log scale needs min > 0, found min = 0");
    }

    @Test
    void anAnnotationThatDoesNotFitItsTypeIsRefused() {
        assertRefused(WrongType.class, "WrongType.a: @Param.Whole does not fit its type double");
    }

    @Test
    void aDefaultChoiceThatIsNotAConstantIsRefused() {
        assertRefused(UnknownChoice.class, "UnknownChoice.method: default 'ADAM' is not a constant of Method: allowed "
                + "GRADIENT_DESCENT, HEAVY_BALL, NESTEROV");
    }

    @Test
    void everyDeclaredParameterIsCheckedSoNoneCanBeForgotten() {
        ParamSpace<Good> space = ParamSpace.of(Good.class);
        assertEquals(List.of("eta", "steps", "method", "flow"), space.specs().stream().map(ParamSpec::name).toList());
        assertEquals(new Good(0.4, 10, Method.HEAVY_BALL, false), space.defaults());
        assertEquals("steps = 101 is out of range: allowed 1 … 100", assertThrows(IllegalArgumentException.class,
                () -> space.check(new Good(0.4, 101, Method.HEAVY_BALL, false))).getMessage());
        assertEquals("method must be one of gradient-descent, heavy-ball, nesterov", assertThrows(
                IllegalArgumentException.class, () -> space.check(new Good(0.4, 10, null, false))).getMessage());
    }

    private static void assertRefused(Class<? extends Record> type, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> ParamSpace.of(type)).getMessage());
    }
}
