package frontierslab.plot;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A text label at a point of the data that stays inside the plot: when the point is in view but the text, placed at its
 * anchor, would cross an edge of the data area (a narrow plot in the projector theme), it is moved back inside along
 * that axis, as far as it fits. A label that fits, or whose point is out of view, is drawn exactly where
 * {@link XYTextAnnotation} draws it.
 */
public class InsideTextAnnotation extends XYTextAnnotation {

    private static final long serialVersionUID = 1L;

    public InsideTextAnnotation(String text, double x, double y) {
        super(text, x, y);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        PlotOrientation orientation = plot.getOrientation();
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), orientation);
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), orientation);
        float anchorX = (float) domainAxis.valueToJava2D(getX(), dataArea, domainEdge);
        float anchorY = (float) rangeAxis.valueToJava2D(getY(), dataArea, rangeEdge);
        if (orientation == PlotOrientation.HORIZONTAL) {
            float swap = anchorX;
            anchorX = anchorY;
            anchorY = swap;
        }
        g2.setFont(getFont());
        Rectangle2D box = TextUtils.calculateRotatedStringBounds(getText(), g2, anchorX, anchorY, getTextAnchor(),
                getRotationAngle(), getRotationAnchor()).getBounds2D();
        if (dataArea.contains(anchorX, anchorY)) {
            anchorX += (float) inside(box.getMinX(), box.getMaxX(), dataArea.getMinX(), dataArea.getMaxX());
            anchorY += (float) inside(box.getMinY(), box.getMaxY(), dataArea.getMinY(), dataArea.getMaxY());
        }
        Shape hotspot = TextUtils.calculateRotatedStringBounds(getText(), g2, anchorX, anchorY, getTextAnchor(),
                getRotationAngle(), getRotationAnchor());
        if (getBackgroundPaint() != null) {
            g2.setPaint(getBackgroundPaint());
            g2.fill(hotspot);
        }
        g2.setPaint(getPaint());
        TextUtils.drawRotatedString(getText(), g2, anchorX, anchorY, getTextAnchor(), getRotationAngle(),
                getRotationAnchor());
        if (isOutlineVisible()) {
            g2.setStroke(getOutlineStroke());
            g2.setPaint(getOutlinePaint());
            g2.draw(hotspot);
        }
        if (getToolTipText() != null || getURL() != null) {
            addEntity(info, hotspot, rendererIndex, getToolTipText(), getURL());
        }
    }

    /** The shift that brings [lo, hi] inside [min, max], or 0 when it is inside or cannot fit. */
    static double inside(double lo, double hi, double min, double max) {
        if (hi - lo > max - min) {
            return 0;
        }
        return lo < min ? min - lo : hi > max ? max - hi : 0;
    }
}
