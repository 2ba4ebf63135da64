package frontierslab.panels.sam.view;

import frontierslab.math.eos.Valley;
import frontierslab.math.eos.ValleyPoint;
import frontierslab.panels.sam.model.SamValleyExperiment;
import frontierslab.panels.sam.model.SamValleyExperiment.SamValleySnapshot;
import frontierslab.panels.sam.model.SamValleyParams;
import frontierslab.panels.sam.model.SamValleyParams.Model;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.InsideTextAnnotation;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code sam-valley} drawn: the landscape with its valley of minima coloured by sharpness (from the palette's "good"
 * colour at the flattest minimum to its "alarm" colour at the sharpest drawn) and both trajectories from the common,
 * draggable start; the sharpness λ_max(∇²L) at each iterate of both runs with the 2/η line; the distance of each run to
 * the flattest minimum on a log axis. Tiles: both sharpnesses as gauges against 2/η, SAM's distance to the flattest
 * minimum, the step.
 */
public final class SamValleyFigure implements ExperimentFigure<SamValleySnapshot> {

    private static final int VALLEY_VERTICES = 120;

    private final Palette palette;
    private final JFreeChart landscape;
    private final JFreeChart sharpness;
    private final JFreeChart distance;
    private final LandscapeLayer layer = new LandscapeLayer(160);
    private final TraceSeries gdPath;
    private final TraceSeries samPath;
    private final TraceSeries gdSharpness;
    private final TraceSeries samSharpness;
    private final TraceSeries gdDistance;
    private final TraceSeries samDistance;
    private final XYSeries startPoint;
    private final ValueMarker twoOverEta;
    private final ValueMarker flattestLine;
    private final Marks labels;
    private Model drawnModel;
    private double[] drawnBox;
    private boolean dragging;

    public SamValleyFigure(Palette palette) {
        this.palette = palette;
        landscape = Charts.plane(palette, "", "w₁", "w₂", -1, 1, -1, 1, "gradient descent", "SAM", "start");
        layer.marks(landscape.getXYPlot());
        labels = Marks.on(landscape.getXYPlot(), Layer.FOREGROUND);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) landscape.getXYPlot().getRenderer();
        r.setDrawSeriesLineAsPath(true);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesStroke(1, new BasicStroke(palette.lineWidth() * 0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesLinesVisible(2, false);
        r.setSeriesPaint(2, palette.foreground());
        double d = 4.5 * palette.lineWidth();
        r.setSeriesShape(2, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setSeriesVisibleInLegend(2, false);
        gdPath = new TraceSeries(series(landscape, 0), "gd_w1", "gd_w2", false);
        samPath = new TraceSeries(series(landscape, 1), "sam_w1", "sam_w2", false);
        startPoint = series(landscape, 2);

        sharpness = Charts.curves(palette, "Sharpness λ_max(∇²L) at the iterate", "step t", "λ_max", false,
                "gradient descent", "SAM");
        twoOverEta = Charts.horizontalLine(palette, sharpness.getXYPlot(), 20, "2/η");
        twoOverEta.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        twoOverEta.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        flattestLine = Charts.horizontalLine(palette, sharpness.getXYPlot(), 2, "flattest minimum");
        flattestLine.setPaint(palette.good());
        flattestLine.setLabelPaint(palette.good());
        lineLegend(sharpness);
        gdSharpness = new TraceSeries(series(sharpness, 0), "step", "gd_sharpness", false);
        samSharpness = new TraceSeries(series(sharpness, 1), "step", "sam_sharpness", false);

        distance = Charts.curves(palette, "Distance to the flattest minimum", "step t", "distance (log scale)", true,
                "gradient descent", "SAM");
        lineLegend(distance);
        gdDistance = new TraceSeries(series(distance, 0), "step", "gd_distance", true);
        samDistance = new TraceSeries(series(distance, 1), "step", "sam_distance", true);
    }

    private void lineLegend(JFreeChart chart) {
        Legends.set(chart.getXYPlot(), Legends.line("gradient descent", palette.line(), palette.series(0)),
                Legends.line("SAM", palette.line(), palette.series(1)));
    }

    private static XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("landscape", landscape), new FigureChart("sharpness", sharpness),
                new FigureChart("distance", distance));
    }

