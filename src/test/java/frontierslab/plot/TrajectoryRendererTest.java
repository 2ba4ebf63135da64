package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class TrajectoryRendererTest {

    /** The number of point markers (circles) and of separate line elements in the SVG of a plane chart with one path of n points. */
    private static int[] markersAndLines(int n) {
        JFreeChart chart = Charts.plane(Palette.of(Theme.LIGHT), "", "x", "y", -1, 1, -1, 1, "path");
        XYSeries path = ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0);
        for (int i = 0; i < n; i++) {
            double angle = 0.05 * i;
            path.add(0.9 * Math.cos(angle) * i / n, 0.9 * Math.sin(angle) * i / n);
        }
        SVGGraphics2D g = new SVGGraphics2D(600, 600);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 600, 600));
        String svg = g.getSVGElement();
        // JFreeSVG writes a marker (an ellipse, filled and then outlined) as two paths of Bézier curves, and a line
        // segment as a <line>
        int markers = (int) java.util.regex.Pattern.compile("<path d='[^']*C").matcher(svg).results().count() / 2;
        int lines = svg.split("<line", -1).length - 1;
        return new int[] {markers, lines};
    }

    @Test
    void upToTheLimitEveryPointHasItsMarker() {
        assertEquals(TrajectoryRenderer.MAX_MARKED_POINTS, markersAndLines(TrajectoryRenderer.MAX_MARKED_POINTS)[0]);
        assertEquals(25, markersAndLines(25)[0]);
    }

    @Test
    void aLongerPathMarksOnlyItsFirstAndLastPoints() {
        assertEquals(2, markersAndLines(TrajectoryRenderer.MAX_MARKED_POINTS + 1)[0]);
        assertEquals(2, markersAndLines(5000)[0]);
    }

    @Test
    void thePathIsStrokedAsOneShapeNotSegmentBySegment() {
        assertEquals(markersAndLines(3)[1], markersAndLines(300)[1], "no <line> per segment: only the grid's lines");
    }

    /** Gradient descent at the edge of stability: n iterates jumping across a valley and drifting slowly along it. */
    private static JFreeChart zigZag(int n) {
        JFreeChart chart = Charts.plane(Palette.of(Theme.LIGHT), "", "x", "y", -1, 1, -1, 1, "path");
        XYSeries path = ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0);
        for (int i = 0; i < n; i++) {
            double along = 0.8 * Math.exp(-i / 300.0);
            path.add(along - 0.2, (i % 2 == 0 ? 0.6 : -0.6) * (0.3 + along));
        }
        return chart;
    }

    @Test
    void aZigZagDrawsTheSamePixelsWithoutItsRepeatedSegments() {
        JFreeChart chart = zigZag(3000);
        java.awt.image.BufferedImage fast = Pixels.draw(chart, 500, 500);
        ((TrajectoryRenderer) chart.getXYPlot().getRenderer()).setDrawSeriesLineAsPath(false);
        java.awt.image.BufferedImage everySegment = Pixels.draw(chart, 500, 500);
        double differing = Pixels.differing(fast, everySegment, 40);
        assertTrue(differing < 0.002, "pixels that differ: " + differing);
    }

    @Test
    void onlyRepeatedSegmentsAreLeftOut() {
        java.awt.geom.Path2D.Double jitter = new java.awt.geom.Path2D.Double();
        java.awt.geom.Path2D.Double drift = new java.awt.geom.Path2D.Double();
        jitter.moveTo(0, 0);
        drift.moveTo(0, 0);
        for (int i = 1; i < 1000; i++) {
            jitter.lineTo(i % 2 == 0 ? 0.01 * (i % 4) : 100, i % 2 == 0 ? 0 : 50.02);
            drift.lineTo(i % 2 == 0 ? 0.5 * i : 100, i % 2 == 0 ? 0 : 50 + 0.5 * i);
        }
        jitter.lineTo(30, 70);
        assertEquals(2, segments(TrajectoryRenderer.withoutRepeats(jitter, 0.25)),
                "there and back within the grid is one segment; then the last one");
        assertEquals(999, segments(TrajectoryRenderer.withoutRepeats(drift, 0.25)));
    }

    private static int segments(java.awt.geom.Path2D path) {
        int lines = 0;
        for (var it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(new double[6]) == java.awt.geom.PathIterator.SEG_LINETO) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * SAM across a valley: n iterates jumping across it with period two while they drift along it by {@code drift} (in
     * units of the plot's [-1, 1] range) per step, then 60 iterates drifting ten times faster, whose rungs stand apart.
     */
    private static JFreeChart ladder(int n, double drift) {
        JFreeChart chart = Charts.plane(Palette.of(Theme.LIGHT), "", "x", "y", -1, 1, -1, 1, "path");
        XYSeries path = ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0);
        double x = -0.9;
        for (int i = 0; i < n + 60; i++) {
            x += i < n ? drift : 10 * drift;
            double across = (i % 2 == 0 ? 1 : -1) * (0.15 + 0.05 * Math.sin(3 * x));
            path.add(x + 0.3 * across, 0.4 * x * x - 0.3 + across);
        }
        return chart;
    }

    @Test
    void aLadderLooksAsThePathStrokedWholeDoes() {
        JFreeChart chart = ladder(2000, 0.0007);
        var plot = chart.getXYPlot();
        var fast = (TrajectoryRenderer) plot.getRenderer();
        fast.setSeriesShapesVisible(0, false);
        java.awt.image.BufferedImage strips = Pixels.draw(chart, 500, 500);
        var plain = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        plain.setDrawSeriesLineAsPath(true);
        plain.setSeriesPaint(0, fast.lookupSeriesPaint(0));
        plain.setSeriesStroke(0, fast.lookupSeriesStroke(0));
        plot.setRenderer(plain);
        double differing = Pixels.differing(strips, Pixels.draw(chart, 500, 500), 40);
        assertTrue(differing < 0.0005, "pixels that differ: " + differing);
    }

    /** A path through (x_i, y_i), i = 0 … n − 1: a zig-zag of rungs 40 long, every second point {@code step} on. */
    private static java.awt.geom.Path2D zigZagPath(int n, double step) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < n; i++) {
            double x = i * step / 2;
            double y = i % 2 == 0 ? 0 : 40;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        return path;
    }

    @Test
    void aDriftingZigZagBecomesOneStripThroughItsOwnPointsCoveringEveryRung() {
        double radius = 1;
        java.awt.geom.Path2D path = zigZagPath(200, 1.4 * radius);
        var ladders = TrajectoryRenderer.ladders(path, radius);
        assertEquals(0, segments(ladders.rest()), "nothing left to stroke");
        java.util.Set<java.awt.geom.Point2D> points = new java.util.HashSet<>();
        // the strips are single-precision paths
        for (var it = path.getPathIterator(null); !it.isDone(); it.next()) {
            double[] c = new double[6];
            it.currentSegment(c);
            points.add(new java.awt.geom.Point2D.Float((float) c[0], (float) c[1]));
        }
        int vertices = 0;
        for (var it = ladders.strips().getPathIterator(null); !it.isDone(); it.next()) {
            double[] c = new double[6];
            if (it.currentSegment(c) != java.awt.geom.PathIterator.SEG_CLOSE) {
                vertices++;
                assertTrue(points.contains(new java.awt.geom.Point2D.Float((float) c[0], (float) c[1])),
                        "a point of the path");
            }
        }
        assertEquals(200, vertices, "every point once");
        for (int i = 1; i < 199; i++) {
            double x = (i - 0.5) * 1.4 * radius / 2;
            assertTrue(ladders.strips().contains(x, 20), "rung " + i + " is inside the strip");
        }
    }

    @Test
    void aZigZagWhoseRungsStandApartIsStrokedAsItIs() {
        java.awt.geom.Path2D path = zigZagPath(200, 1.6 * 1);
        var ladders = TrajectoryRenderer.ladders(path, 1);
        assertEquals(199, segments(ladders.rest()));
        assertEquals(null, ladders.strips().getCurrentPoint(), "no strip");
    }

    @Test
    void vectorFilesGetEverySegmentOfARepeatingPath() {
        SVGGraphics2D g = new SVGGraphics2D(500, 500);
        zigZag(3000).draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 500, 500));
        long lineTos = g.getSVGElement().chars().filter(c -> c == 'L').count();
        assertTrue(lineTos >= 2999, "L commands in the SVG: " + lineTos);
    }

    /** A spiral of n points, each marker apart from the others. */
    private static JFreeChart spiral(int n) {
        JFreeChart chart = Charts.plane(Palette.of(Theme.LIGHT), "", "x", "y", -1, 1, -1, 1, "a", "b");
        for (int s = 0; s < 2; s++) {
            XYSeries path = ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(s);
            for (int i = 0; i < n; i++) {
                double angle = 0.35 * i + s;
                path.add(0.9 * Math.cos(angle) * (i + 5) / (n + 5), 0.9 * Math.sin(angle) * (i + 5) / (n + 5));
            }
        }
        return chart;
    }

    /** The same chart drawn by JFreeChart's own renderer: each marker filled, then outlined. */
    private static java.awt.image.BufferedImage markerByMarker(JFreeChart chart, int size) {
        var plot = chart.getXYPlot();
        var fast = (TrajectoryRenderer) plot.getRenderer();
        var plain = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
        plain.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
            plain.setSeriesPaint(s, fast.lookupSeriesPaint(s));
            plain.setSeriesStroke(s, fast.lookupSeriesStroke(s));
            plain.setSeriesShape(s, fast.lookupSeriesShape(s));
            plain.setSeriesOutlineStroke(s, fast.lookupSeriesOutlineStroke(s));
        }
        plot.setRenderer(plain);
        java.awt.image.BufferedImage image = Pixels.draw(chart, size, size);
        plot.setRenderer(fast);
        return image;
    }

    @Test
    void markersFilledAsOnePathCoverThePixelsOfMarkersDrawnOneByOne() {
        JFreeChart chart = spiral(150);
        java.awt.image.BufferedImage fast = Pixels.draw(chart, 500, 500);
        double differing = Pixels.differing(fast, markerByMarker(chart, 500), 40);
        assertTrue(differing < 0.0005, "pixels that differ: " + differing);
        assertTrue(Pixels.differing(fast, Pixels.draw(spiral(149), 500, 500), 40) > 0.001,
                "a marker fewer is seen at this tolerance");
    }

    @Test
    void vectorFilesGetAFilledAndOutlinedCirclePerMarker() {
        SVGGraphics2D g = new SVGGraphics2D(500, 500);
        spiral(150).draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 500, 500));
        int curves = (int) java.util.regex.Pattern.compile("<path d='[^']*C").matcher(g.getSVGElement()).results()
                .count();
        assertTrue(curves >= 2 * 2 * 150, "two series, a fill and an outline per point (and the legend's): " + curves);
    }
}
