package frontierslab.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Set;
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
 *
 * <p>On a raster target, a line stroked with round caps and joins is the union of one capsule (the points within w/2
 * of the segment) per segment, whatever the order of the segments. A run that zig-zags across a valley
 * (gradient descent at the edge of stability) goes back over segments it has drawn, and every repeat
 * crosses each scan line again. So a segment whose end points, rounded to {@link #SNAP} of a device pixel, are those of
 * a segment already in the path is left out: the drawn area moves by at most {@code SNAP·√2} of a pixel. SVG and PDF
 * get every segment.
 */
public final class TrajectoryRenderer extends XYLineAndShapeRenderer {

    /** Up to this many points, every iterate gets its dot, so that single steps can be followed and counted. */
    public static final int MAX_MARKED_POINTS = 400;

    /** The grid, in device pixels, to which segment ends are rounded to find repeats. */
    static final double SNAP = 0.25;

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

    @Override
    protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
        Stroke stroke = getItemStroke(series, item);
        if (shape instanceof Path2D path && roundAndSolid(stroke) && !Marks.vector(g2)) {
            double scale = Math.max(Math.hypot(g2.getTransform().getScaleX(), g2.getTransform().getShearY()),
                    Math.hypot(g2.getTransform().getScaleY(), g2.getTransform().getShearX()));
            shape = withoutRepeats(path, SNAP / scale);
        }
        super.drawFirstPassShape(g2, pass, series, item, shape);
    }

    private static boolean roundAndSolid(Stroke stroke) {
        return stroke instanceof BasicStroke b && b.getDashArray() == null && b.getEndCap() == BasicStroke.CAP_ROUND
                && b.getLineJoin() == BasicStroke.JOIN_ROUND;
    }

    /**
     * {@code path} (straight segments only) without the segments whose ends, rounded to multiples of {@code grid},
     * repeat those of an earlier segment, in either direction; a segment after a gap starts a new sub-path.
     */
    static Path2D withoutRepeats(Path2D path, double grid) {
        Path2D.Float out = new Path2D.Float();
        Set<Segment> seen = new HashSet<>();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        boolean penDown = false;
        boolean started = false;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                lastX = c[0];
                lastY = c[1];
                penDown = false;
                started = false;
                continue;
            }
            if (type != PathIterator.SEG_LINETO) {
                return path;
            }
            long a = key(lastX, lastY, grid);
            long b = key(c[0], c[1], grid);
            boolean repeat = a == b ? started : !seen.add(new Segment(Math.min(a, b), Math.max(a, b)));
            if (repeat) {
                penDown = false;
            } else {
                if (!penDown) {
                    out.moveTo(lastX, lastY);
                    penDown = true;
                }
                out.lineTo(c[0], c[1]);
                started = true;
            }
            lastX = c[0];
            lastY = c[1];
        }
        return out;
    }

    private record Segment(long from, long to) {
    }

    private static long key(double x, double y, double grid) {
        return Math.round(x / grid) << 32 ^ (Math.round(y / grid) & 0xFFFFFFFFL);
    }
}
