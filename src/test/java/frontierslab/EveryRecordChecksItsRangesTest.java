package frontierslab;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import frontierslab.app.Registry;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every parameter record's own constructor refuses a value outside its spec's range, with a message that names the
 * parameter: code that builds a record directly (a preset, a test) gets the same check as a slider or {@code --set}.
 */
class EveryRecordChecksItsRangesTest {

    @Test
    void aValueOutOfRangeIsRefusedByTheRecordItselfForEveryNumericParameter() throws Exception {
        int checked = 0;
        for (Entry<?, ?> entry : Registry.experiments()) {
            checked += checkAll(entry.type().space());
        }
        assertTrue(checked > 40, checked + " parameters checked");
    }

    private static <P extends Record> int checkAll(ParamSpace<P> space) throws Exception {
        RecordComponent[] components = space.type().getRecordComponents();
        Constructor<P> canonical = space.type().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        List<Object> defaults = new ArrayList<>(space.values(space.defaults()).values());
        int checked = 0;
        for (int i = 0; i < components.length; i++) {
            ParamSpec spec = space.specs().get(i);
            Object outside = switch (spec) {
                case ParamSpec.Real r -> r.max() + Math.max(1, Math.abs(r.max()));
                case ParamSpec.Whole w -> w.max() + 1;
                default -> null;
            };
            if (outside == null) {
                continue;
            }
            Object[] args = defaults.toArray();
            args[i] = outside;
            try {
                canonical.newInstance(args);
                fail(space.type().getSimpleName() + " accepted " + spec.name() + " = " + outside);
            } catch (InvocationTargetException e) {
                assertInstanceOf(IllegalArgumentException.class, e.getCause());
                assertTrue(e.getCause().getMessage().contains(spec.name()), e.getCause().getMessage());
            }
            checked++;
        }
        return checked;
    }
}
