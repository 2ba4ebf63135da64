package frontierslab.panels.eos.view;

import frontierslab.math.landscape.PowerLaw1D;
import frontierslab.panels.eos.model.PowerLawParams;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.sim.Trace;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The cobweb diagram of gradient descent on f = |s|^q: the map g(s) = s − ηf'(s) = s(1 − ηq|s|^{q−2}), the diagonal
 * s_{t+1} = s_t (whose crossing with g is the minimum), the anti-diagonal s_{t+1} = −s_t (whose crossings ±s* with g,
 * s* = (2/(ηq))^{1/(q−2)}, are the symmetric period-2 orbit, where ηf''(s*) = 2(q − 1)), and the run as a staircase
 * (s_t, s_t) → (s_t, s_{t+1}) → (s_{t+1}, s_{t+1}). The orbit attracts for q &lt; 2 and repels for q &gt; 2: inside
 * it the staircase closes in on 0 or grows out to it, outside it spirals away or in.
 *
 * <p>In 1-D, s = x. In 2-D the gradient of (x² + y²)^{q/2} points along w, so gradient descent stays on the line
 * through the start and the origin; there s is the signed distance along that line, f = |s|^q, and the same map holds.
 */
final class Cobweb {

    static final int MAP_SAMPLES = 400;

    private final Palette palette;
    private final XYSeries map = new XYSeries("g(s) = s − ηf′(s)", false, true);
    private final XYSeries diagonal = new XYSeries("s′ = s", false, true);
    private final XYSeries antiDiagonal = new XYSeries("s′ = −s", false, true);
    private final XYSeries staircase = new XYSeries("gradient descent", false, true);
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new frontierslab.plot.TrajectoryRenderer(true, false);
    private final Marks marks = Marks.on(renderer, org.jfree.chart.ui.Layer.FOREGROUND);
    private String subtitle = "";
    private OptionalDouble orbit = OptionalDouble.empty();
    private long serial = -1;
    private int shown;
    private double[] direction = {1, 0};

    Cobweb(Palette palette) {
        this.palette = palette;
        for (XYSeries s : List.of(map, diagonal, antiDiagonal, staircase)) {
            data.addSeries(s);
        }
        renderer.setSeriesPaint(0, palette.muted());
        renderer.setSeriesStroke(0, palette.line());
        renderer.setSeriesPaint(1, palette.reference());
        renderer.setSeriesStroke(1, palette.dashed());
        renderer.setSeriesPaint(2, palette.grid());
        renderer.setSeriesStroke(2, palette.dashed());
        renderer.setSeriesPaint(3, palette.series(0));
        renderer.setSeriesStroke(3, palette.thinLine());
        renderer.setSeriesVisibleInLegend(1, false);
        renderer.setSeriesVisibleInLegend(2, false);
    }

    /** Puts the cobweb on {@code plot}, in place of its first dataset and renderer. */
    void showOn(XYPlot plot) {
        plot.setDataset(0, data);
        plot.setRenderer(0, renderer);
        plot.getDomainAxis().setLabel("sₜ");
        plot.getRangeAxis().setLabel("sₜ₊₁");
    }

    static String title(PowerLawParams p) {
        return "Cobweb of GD on f = |s|^" + PowerLawFigure.compact(p.q());
    }

    /** One line under the title: what s is, and where the 2-cycle is and whether it attracts. */
    String subtitle() {
        return subtitle;
    }

    /** s* of the 2-cycle ±s* marked on the anti-diagonal, if any. */
    OptionalDouble orbit() {
        return orbit;
    }

