package frontierslab.sim;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the registry knows of an experiment before it runs: its stable kebab-case id, its title, the lecture section it
 * belongs to, its controls, its presets (each checked against the space here), and how to make a run. Pure Java: the
 * GUI, the command line and the tests all start from it.
 *
 * @param markers for a parameter name and the current parameters, the values worth a tick mark on its slider
 *                (e.g. η: "2/λ₁" → 0.5)
 */
public record ExperimentType<P extends Record>(
        String id,
        String title,
        String section,
        String summary,
        ParamSpace<P> space,
        List<Preset<P>> presets,
        Function<P, Experiment<P>> factory,
        Markers<P> markers) {

    public ExperimentType {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("experiment id must be kebab-case: " + id);
        }
        presets = List.copyOf(presets);
        presets.forEach(p -> space.check(p.params()));
    }

    /** Slider marks as a function of the parameters. */
    @FunctionalInterface
    public interface Markers<P> {
        Map<String, Double> of(String parameter, P params);

        static <P> Markers<P> none() {
            return (name, p) -> Map.of();
        }
    }

    /** A run from {@code params}, once they are checked against the space. */
    public Experiment<P> create(P params) {
        return factory.apply(space.check(params));
    }

    public Preset<P> preset(String name) {
        for (Preset<P> p : presets) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "' for " + id + ": allowed "
                + (presets.isEmpty() ? "(none)" : String.join(", ", presets.stream().map(Preset::name).toList())));
    }

    @SuppressWarnings("unchecked")
    public P cast(Record params) {
        return (P) space.type().cast(params);
    }
}
