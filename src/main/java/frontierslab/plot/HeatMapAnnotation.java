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
 * An image stretched over a rectangle of data space [xMin, xMax] × [yMin, yMax]: the colour field of a 2-D landscape,
 * drawn in the renderer's background layer under the iso-lines and trajectories.
 */
public final class HeatMapAnnotation extends AbstractXYAnnotation {

    private final transient BufferedImage image;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    public HeatMapAnnotation(BufferedImage image, double xMin, double xMax, double yMin, double yMax) {
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
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g2.drawImage(image, (int) Math.round(Math.min(x0, x1)), (int) Math.round(Math.min(y0, y1)),
                (int) Math.round(Math.abs(x1 - x0)), (int) Math.round(Math.abs(y1 - y0)), null);
        if (old != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }
}