    /** Draws g, the diagonals and the period-2 orbit for parameters {@code p} on the square [−h, h]². */
    void drawMap(PowerLawParams p, double h) {
        PowerLaw1D f = new PowerLaw1D(p.q());
        map.setNotify(false);
        map.clear();
        for (int i = 0; i <= MAP_SAMPLES; i++) {
            double s = -h + 2 * h * i / MAP_SAMPLES;
            map.add(s, next(f, p.eta(), s), false);
        }
        map.setNotify(true);
        for (XYSeries line : List.of(diagonal, antiDiagonal)) {
            double sign = line == diagonal ? 1 : -1;
            line.clear();
            line.add(-h, -sign * h);
            line.add(h, sign * h);
        }
        marks.clear();
        orbit = f.periodTwoAmplitude(p.eta());
        String kind = f.periodTwoOrbitIsStable() ? "attracts" : "repels";
        if (orbit.isPresent() && orbit.getAsDouble() < h) {
            double a = orbit.getAsDouble();
            double r = 0.025 * h;
            for (double s : new double[] {-a, a}) {
                XYShapeAnnotation dot = new XYShapeAnnotation(new Ellipse2D.Double(s - r, -s - r, 2 * r, 2 * r),
                        palette.thinLine(), palette.alarm(), palette.alarm());
                marks.add(dot);
            }
        }
        double gAt = next(f, p.eta(), 0.78 * h);
        if (Math.abs(gAt) < 0.9 * h) {
            label("g", 0.78 * h, gAt, palette.muted(), TextAnchor.BOTTOM_LEFT);
        }
        label("s′ = s", 0.95 * h, 0.95 * h, palette.reference(), TextAnchor.TOP_RIGHT);
        label("s′ = −s", -0.95 * h, 0.95 * h, palette.muted(), TextAnchor.TOP_LEFT);
        String s = p.twoDimensional() ? "s: distance along the start's line" : "s = x";
        String cycle = orbit.isPresent() ? "; 2-cycle ±" + frontierslab.plot.Readout.format(orbit.getAsDouble())
                + " (ηf″ = " + PowerLawFigure.compact(f.edgeOfStability()) + ") " + kind
                : p.q() == 2 ? "; q = 2: g(s) = (1 − 2η)s" : "";
        subtitle = s + cycle;
        direction = direction(p);
        serial = -1;
    }

    private void label(String text, double x, double y, java.awt.Color colour, TextAnchor anchor) {
        XYTextAnnotation label = new XYTextAnnotation(text, x, y);
        label.setFont(palette.font(Font.BOLD, 12));
        label.setPaint(colour);
        label.setTextAnchor(anchor);
        marks.add(label);
    }

    /** g(s) = s − ηf'(s), the gradient step on |s|^q. */
    static double next(PowerLaw1D f, double eta, double s) {
        return s - eta * f.derivative(s);
    }

    /** The unit vector along which s is measured: +x in 1-D, the start's direction in 2-D (+x for a start at 0). */
    static double[] direction(PowerLawParams p) {
        double norm = p.twoDimensional() ? Math.hypot(p.x0(), p.y0()) : 0;
        return norm == 0 ? new double[] {1, 0} : new double[] {p.x0() / norm, p.y0() / norm};
    }

    /** Appends the staircase of the rows not yet shown, starting over for another run. */
    void update(Trace.View view, boolean twoDimensional) {
        if (view.serial() != serial || view.rows() < shown) {
            staircase.clear();
            serial = view.serial();
            shown = 0;
        }
        if (view.rows() == shown) {
            return;
        }
        int xc = view.column("x");
        int yc = twoDimensional ? view.column("y") : -1;
        staircase.setNotify(false);
        double previous = shown == 0 ? Double.NaN : coordinate(view, shown - 1, xc, yc);
        for (int r = shown; r < view.rows(); r++) {
            double s = coordinate(view, r, xc, yc);
            if (!Double.isFinite(s)) {
                break;
            }
            if (Double.isFinite(previous)) {
                staircase.add(previous, s, false);
            }
            staircase.add(s, s, false);
            previous = s;
        }
        shown = view.rows();
        staircase.setNotify(true);
    }

    private double coordinate(Trace.View view, int row, int xc, int yc) {
        double x = view.get(row, xc);
        return yc < 0 ? x : x * direction[0] + view.get(row, yc) * direction[1];
    }
}
