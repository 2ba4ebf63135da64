package frontierslab.scenes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.Registry;
import frontierslab.export.FigureWriter;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class SceneRestorerTest {

    private static final Palette PALETTE = Palette.of(Theme.LIGHT);

    /** A fresh run: created, reset, stepped {@code steps} times by hand, and its figure. */
    private static <P extends Record> Snapshot freshRun(Entry<P, ?> entry, String preset, int steps,
                                                        ExperimentFigure<Snapshot> figure) {
        ExperimentType<P> type = entry.type();
        Experiment<P> run = type.create(type.preset(preset).params());
        run.reset();
        for (int i = 0; i < steps; i++) {
            run.step();
        }
        figure.show(run.snapshot());
        return run.snapshot();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void aRestoredSceneDrawsWhatAFreshRunReplayedToItsStepDraws() {
        for (String[] c : new String[][] {{"eos-quadratic", "diverging", "17"}, {"bias-sparse", "small-init", "60"},
                {"eos-mlp", "chebyshev", "25"}}) {
            int steps = Integer.parseInt(c[2]);
            Scene scene = new Scene("t", "", c[0], c[1], Map.of(), (long) steps, null);
            SceneRestorer.Restored restored = SceneRestorer.restore(scene, PALETTE);
            Entry<?, ?> entry = Registry.experiment(c[0]);
            ExperimentFigure<Snapshot> figure = entry.newFigure(PALETTE);
            Snapshot fresh = freshRun(entry, c[1], steps, figure);
            assertEquals(fresh.step(), restored.snapshot().step(), c[0]);
            assertTrue(fresh.step() > 0, c[0]);
            int[] expected = pixels(new FigureWriter(PALETTE, "t",
                    figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null)
                    .image(640, 400, 1));
            assertArrayEquals(expected, pixels(restored.writer(PALETTE, "t", false).image(640, 400, 1)), c[0]);
        }
    }

    @Test
    void aCapturedRunSavesOpensAndDrawsAsItWas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Scene changed = new Scene("t", "", "eos-quadratic", "edge", Map.of("eta", 0.1), 12L, null);
        SceneRestorer.Restored shown = SceneRestorer.restore(changed, PALETTE);
        Scene captured = capture(shown.type(), shown.experiment().params());
        assertEquals(Map.of("eta", 0.1), captured.parameters());
        java.nio.file.Path file = dir.resolve("one.json");
        new Lecture("", List.of(captured)).write(file);
        Scene opened = Lecture.read(file).orRefuse().scenes().getFirst();
        assertEquals(captured, opened);
        assertArrayEquals(pixels(shown.writer(PALETTE, "t", false).image(640, 400, 1)),
                pixels(SceneRestorer.restore(opened, PALETTE).writer(PALETTE, "t", false).image(640, 400, 1)));
    }

    private static <P extends Record> Scene capture(ExperimentType<P> type, Record params) {
        return Scene.capture("t", "", type, "edge", type.cast(params), 12L, null);
    }

    @Test
    void playingToTheEndStopsWhereTheRunStops() {
        Scene scene = new Scene("t", "", "eos-quadratic", "diverging", Map.of(), null, null);
        SceneRestorer.Restored restored = SceneRestorer.restore(scene, PALETTE);
        assertFalse(restored.experiment().canStep());
        assertEquals("diverged", restored.snapshot().status().word());
    }

    private static <P extends Record> P edgeWithEta(ExperimentType<P> type, double eta) {
        return type.space().with(type.preset("edge").params(), "eta", eta);
    }

    @Test
    void parametersReplaceThePresetsAndTheViewChoosesAndZoomsCharts() {
        Scene scene = new Scene("t", "", "eos-quadratic", "edge", Map.of("eta", 0.1), 5L,
                new Scene.View(null, List.of("loss"), null, null, Map.of("loss", new Scene.Zoom(1, 4, 0.5, 2))));
        SceneRestorer.Restored restored = SceneRestorer.restore(scene, PALETTE);
        assertEquals(edgeWithEta(Registry.experiment("eos-quadratic").type(), 0.1), restored.experiment().params());
        assertEquals(List.of("loss"), restored.charts().stream().map(FigureChart::id).toList());
        XYPlot plot = (XYPlot) restored.charts().getFirst().chart().getPlot();
        assertEquals(1, plot.getDomainAxis().getLowerBound());
        assertEquals(4, plot.getDomainAxis().getUpperBound());
        assertEquals(0.5, plot.getRangeAxis().getLowerBound());
        assertEquals(2, plot.getRangeAxis().getUpperBound());
    }
}
