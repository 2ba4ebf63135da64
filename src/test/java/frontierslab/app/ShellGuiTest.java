package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.ExperimentExport;
import frontierslab.export.Format;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Theme;
import frontierslab.ui.ExperimentView;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app headless: the panel opens, its controls move its experiment, a snapshot renders, export writes files. */
@Tag("gui")
class ShellGuiTest extends ShellFixture {

    ShellGuiTest() {
        super(1400, 900);
    }

    @Test
    void movingEtaPastTwoOverLambdaOneTurnsTheGaugeToAlarmAndTheStatusToDiverged() throws Exception {
        ExperimentView<QuadraticParams> view = view();
        settle(view);
        assertFalse(FxPlatform.call(() -> view.tiles().isAlarm("eta-lambda-max")));
        assertTrue(FxPlatform.call(view::statusText).startsWith("Converged"), FxPlatform.call(view::statusText));
        Slider eta = (Slider) FxPlatform.call(() -> view.lookup("#slider-eta"));
        double pastThreshold = 2 / 4.0 * 1.4;
        FxPlatform.run(() -> eta.setValue(Math.log10(pastThreshold)));
        settle(view);
        assertEquals(pastThreshold, FxPlatform.call(() -> view.controls().params().eta()), 1e-9);
        assertTrue(FxPlatform.call(() -> view.tiles().isAlarm("eta-lambda-max")));
        String status = FxPlatform.call(view::statusText);
        assertTrue(status.startsWith("Diverged"), status);
        assertTrue(status.contains("|1 − ηλ₁| = 1.80"), status);
    }

    @Test
    void aTypedValueOutOfRangeIsRefusedWithAMessageAndNothingIsLost() throws Exception {
        ExperimentView<QuadraticParams> view = view();
        TextField field = (TextField) FxPlatform.call(() -> view.lookup("#field-eta"));
        FxPlatform.run(() -> {
            field.setText("42");
            field.getOnAction().handle(null);
        });
        settle(view);
        assertEquals(0.4, FxPlatform.call(() -> view.controls().params().eta()));
        assertTrue(FxPlatform.call(() -> view.controls().errorText()).contains("eta = 42 is out of range"));
        assertTrue(FxPlatform.call(() -> field.getStyleClass().contains("invalid")));
    }

    @Test
    void stepAndResetMoveTheRun() throws Exception {
        ExperimentView<QuadraticParams> view = view();
        view.runner().reset();
        settle(view);
        assertEquals(0, FxPlatform.call(() -> view.shownSnapshot().step()));
        view.runner().stepOnce();
        view.runner().stepOnce();
        settle(view);
        assertEquals(2, FxPlatform.call(() -> view.shownSnapshot().step()));
        assertTrue(FxPlatform.call(() -> view.tiles().numberText("step")).equals("2"));
    }

    @Test
    void draggingOnTheContourPlotMovesTheStart() throws Exception {
        ExperimentView<QuadraticParams> view = view();
        settle(view);
        FxPlatform.run(() -> {
            var viewer = view.viewer("landscape");
            var area = drawnDataArea(viewer);
            var handle = view.figure().dragHandle().orElseThrow();
            assertTrue(view.dragTo(viewer, handle, area.getCenterX(), area.getCenterY()));
        });
        settle(view);
        QuadraticParams p = FxPlatform.call(() -> view.controls().params());
        assertEquals(0, p.x1(), 0.05);
        assertEquals(0, p.x2(), 0.05);
    }

    /** Lays {@code viewer} out at 500×500, draws it, and gives its chart's data area. */
    private static Rectangle2D drawnDataArea(ChartViewer viewer) {
        viewer.resize(500, 500);
        viewer.layout();
        viewer.getCanvas().draw();
        return viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
    }

    private static double[] frame(ExperimentView<?> view) {
        var plot = view.viewer("landscape").getChart().getXYPlot();
        return new double[] {plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getUpperBound(),
                plot.getRangeAxis().getLowerBound(), plot.getRangeAxis().getUpperBound()};
    }

