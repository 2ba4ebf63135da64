package frontierslab.app;

import frontierslab.sim.ExperimentType;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Every experiment type of the registry, for tests outside {@code app}. */
public final class RegistryAccess {

    private RegistryAccess() {
    }

    /**
     * The experiments whose every step is a sweep of hundreds of fits or a network's training (seconds a step): the
     * tests that run every experiment for many steps run these in the slow tier, the others in the fast one.
     */
    static final Set<String> HEAVY = Set.of("intro-random-labels", "dd-random-features", "dd-linear-features",
            "grok-modadd");

    /** The ids of the registry's experiments, in its order: the heavy ones or the others. */
    static Stream<String> ids(boolean heavy) {
        return Registry.experiments().stream().map(e -> e.type().id()).filter(id -> HEAVY.contains(id) == heavy);
    }

    public static List<ExperimentType<?>> types() {
        return Registry.experiments().stream().<ExperimentType<?>>map(e -> e.type()).toList();
    }
}
