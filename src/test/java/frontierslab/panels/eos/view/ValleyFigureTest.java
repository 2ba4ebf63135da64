package frontierslab.panels.eos.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.FigureWriter;
import frontierslab.math.landscape.ProductValley.Loss;
import frontierslab.panels.eos.model.ValleyExperiment;
import frontierslab.panels.eos.model.ValleyExperiment.ValleySnapshot;
import frontierslab.panels.eos.model.ValleyParams;
import frontierslab.panels.eos.model.ValleyParams.Model;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValleyFigureTest {

    private static final Palette LIGHT = Palette.of(Theme.LIGHT);

    private static ValleyFigure shown(ValleyParams p) {
        ValleyFigure figure = new ValleyFigure(LIGHT);
        figure.show((ValleySnapshot) new ValleyExperiment(p).snapshot());
        return figure;
    }

    private static XYPlot plot(ValleyFigure figure, String id) {
        return figure.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().chart().getXYPlot();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyPresetDrawsInEveryTheme(Theme theme) {
        Palette palette = Palette.of(theme);
        for (Preset<ValleyParams> preset : ValleyExperiment.TYPE.presets()) {
            ValleyFigure figure = new ValleyFigure(palette);
            figure.show((ValleySnapshot) new ValleyExperiment(preset.params()).snapshot());
            FigureWriter writer = new FigureWriter(palette, "t",
                    figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), "caption");
            BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            writer.draw(g, 640, 400);
            g.dispose();
        }
    }

    /**
     * On w₁w₂ = y the sharpness is w₁² + w₂²: the dots solve w₁² + w₂² = 2/η there; two on each branch, of which the
     * view shows the first quadrant's.
     */
    @Test
    void theDotsAreTheMinimaWhoseSharpnessIsTwoOverEta() {
        ValleyParams p = new ValleyParams(Model.PRODUCT, Loss.LOG_COSH, 1, 0.25, 0.2, 5.5, 0.3, 10);
        List<double[]> dots = shown(p).twoOverEtaDots();
        assertEquals(2, dots.size());
        for (double[] m : dots) {
            assertTrue(m[0] > 0 && m[1] > 0);
            assertEquals(1.0, m[0] * m[1], 1e-12);
            assertEquals(10.0, m[0] * m[0] + m[1] * m[1], 1e-10);
        }
    }

    /** On a x² + y² = 1 the sharpness is 8(a²x² + y²). */
    @Test
    void onTheEllipseTheDotsSolveEightTimesASquaredXSquaredPlusYSquaredEqualsTwoOverEta() {
        ValleyParams p = new ValleyParams(Model.ELLIPSE, Loss.LOG_COSH, 1, 0.25, 0.3, 0.05, 1.2, 10);
        List<double[]> dots = shown(p).twoOverEtaDots();
        assertEquals(4, dots.size());
        for (double[] m : dots) {
            assertEquals(1.0, 0.25 * m[0] * m[0] + m[1] * m[1], 1e-12);
            assertEquals(2 / 0.3, 8 * (0.0625 * m[0] * m[0] + m[1] * m[1]), 1e-10);
        }
    }

    /** Each segment of the valley lies on it and takes the colour of the sharpness at its midpoint. */
    @Test
    void theValleyIsDrawnInSegmentsColouredByTheirSharpness() {
        ValleyParams p = new ValleyParams(Model.PRODUCT, Loss.LOG_COSH, 2, 0.25, 0.2, 5.5, 0.3, 10);
        ValleyFigure figure = shown(p);
        int segments = 0;
        var renderer = (org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot(figure, "landscape").getRenderer();
        for (Object a : frontierslab.plot.Marks.flatten(renderer.getAnnotations())) {
            if (a instanceof XYLineAnnotation line) {
                segments++;
                assertEquals(2.0, line.getX1() * line.getY1(), 1e-9);
                double s = 0.5 * (line.getX1() * line.getX1() + line.getY1() * line.getY1()
                        + line.getX2() * line.getX2() + line.getY2() * line.getY2());
                assertEquals(figure.sharpnessColour(s, 10), line.getPaint());
            }
        }
        assertTrue(segments > 200, "segments " + segments);
    }

    @Test
    void theColourScaleRunsFromGoodThroughOrangeAtTwoOverEtaToAlarm() {
        ValleyFigure figure = new ValleyFigure(LIGHT);
        assertEquals(LIGHT.good(), figure.sharpnessColour(10.0 / 3, 10));
        assertEquals(LIGHT.good(), figure.sharpnessColour(1, 10));
        assertEquals(LIGHT.series(4), figure.sharpnessColour(10, 10));
        assertEquals(LIGHT.alarm(), figure.sharpnessColour(30, 10));
        Color between = figure.sharpnessColour(20, 10);
        assertFalse(between.equals(LIGHT.alarm()) || between.equals(LIGHT.series(4)));
    }

    /**
     * The hollow circle is where gradient flow from the start stops: D = w₁² − w₂² is conserved and w₁w₂ = y there,
     * so w₁² = (D + √(D² + 4y²))/2 and its sharpness is √(D² + 4y²).
     */
    @Test
    void theFlowEndIsTheClosedFormLimitAndTheLegendGivesItsSharpness() {
        ValleyParams p = new ValleyParams(Model.PRODUCT, Loss.LOG_COSH, 1, 0.25, 0.2, 5.5, 0.3, 100);
        ValleyFigure figure = shown(p);
        var data = (XYSeriesCollection) plot(figure, "landscape").getDataset();
        var flow = data.getSeries(1);
        double d = 5.5 * 5.5 - 0.3 * 0.3;
        double root = Math.sqrt(d * d + 4);
        double w1 = Math.sqrt((d + root) / 2);
        assertEquals(1, flow.getItemCount());
        assertEquals(w1, flow.getX(0).doubleValue(), 1e-9);
        assertEquals(1 / w1, flow.getY(0).doubleValue(), 1e-9);
        assertTrue(flow.getKey().toString().contains(PowerLawFigure.compact(root)), flow.getKey().toString());
    }

    @Test
    void theTwoOverEtaLineAndTheReadoutsShowTheRunsNumbers() {
        ValleyParams p = ValleyExperiment.TYPE.preset("log-cosh-drift").params();
        ValleySnapshot s = (ValleySnapshot) new ValleyExperiment(p).snapshot();
        ValleyFigure figure = new ValleyFigure(LIGHT);
        figure.show(s);
        var markers = plot(figure, "sharpness").getRangeMarkers(Layer.BACKGROUND);
        assertEquals(1, markers.size());
        assertEquals(10.0, ((ValueMarker) markers.iterator().next()).getValue(), 1e-12);
        List<Readout> tiles = figure.readouts(s);
        int last = s.trace().rows() - 1;
        assertEquals(last, tiles.get(0).value());
        assertEquals(0.2 * s.trace().get(last, "sharpness"), tiles.get(1).value(), 1e-15);
        assertEquals(0.2 * s.trace().get(last, "flow_limit_sharpness"), tiles.get(2).value(), 1e-15);
        assertEquals(2.0, tiles.get(1).threshold());
    }

    @Test
    void theStartIsDraggedOnTheContourPlot() {
        var handle = new ValleyFigure(LIGHT).dragHandle().orElseThrow();
        assertEquals("landscape", handle.chartId());
        assertEquals("w1", handle.xParameter());
        assertEquals("w2", handle.yParameter());
    }
}
