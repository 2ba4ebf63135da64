package frontierslab.panels.sam.view;

import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;

/**
 * Legend entries drawn as they appear on the chart, with the chart's own line widths, so that a class can tell the
 * curves apart from the back row (the default legend of a sampling line renderer draws a one-pixel line).
 */
final class Legends {

    private Legends() {
    }

    /** An entry that shows a line segment drawn with {@code stroke} and {@code paint}. */
    static LegendItem line(String label, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, false, new Rectangle2D.Double(), false, paint, false, paint,
                stroke, true, new Line2D.Double(-20, 0, 20, 0), stroke, paint);
    }

    /** An entry that shows a filled square of {@code paint}. */
    static LegendItem swatch(String label, Paint paint, double size) {
        return new LegendItem(label, null, null, null, true, new Rectangle2D.Double(-size / 2, -size / 2, size, size),
                true, paint, false, paint, new java.awt.BasicStroke(1f), false, new Line2D.Double(), new java.awt.BasicStroke(1f), paint);
    }

    /** Replaces the plot's legend by these entries. */
    static void set(XYPlot plot, LegendItem... items) {
        LegendItemCollection collection = new LegendItemCollection();
        for (LegendItem item : items) {
            collection.add(item);
        }
        plot.setFixedLegendItems(collection);
    }
}
