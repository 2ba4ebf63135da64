package frontierslab.panels.eos.view;

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
 * An {@link XYPlot} drawn with equal scales on both axes while {@link #setEqualScales} is on (a 2-D landscape, whose
 * level sets must keep their shape) and filling its area otherwise (the graph of a 1-D function), as
 * {@link frontierslab.plot.SquarePlot} does for a plot that is always a plane.
 */
final class SwitchableSquarePlot extends XYPlot {

    private final double axisSpace;
    private boolean equalScales = true;

    SwitchableSquarePlot(XYDataset dataset, ValueAxis x, ValueAxis y, XYItemRenderer renderer, double axisSpace) {
        super(dataset, x, y, renderer);
        this.axisSpace = axisSpace;
    }

    void setEqualScales(boolean on) {
        equalScales = on;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (!equalScales) {
            super.draw(g2, area, anchor, parentState, info);
            return;
        }
        double xSpan = getDomainAxis().getRange().getLength();
        double ySpan = getRangeAxis().getRange().getLength();
        double unit = Math.min((area.getWidth() - axisSpace) / xSpan, (area.getHeight() - axisSpace) / ySpan);
        double w = unit * xSpan + axisSpace;
        double h = unit * ySpan + axisSpace;
        super.draw(g2, new Rectangle2D.Double(area.getX() + (area.getWidth() - w) / 2, area.getY(), w, h), anchor,
                parentState, info);
    }
}
