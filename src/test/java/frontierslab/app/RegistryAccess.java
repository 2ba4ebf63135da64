package frontierslab.app;

import frontierslab.sim.ExperimentType;
import java.util.List;

/** Every experiment type of the registry, for tests outside {@code app}. */
public final class RegistryAccess {

    private RegistryAccess() {
    }

    public static List<ExperimentType<?>> types() {
        return Registry.experiments().stream().<ExperimentType<?>>map(e -> e.type()).toList();
    }
}
