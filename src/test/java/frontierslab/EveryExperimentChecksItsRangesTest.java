package frontierslab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every experiment refuses to start from a record built in code with a value outside its declared range, with the
 * spec's message: the checks come from the same declaration as the controls, so no parameter can lack one.
 */
class EveryExperimentChecksItsRangesTest {

    @Test
    void aValueOutOfRangeIsRefusedBeforeARunStartsForEveryNumericParameter() throws Exception {
        int checked = 0;
        for (Entry<?, ?> entry : Registry.experiments()) {
            checked += checkAll(entry.type());
        }
        assertTrue(checked > 40, checked + " parameters checked");
    }

    private static <P extends Record> int checkAll(ExperimentType<P> type) throws Exception {
        RecordComponent[] components = type.space().type().getRecordComponents();
        Constructor<P> canonical = type.space().type().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        int checked = 0;
        for (int i = 0; i < components.length; i++) {
            ParamSpec spec = type.space().specs().get(i);
            Object outside = switch (spec) {
                case ParamSpec.Real r -> r.max() + Math.max(1, Math.abs(r.max()));
                case ParamSpec.Whole w -> w.max() + 1;
                default -> null;
            };
            if (outside == null) {
                continue;
            }
            Object[] args = type.space().values(type.space().defaults()).values().toArray();
            args[i] = outside;
            P record;
            try {
                record = canonical.newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                continue; // a condition between parameters refused it first (grok: the clock frequency against P)
            }
            String expected = assertThrows(IllegalArgumentException.class, () -> spec.check(outside)).getMessage();
            String message = assertThrows(IllegalArgumentException.class, () -> type.create(record),
                    type.id() + " started from " + spec.name() + " = " + outside).getMessage();
            assertEquals(expected, message);
            checked++;
        }
        return checked;
    }
}
