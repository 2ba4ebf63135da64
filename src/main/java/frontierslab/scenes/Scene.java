package frontierslab.scenes;

import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of the stage at one moment of a lecture: an experiment, its preset and parameter changes, how far its run
 * is played, how it is shown, and what the lecturer says. A scene holds no run: {@link SceneRestorer} rebuilds the run
 * from step 0 (reset, then {@code steps} steps or until the run ends), so that opening it shows what was shown.
 *
 * @param preset     the preset the parameters start from, or null for the experiment's defaults
 * @param parameters values that replace the preset's (JSON values: numbers, true/false, choice keys), in file order
 * @param steps      the number of {@code Experiment.step()} calls, as {@code run --steps} counts them (a long run
 *                   does several iterations per call), or null: play to the end
 */
public record Scene(String title, String note, String experiment, String preset, Map<String, Object> parameters,
                    Long steps, View view) {

    public Scene {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(experiment, "experiment");
        note = note == null ? "" : note;
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        view = view == null ? View.AS_IS : view;
    }

    /**
     * The scene of a run on screen: its parameters stored as the changes from the preset's (or the defaults), each as
     * the JSON value a file holds (a choice as its key), so that the scene saves and opens as it was made.
     *
     * @param steps the number of {@code step()} calls the run has taken, or null for a run played to its end
     */
    public static <P extends Record> Scene capture(String title, String note, ExperimentType<P> type, String preset,
                                                   P params, Long steps, View view) {
        P start = preset == null ? type.space().defaults() : type.preset(preset).params();
        Map<String, Object> from = type.space().values(start);
        Map<String, Object> changes = new LinkedHashMap<>();
        type.space().values(params).forEach((name, value) -> {
            if (!value.equals(from.get(name))) {
                changes.put(name, value instanceof Enum<?> e ? ParamSpec.Choice.keyOf(e) : value);
            }
        });
        return new Scene(title, note, type.id(), preset, changes, steps, view);
    }

    /** True when the run is played until it stops by itself (its horizon, convergence or divergence). */
    public boolean playsToTheEnd() {
        return steps == null;
    }

    /**
     * How the scene is shown; every field is optional (null: as the app shows it now).
     *
     * @param tab       the title of the experiment's tab in its panel (the only tab a scene of it can show)
     * @param charts    the ids of the charts shown, in order ({@code FigureChart.id})
     * @param presenter presenter mode on or off
     * @param theme     {@code light}, {@code dark} or {@code projector}
     * @param zoom      per chart id, the visible ranges of its axes
     */
    public record View(String tab, List<String> charts, Boolean presenter, String theme, Map<String, Zoom> zoom) {

        public static final View AS_IS = new View(null, null, null, null, null);

        public View {
            charts = charts == null ? null : List.copyOf(charts);
            zoom = zoom == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(zoom));
        }
    }

    /** The visible ranges of a chart's axes: {@code xLow < xHigh}, {@code yLow < yHigh}, all finite. */
    public record Zoom(double xLow, double xHigh, double yLow, double yHigh) {

        public Zoom {
            if (!(Double.isFinite(xLow) && Double.isFinite(xHigh) && Double.isFinite(yLow) && Double.isFinite(yHigh))
                    || xLow >= xHigh || yLow >= yHigh) {
                throw new IllegalArgumentException("a zoom needs finite ranges [low, high] with low < high");
            }
        }
    }
}
