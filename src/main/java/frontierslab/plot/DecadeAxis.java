package frontierslab.plot;

import frontierslab.sim.Numbers;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis whose labelled ticks are whole decades written as powers ("10⁻³", "10⁰", "10⁴"), every k-th decade
 * when they would crowd, with unlabelled minor ticks at 2…9 × 10^k; an axis narrower than two decades ticks at round
 * values 1, 2, 5 × 10^k (or 1…9 × 10^k, or linear round steps within a factor of two) written by {@link Ticks}. Never a tick at 10^0.1 labelled 1.26 or 7.94E-1.
 */
public final class DecadeAxis extends LogAxis {

    /** The share of the axis's decades left above (and below) a value it must show, for the line's label. */
    private static final double LABEL_ROOM = 0.25;

    private double[] also = {};

    public DecadeAxis(String label) {
        super(label);
        setBase(10);
        setSmallestValue(1e-300);
        // LogAxis widens data flatter than this by an absolute amount: 10⁻⁸ by default, which takes data of 10⁻¹⁷
        // below zero and its logarithm to NaN
        setAutoRangeMinimumSize(1e-300);
    }

    /** One point, or data flat to a millionth, gets the range [v/4, 4v] instead of a sliver around v. */
    @Override
    protected void autoAdjustRange() {
        try {
            super.autoAdjustRange();
            if (isAutoRange()) {
                double lo = getLowerBound();
                double hi = getUpperBound();
                if (!(lo > 0 && Double.isFinite(hi))) {
                    aroundData();
                } else if (hi / lo < 1 + 1e-6) {
                    double c = Math.sqrt(lo * hi);
                    setRange(new org.jfree.data.Range(c / 4, c * 4), false, false);
                }
            }
        } catch (IllegalArgumentException degenerate) {
            // one point, or flat data that the widening cannot move (10⁷ + 10⁻³⁰⁰): a range of length 0
            aroundData();
        }
        if (isAutoRange() && also.length > 0 && getLowerBound() > 0) {
            double lowest = java.util.Arrays.stream(also).min().getAsDouble();
            double highest = java.util.Arrays.stream(also).max().getAsDouble();
            double lo = Math.min(getLowerBound(), lowest);
            double hi = Math.max(getUpperBound(), highest);
            double room = Math.pow(10, LABEL_ROOM * Math.log10(hi / lo));
            setRange(new org.jfree.data.Range(Math.min(lo, lowest / room), Math.max(hi, highest * room)), false,
                    false);
        }
    }

    /**
     * Values the automatic range always shows, with {@value #LABEL_ROOM} of the axis's decades of room each way for a
     * label: reference lines (markers), which JFreeChart leaves out of the data range.
     */
    public void alsoShow(double... values) {
        also = java.util.Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).toArray();
        configure();
    }

    /** [v/4, 4v] around the data's largest value v, when LogAxis's own range is degenerate. */
    private void aroundData() {
        if (getPlot() instanceof org.jfree.chart.plot.ValueAxisPlot plot && plot.getDataRange(this) != null
                && plot.getDataRange(this).getUpperBound() > 0) {
            double c = plot.getDataRange(this).getUpperBound();
            setRange(new org.jfree.data.Range(c / 4, c * 4), false, false);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean across = RectangleEdge.isTopOrBottom(edge);
        double length = across ? dataArea.getWidth() : dataArea.getHeight();
        double labelSize = getTickLabelFont().getSize2D();
        int room = Math.max(2, (int) (length / (labelSize * (across ? 4.0 : 2.2))));
        return ticks(getLowerBound(), getUpperBound(), room, edge);
    }

    /** The ticks between lo and hi, at most {@code room} of them labelled. */
    List<NumberTick> ticks(double lo, double hi, int room, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) {
            return ticks;
        }
        TextAnchor anchor = anchor(edge);
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int last = (int) Math.floor(Math.log10(hi) + 1e-9);
        if (last - first + 1 >= 2) {
            int every = (int) Math.ceil((last - first + 1) / (double) room);
            for (int e = first - 1; e <= last; e++) {
                double decade = Math.pow(10, e);
                if (e >= first && Math.floorMod(e, every) == 0) {
                    ticks.add(new NumberTick(TickType.MAJOR, decade, Numbers.decade(e), anchor, anchor, 0));
                }
                if (every == 1) {
                    for (int m = 2; m <= 9; m++) {
                        double v = m * decade;
                        if (v >= lo && v <= hi) {
                            ticks.add(new NumberTick(TickType.MINOR, v, "", anchor, anchor, 0));
                        }
                    }
                }
            }
            return ticks;
        }
        for (int[] mantissas : new int[][] {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
            ticks.clear();
            for (int e = first - 1; e <= last; e++) {
                for (int m : mantissas) {
                    double v = m * Math.pow(10, e);
                    if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                        ticks.add(new NumberTick(TickType.MAJOR, v, Ticks.tick(v, Math.pow(10, e)), anchor, anchor, 0));
                    }
                }
            }
            if (ticks.size() >= 3) {
                return ticks;
            }
        }
        if (ticks.size() < 2) {
            ticks.clear();
            double unit = ((org.jfree.chart.axis.NumberTickUnit) Ticks.units().getCeilingTickUnit((hi - lo) / 4))
                    .getSize();
            for (double v = Math.ceil(lo / unit) * unit; v <= hi; v += unit) {
                ticks.add(new NumberTick(TickType.MAJOR, v, Ticks.tick(v, unit), anchor, anchor, 0));
            }
        }
        return ticks;
    }

    private static TextAnchor anchor(RectangleEdge edge) {
        if (edge == RectangleEdge.LEFT) {
            return TextAnchor.CENTER_RIGHT;
        }
        if (edge == RectangleEdge.RIGHT) {
            return TextAnchor.CENTER_LEFT;
        }
        return edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
    }
}
