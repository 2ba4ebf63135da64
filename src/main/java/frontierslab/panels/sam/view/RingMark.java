package frontierslab.panels.sam.view;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A ring of fixed screen radius around a point of data space, with a label to its right: it stays round on a
 * logarithmic axis, where a shape given in data coordinates would not.
 */
final class RingMark extends AbstractXYAnnotation {

    private final double x;
    private final double y;
    private final double radius;
    private final String label;
    private final transient Paint paint;
    private final transient Paint halo;
    private final transient Stroke stroke;
    private final transient Stroke haloStroke;
    private final Font font;

    RingMark(double x, double y, double radius, String label, Paint paint, Paint halo, Stroke stroke,
             Stroke haloStroke, Font font) {
        this.x = x;
        this.y = y;
        this.radius = radius;
        this.label = label;
        this.paint = paint;
        this.halo = halo;
        this.stroke = stroke;
        this.haloStroke = haloStroke;
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double sx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double sy = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        Ellipse2D ring = new Ellipse2D.Double(sx - radius, sy - radius, 2 * radius, 2 * radius);
        g2.setPaint(halo);
        g2.setStroke(haloStroke);
        g2.draw(ring);
        g2.setPaint(paint);
        g2.setStroke(stroke);
        g2.draw(ring);
        if (label != null) {
            g2.setFont(font);
            float tx = (float) (sx + radius * 1.4);
            float ty = (float) (sy + g2.getFontMetrics().getAscent() * 0.35);
            g2.setPaint(halo);
            for (int dx = -2; dx <= 2; dx += 2) {
                for (int dy = -2; dy <= 2; dy += 2) {
                    g2.drawString(label, tx + dx, ty + dy);
                }
            }
            g2.setPaint(paint);
            g2.drawString(label, tx, ty);
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