    /**
     * While the start is dragged (on the landscape or with the w₁(0) and w₂(0) sliders), the frame stays as it was while
     * the start is inside it, so that the view does not creep under the pointer and the landscape is not re-sampled on
     * every move; it is refitted when the drag ends.
     */
    @Override
    public void dragging(boolean on) {
        dragging = on;
    }

    /** The region drawn: the model's own box, widened to hold the start. */
    public static double[] box(SamValleyParams p) {
        double[] box = p.model() == Model.PRODUCT ? new double[] {-0.5, 3.5, -0.5, 3.5}
                : new double[] {-2.5, 2.5, -1.5, 1.5};
        double margin = 0.3;
        box[0] = Math.min(box[0], p.x1() - margin);
        box[1] = Math.max(box[1], p.x1() + margin);
        box[2] = Math.min(box[2], p.x2() - margin);
        box[3] = Math.max(box[3], p.x2() + margin);
        return box;
    }

    @Override
    public void show(SamValleySnapshot s) {
        SamValleyParams p = s.params();
        double[] box = dragging && drawnModel == p.model() && inside(drawnBox, p) ? drawnBox : box(p);
        XYPlot plot = landscape.getXYPlot();
        if (drawnModel != p.model() || !java.util.Arrays.equals(drawnBox, box)) {
            plot.getDomainAxis().setRange(box[0], box[1]);
            plot.getRangeAxis().setRange(box[2], box[3]);
            var surface = p.valley().landscape();
            layer.draw(plot, palette, (x, y) -> surface.value(new double[] {x, y}), true, 10);
            drawValley(plot, p.valley(), box);
            drawnModel = p.model();
            drawnBox = box;
            landscape.setTitle(p.model() == Model.PRODUCT ? "L = ½(w₁w₂ − 1)²" : "L = (1 − w₁²/4 − w₂²)²");
            Charts.style(landscape, palette);
        }
        gdPath.update(s.trace());
        samPath.update(s.trace());
        startPoint.clear();
        startPoint.add(p.x1(), p.x2());
        drawLabels(plot, s);

        gdSharpness.update(s.trace());
        samSharpness.update(s.trace());
        gdDistance.update(s.trace());
        samDistance.update(s.trace());
        double edge = s.twoOverEta();
        twoOverEta.setValue(edge);
        twoOverEta.setLabel("2/η = " + shortFormat(edge) + ": GD's stability limit");
        double flattest = p.valley().minimalSharpness();
        flattestLine.setValue(flattest);
        flattestLine.setLabel("flattest minimum: λ = " + shortFormat(flattest));
        double top = Math.max(s.summary().gd().maxSharpness(), s.summary().sam().maxSharpness());
        sharpness.getXYPlot().getRangeAxis().setRange(0, 1.12 * Math.max(top, edge));
    }

    private static boolean inside(double[] box, SamValleyParams p) {
        return box != null && p.x1() >= box[0] && p.x1() <= box[1] && p.x2() >= box[2] && p.x2() <= box[3];
    }

