package frontierslab.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
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
 * Curves over steps, drawn on a raster target as they look at its pixel size.
 *
 * <p>A curve of more points than device-pixel columns (a run of 3000 steps that oscillates from step to step) is
 * drawn as its <em>envelope</em>. In each column the point highest on screen and the point lowest on screen are kept,
 * with the first and last point (the per-column extremes of Jugel et al., "M4: a visualization-oriented time series
 * data aggregation", VLDB 2014); the highest points joined left to right form an upper chain, the lowest a lower chain.
 * A curve stroked with width w and round caps and joins is the set of points within r = w/2 of its polyline. Since
 * the steps go left to right, the polyline inside a column is one connected piece that spans the column's lowest and
 * highest point, so the region between the chains, widened by r, differs from the stroked curve by at most one
 * column's width; where a column holds one point or none, both chains are the polyline itself. That region is
 * computed (its upper and lower edge every half device pixel, as the highest and lowest reach of the discs of radius
 * r along the chains) and filled as one polygon. The rasteriser's work grows with the edges that cross each scan
 * line: a curve oscillating across a band crosses it at least twice per column, the envelope's polygon twice in all.
 *
 * <p>Otherwise (fewer points than columns, a dashed stroke, vector output) it is JFreeChart's
 * {@link SamplingXYLineRenderer}: one line through the first point of each one-unit column and one vertical bar from
 * the lowest to the highest point of the column; on raster targets the bars have square caps, each round cap being a
 * curve for the rasteriser. SVG and PDF get the round caps.
 */
public class ColumnLineRenderer extends SamplingXYLineRenderer {

    /** The line and the bars of one series, and its envelope. */
    static final class Columns extends XYItemRendererState {
        final GeneralPath line = new GeneralPath();
        final GeneralPath bars = new GeneralPath();
        double lastX;
        double lowY;
        double highY;
        boolean lastPointGood;
        Envelope envelope;

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

    /**
     * The envelope of a curve whose points come left to right, as a region to fill: per column
     * {@code [x0 + kΔ, x0 + (k+1)Δ)} the point of least y and the point of greatest y, with the first and last point of
     * each piece, joined into an upper and a lower chain; the region between them, widened by the discs of radius
     * {@code r} along both chains, sampled every {@code δ}. A non-finite point ends a piece.
     */
    static final class Envelope {
        private final double x0;
        private final double columnWidth;
        private final double radius;
        private final double sample;
        /** The upper and lower chain of each piece closed: x, y pairs. */
        private final java.util.List<double[]> pieces = new java.util.ArrayList<>();
        /** Upper and lower chain of the current piece: x, y pairs. */
        private double[] upper = new double[64];
        private double[] lower = new double[64];
        private int upperSize;
        private int lowerSize;
        private boolean inPiece;
        private long column;
        private double minX;
        private double minY;
        private double maxX;
        private double maxY;
        private double lastX;
        private double lastY;
        /** Points and columns seen, over all pieces. */
        int points;
        int columns;
        /** Whether the points came left to right (the envelope holds only then). */
        boolean leftToRight = true;

        /** Columns of width {@code columnWidth} from {@code x0}; discs of radius {@code radius}; samples every δ. */
        Envelope(double x0, double columnWidth, double radius, double sample) {
            this.x0 = x0;
            this.columnWidth = columnWidth;
            this.radius = radius;
            this.sample = sample;
        }

        void add(double x, double y) {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                endPiece();
                return;
            }
            long k = (long) Math.floor((x - x0) / columnWidth);
            points++;
            if (!inPiece) {
                inPiece = true;
                upperSize = 0;
                lowerSize = 0;
                upper = push(upper, upperSize++, x, y);
                lower = push(lower, lowerSize++, x, y);
                startColumn(k, x, y);
            } else {
                leftToRight &= x >= lastX;
                if (k != column) {
                    endColumn();
                    startColumn(k, x, y);
                } else {
                    if (y < minY) {
                        minX = x;
                        minY = y;
                    }
                    if (y > maxY) {
                        maxX = x;
                        maxY = y;
                    }
                }
            }
            lastX = x;
            lastY = y;
        }

        /** Closes the current piece. */
        void endPiece() {
            if (!inPiece) {
                return;
            }
            inPiece = false;
            endColumn();
            upper = push(upper, upperSize++, lastX, lastY);
            lower = push(lower, lowerSize++, lastX, lastY);
            pieces.add(java.util.Arrays.copyOf(upper, 2 * upperSize));
            pieces.add(java.util.Arrays.copyOf(lower, 2 * lowerSize));
        }

        /** The region to fill: for each piece, its upper edge left to right and its lower edge back. */
        Path2D band() {
            Path2D.Float band = new Path2D.Float(Path2D.WIND_NON_ZERO);
            for (int i = 0; i < pieces.size(); i += 2) {
                double[] up = pieces.get(i);
                double[] down = pieces.get(i + 1);
                double from = up[0] - radius;
                double to = up[up.length - 2] + radius;
                int n = (int) Math.ceil((to - from) / sample) + 1;
                double[] top = new double[n];
                double[] bottom = new double[n];
                java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
                java.util.Arrays.fill(bottom, Double.NEGATIVE_INFINITY);
                reach(up, from, to, n, top, bottom);
                reach(down, from, to, n, top, bottom);
                boolean first = true;
                for (int j = 0; j < n; j++) {
                    if (top[j] > Double.NEGATIVE_INFINITY) {
                        float x = (float) Math.min(to, from + j * sample);
                        if (first) {
                            band.moveTo(x, (float) -top[j]);
                            first = false;
                        } else {
                            band.lineTo(x, (float) -top[j]);
                        }
                    }
                }
                for (int j = n - 1; j >= 0; j--) {
                    if (bottom[j] > Double.NEGATIVE_INFINITY) {
                        band.lineTo((float) Math.min(to, from + j * sample), (float) bottom[j]);
                    }
                }
                band.closePath();
            }
            return band;
        }

        /**
         * For each sample x_j = min(from + jδ, to), the highest reach (least y, stored as −y in {@code top}) and the lowest
         * (greatest y, in {@code bottom}) of the discs of radius r centred on the segments of {@code chain}.
         */
        private void reach(double[] chain, double from, double to, int n, double[] top, double[] bottom) {
            int size = chain.length / 2;
            for (int i = 0; i < size; i++) {
                double ax = chain[2 * i];
                double ay = chain[2 * i + 1];
                double bx = i + 1 < size ? chain[2 * i + 2] : ax;
                double by = i + 1 < size ? chain[2 * i + 3] : ay;
                for (int j = Math.max(0, (int) Math.ceil((ax - radius - from) / sample)); j < n; j++) {
                    double x = Math.min(from + j * sample, to);
                    if (x > bx + radius) {
                        break;
                    }
                    top[j] = Math.max(top[j], capsule(ax, -ay, bx, -by, radius, x));
                    bottom[j] = Math.max(bottom[j], capsule(ax, ay, bx, by, radius, x));
                }
            }
        }

        /**
         * The greatest h at abscissa x of the points within r of the segment from (ax, ha) to (bx, hb), ax ≤ bx:
         * an end's disc, or the segment's edge offset by r along its normal, h = ha + s(x − ax) + r√(1 + s²), where
         * the nearest point of the segment lies inside it (x + rs/√(1 + s²) in [ax, bx]).
         */
        static double capsule(double ax, double ha, double bx, double hb, double r, double x) {
            double best = Math.max(disc(ax, ha, r, x), disc(bx, hb, r, x));
            if (bx > ax) {
                double s = (hb - ha) / (bx - ax);
                double k = Math.sqrt(1 + s * s);
                double centre = x + r * s / k;
                if (centre >= ax && centre <= bx) {
                    best = Math.max(best, ha + s * (x - ax) + r * k);
                }
            }
            return best;
        }

        private static double disc(double cx, double ch, double r, double x) {
            double d = x - cx;
            return Math.abs(d) <= r ? ch + Math.sqrt(r * r - d * d) : Double.NEGATIVE_INFINITY;
        }

        private void startColumn(long k, double x, double y) {
            column = k;
            minX = x;
            minY = y;
            maxX = x;
            maxY = y;
            columns++;
        }

        private void endColumn() {
            upper = push(upper, upperSize++, minX, minY);
            lower = push(lower, lowerSize++, maxX, maxY);
        }

        private static double[] push(double[] chain, int i, double x, double y) {
            double[] c = 2 * i + 2 > chain.length ? java.util.Arrays.copyOf(chain, 2 * chain.length) : chain;
            c[2 * i] = x;
            c[2 * i + 1] = y;
            return c;
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
                                          PlotRenderingInfo info) {
        return new Columns(info);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (!getItemVisible(series, item)) {
            return;
        }
        Columns s = (Columns) state;
        if (item == s.getFirstItemIndex()) {
            double pixel = pixel(g2);
            // fewer points than columns cannot be more points than the columns they fall in
            boolean dense = s.getLastItemIndex() - s.getFirstItemIndex() + 1 > dataArea.getWidth() / pixel;
            s.envelope = dense && envelopeApplies(g2, plot, series) ? new Envelope(dataArea.getMinX(), pixel,
                    ((BasicStroke) lookupSeriesStroke(series)).getLineWidth() / 2.0, pixel / 2) : null;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double tx = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, xEdge);
        double ty = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, yEdge);
        if (s.envelope != null) {
            s.envelope.add(tx, ty);
        }
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
            if (s.envelope != null) {
                s.envelope.endPiece();
            }
            if (s.envelope != null && s.envelope.leftToRight && s.envelope.points > s.envelope.columns) {
                g2.fill(s.envelope.band());
                return;
            }
            g2.draw(s.line);
            if (stroke instanceof BasicStroke b && b.getEndCap() == BasicStroke.CAP_ROUND && b.getDashArray() == null
                    && !Marks.vector(g2)) {
                g2.setStroke(new BasicStroke(b.getLineWidth(), BasicStroke.CAP_SQUARE, b.getLineJoin(),
                        b.getMiterLimit()));
            }
            g2.draw(s.bars);
        }
    }

    /**
     * Whether the series can be drawn as its envelope: a raster target drawn upright and a solid stroke with round caps
     * and joins (the set of points within w/2 of the polyline).
     */
    private boolean envelopeApplies(Graphics2D g2, XYPlot plot, int series) {
        return !Marks.vector(g2) && plot.getOrientation() == PlotOrientation.VERTICAL
                && lookupSeriesStroke(series) instanceof BasicStroke b && b.getDashArray() == null
                && b.getLineJoin() == BasicStroke.JOIN_ROUND && b.getEndCap() == BasicStroke.CAP_ROUND;
    }

    /** One device pixel in user units along x. */
    private static double pixel(Graphics2D g2) {
        double scale = Marks.scaleX(g2.getTransform());
        return scale > 0 ? 1 / scale : 1;
    }

    private static void startColumn(Columns s, float x, float y) {
        s.lastX = x;
        s.lowY = y;
        s.highY = y;
    }
}
