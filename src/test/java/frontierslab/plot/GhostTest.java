package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticExperiment.QuadraticSnapshot;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.panels.eos.view.QuadraticFigure;
import frontierslab.sim.Experiment;
import frontierslab.sim.Numbers;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class GhostTest {

    private static final Palette LIGHT = Palette.of(Theme.LIGHT);
    private static final QuadraticParams BEFORE =
            QuadraticParams.SPACE.with(QuadraticParams.SPACE.defaults(), "eta", 0.3);
    private static final QuadraticParams AFTER = QuadraticParams.SPACE.with(BEFORE, "eta", 0.45);

    /** A run of {@code steps} steps from step 0 (a new experiment shows its whole run until it is reset). */
    private static QuadraticSnapshot run(QuadraticParams p, int steps) {
        Experiment<QuadraticParams> e = QuadraticExperiment.TYPE.create(p);
        e.reset();
        for (int i = 0; i < steps && e.canStep(); i++) {
            e.step();
        }
        return (QuadraticSnapshot) e.snapshot();
    }

    private static QuadraticFigure shown(QuadraticParams p, int steps) {
        QuadraticFigure f = new QuadraticFigure(LIGHT);
        f.show(run(p, steps));
        return f;
    }

    private static XYSeries live(QuadraticFigure f, Ghost.Source s) {
        JFreeChart chart = f.charts().stream().filter(c -> c.id().equals(s.chartId())).findFirst().orElseThrow()
                .chart();
        return ((XYSeriesCollection) chart.getXYPlot().getDataset(0)).getSeries(s.series());
    }

    private static void assertSameBits(XYSeries expected, XYSeries actual) {
        assertEquals(expected.getItemCount(), actual.getItemCount());
        for (int i = 0; i < expected.getItemCount(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.getX(i).doubleValue()),
                    Double.doubleToRawLongBits(actual.getX(i).doubleValue()), "x of point " + i);
            Number ey = expected.getY(i);
            Number ay = actual.getY(i);
            assertEquals(ey == null, ay == null, "gap at point " + i);
            if (ey != null) {
                assertEquals(Double.doubleToRawLongBits(ey.doubleValue()), Double.doubleToRawLongBits(ay.doubleValue()),
                        "y of point " + i);
            }
        }
    }

    private record Changed(QuadraticFigure figure, Ghost ghost) {
    }

    /** A figure that showed {@code steps} steps at η = 0.3, then η changed to 0.45: the first run as its ghost. */
    private static Changed changed(int steps, String label) {
        QuadraticFigure figure = shown(BEFORE, steps);
        Ghost ghost = Ghost.of(figure, label).orElseThrow();
        figure.show(run(AFTER, steps));
        ghost.drawOn(figure, LIGHT);
        return new Changed(figure, ghost);
    }

    @Test
    void theGhostKeepsThePreviousRunPointForPointWhileTheFigureDrawsTheNext() {
        Changed changed = changed(25, "previous run");
        QuadraticFigure figure = changed.figure();
        Ghost ghost = changed.ghost();
        QuadraticFigure fresh = shown(BEFORE, 25);
        for (Ghost.Source s : figure.ghostSources()) {
            assertSameBits(live(fresh, s), ghost.series(s));
            List<XYSeries> drawn = Ghost.drawn(figure, s.chartId());
            assertSameBits(live(fresh, s), drawn.getFirst());
            assertNotEquals(live(fresh, s).getY(5), live(figure, s).getY(5), "the live run is the new one");
        }
    }

    @Test
    void aRunWithoutALineYetLeavesNoGhost() {
        Experiment<QuadraticParams> reset = QuadraticExperiment.TYPE.create(BEFORE);
        reset.reset();
        QuadraticFigure atStepZero = new QuadraticFigure(LIGHT);
        atStepZero.show((QuadraticSnapshot) reset.snapshot());
        assertTrue(Ghost.of(atStepZero, "previous run").isEmpty());
        assertTrue(Ghost.of(new QuadraticFigure(LIGHT), "previous run").isEmpty());
    }

    @Test
    void theLabelNamesTheParametersThatChangedWithTheGhostsOwnValues() {
        var space = QuadraticParams.SPACE;
        assertEquals("previous run (η = " + Numbers.format(0.3) + ")", Ghost.label(space, BEFORE, AFTER, "eta"));
        QuadraticParams moved = space.with(space.with(BEFORE, "x1", 1.5), "x2", -0.5);
        assertEquals("previous run (" + space.spec("x1").label() + " = " + Numbers.format(BEFORE.x1()) + ", …)",
                Ghost.label(space, BEFORE, moved, "eta"), "the first that changed, and a sign that more did");
        assertEquals("previous run (η = " + Numbers.format(0.3) + ", …)",
                Ghost.label(space, BEFORE, space.with(AFTER, "x1", 1.5), "eta"), "the main parameter first");
        assertEquals("previous run (" + space.spec("x1").label() + " = " + Numbers.format(BEFORE.x1()) + ")",
                Ghost.label(space, BEFORE, space.with(BEFORE, "x1", 1.5), "eta"));
    }

    @Test
    void aChartWithoutALegendGetsOneForTheGhostAndLosesItWithTheGhost() {
        assertNull(shown(BEFORE, 25).charts().get(1).chart().getLegend());
        Changed changed = changed(25, "previous run (η = 0.300)");
        QuadraticFigure figure = changed.figure();
        Ghost ghost = changed.ghost();
        JFreeChart loss = figure.charts().get(1).chart();
        assertEquals(List.of("loss", "previous run (η = 0.300)"), labels(loss));
        ghost.drawOn(figure, LIGHT);
        assertEquals(List.of("loss", "previous run (η = 0.300)"), labels(loss), "drawn again, not twice");
        Ghost.clear(figure);
        assertNull(loss.getLegend());
        assertFalse(Ghost.drawnOn(figure, "loss"));
    }

    @Test
    void aSourceLeftUnnamedAddsNothingToItsChartsLegend() {
        var type = frontierslab.panels.eos.model.ValleyExperiment.TYPE;
        var figure = new frontierslab.panels.eos.view.ValleyFigure(LIGHT);
        var params = type.space().defaults();
        figure.show((frontierslab.panels.eos.model.ValleyExperiment.ValleySnapshot) type.create(params).snapshot());
        JFreeChart landscape = figure.charts().getFirst().chart();
        List<String> before = labels(landscape);
        Ghost ghost = Ghost.of(figure, "previous run").orElseThrow();
        ghost.drawOn(figure, LIGHT);
        assertTrue(Ghost.drawnOn(figure, "landscape"), "the path's ghost is drawn");
        assertEquals(before, labels(landscape));
        assertTrue(labels(figure.charts().get(1).chart()).contains("previous run"), "the chart beside names it");
    }

    private static List<String> labels(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        for (var source : chart.getLegend().getSources()) {
            var items = source.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(items.get(i).getLabel());
            }
        }
        return labels;
    }

    /**
     * The ghost's colour on the image (drawn without antialiasing, so that each pixel is one line's colour): the live
     * colour mixed toward the background, under the live run.
     */
    @Test
    void theGhostIsDrawnFadedAndBehindTheLiveRun() {
        QuadraticFigure figure = changed(40, "previous run").figure();
        JFreeChart sharpness = figure.charts().get(2).chart();
        sharpness.setAntiAlias(false);
        BufferedImage image = sharpness.createBufferedImage(640, 480);
        Color liveColour = LIGHT.series(0);
        Color faded = Palette.mix(LIGHT.background(), liveColour, LIGHT.number("ghost-strength"));
        assertTrue(count(image, faded) > 100, "the ghost's faded line is on the image");
        assertTrue(count(image, liveColour) > 100, "the live line is on the image");

        Ghost same = Ghost.of(figure, "previous run").orElseThrow();
        same.drawOn(figure, LIGHT);
        var info = new org.jfree.chart.ChartRenderingInfo();
        BufferedImage covered = sharpness.createBufferedImage(640, 480, info);
        java.awt.Rectangle plotArea = info.getPlotInfo().getDataArea().getBounds();
        assertEquals(0, count(covered.getSubimage(plotArea.x, plotArea.y, plotArea.width, plotArea.height), faded),
                "a ghost of the same run lies wholly under the live line (only its legend sample shows)");
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
