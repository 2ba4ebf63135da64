package frontierslab.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * JFreeChart's {@link SamplingXYLineRenderer}: a curve of more points than pixels is drawn as one line through the
 * first point of each one-pixel column and one vertical bar from the lowest to the highest point of the column. The
 * bars are drawn here with square caps where the line has round ones: adjacent bars, one pixel apart and wider than
 * that, overlap, so a round cap only rounds a corner by {@code w/2·(1 − 1/√2)} at a local extreme, while each round cap
 * costs the software rasteriser a curve (an oscillating run has a bar in every column). Vector output (SVG, PDF) gets
 * the round caps.
 */
public class ColumnLineRenderer extends SamplingXYLineRenderer {

    /** The line and the bars of one series. */
    static final class Columns extends XYItemRendererState {
        final GeneralPath line = new GeneralPath();
        final GeneralPath bars = new GeneralPath();
        double lastX;
        double lowY;
        double highY;
        boolean lastPointGood;

        Columns(PlotRenderingInfo info) {
            super(info);
        }

        @Override
        public void startSeriesPass(XYDataset dataset, int series, int firstItem, int lastItem, int pass,
                                    int passCount) {
            line.reset();
            bars.reset();
            lastPointGood = false;
            super.startSeriesPass(dataset, series, firstItem, lastItem, pass, passCount);
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
                                          PlotRenderingInfo info) {
        Columns state = new Columns(info);
        return state;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (!getItemVisible(series, item)) {
            return;
        }
        Columns s = (Columns) state;
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double tx = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, xEdge);
        double ty = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, yEdge);
        if (!Double.isNaN(tx) && !Double.isNaN(ty)) {
            float x = (float) tx;
            float y = (float) ty;
            if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                x = (float) ty;
                y = (float) tx;
            }
            if (!s.lastPointGood) {
                s.line.moveTo(x, y);
                startColumn(s, x, y);
            } else if (Math.abs(x - s.lastX) > 1) {
                s.line.lineTo(x, y);
                if (s.lowY < s.highY) {
                    s.bars.moveTo((float) s.lastX, (float) s.lowY);
                    s.bars.lineTo((float) s.lastX, (float) s.highY);
                }
                startColumn(s, x, y);
            } else {
                s.highY = Math.max(s.highY, y);
                s.lowY = Math.min(s.lowY, y);
            }
            s.lastPointGood = true;
        } else {
            s.lastPointGood = false;
        }
        if (item == s.getLastItemIndex()) {
            Stroke stroke = getItemStroke(series, item);
            g2.setStroke(stroke);
            g2.setPaint(getItemPaint(series, item));
            g2.draw(s.line);
            if (stroke instanceof BasicStroke b && b.getEndCap() == BasicStroke.CAP_ROUND && b.getDashArray() == null
                    && !Marks.vector(g2)) {
                g2.setStroke(new BasicStroke(b.getLineWidth(), BasicStroke.CAP_SQUARE, b.getLineJoin(),
                        b.getMiterLimit()));
            }
            g2.draw(s.bars);
        }
    }

    private static void startColumn(Columns s, float x, float y) {
        s.lastX = x;
        s.lowY = y;
        s.highY = y;
    }
}
