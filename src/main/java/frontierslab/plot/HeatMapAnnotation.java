package frontierslab.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * An image stretched over a rectangle of data space [xMin, xMax] × [yMin, yMax], image row 0 at the top (the largest
 * y), drawn in the renderer's background layer. Two kinds: the colour field of a 2-D landscape, sampled smoothly
 * (bilinear), and a map of categories, one pixel per cell, sampled nearest-neighbour so each cell is one flat colour
 * with a sharp border (on a logarithmic x axis, columns of equal width are cells of equal ratio in x). Transparent
 * pixels show the plot's background.
 */
public final class HeatMapAnnotation extends AbstractXYAnnotation {

    private final transient BufferedImage image;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final Object interpolation;

    private HeatMapAnnotation(BufferedImage image, double xMin, double xMax, double yMin, double yMax,
                              Object interpolation) {
        this.image = image;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.interpolation = interpolation;
    }

    /** A continuous field, interpolated between its samples. */
    public static HeatMapAnnotation smooth(BufferedImage image, double xMin, double xMax, double yMin, double yMax) {
        return new HeatMapAnnotation(image, xMin, xMax, yMin, yMax, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /** A map of cells, each pixel one flat cell whose edges span the rectangle. */
    public static HeatMapAnnotation cells(BufferedImage image, double xMin, double xMax, double yMin, double yMax) {
        return new HeatMapAnnotation(image, xMin, xMax, yMin, yMax, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double x0 = domainAxis.valueToJava2D(xMin, dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(xMax, dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(yMax, dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(yMin, dataArea, plot.getRangeAxisEdge());
        Object old = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        int left = (int) Math.round(Math.min(x0, x1));
        int top = (int) Math.round(Math.min(y0, y1));
        int right = (int) Math.round(Math.max(x0, x1));
        int bottom = (int) Math.round(Math.max(y0, y1));
        g2.drawImage(image, left, top, right, bottom, 0, 0, image.getWidth(), image.getHeight(), null);
        if (old != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    /** Equal only to itself: JFreeChart removes annotations by {@code equals()}, so equal ones would go together. */
    @Override
    public boolean equals(Object obj) {
        return this == obj;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
