package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
