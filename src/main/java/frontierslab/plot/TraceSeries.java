package frontierslab.plot;

import frontierslab.sim.Trace;
import org.jfree.data.xy.XYSeries;

/**
 * Feeds one {@link XYSeries} from two columns of a run's trace, appending only the rows that are new since the last
 * call and starting over when the trace belongs to another run (or was cut shorter). Points that a log axis cannot
 * show (zero, negative) and values that are not finite become gaps, never fake numbers.
 */
public final class TraceSeries {

    private final XYSeries series;
    private final String xColumn;
    private final String yColumn;
    private final boolean positiveOnly;
    private boolean skipMissing;
    private long serial = -1;
    private int shown;

    public TraceSeries(XYSeries series, String xColumn, String yColumn, boolean positiveOnly) {
        this.series = series;
        this.xColumn = xColumn;
        this.yColumn = yColumn;
        this.positiveOnly = positiveOnly;
    }

    /**
     * Rows whose value is missing (not finite: a quantity measured only every few steps) are left out instead of
     * breaking the line, so that sparse measurements draw as one curve.
     */
    public TraceSeries skippingMissing() {
        skipMissing = true;
        return this;
    }

    public XYSeries series() {
        return series;
    }

    /** The next {@link #update} starts over from the first row (the series was cleared or shown elsewhere). */
    public void restart() {
        serial = -1;
    }

    public void update(Trace.View view) {
        if (view.serial() != serial || view.rows() < shown) {
            series.clear();
            serial = view.serial();
            shown = 0;
        }
        if (view.rows() == shown) {
            return;
        }
        int xc = view.column(xColumn);
        int yc = view.column(yColumn);
        series.setNotify(false);
        for (int r = shown; r < view.rows(); r++) {
            double y = view.get(r, yc);
            boolean drawable = Double.isFinite(y) && (!positiveOnly || y > 0);
            if (drawable || !skipMissing) {
                series.add(view.get(r, xc), drawable ? (Number) y : null, false);
            }
        }
        shown = view.rows();
        series.setNotify(true);
    }
}
