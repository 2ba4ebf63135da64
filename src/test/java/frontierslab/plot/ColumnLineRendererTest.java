package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class ColumnLineRendererTest {

    private static final Palette LIGHT = Palette.of(Theme.LIGHT);

    /** A run oscillating from step to step (more steps than pixels) and a smooth one. */
    private static JFreeChart curves(boolean logY) {
        JFreeChart chart = Charts.curves(LIGHT, "", "step", "value", logY, "oscillating", "smooth");
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        XYSeries oscillating = data.getSeries(0);
        XYSeries smooth = data.getSeries(1);
        for (int t = 0; t < 3000; t++) {
            oscillating.add(t, Math.exp(-t / 800.0) * (1.2 + (t % 2 == 0 ? 0.6 : -0.6) * Math.exp(-t / 1500.0)));
            smooth.add(t, 0.5 + 0.4 * Math.cos(t / 400.0));
        }
        return chart;
    }

    @Test
    void curvesLookAsJFreeChartsSamplingRendererDrawsThem() {
        for (boolean logY : new boolean[] {false, true}) {
            JFreeChart chart = curves(logY);
            var fast = Pixels.draw(chart, 640, 400);
            var renderer = (ColumnLineRenderer) chart.getXYPlot().getRenderer();
            SamplingXYLineRenderer reference = new SamplingXYLineRenderer();
            for (int i = 0; i < 2; i++) {
                reference.setSeriesPaint(i, renderer.getSeriesPaint(i));
                reference.setSeriesStroke(i, renderer.getSeriesStroke(i));
            }
            chart.getXYPlot().setRenderer(reference);
            // square caps change a bar's two end pixels at most: two pixels per column
            double differing = Pixels.differing(fast, Pixels.draw(chart, 640, 400), 40);
            assertTrue(differing <= 2.0 / 400, "log " + logY + ", pixels that differ: " + differing);
        }
    }

    @Test
    void vectorFilesKeepTheRoundCaps() {
        SVGGraphics2D g = new SVGGraphics2D(640, 400);
        curves(false).draw(g, new Rectangle2D.Double(0, 0, 640, 400));
        assertTrue(!g.getSVGElement().contains("stroke-linecap: square")
                && !g.getSVGElement().contains("stroke-linecap=\"square\""), "no square caps in the SVG");
    }
}
