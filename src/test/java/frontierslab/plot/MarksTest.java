package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class MarksTest {

    private static final Palette LIGHT = Palette.of(Theme.LIGHT);

    @Test
    void removingAnEqualLookingAnnotationNeverTakesAGroupWithIt() {
        XYPlot plot = Charts.plane(LIGHT, "", "x", "y", -1, 1, -1, 1, "a").getXYPlot();
        var renderer = (org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer();
        Rectangle2D square = new Rectangle2D.Double(0, 0, 0.5, 0.5);
        XYShapeAnnotation contour = new XYShapeAnnotation(square);
        renderer.addAnnotation(contour, Layer.BACKGROUND);
        renderer.removeAnnotation(new XYShapeAnnotation(square));
        assertFalse(renderer.getAnnotations().contains(contour), "JFreeChart removes by equals(), from every layer");

        Marks background = Marks.on(plot, Layer.BACKGROUND);
        background.add(new XYShapeAnnotation(square));
        Marks other = Marks.on(plot, Layer.FOREGROUND);
        other.add(new XYShapeAnnotation(square));
        renderer.removeAnnotation(Marks.on(plot, Layer.FOREGROUND));
        renderer.removeAnnotation(new XYShapeAnnotation(square));
        other.clear();
        assertTrue(renderer.getAnnotations().contains(background));
        assertEquals(1, background.items().size());
    }

    @Test
    void aCachedLandscapeDrawsWhatItsShapesDrawAndFollowsTheRange() {
        JFreeChart cached = landscape(true);
        JFreeChart direct = landscape(false);
        assertTrue(differingPixels(cached, direct) < 0.01, "cached vs direct: " + differingPixels(cached, direct));
        for (JFreeChart c : new JFreeChart[] {cached, direct}) {
            c.getXYPlot().getDomainAxis().setRange(-0.5, 1.5);
        }
        assertTrue(differingPixels(cached, direct) < 0.01, "after a pan: " + differingPixels(cached, direct));
    }

    @Test
    void vectorFilesGetTheIsoLinesAsPathsNotAnImage() {
        JFreeChart chart = landscape(true);
        SVGGraphics2D svg = new SVGGraphics2D(400, 400);
        chart.draw(svg, new Rectangle2D.Double(0, 0, 400, 400));
        String text = svg.getSVGElement();
        assertEquals(1, text.split("<image", -1).length - 1, "the heat map is the only image");
    }

    private static JFreeChart landscape(boolean cached) {
        JFreeChart chart = Charts.plane(LIGHT, "", "x", "y", -1, 1, -1, 1, "a");
        XYPlot plot = chart.getXYPlot();
        LandscapeLayer layer = new LandscapeLayer(80);
        layer.draw(plot, LIGHT, (x, y) -> x * x + 3 * y * y, true, 10);
        if (!cached) {
            var items = layer.marks(plot).items();
            plot.getRenderer().removeAnnotations();
            Marks plain = Marks.on(plot, Layer.BACKGROUND);
            plain.set(items);
        }
        return chart;
    }

    /** The fraction of pixels that differ, drawn twice (the cache is used). */
    private static double differingPixels(JFreeChart a, JFreeChart b) {
        Pixels.draw(a, 500, 500);
        return Pixels.differing(Pixels.draw(a, 500, 500), Pixels.draw(b, 500, 500), 40);
    }
}
