package frontierslab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Set;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
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
 *
 * <p>A run that oscillates with period two while it drifts (SAM across a valley) is a ladder of rungs less than a line
 * width apart, which the stroke covers as one band: on raster targets such a run is filled and outlined as that band
 * ({@link #ladders}), two edges per scan line instead of two per rung.
 *
 * <p>A circle marker of radius r, filled and outlined (stroke width w) in one opaque colour, covers the disc of radius
 * r + w/2. On a raster target those discs are collected into one path per series and filled once when the series'
 * last point is drawn, rather than a fill and a stroke per point: one pass of the rasteriser per series instead of two
 * per marker. Where markers overlap, their antialiased rims are blended once instead of once per marker (a run that
 * returns to the same point no longer thickens its marker there). SVG and PDF get a filled and outlined circle per
 * point.
 */
public final class TrajectoryRenderer extends XYLineAndShapeRenderer {

    /** Up to this many points, every iterate gets its dot, so that single steps can be followed and counted. */
    public static final int MAX_MARKED_POINTS = 400;

    /** The grid, in device pixels, to which segment ends are rounded to find repeats. */
    static final double SNAP = 0.25;

    /** The discs of the series being drawn, on a raster target when its markers allow; null otherwise. */
    private Path2D.Double discs;
    /** The disc of one marker of that series, centred on (0, 0). */
    private Ellipse2D disc;

    public TrajectoryRenderer(boolean lines, boolean shapes) {
        super(lines, shapes);
        setDrawSeriesLineAsPath(true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        boolean itemPass = isItemPass(pass);
        if (itemPass && discs == null && !Marks.vector(g2)) {
            disc = disc(series);
            discs = disc == null ? null : new Path2D.Double();
        }
        int count = dataset.getItemCount(series);
        if (!itemPass || count <= MAX_MARKED_POINTS || item == 0 || item == count - 1) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
        }
        if (itemPass && discs != null && item == state.getLastItemIndex()) {
            g2.setPaint(lookupSeriesPaint(series));
            g2.fill(discs);
            discs = null;
        }
    }

    /**
     * The disc a series' marker covers, centred on (0, 0), when the marker is a circle filled and outlined with a solid
     * stroke in one opaque colour, without a label; otherwise null.
     */
    private Ellipse2D disc(int series) {
        if (!getItemShapeVisible(series, 0) || !getItemShapeFilled(series, 0) || isSeriesItemLabelsVisible(series)
                || getUseFillPaint() || getUseOutlinePaint()
                || !(lookupSeriesPaint(series) instanceof Color c) || c.getAlpha() != 255
                || !(lookupSeriesShape(series) instanceof Ellipse2D circle) || circle.getWidth() != circle.getHeight()) {
            return null;
        }
        double grow = 0;
        if (getDrawOutlines()) {
            if (!(lookupSeriesOutlineStroke(series) instanceof BasicStroke outline) || outline.getDashArray() != null) {
                return null;
            }
            grow = outline.getLineWidth() / 2.0;
        }
        return new Ellipse2D.Double(circle.getX() - grow, circle.getY() - grow, circle.getWidth() + 2 * grow,
                circle.getHeight() + 2 * grow);
    }

    @Override
    protected void drawSecondaryPass(Graphics2D g2, XYPlot plot, XYDataset dataset, int pass, int series, int item,
                                     ValueAxis domainAxis, Rectangle2D dataArea, ValueAxis rangeAxis,
                                     CrosshairState crosshairState, EntityCollection entities) {
        if (discs == null) {
            super.drawSecondaryPass(g2, plot, dataset, pass, series, item, domainAxis, dataArea, rangeAxis,
                    crosshairState, entities);
            return;
        }
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        double sx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double sy = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        PlotOrientation orientation = plot.getOrientation();
        double px = orientation == PlotOrientation.HORIZONTAL ? sy : sx;
        double py = orientation == PlotOrientation.HORIZONTAL ? sx : sy;
        discs.append(new Ellipse2D.Double(px + disc.getX(), py + disc.getY(), disc.getWidth(), disc.getHeight()),
                false);
        updateCrosshairValues(crosshairState, x, y, plot.indexOf(dataset), sx, sy, orientation);
        if (entities != null && ShapeUtils.isPointInRect(dataArea, px, py)) {
            addEntity(entities, ShapeUtils.createTranslatedShape(getItemShape(series, item), px, py), dataset, series,
                    item, px, py);
        }
    }

    @Override
    protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
        Stroke stroke = getItemStroke(series, item);
        Path2D strips = null;
        if (shape instanceof Path2D path && roundAndSolid(stroke) && !Marks.vector(g2)) {
            double scale = Math.max(Marks.scaleX(g2.getTransform()), Marks.scaleY(g2.getTransform()));
            Path2D kept = withoutRepeats(path, SNAP / scale);
            if (getItemPaint(series, item) instanceof Color c && c.getAlpha() == 255) {
                Ladders ladders = ladders(kept, ((BasicStroke) stroke).getLineWidth() / 2);
                kept = ladders.rest();
                strips = ladders.strips();
            }
            shape = kept;
        }
        super.drawFirstPassShape(g2, pass, series, item, shape);
        if (strips != null && strips.getCurrentPoint() != null) {
            g2.fill(strips);
            g2.draw(strips);
        }
    }

    /** A path split into its ladders, as strips to fill and outline, and the rest, to stroke. */
    record Ladders(Path2D rest, Path2D strips) {
    }

    /** The longest step between every second point of a ladder, in stroke half-widths. */
    static final double LADDER_STEP = 1.5;

    /** Ladders of fewer triangles are left in the path. */
    static final int MIN_LADDER = 4;

    /**
     * {@code path} (straight segments only) split where it zig-zags in a <em>ladder</em>: a run of points q_s … q_e in
     * which each q_{t+2} lies within {@code radius} of q_t and the triangles (q_t, q_{t+1}, q_{t+2}) turn alternately
     * left and right, as an iteration oscillating with period two while it drifts (SAM across a valley). Stroked with
     * width 2r and round caps and joins, such a run covers its triangles (each point of a triangle lies within half its
     * base, ≤ r/2, of one of its two long sides), so it is drawn as their union widened by r: the polygon
     * q_s, q_{s+2}, … forward and q_{s+1}, q_{s+3}, … back (the triangles alternate in orientation, so the polygon's
     * winding number is non-zero on each of them and zero elsewhere), filled and outlined. Its edge differs from the
     * stroked run's by at most r(1 − √3/2) between the discs at the rungs' ends. The rasteriser then crosses two edges
     * of the strip per scan line instead of two per rung.
     */
    static Ladders ladders(Path2D path, double radius) {
        Path2D.Float rest = new Path2D.Float();
        Path2D.Float strips = new Path2D.Float(Path2D.WIND_NON_ZERO);
        double[] c = new double[6];
        double[] points = new double[64];
        int n = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                split(points, n, radius, rest, strips);
                n = 0;
            } else if (type != PathIterator.SEG_LINETO) {
                return new Ladders(path, new Path2D.Float());
            }
            if (2 * n + 2 > points.length) {
                points = java.util.Arrays.copyOf(points, 2 * points.length);
            }
            points[2 * n] = c[0];
            points[2 * n + 1] = c[1];
            n++;
        }
        split(points, n, radius, rest, strips);
        return new Ladders(rest, strips);
    }

    /** One sub-path of n points (x, y pairs): its ladders into {@code strips}, the rest into {@code rest}. */
    private static void split(double[] q, int n, double radius, Path2D rest, Path2D strips) {
        int restFrom = 0;
        int t = 0;
        while (t + 2 < n) {
            int end = t;
            double previous = 0;
            while (end + 2 < n) {
                double turn = turn(q, end);
                if (Math.hypot(q[2 * end + 4] - q[2 * end], q[2 * end + 5] - q[2 * end + 1]) > LADDER_STEP * radius
                        || turn == 0
                        || end > t && Math.signum(turn) == Math.signum(previous)) {
                    break;
                }
                previous = turn;
                end++;
            }
            if (end - t >= MIN_LADDER) {
                polyline(q, restFrom, t, rest);
                strip(q, t, end + 1, strips);
                restFrom = end + 1;
                t = end + 1;
            } else {
                t = Math.max(t + 1, end);
            }
        }
        polyline(q, restFrom, n - 1, rest);
    }

    /** The cross product (q_{t+1} − q_t) × (q_{t+2} − q_t): the triangle's orientation. */
    private static double turn(double[] q, int t) {
        double ax = q[2 * t + 2] - q[2 * t];
        double ay = q[2 * t + 3] - q[2 * t + 1];
        double bx = q[2 * t + 4] - q[2 * t];
        double by = q[2 * t + 5] - q[2 * t + 1];
        return ax * by - ay * bx;
    }

    private static void polyline(double[] q, int from, int to, Path2D out) {
        if (to <= from) {
            return;
        }
        out.moveTo(q[2 * from], q[2 * from + 1]);
        for (int i = from + 1; i <= to; i++) {
            out.lineTo(q[2 * i], q[2 * i + 1]);
        }
    }

    /** The polygon of the ladder q_from … q_to: every second point forward, the others back. */
    private static void strip(double[] q, int from, int to, Path2D out) {
        out.moveTo(q[2 * from], q[2 * from + 1]);
        for (int i = from + 2; i <= to; i += 2) {
            out.lineTo(q[2 * i], q[2 * i + 1]);
        }
        int back = (to - from) % 2 == 0 ? to - 1 : to;
        for (int i = back; i > from; i -= 2) {
            out.lineTo(q[2 * i], q[2 * i + 1]);
        }
        out.closePath();
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
