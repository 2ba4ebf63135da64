package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class ColumnLineRendererTest {

    private static final Palette LIGHT = Palette.of(Theme.LIGHT);

    /** A run of n steps oscillating from step to step, and a smooth one. */
    private static JFreeChart curves(boolean logY, int n) {
        JFreeChart chart = Charts.curves(LIGHT, "", "step", "value", logY, "oscillating", "smooth");
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        XYSeries oscillating = data.getSeries(0);
        XYSeries smooth = data.getSeries(1);
        for (int i = 0; i < n; i++) {
            double t = i * 3000.0 / n;
            oscillating.add(t, Math.exp(-t / 800.0) * (1.2 + (i % 2 == 0 ? 0.6 : -0.6) * Math.exp(-t / 1500.0)));
            smooth.add(t, 0.5 + 0.4 * Math.cos(t / 400.0));
        }
        return chart;
    }

    /** The chart drawn again with {@code reference} in its renderer's place, in the same colours and strokes. */
    private static BufferedImage drawnWith(JFreeChart chart, XYItemRenderer reference, int width, int height,
                                           double scale) {
        XYItemRenderer renderer = chart.getXYPlot().getRenderer();
        for (int i = 0; i < 2; i++) {
            reference.setSeriesPaint(i, renderer.getSeriesPaint(i));
            reference.setSeriesStroke(i, renderer.getSeriesStroke(i));
        }
        chart.getXYPlot().setRenderer(reference);
        BufferedImage image = draw(chart, width, height, scale);
        chart.getXYPlot().setRenderer(renderer);
        return image;
    }

    private static BufferedImage draw(JFreeChart chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) (width * scale), (int) (height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return image;
    }

    @Test
    void aCurveOfMorePointsThanPixelsLooksAsEveryStepStrokedDoes() {
        for (boolean logY : new boolean[] {false, true}) {
            for (double scale : new double[] {1, 2}) {
                JFreeChart chart = curves(logY, 3000);
                BufferedImage envelope = draw(chart, 640, 400, scale);
                XYLineAndShapeRenderer everyStep = new XYLineAndShapeRenderer(true, false);
                everyStep.setDrawSeriesLineAsPath(true);
                BufferedImage reference = drawnWith(chart, everyStep, 640, 400, scale);
                double differing = Pixels.differing(envelope, reference, 40);
                assertTrue(differing < 0.002, "log " + logY + ", scale " + scale + ", pixels that differ: "
                        + differing);
            }
        }
    }

    @Test
    void aCurveOfFewerPointsThanPixelsLooksAsJFreeChartsSamplingRendererDrawsIt() {
        for (boolean logY : new boolean[] {false, true}) {
            JFreeChart chart = curves(logY, 300);
            BufferedImage fast = draw(chart, 640, 400, 1);
            // square caps change a bar's two end pixels at most: two pixels per column
            double differing = Pixels.differing(fast, drawnWith(chart, new SamplingXYLineRenderer(), 640, 400, 1), 40);
            assertTrue(differing <= 2.0 / 400, "log " + logY + ", pixels that differ: " + differing);
        }
    }

    @Test
    void vectorFilesGetTheCurvesStrokedWithRoundCapsNotTheirEnvelopes() {
        SVGGraphics2D g = new SVGGraphics2D(640, 400);
        JFreeChart chart = curves(false, 3000);
        chart.draw(g, new Rectangle2D.Double(0, 0, 640, 400));
        String svg = g.getSVGElement();
        for (int i = 0; i < 2; i++) {
            java.awt.Color c = (java.awt.Color) chart.getXYPlot().getRenderer().getSeriesPaint(i);
            String rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
            String stroked = "stroke:" + rgb + ";stroke-opacity:1.0;stroke-linecap:round";
            assertEquals(2, svg.split(java.util.regex.Pattern.quote(stroked), -1).length - 1,
                    "series " + i + ": its line and its bars, stroked with round caps");
            assertTrue(!svg.contains("fill:" + rgb), "series " + i + ": nothing filled");
        }
    }

    /** Points of an oscillation whose amplitude shrinks, several to a column of width 1 from x = 0.3. */
    private static double[][] oscillation(int n, double perColumn) {
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = 0.3 + i / perColumn;
            points[i] = new double[] {x, 100 + (i % 2 == 0 ? 1 : -1) * 60 * Math.exp(-x / 60) + 10 * Math.sin(x / 9)};
        }
        return points;
    }

    private static ColumnLineRenderer.Envelope envelope(double[][] points, double radius) {
        ColumnLineRenderer.Envelope e = new ColumnLineRenderer.Envelope(0, 1, radius, 0.5);
        for (double[] p : points) {
            e.add(p[0], p[1]);
        }
        e.endPiece();
        return e;
    }

    private static double distanceToPolyline(double[][] points, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.length; i++) {
            best = Math.min(best, Line2D.ptSegDist(points[i - 1][0], points[i - 1][1], points[i][0], points[i][1], x,
                    y));
        }
        return best;
    }

    @Test
    void theEnvelopeHoldsEveryPointAndReachesNoFurtherThanTheStrokeAndOneColumn() {
        for (double perColumn : new double[] {1.3, 4.7, 20}) {
            double[][] points = oscillation(1000, perColumn);
            double radius = 1;
            Path2D band = envelope(points, radius).band();
            for (double[] p : points) {
                assertTrue(band.contains(p[0], p[1]), perColumn + " a column: point " + p[0] + ", " + p[1]);
            }
            double[] c = new double[6];
            for (PathIterator it = band.getPathIterator(null); !it.isDone(); it.next()) {
                if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                    double d = distanceToPolyline(points, c[0], c[1]);
                    assertTrue(d <= radius + 1 + 1e-6, perColumn + " a column: vertex " + c[0] + ", " + c[1]
                            + " lies " + d + " from the curve");
                }
            }
        }
    }

    @Test
    void theEnvelopeKeepsEachColumnsHighestAndLowestPointAndTheEndsRoundCaps() {
        double[][] points = oscillation(1000, 4.7);
        double radius = 1;
        Path2D band = envelope(points, radius).band();
        Rectangle2D bounds = band.getBounds2D();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            lowest = Math.min(lowest, p[1]);
            highest = Math.max(highest, p[1]);
        }
        assertEquals(points[0][0] - radius, bounds.getMinX(), 1e-4, "the first point's cap");
        assertEquals(points[points.length - 1][0] + radius, bounds.getMaxX(), 1e-4, "the last point's cap");
        assertEquals(lowest - radius, bounds.getMinY(), 0.04, "sampled every half unit");
        assertEquals(highest + radius, bounds.getMaxY(), 0.04, "sampled every half unit");
        // each column's extremes, a stroke's half-width beyond them, are on the envelope's edge
        for (int column = 1; column < 200; column++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            double lowX = 0;
            double highX = 0;
            for (double[] p : points) {
                if (Math.floor(p[0]) == column) {
                    if (p[1] < low) {
                        low = p[1];
                        lowX = p[0];
                    }
                    if (p[1] > high) {
                        high = p[1];
                        highX = p[0];
                    }
                }
            }
            assertTrue(band.contains(lowX, low - 0.95 * radius) && band.contains(highX, high + 0.95 * radius),
                    "column " + column);
        }
    }

    @Test
    void aGapInTheCurveStartsANewPiece() {
        ColumnLineRenderer.Envelope e = new ColumnLineRenderer.Envelope(0, 1, 1, 0.5);
        for (int i = 0; i < 400; i++) {
            e.add(i * 0.25, i >= 190 && i <= 210 ? Double.NaN : 50 + (i % 2 == 0 ? 5 : -5));
        }
        e.endPiece();
        assertTrue(e.band().contains(20, 50) && e.band().contains(80, 50), "both pieces drawn");
        // the pieces end at x = 47.25 and 52.75, their caps one radius further
        assertTrue(!e.band().contains(50, 50), "nothing across the gap");
    }
}
