package frontierslab.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Lines and point markers for trajectories on a plane. Each series' line is stroked as one path rather than segment by
 * segment, and a series of more than {@link #MAX_MARKED_POINTS} points keeps the markers of its first and last points
 * only: thousands of overlapping dots add nothing to the picture and cost most of a frame to rasterise.
 */
public final class TrajectoryRenderer extends XYLineAndShapeRenderer {

    /** Up to this many points, every iterate gets its dot, so that single steps can be followed and counted. */
    public static final int MAX_MARKED_POINTS = 400;

    public TrajectoryRenderer(boolean lines, boolean shapes) {
        super(lines, shapes);
        setDrawSeriesLineAsPath(true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        int count = dataset.getItemCount(series);
        if (isItemPass(pass) && count > MAX_MARKED_POINTS && item > 0 && item < count - 1) {
            return;
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
                pass);
    }
}