    /** The valley as short segments coloured by their sharpness, and the minima whose sharpness is 2/η. */
    private void drawValley(XYPlot plot, Valley valley, double[] box) {
        List<List<ValleyPoint>> pieces = valley.minimaInside(box[0], box[1], box[2], box[3], VALLEY_VERTICES);
        double low = valley.minimalSharpness();
        double high = low;
        for (List<ValleyPoint> piece : pieces) {
            for (ValleyPoint v : piece) {
                high = Math.max(high, v.sharpness());
            }
        }
        BasicStroke thick = new BasicStroke(palette.lineWidth() * 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (List<ValleyPoint> piece : pieces) {
            for (int i = 1; i < piece.size(); i++) {
                ValleyPoint a = piece.get(i - 1);
                ValleyPoint b = piece.get(i);
                double t = high > low ? (0.5 * (a.sharpness() + b.sharpness()) - low) / (high - low) : 0;
                layer.addExtra(plot, new XYLineAnnotation(a.w1(), a.w2(), b.w1(), b.w2(), thick, sharpnessColour(t)));
            }
        }
        for (double[] m : SamValleyExperiment.flattestMinima(valley)) {
            if (m[0] >= box[0] && m[0] <= box[1] && m[1] >= box[2] && m[1] <= box[3]) {
                double d = 0.04 * (box[1] - box[0]);
                layer.addExtra(plot, new XYShapeAnnotation(new Ellipse2D.Double(m[0] - d / 2, m[1] - d / 2, d, d),
                        palette.line(), palette.good()));
            }
        }
    }

    /** From the palette's "good" colour (t = 0, flattest) to its "alarm" colour (t = 1, sharpest drawn). */
    private Color sharpnessColour(double t) {
        return Palette.mix(palette.good(), palette.alarm(), t);
    }

    private void drawLabels(XYPlot plot, SamValleySnapshot s) {
        List<XYAnnotation> marks = new ArrayList<>();
        double[] box = drawnBox;
        double dx = 0.02 * (box[1] - box[0]);
        Font font = palette.font(Font.BOLD, 13);
        double[] gd = s.gradientDescent();
        double[] target = nearest(SamValleyExperiment.flattestMinima(s.params().valley()), s.sam());
        if (target != null && target[0] >= box[0] && target[0] <= box[1] && target[1] >= box[2] && target[1] <= box[3]) {
            boolean right = target[0] < 0.5 * (box[0] + box[1]);
            XYTextAnnotation t = new InsideTextAnnotation("flattest, λ = "
                    + shortFormat(s.params().valley().minimalSharpness()), target[0] + (right ? 3 : -3) * dx,
                    target[1] + dx);
            t.setFont(font);
            t.setPaint(palette.good());
            t.setTextAnchor(right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
            marks.add(t);
        }
        XYTextAnnotation gdLabel = new InsideTextAnnotation("GD stops: λ = " + shortFormat(s.last("gd_sharpness")),
                gd[0], gd[1] - 2.5 * dx);
        gdLabel.setFont(font);
        gdLabel.setPaint(palette.series(0));
        gdLabel.setTextAnchor(gd[0] > 0.5 * (box[0] + box[1]) ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        marks.add(gdLabel);
        double d = 3.2 * palette.lineWidth() * (box[1] - box[0]) / 600;
        for (int run = 0; run < 2; run++) {
            double[] w = run == 0 ? gd : s.sam();
            marks.add(new XYShapeAnnotation(new Ellipse2D.Double(w[0] - d, w[1] - d, 2 * d, 2 * d),
                    palette.line(), palette.foreground(), palette.series(run)));
        }
        labels.set(marks);
    }

    private static double[] nearest(List<double[]> points, double[] w) {
        double[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (double[] m : points) {
            double d = Math.hypot(m[0] - w[0], m[1] - w[1]);
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best;
    }

    /** Up to four significant digits without trailing zeros: 2, 9.1, 0.0177. */
    static String shortFormat(double v) {
        return frontierslab.sim.Numbers.compact(v, 4);
    }

    @Override
    public List<Readout> readouts(SamValleySnapshot s) {
        double edge = s.twoOverEta();
        return List.of(
                Readout.stability("gd-sharpness", "GD λ_max", s.last("gd_sharpness"), edge, 2 * edge,
                        s.status().isDiverged()),
                Readout.stability("sam-sharpness", "SAM λ_max", s.last("sam_sharpness"), edge, 2 * edge,
                        s.status().isDiverged()),
                Readout.number("sam-distance", "SAM to flattest", s.last("sam_distance"), ""),
                Readout.count("step", "step", s.step()));
    }

    @Override
    public Optional<DragHandle> dragHandle() {
        return Optional.of(new DragHandle("landscape", "x1", "x2"));
    }
}
