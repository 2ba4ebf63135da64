package frontierslab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.app.FxPlatform;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticExperiment.QuadraticSnapshot;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.panels.eos.view.QuadraticFigure;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("gui")
class ExperimentViewTest {

    /** The quadratic's figure, made to fail (as a bug would) whenever η is above 1. */
    private static final class FailingAboveOne implements ExperimentFigure<QuadraticSnapshot> {
        private final QuadraticFigure figure;

        FailingAboveOne(Palette palette) {
            figure = new QuadraticFigure(palette);
        }

        @Override
        public List<FigureChart> charts() {
            return figure.charts();
        }

        @Override
        public void show(QuadraticSnapshot s) {
            if (s.params().eta() > 1) {
                throw new IllegalStateException("a bug in the figure");
            }
            figure.show(s);
        }

        @Override
        public List<Readout> readouts(QuadraticSnapshot s) {
            return figure.readouts(s);
        }
    }

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    @Test
    void whileARunThatKeepsToItsOwnCorePlaysTheDisplayDrawsEveryThirdFrameAndOtherwiseEveryFrame() {
        long drawn = java.util.stream.LongStream.range(0, 60)
                .filter(f -> ExperimentView.drawsThisFrame(true, f)).count();
        assertEquals(60 / ExperimentView.OWN_CORE_FRAME_STRIDE, drawn);
        assertTrue(ExperimentView.drawsThisFrame(true, 0), "the first frame of a run is drawn");
        assertEquals(60, java.util.stream.LongStream.range(0, 60)
                .filter(f -> ExperimentView.drawsThisFrame(false, f)).count());
    }

    @Test
    void hidingAChartLetsTheOthersTakeItsRoom() throws Exception {
        ExperimentView<QuadraticParams> view = FxPlatform.call(() -> new ExperimentView<>(
                new Entry<>(QuadraticExperiment.TYPE, QuadraticFigure::new), Palette.of(Theme.LIGHT)));
        try {
            javafx.stage.Stage stage = FxPlatform.call(() -> {
                javafx.stage.Stage s = new javafx.stage.Stage();
                s.setScene(new javafx.scene.Scene(view, 1000, 700));
                s.show();
                return s;
            });
            List<String> ids = FxPlatform.call(() -> view.figure().charts().stream().map(FigureChart::id).toList());
            assertTrue(ids.size() >= 2, "a figure of several charts: " + ids);
            java.util.Map<String, Double> before = areas(view, ids);
            List<String> kept = ids.subList(1, ids.size());
            FxPlatform.run(() -> view.showCharts(kept));
            java.util.Map<String, Double> after = areas(view, kept);
            assertTrue(!FxPlatform.call(() -> view.viewer(ids.get(0)).isVisible()));
            double total = 0;
            for (String id : kept) {
                assertTrue(after.get(id) >= before.get(id), id + ": " + before.get(id) + " → " + after.get(id));
                total += after.get(id) - before.get(id);
            }
            assertTrue(total > 0.5 * before.get(ids.get(0)),
                    "the others take over most of the hidden chart's room: " + before + " → " + after);
            FxPlatform.run(() -> view.showCharts(null));
            assertEquals(before, areas(view, ids), "all charts back as they were");
            FxPlatform.run(stage::hide);
        } finally {
            FxPlatform.run(view::dispose);
        }
    }

    /** The area on screen of each chart, after a layout pass. */
    private static java.util.Map<String, Double> areas(ExperimentView<?> view, List<String> ids) {
        return FxPlatform.call(() -> {
            view.applyCss();
            view.layout();
            java.util.Map<String, Double> area = new java.util.LinkedHashMap<>();
            for (String id : ids) {
                var b = view.viewer(id).getLayoutBounds();
                area.put(id, b.getWidth() * b.getHeight());
            }
            return area;
        });
    }

    @Test
    void aFigureThatFailsSaysSoOnTheStatusLineAndTheViewCarriesOn() throws Exception {
        ExperimentView<QuadraticParams> view = FxPlatform.call(() -> new ExperimentView<>(
                new Entry<>(QuadraticExperiment.TYPE, FailingAboveOne::new), Palette.of(Theme.LIGHT)));
        try {
            FxPlatform.run(() -> view.controls().set("eta", 1.5));
            view.runner().awaitIdle();
            FxPlatform.run(view::refresh);
            assertTrue(FxPlatform.call(view::statusText).contains("could not be drawn"),
                    FxPlatform.call(view::statusText));
            FxPlatform.run(() -> view.controls().set("eta", 0.3));
            view.runner().awaitIdle();
            FxPlatform.run(view::refresh);
            assertTrue(FxPlatform.call(view::statusText).startsWith("Converged"),
                    FxPlatform.call(view::statusText));
            assertEquals(0.3, FxPlatform.call(() -> ((QuadraticParams) view.shownSnapshot().params()).eta()));
        } finally {
            FxPlatform.run(view::dispose);
        }
    }
}
