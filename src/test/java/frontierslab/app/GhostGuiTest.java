package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.EosMlpParams;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.panels.eos.view.QuadraticFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Ghost;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Numbers;
import frontierslab.ui.ExperimentView;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The faded ghost of the previous run on the edge-of-stability panel, driven as a lecturer drives it. */
@Tag("gui")
class GhostGuiTest {

    private Shell shell;

    @BeforeAll
    static void startFx() {
        FxPlatform.startHeadless();
    }

    @BeforeEach
    void open() throws InterruptedException {
        shell = ShellFixture.open(1366, 768);
        ShellFixture.settle(quadratic());
    }

    @AfterEach
    void close() {
        FxPlatform.run(shell::dispose);
    }

    @SuppressWarnings("unchecked")
    private ExperimentView<QuadraticParams> quadratic() {
        return (ExperimentView<QuadraticParams>) FxPlatform.call(() -> shell.currentSection().view("eos-quadratic"));
    }

    private void press(KeyCode code) {
        FxPlatform.run(() -> Event.fireEvent(shell.currentSection(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
    }

    /** The figure of a fresh run of {@code p}, as a new view draws it (the whole run). */
    private static QuadraticFigure fresh(QuadraticParams p) {
        QuadraticFigure f = new QuadraticFigure(Palette.of(Theme.LIGHT));
        f.show((QuadraticExperiment.QuadraticSnapshot) QuadraticExperiment.TYPE.create(p).snapshot());
        return f;
    }

    private static XYSeries series(QuadraticFigure f, Ghost.Source s) {
        FigureChart c = f.charts().stream().filter(fc -> fc.id().equals(s.chartId())).findFirst().orElseThrow();
        return ((XYSeriesCollection) c.chart().getXYPlot().getDataset(0)).getSeries(s.series());
    }

    /** The ghost drawn on the view's charts is, bit for bit, what a fresh run of {@code previous} draws. */
    private static void assertGhostIsTheRunOf(ExperimentView<QuadraticParams> view, QuadraticParams previous) {
        QuadraticFigure expected = fresh(previous);
        FxPlatform.run(() -> {
            List<Ghost.Source> sources = view.figure().ghostSources();
            assertEquals(3, sources.size());
            for (Ghost.Source s : sources) {
                XYSeries want = series(expected, s);
                XYSeries drawn = Ghost.drawn(view.figure(), s.chartId()).getFirst();
                assertTrue(want.getItemCount() > 1, "the previous run has a line");
                assertEquals(want.getItemCount(), drawn.getItemCount(), s.chartId());
                for (int i = 0; i < want.getItemCount(); i++) {
                    assertEquals(Double.doubleToRawLongBits(want.getX(i).doubleValue()),
                            Double.doubleToRawLongBits(drawn.getX(i).doubleValue()), s.chartId() + " x " + i);
                    assertEquals(Double.doubleToRawLongBits(want.getY(i).doubleValue()),
                            Double.doubleToRawLongBits(drawn.getY(i).doubleValue()), s.chartId() + " y " + i);
                }
            }
        });
    }

    /** Types η as a lecturer would and waits for the new run to be drawn; returns the parameters before. */
    private static QuadraticParams changeEta(ExperimentView<QuadraticParams> view, double eta)
            throws InterruptedException {
        QuadraticParams before = FxPlatform.call(() -> view.controls().params());
        FxPlatform.run(() -> view.controls().set("eta", eta));
        ShellFixture.settle(view);
        return before;
    }

    /** Once the view has drawn what it was sent: no ghost kept, none on any chart. */
    private static void assertNoGhost(ExperimentView<?> view) throws InterruptedException {
        ShellFixture.settle(view);
        assertTrue(FxPlatform.call(() -> view.ghost().isEmpty()));
        assertFalse(FxPlatform.call(() -> view.figure().charts().stream()
                .anyMatch(c -> Ghost.drawnOn(view.figure(), c.id()))));
    }

    @Test
    void typingANewEtaLeavesThePreviousRunAsAGhostBitForBitWithItsEtaInTheLegend() throws Exception {
        ExperimentView<QuadraticParams> view = quadratic();
        QuadraticParams before = changeEta(view, 0.45);

        assertGhostIsTheRunOf(view, before);
        String label = FxPlatform.call(() -> view.ghost().orElseThrow().label());
        assertEquals("previous run (η = " + Numbers.format(before.eta()) + ")", label);
        QuadraticFigure after = fresh(FxPlatform.call(() -> view.controls().params()));
        FxPlatform.run(() -> assertEquals(series(after, view.figure().ghostSources().get(1)).getItems(),
                series((QuadraticFigure) (Object) view.figure(), view.figure().ghostSources().get(1)).getItems(),
                "the live run is the new one"));
    }

    @Test
    void aDragOfTheEtaSliderLeavesOneGhostTheRunFromBeforeTheDrag() throws Exception {
        ExperimentView<QuadraticParams> view = quadratic();
        QuadraticParams before = FxPlatform.call(() -> view.controls().params());
        Slider slider = (Slider) FxPlatform.call(() -> view.lookup("#slider-eta"));
        FxPlatform.run(() -> slider.setValueChanging(true));
        for (double eta : new double[] {0.42, 0.46, 0.49, 0.52}) {
            FxPlatform.run(() -> slider.setValue(Math.log10(eta)));
            ShellFixture.settle(view);
            assertEquals(eta, FxPlatform.call(() -> ((QuadraticParams) view.shownSnapshot().params()).eta()), 1e-12,
                    "each value of the drag is drawn as it passes");
        }
        FxPlatform.run(() -> slider.setValueChanging(false));
        ShellFixture.settle(view);

        assertGhostIsTheRunOf(view, before);
        assertEquals("previous run (η = " + Numbers.format(before.eta()) + ")",
                FxPlatform.call(() -> view.ghost().orElseThrow().label()));
    }

    @Test
    void aDragOfTheStartOnTheContourPlotLeavesOneGhostTheRunFromBeforeThePress() throws Exception {
        ExperimentView<QuadraticParams> view = quadratic();
        QuadraticParams before = FxPlatform.call(() -> view.controls().params());
        var canvas = FxPlatform.call(() -> view.viewer("landscape").getCanvas());
        var area = FxPlatform.call(() -> canvas.getRenderingInfo().getPlotInfo().getDataArea());
        double x = area.getCenterX();
        double y = area.getCenterY();
        mouse(canvas, MouseEvent.MOUSE_PRESSED, x + 10, y + 10);
        ShellFixture.settle(view);
        mouse(canvas, MouseEvent.MOUSE_DRAGGED, x + 30, y - 20);
        ShellFixture.settle(view);
        mouse(canvas, MouseEvent.MOUSE_DRAGGED, x + 50, y - 40);
        ShellFixture.settle(view);
        mouse(canvas, MouseEvent.MOUSE_RELEASED, x + 50, y - 40);
        ShellFixture.settle(view);

        QuadraticParams after = FxPlatform.call(() -> view.controls().params());
        assertNotEquals(before.x1(), after.x1(), "the start moved");
        assertGhostIsTheRunOf(view, before);
        assertEquals("previous run (" + QuadraticParams.SPACE.spec("x1").label() + " = " + Numbers.format(before.x1())
                + ", …)", FxPlatform.call(() -> view.ghost().orElseThrow().label()));

        mouse(canvas, MouseEvent.MOUSE_PRESSED, x - 30, y + 30);
        ShellFixture.settle(view);
        mouse(canvas, MouseEvent.MOUSE_RELEASED, x - 30, y + 30);
        ShellFixture.settle(view);
        assertGhostIsTheRunOf(view, after);
    }

    /** A mouse event at (x, y) of {@code target}; the event takes scene coordinates, made local again on delivery. */
    private static void mouse(javafx.scene.Node target, javafx.event.EventType<MouseEvent> type, double x, double y) {
        FxPlatform.run(() -> {
            var scene = target.localToScene(x, y);
            Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(),
                    MouseButton.PRIMARY, 1, false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false,
                    false, false, false, null));
        });
    }

    @Test
    void resetWithUnchangedParametersLeavesNoGhost() throws Exception {
        ExperimentView<QuadraticParams> view = quadratic();
        press(KeyCode.R);
        ShellFixture.settle(view);
        for (int i = 0; i < 5; i++) {
            press(KeyCode.RIGHT);
        }
        ShellFixture.settle(view);
        assertEquals(5L, FxPlatform.call(() -> (long) view.shownSnapshot().step()));
        press(KeyCode.R);
        assertNoGhost(view);
    }

    @Test
    void aThemeChangeKeepsTheGhostAndGClearsIt() throws Exception {
        ExperimentView<QuadraticParams> view = quadratic();
        QuadraticParams before = changeEta(view, 0.3);
        var lightFigure = FxPlatform.call(view::figure);

        FxPlatform.run(() -> shell.setTheme(Theme.PROJECTOR));
        ShellFixture.settle(view);
        assertNotEquals(lightFigure, FxPlatform.call(view::figure), "the theme drew a new figure");
        assertGhostIsTheRunOf(view, before);

        assertTrue(FxPlatform.call(() -> shell.actions().stream().anyMatch(a ->
                a.name().equals("Clear the previous run") && a.keyText().equals("G"))), "listed under Help → Keys");
        press(KeyCode.G);
        assertNoGhost(view);
    }

    @Test
    void aSceneAddedWithAGhostOnScreenTakesTheAxesTheGhostWidenedForNoZoom() throws Exception {
        ExperimentView<QuadraticParams> view = quadratic();
        FxPlatform.run(() -> view.loadPreset("converging"));
        ShellFixture.settle(view);
        FxPlatform.run(() -> view.loadPreset("edge"));
        ShellFixture.settle(view);
        assertTrue(FxPlatform.call(() -> view.ghost().isPresent()));
        frontierslab.scenes.Scene added = FxPlatform.call(() -> shell.scenes().addCurrentView())
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(null, added.view().zoom(), "the converging run's ghost widened the loss axis; that is no zoom");
    }

    /**
     * On the network, η changed mid-run continues the same run (no ghost: the runs share their past); Reset then
     * starts a run that differs from it, which leaves the changed run as the ghost.
     */
    @Test
    @SuppressWarnings("unchecked")
    void onTheNetworkAMidRunChangeMakesNoGhostButTheResetAfterItDoes() throws Exception {
        FxPlatform.run(() -> shell.currentSection().load("eos-mlp", null));
        ExperimentView<EosMlpParams> mlp = (ExperimentView<EosMlpParams>) FxPlatform.call(shell::current);
        ShellFixture.settle(mlp);
        double eta = FxPlatform.call(() -> mlp.controls().params().eta());
        for (int i = 0; i < 6; i++) {
            mlp.runner().stepOnce();
        }
        ShellFixture.settle(mlp);
        FxPlatform.run(() -> mlp.controls().set("eta", eta * 1.5));
        for (int i = 0; i < 4; i++) {
            mlp.runner().stepOnce();
        }
        ShellFixture.settle(mlp);
        assertTrue(FxPlatform.call(() -> mlp.ghost().isEmpty()), "a change the run takes where it is");

        press(KeyCode.R);
        ShellFixture.settle(mlp);
        assertEquals("previous run (η = " + Numbers.format(eta) + ")",
                FxPlatform.call(() -> mlp.ghost().orElseThrow().label()));
        assertEquals(11, FxPlatform.call(() -> Ghost.drawn(mlp.figure(), "loss").getFirst().getItemCount()),
                "the ghost is the whole changed run: steps 0 … 10");
        assertEquals(0L, FxPlatform.call(() -> (long) mlp.shownSnapshot().step()));
    }
}
