package frontierslab.scenes;

import frontierslab.app.Registry;
import frontierslab.export.ExperimentExport;
import frontierslab.export.FigureWriter;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import java.util.List;
import org.jfree.chart.plot.XYPlot;

/**
 * Rebuilds the stage of a scene without a display: the experiment from the registry, the preset's parameters with the
 * scene's changes, the run reset and replayed for the scene's step count (or until it stops by itself), and its figure
 * drawn from the last snapshot with the scene's charts and zoom. Runs are deterministic (seeded), so the figure is the
 * one a fresh run replayed to that step draws, pixel for pixel.
 */
public final class SceneRestorer {

    private SceneRestorer() {
    }

    /** A restored scene: the running experiment at its step, its snapshot and its figure showing it. */
    public record Restored(Scene scene, ExperimentType<?> type, Experiment<?> experiment, Snapshot snapshot,
                           ExperimentFigure<Snapshot> figure, List<FigureChart> charts) {

        /** The figure's charts that the scene shows, titled and optionally captioned, ready to draw. */
        public FigureWriter writer(Palette palette, String title, boolean caption) {
            return new FigureWriter(palette, title, charts.stream().map(FigureChart::chart).toList(),
                    charts.size() == 1 ? 1 : figure.columns(),
                    caption ? ExperimentExport.caption(type, snapshot, figure) : null)
                    .rowShares(charts.size() == figure.charts().size() ? figure.rowShares() : null);
        }
    }

    /** A scene's run replayed to its step, not yet drawn: plain Java, so any one thread may make it. */
    public record Replayed(Scene scene, Entry<?, ?> entry, Experiment<?> experiment, Snapshot snapshot) {
    }

    /** The scene restored and drawn in {@code palette}'s colours. */
    public static Restored restore(Scene scene, Palette palette) {
        return show(replay(scene), palette);
    }

    /** The experiment built from the registry, the preset's parameters with the scene's changes, reset and replayed. */
    public static Replayed replay(Scene scene) {
        return replay(scene, Registry.experiment(scene.experiment()));
    }

    private static <P extends Record> Replayed replay(Scene scene, Entry<P, ?> entry) {
        ExperimentType<P> type = entry.type();
        Experiment<P> experiment = type.create(parameters(scene, type));
        experiment.reset();
        experiment.run(scene.playsToTheEnd() ? Long.MAX_VALUE : scene.steps());
        return new Replayed(scene, entry, experiment, experiment.snapshot());
    }

    /** The scene's parameters: its preset's (or the defaults) with the scene's changes. */
    public static <P extends Record> P parameters(Scene scene, ExperimentType<P> type) {
        P params = scene.preset() == null ? type.space().defaults() : type.preset(scene.preset()).params();
        return type.space().withAll(params, scene.parameters());
    }

    /** A replayed run drawn: its figure shows the snapshot, with the scene's charts and zoom. */
    public static Restored show(Replayed replayed, Palette palette) {
        Scene scene = replayed.scene();
        Snapshot snapshot = replayed.snapshot();
        ExperimentFigure<Snapshot> figure = replayed.entry().newFigure(palette);
        figure.show(snapshot);
        List<FigureChart> charts = scene.view().charts() == null ? figure.charts()
                : scene.view().charts().stream()
                        .map(id -> figure.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow())
                        .toList();
        if (scene.view().zoom() != null) {
            for (FigureChart c : figure.charts()) {
                Scene.Zoom z = scene.view().zoom().get(c.id());
                if (z != null && c.chart().getPlot() instanceof XYPlot plot) {
                    plot.getDomainAxis().setRange(z.xLow(), z.xHigh());
                    plot.getRangeAxis().setRange(z.yLow(), z.yHigh());
                }
            }
        }
        return new Restored(scene, replayed.entry().type(), replayed.experiment(), snapshot, figure, charts);
    }
}
