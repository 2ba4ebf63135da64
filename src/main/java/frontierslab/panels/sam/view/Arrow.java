package frontierslab.panels.sam.view;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * An arrow from (x₀, y₀) to (x₁, y₁) in data coordinates: a vector of the plane drawn to the scale of the axes (a
 * perturbation ε̂, a step −η∇L), with a filled head whose size is set in screen units so that it reads at any zoom.
 * An arrow shorter than its head is drawn as its head alone; one of zero length is not drawn.
 */
final class Arrow extends AbstractXYAnnotation {

    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;
    private final transient Paint paint;
    private final transient Stroke stroke;
    private final double headLength;

    Arrow(double x0, double y0, double x1, double y1, Paint paint, Stroke stroke, double headLength) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        this.paint = paint;
        this.stroke = stroke;
        this.headLength = headLength;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double sx0 = domainAxis.valueToJava2D(x0, dataArea, plot.getDomainAxisEdge());
        double sy0 = rangeAxis.valueToJava2D(y0, dataArea, plot.getRangeAxisEdge());
        double sx1 = domainAxis.valueToJava2D(x1, dataArea, plot.getDomainAxisEdge());
        double sy1 = rangeAxis.valueToJava2D(y1, dataArea, plot.getRangeAxisEdge());
        double length = Math.hypot(sx1 - sx0, sy1 - sy0);
        if (!(length > 0.5)) {
            return;
        }
        double ux = (sx1 - sx0) / length;
        double uy = (sy1 - sy0) / length;
        double head = Math.min(headLength, Math.max(length, headLength * 0.6));
        double baseX = sx1 - ux * head;
        double baseY = sy1 - uy * head;
        g2.setPaint(paint);
        g2.setStroke(stroke);
        if (length > head) {
            g2.draw(new Line2D.Double(sx0, sy0, baseX + ux * 1.0, baseY + uy * 1.0));
        }
        double half = head * 0.45;
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(sx1, sy1);
        tip.lineTo(baseX - uy * half, baseY + ux * half);
        tip.lineTo(baseX + uy * half, baseY - ux * half);
        tip.closePath();
        g2.setStroke(new BasicStroke(1f));
        g2.fill(tip);
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
