package frontierslab.panels.sam.view;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A map of categories, one pixel per cell, stretched over the cells' edges [xMin, xMax] × [yMin, yMax] of data space
 * and drawn with nearest-neighbour sampling, so that each cell is one flat colour with a sharp border. Image row 0 is
 * the top (the largest y). On a logarithmic x axis, columns of equal width in pixels are cells of equal ratio in x,
 * which is how the η grid is spaced. Transparent pixels (cells not yet computed) show the plot's background.
 */
final class CellMapAnnotation extends AbstractXYAnnotation {

    private final transient BufferedImage image;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    CellMapAnnotation(BufferedImage image, double xMin, double xMax, double yMin, double yMax) {
        this.image = image;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double x0 = domainAxis.valueToJava2D(xMin, dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(xMax, dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(yMax, dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(yMin, dataArea, plot.getRangeAxisEdge());
        Object old = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        int left = (int) Math.round(Math.min(x0, x1));
        int top = (int) Math.round(Math.min(y0, y1));
        int right = (int) Math.round(Math.max(x0, x1));
        int bottom = (int) Math.round(Math.max(y0, y1));
        g2.drawImage(image, left, top, right, bottom, 0, 0, image.getWidth(), image.getHeight(), null);
        if (old != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }
}
