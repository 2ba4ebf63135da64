package frontierslab.plot;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An {@link XYPlot} drawn with equal scales on both axes (when their ranges are equal): a landscape's level sets keep
 * their true shape, so an ellipse with axes ratio √(λ₁/λ₂) looks like one, whatever the shape of the window.
 */
public final class SquarePlot extends XYPlot {

    private final double axisSpace;

    public SquarePlot(XYDataset dataset, ValueAxis x, ValueAxis y, XYItemRenderer renderer, double axisSpace) {
        super(dataset, x, y, renderer);
        this.axisSpace = axisSpace;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        double xSpan = getDomainAxis().getRange().getLength();
        double ySpan = getRangeAxis().getRange().getLength();
        double usableW = area.getWidth() - axisSpace;
        double usableH = area.getHeight() - axisSpace;
        double unit = Math.min(usableW / xSpan, usableH / ySpan);
        double w = unit * xSpan + axisSpace;
        double h = unit * ySpan + axisSpace;
        Rectangle2D squared = new Rectangle2D.Double(area.getX() + (area.getWidth() - w) / 2,
                area.getY(), w, h);
        super.draw(g2, squared, anchor, parentState, info);
    }
}