    private static void mouse(javafx.scene.Node on, javafx.event.EventType<javafx.scene.input.MouseEvent> type,
                              double x, double y) {
        boolean down = type != javafx.scene.input.MouseEvent.MOUSE_RELEASED;
        javafx.event.Event.fireEvent(on, new javafx.scene.input.MouseEvent(type, x, y, x, y,
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, down, false, false, false,
                false, false, null));
    }

    @Test
    void theValleysFrameHoldsStillWhileTheStartIsDraggedAndIsRefittedOnRelease() throws Exception {
        FxPlatform.run(() -> shell.show("sam-valley", null));
        ExperimentView<?> view = FxPlatform.call(shell::current);
        settle(view);
        double[][] frames = new double[3][];
        FxPlatform.run(() -> {
            var viewer = view.viewer("landscape");
            var area = drawnDataArea(viewer);
            frames[0] = frame(view);
            mouse(viewer.getCanvas(), javafx.scene.input.MouseEvent.MOUSE_PRESSED, area.getCenterX(),
                    area.getCenterY());
            mouse(viewer.getCanvas(), javafx.scene.input.MouseEvent.MOUSE_DRAGGED, area.getMaxX() - 2,
                    area.getCenterY());
        });
        settle(view);
        frames[1] = FxPlatform.call(() -> frame(view));
        FxPlatform.run(() -> mouse(view.viewer("landscape").getCanvas(),
                javafx.scene.input.MouseEvent.MOUSE_RELEASED, 0, 0));
        settle(view);
        frames[2] = FxPlatform.call(() -> frame(view));
        double x1 = FxPlatform.call(() -> ((frontierslab.panels.sam.model.SamValleyParams) view.controls().params())
                .x1());
        assertEquals(frames[0][1], x1, 0.05 * (frames[0][1] - frames[0][0]), "the start was dragged to the right edge");
        org.junit.jupiter.api.Assertions.assertArrayEquals(frames[0], frames[1], "held during the drag");
        assertTrue(frames[2][1] > x1, "refitted on release to hold the start with a margin: " + frames[2][1]);
    }

