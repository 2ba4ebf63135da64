package frontierslab.panels.sam.view;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import frontierslab.plot.IdentityAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * An arrow from (x₀, y₀) to (x₁, y₁) in data coordinates: a vector of the plane drawn to the scale of the axes (a
 * perturbation ε̂, a step −η∇L), with a filled head whose size is set in screen units so that it reads at any zoom.
 * An arrow shorter than its head is drawn as its head alone; one of zero length is not drawn. An arrow that leaves the
 * plot can end at the plot's edge with a label saying where it goes.
 */
final class Arrow extends IdentityAnnotation {

    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;
    private final transient Paint paint;
    private final transient Stroke stroke;
    private final double headLength;
    private String offViewLabel;
    private java.awt.Font font;
    private transient Paint halo;

    Arrow(double x0, double y0, double x1, double y1, Paint paint, Stroke stroke, double headLength) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        this.paint = paint;
        this.stroke = stroke;
        this.headLength = headLength;
    }

    /**
     * When the arrow's end lies outside the plot, its head is drawn where the line leaves the plot, with this label
     * beside it (on a halo), so that a part of the picture that is off the view still says where it goes.
     */
    Arrow offView(String label, java.awt.Font labelFont, Paint labelHalo) {
        this.offViewLabel = label;
        this.font = labelFont;
        this.halo = labelHalo;
        return this;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double sx0 = domainAxis.valueToJava2D(x0, dataArea, plot.getDomainAxisEdge());
        double sy0 = rangeAxis.valueToJava2D(y0, dataArea, plot.getRangeAxisEdge());
        double sx1 = domainAxis.valueToJava2D(x1, dataArea, plot.getDomainAxisEdge());
        double sy1 = rangeAxis.valueToJava2D(y1, dataArea, plot.getRangeAxisEdge());
        boolean off = !dataArea.contains(sx1, sy1);
        if (off && offViewLabel != null && dataArea.contains(sx0, sy0)) {
            double t = exit(sx0, sy0, sx1, sy1, dataArea, 4);
            sx1 = sx0 + t * (sx1 - sx0);
            sy1 = sy0 + t * (sy1 - sy0);
            label(g2, sx1, sy1, sx0, sy0, dataArea);
        }
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

    /** The largest t in [0, 1] with (x0, y0) + t·(x1 − x0, y1 − y0) inside the area shrunk by {@code inset}. */
    static double exit(double x0, double y0, double x1, double y1, Rectangle2D area, double inset) {
        double t = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (dx > 0) {
            t = Math.min(t, (area.getMaxX() - inset - x0) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (area.getMinX() + inset - x0) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (area.getMaxY() - inset - y0) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (area.getMinY() + inset - y0) / dy);
        }
        return Math.max(0, t);
    }

    /** The label beside the point (x, y) where the arrow leaves the plot, on the side towards the arrow's start. */
    private void label(Graphics2D g2, double x, double y, double fromX, double fromY, Rectangle2D area) {
        g2.setFont(font);
        java.awt.FontMetrics m = g2.getFontMetrics();
        double w = m.stringWidth(offViewLabel);
        double along = Math.hypot(x - fromX, y - fromY);
        double ux = along > 0 ? (x - fromX) / along : 0;
        double uy = along > 0 ? (y - fromY) / along : 0;
        // beside the line, a little back from the edge, and kept inside the plot
        double tx = x - ux * headLength * 1.5 - uy * headLength - (ux > 0 ? w : 0);
        double ty = y - uy * headLength * 1.5 + ux * headLength + (uy > 0 ? -m.getDescent() : m.getAscent());
        tx = Math.max(area.getMinX() + 2, Math.min(area.getMaxX() - w - 2, tx));
        ty = Math.max(area.getMinY() + m.getAscent(), Math.min(area.getMaxY() - m.getDescent(), ty));
        g2.setPaint(halo);
        for (int dx = -2; dx <= 2; dx += 2) {
            for (int dy = -2; dy <= 2; dy += 2) {
                g2.drawString(offViewLabel, (float) tx + dx, (float) ty + dy);
            }
        }
        g2.setPaint(paint);
        g2.drawString(offViewLabel, (float) tx, (float) ty);
    }
}
