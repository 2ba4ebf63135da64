package frontierslab.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * The background of a 2-D landscape plot: a colour field of f and its iso-lines, sampled on a grid over the plot's
 * range and drawn as one cached {@link Marks} group (rasterised once per plot size). Values are coloured on a log scale
 * of f − min f when {@code logScale} (quadratics, where the interesting range spans decades) or linearly otherwise. The
 * grid is recomputed only when the function changes.
 */
public final class LandscapeLayer {

    private final int resolution;
    private Marks marks;
    private XYPlot installedOn;

    public LandscapeLayer(int resolution) {
        this.resolution = resolution;
    }

    /** Samples f and replaces the plot's background with its colour field and {@code levels} iso-lines. */
    public void draw(XYPlot plot, Palette palette, DoubleBinaryOperator f, boolean logScale, int levels) {
        double xMin = plot.getDomainAxis().getLowerBound();
        double xMax = plot.getDomainAxis().getUpperBound();
        double yMin = plot.getRangeAxis().getLowerBound();
        double yMax = plot.getRangeAxis().getUpperBound();
        double[][] values = sample(f, xMin, xMax, yMin, yMax, resolution);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[][] shown = new double[resolution][resolution];
        double floor = (hi - lo) * 1e-6 + 1e-300;
        for (int j = 0; j < resolution; j++) {
            for (int i = 0; i < resolution; i++) {
                double v = values[j][i] - lo;
                shown[j][i] = logScale ? Math.log10(v + floor) : v;
            }
        }
        double sLo = logScale ? Math.log10(floor) : 0;
        double sHi = logScale ? Math.log10(hi - lo + floor) : hi - lo;
        if (logScale) {
            sLo = Math.max(sLo, sHi - 8);
        }
        BufferedImage image = new BufferedImage(resolution, resolution, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < resolution; j++) {
            for (int i = 0; i < resolution; i++) {
                double t = sHi > sLo ? (shown[j][i] - sLo) / (sHi - sLo) : 0;
                image.setRGB(i, resolution - 1 - j, palette.map(1 - Math.max(0, Math.min(1, t))).getRGB());
            }
        }
        List<XYAnnotation> items = new ArrayList<>();
        items.add(HeatMapAnnotation.smooth(image, xMin, xMax, yMin, yMax));
        for (int k = 1; k <= levels; k++) {
            double level = sLo + (sHi - sLo) * k / (levels + 1.0);
            items.add(new XYShapeAnnotation(MarchingSquares.isoLine(shown, xMin, xMax, yMin, yMax, level),
                    palette.thinLine(), palette.withAlpha(palette.contour(), 0.55)));
        }
        marks(plot).set(items);
    }

    /** Adds a further background item (a level set, a valley) that is replaced with the rest at the next draw. */
    public void addExtra(XYPlot plot, XYAnnotation annotation) {
        marks(plot).add(annotation);
    }

    /** The background group this layer owns on {@code plot}: heat map, iso-lines and extras. */
    public Marks marks(XYPlot plot) {
        if (marks == null || installedOn != plot) {
            marks = Marks.cachedOn(plot, Layer.BACKGROUND);
            installedOn = plot;
        }
        return marks;
    }

    /** values[j][i] = f(x_i, y_j) on an n×n grid including the bounds. */
    public static double[][] sample(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax, int n) {
        double[][] values = new double[n][n];
        for (int j = 0; j < n; j++) {
            double y = yMin + (yMax - yMin) * j / (n - 1);
            for (int i = 0; i < n; i++) {
                values[j][i] = f.applyAsDouble(xMin + (xMax - xMin) * i / (n - 1), y);
            }
        }
        return values;
    }
}