    @Test
    void theValleysFrameHoldsStillWhileAStartSliderIsDraggedAndIsRefittedOnRelease() throws Exception {
        FxPlatform.run(() -> shell.show("sam-valley", null));
        ExperimentView<?> view = FxPlatform.call(shell::current);
        settle(view);
        Slider x1 = (Slider) FxPlatform.call(() -> view.controls().lookup("#slider-x1"));
        double[] before = FxPlatform.call(() -> frame(view));
        double inside = before[1] - 0.1;
        FxPlatform.run(() -> {
            x1.setValueChanging(true);
            x1.setValue(inside);
        });
        settle(view);
        double[] during = FxPlatform.call(() -> frame(view));
        double dragged = FxPlatform.call(() -> ((frontierslab.panels.sam.model.SamValleyParams) view.controls()
                .params()).x1());
        FxPlatform.run(() -> x1.setValueChanging(false));
        settle(view);
        double[] after = FxPlatform.call(() -> frame(view));
        assertEquals(inside, dragged, 1e-9, "the slider moved the start");
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, during, "held during the drag");
        assertTrue(after[1] > dragged + 0.2, "refitted on release to hold the start with a margin: " + after[1]);
    }

    @Test
    void exportFromTheAppWritesFilesAndAnUnwritableFolderSaysWhy(@TempDir Path dir) throws Exception {
        settle(view());
        assertTrue(FxPlatform.call(() -> shell.export(new ExperimentExport.Request(dir, List.of(Format.PNG, Format.JSON),
                2, true, null, null))));
        assertTrue(Files.exists(dir.resolve("eos-quadratic.png")));
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        assertFalse(FxPlatform.call(() -> shell.export(new ExperimentExport.Request(file, List.of(Format.PNG), 1, false,
                null, null))));
        assertTrue(FxPlatform.call(shell::messageText).startsWith("Export failed: cannot write into"));
    }

    @Test
    void themesSwitchAndTheWholeWindowRenders() throws Exception {
        FxPlatform.run(() -> shell.setTheme(Theme.PROJECTOR));
        assertEquals(Theme.PROJECTOR, shell.theme());
        BufferedImage image = Screenshots.render("eos", "eos-quadratic", "edge", Theme.DARK, 1200, 800);
        assertNotNull(image);
        assertEquals(1200, image.getWidth());
    }

    @Test
    void undoRestoresTheParametersBeforeTheLastChange() throws Exception {
        ExperimentView<QuadraticParams> view = view();
        FxPlatform.run(() -> view.controls().set("eta", 0.9));
        settle(view);
        assertEquals(0.9, FxPlatform.call(() -> view.controls().params().eta()));
        assertTrue(FxPlatform.call(() -> view.controls().undo()));
        settle(view);
        assertEquals(0.4, FxPlatform.call(() -> view.controls().params().eta()));
        assertEquals(0.4, FxPlatform.call(() -> ((QuadraticParams) view.shownSnapshot().params()).eta()));
    }

    @Test
    void thePanelExportsAsOnScreenAtTwiceItsSize(@TempDir Path dir) throws Exception {
        settle(view());
        double width = FxPlatform.call(() -> shell.currentSection().getWidth());
        assertTrue(FxPlatform.call(() -> shell.exportPanelPng(dir, 2)));
        BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("eos-quadratic-panel.png").toFile());
        assertEquals(Math.round(2 * width), png.getWidth(), 1);
    }

    @Test
    void onlyTheExperimentOnScreenRunsAndPlayRunsItAfterSwitchingTabs() throws Exception {
        FxPlatform.run(() -> shell.currentSection().load("eos-mlp", "chebyshev"));
        ExperimentView<?> mlp = FxPlatform.call(shell::current);
        assertEquals("eos-mlp", mlp.type().id());
        mlp.runner().awaitIdle();
        mlp.runner().setStepsPerSecond(Double.POSITIVE_INFINITY);
        mlp.runner().play();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (mlp.runner().isPlaying() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            if (mlp.runner().failure() != null) {
                break;
            }
        }
        mlp.runner().pause();
        mlp.runner().execute(e -> { });
        mlp.runner().awaitIdle();
        FxPlatform.run(mlp::refresh);
        assertTrue(FxPlatform.call(() -> mlp.shownSnapshot().step()) > 0, "the selected tab's run advanced");
    }

    @Test
    void whileARunPlaysEachFrameRedrawsAtMostOneChartAndEveryChartFollowsTheRun() throws Exception {
        ExperimentView<QuadraticParams> view = view();
        settle(view);
        List<org.jfree.chart.JFreeChart> charts = FxPlatform.call(() -> view.figure().charts().stream()
                .map(frontierslab.plot.FigureChart::chart).toList());
        int[] redraws = new int[charts.size()];
        int[] thisFrame = {0};
        int[] mostInOneFrame = {0};
        boolean[] counting = {false};
        javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (counting[0]) {
                    mostInOneFrame[0] = Math.max(mostInOneFrame[0], thisFrame[0]);
                }
                thisFrame[0] = 0;
            }
        };
        FxPlatform.run(() -> {
            for (int i = 0; i < charts.size(); i++) {
                int index = i;
                charts.get(i).addChangeListener(e -> {
                    redraws[index]++;
                    thisFrame[0]++;
                });
            }
            view.runner().setStepsPerSecond(30);
            view.runner().reset();
            view.runner().play();
            frames.start();
            counting[0] = true;
        });
        Thread.sleep(1200);
        FxPlatform.run(() -> {
            counting[0] = false;
            frames.stop();
            view.runner().pause();
        });
        settle(view);
        FxPlatform.run(view::refresh);
        assertEquals(1, mostInOneFrame[0], "one chart redrawn per frame while playing");
        for (int i = 0; i < charts.size(); i++) {
            assertTrue(redraws[i] >= 5, "chart " + i + " was redrawn " + redraws[i] + " times in 1.2 s");
            assertTrue(charts.get(i).isNotify(), "chart " + i + " caught up after the pause");
        }
    }

    @Test
    void atTheProjectorCardsAndControlsCanBeHiddenOnEveryPanelAndTheChartsTakeTheRoom() throws Exception {
        ExperimentView<QuadraticParams> view = view();
        double before = FxPlatform.call(() -> {
            shell.applyCss();
            shell.layout();
            return view.viewer("landscape").getWidth();
        });
        FxPlatform.run(() -> {
            shell.setCardsVisible(false);
            shell.setControlsVisible(false);
        });
        double after = FxPlatform.call(() -> {
            shell.applyCss();
            shell.layout();
            return view.viewer("landscape").getWidth();
        });
        assertFalse(FxPlatform.call(() -> shell.currentSection().cardsVisible()));
        assertFalse(FxPlatform.call(view::controlsVisible));
        assertTrue(after > before + 200, "the chart grew from " + before + " to " + after);
        FxPlatform.run(() -> shell.showPanel("sam"));
        assertFalse(FxPlatform.call(() -> shell.currentSection().cardsVisible()), "a panel opened later follows");
        assertFalse(FxPlatform.call(() -> shell.current().controlsVisible()));
        FxPlatform.run(() -> {
            shell.setCardsVisible(true);
            shell.setControlsVisible(true);
        });
        assertTrue(FxPlatform.call(() -> shell.currentSection().cardsVisible()));
        assertTrue(FxPlatform.call(() -> shell.current().controlsVisible()));
        FxPlatform.run(() -> {
            shell.current().runner().reset();
            shell.current().runner().stepOnce();
        });
        settle(FxPlatform.call(shell::current));
        assertEquals(1, FxPlatform.call(() -> shell.current().shownSnapshot().step()), "the run still steps");
    }

    @Test
    void aSavedParameterFileOpensTheExperimentWithItsParametersAndUndoTakesItBack(@TempDir Path dir) throws Exception {
        ExperimentView<QuadraticParams> view = view();
        FxPlatform.run(() -> view.controls().set("eta", 0.9));
        settle(view);
        Path file = dir.resolve("quadratic.json");
        assertTrue(FxPlatform.call(() -> shell.saveParameters(file)));
        FxPlatform.run(() -> view.controls().set("eta", 0.2));
        FxPlatform.run(() -> shell.showPanel("sam"));
        assertTrue(FxPlatform.call(() -> shell.openParameters(file)), FxPlatform.call(shell::messageText));
        assertEquals("eos-quadratic", FxPlatform.call(() -> shell.current().type().id()));
        assertEquals(0.9, FxPlatform.call(() -> view.controls().params().eta()));
        assertTrue(FxPlatform.call(() -> view.controls().undo()));
        assertEquals(0.2, FxPlatform.call(() -> view.controls().params().eta()));
    }

    @Test
    void aMalformedParameterFileSaysWhyAndChangesNothing(@TempDir Path dir) throws Exception {
        ExperimentView<QuadraticParams> view = view();
        QuadraticParams before = FxPlatform.call(() -> view.controls().params());
        Path file = dir.resolve("broken.json");
        java.nio.file.Files.writeString(file, "{\"experiment\": \"eos-mlp\", \"parameters\": {\"eta\": -1}}");
        assertFalse(FxPlatform.call(() -> shell.openParameters(file)));
        assertTrue(FxPlatform.call(shell::messageText).contains("eta = -1 is out of range"),
                FxPlatform.call(shell::messageText));
        assertEquals("eos-quadratic", FxPlatform.call(() -> shell.current().type().id()), "the panel stays");
        java.nio.file.Files.writeString(file, "not json");
        assertFalse(FxPlatform.call(() -> shell.openParameters(file)));
        assertTrue(FxPlatform.call(shell::messageText).contains("malformed JSON"));
        assertEquals(before, FxPlatform.call(() -> view.controls().params()), "nothing is lost");
    }
}
