package frontierslab.panels.bias.view;

import frontierslab.math.bias.ScalarFactorization;
import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.panels.bias.model.ScalarBiasExperiment.ScalarBiasSnapshot;
import frontierslab.panels.bias.model.ScalarBiasParams;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code bias-scalar} drawn, 2×2: the (w₁, w₂) plane with L as a heat map, the minima (the hyperbola w₁w₂ = y, or the
 * line w₁ + w₂ = y/x), the GD path, its start, where gradient flow ends (hollow) and where GD is (filled); β over time
 * t = η·step with the prediction (the lecture's β̇ = −2β(β − y), or the sum model's closed form), plain linear
 * regression β̇ = −(β − y) and the lines y and y/2; D = w₁² − w₂² (product) or w₁ − w₂ (sum) over time with the flow's
 * constant; and the plateau: the time to β⋆/2 against α on a log axis, measured by GD runs and given by gradient flow.
 */
public final class ScalarBiasFigure implements ExperimentFigure<ScalarBiasSnapshot> {

    private static final int MINIMA_VERTICES = 400;
    private static final int PLATEAU_CURVE_POINTS = 81;

    private final Palette palette;
    private final JFreeChart plane;
    private final JFreeChart betaChart;
    private final JFreeChart balanceChart;
    private final JFreeChart plateauChart;
    private final LandscapeLayer layer = new LandscapeLayer(120);
    private final TraceSeries path;
    private final TraceSeries betaRun;
    private final TraceSeries betaPrediction;
    private final TraceSeries betaRegression;
    private final TraceSeries balanceRun;
    private final TraceSeries differenceRun;
    private final ValueMarker targetLine;
    private final ValueMarker halfLine;
    private final ValueMarker halfTime;
    private final ValueMarker conserved;
    private final ValueMarker currentAlpha;
    private final TextTitle betaNote;
    private final TextTitle planeNote;
    private String drawnSurface;

    public ScalarBiasFigure(Palette palette) {
        this.palette = palette;
        plane = Charts.plane(palette, "L = ½(w₁w₂ − y)²", "w₁", "w₂", -0.3, 2, -0.3, 2,
                "GD path", "minima", "start", "gradient flow's end", "GD now");
        planeNote = note(plane);
        stylePlane();
        betaChart = Charts.curves(palette, "β = w₁w₂ over time", "time t = η·step", "β", false,
                "GD", "lecture: β̇ = −2β(β − y)", "linear regression: β̇ = −(β − y)");
        betaChart.getXYPlot().getRenderer().setSeriesStroke(1, palette.dashed());
        betaNote = note(betaChart);
        targetLine = Charts.horizontalLine(palette, betaChart.getXYPlot(), 1, "y");
        halfLine = Charts.horizontalLine(palette, betaChart.getXYPlot(), 0.5, "y/2");
        halfTime = Charts.verticalLine(palette, betaChart.getXYPlot(), 0, "");
        balanceChart = Charts.curves(palette, "D = w₁² − w₂²", "time t = η·step", "D", false, "GD");
        ((NumberAxis) balanceChart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        conserved = Charts.horizontalLine(palette, balanceChart.getXYPlot(), 0, "");
        plateauChart = Charts.curves(palette, "Plateau: time to reach y/2", "init scale α (log)", "time t", false,
                "GD runs", "gradient flow", "lecture: ln(y/β₀ − 1)/(2y)");
        stylePlateau();
        currentAlpha = Charts.verticalLine(palette, plateauChart.getXYPlot(), 1e-2, "this run");
        // five entries above a square plot left it a strip at a projector; beside it they use the width it leaves
        plane.getLegend().setPosition(RectangleEdge.RIGHT);
        path = new TraceSeries(series(plane, 0), "w1", "w2", false);
        betaRun = new TraceSeries(series(betaChart, 0), "t", "beta", false);
        betaPrediction = new TraceSeries(series(betaChart, 1), "t", "prediction_beta", false);
        betaRegression = new TraceSeries(series(betaChart, 2), "t", "regression_beta", false);
        balanceRun = new TraceSeries(series(balanceChart, 0), "t", "d", false);
        differenceRun = new TraceSeries(series(balanceChart, 0), "t", "w1_minus_w2", false);
    }

    private TextTitle note(JFreeChart chart) {
        TextTitle t = new TextTitle("", palette.font(Font.PLAIN, 13));
        t.setPaint(palette.foreground());
        chart.addSubtitle(0, t);
        return t;
    }

    private void stylePlane() {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plane.getXYPlot().getRenderer();
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, palette.good());
        r.setSeriesStroke(1, new BasicStroke(2.5f * palette.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double big = 5 * palette.lineWidth();
        for (int i = 2; i <= 4; i++) {
            r.setSeriesLinesVisible(i, false);
            r.setSeriesShape(i, new Ellipse2D.Double(-big / 2, -big / 2, big, big));
        }
        r.setSeriesPaint(2, palette.foreground());
        r.setSeriesPaint(3, palette.series(1));
        r.setSeriesShapesFilled(3, false);
        r.setUseOutlinePaint(true);
        r.setSeriesOutlinePaint(0, palette.series(0));
        r.setSeriesOutlinePaint(2, palette.foreground());
        r.setSeriesOutlinePaint(3, palette.series(1));
        r.setSeriesOutlineStroke(3, palette.line());
        r.setSeriesPaint(4, palette.series(0));
        r.setSeriesOutlinePaint(4, palette.foreground());
    }

    private void stylePlateau() {
        XYPlot plot = plateauChart.getXYPlot();
        LogAxis alphaAxis = Charts.logAxis("init scale α (log)");
        alphaAxis.setRange(7e-5, 1.4);
        plot.setDomainAxis(alphaAxis);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        double big = 4.5 * palette.lineWidth();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-big / 2, -big / 2, big, big));
        for (int i = 0; i < 3; i++) {
            r.setSeriesPaint(i, palette.series(i));
            r.setSeriesStroke(i, palette.line());
        }
        r.setSeriesStroke(2, palette.dashed());
        plot.setRenderer(r);
        Charts.style(plateauChart, palette);
    }

    private static XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("plane", plane), new FigureChart("beta", betaChart),
                new FigureChart("balance", balanceChart), new FigureChart("plateau", plateauChart));
    }

    /**
     * The square shown on the plane, {low, high} on both axes: it holds the minima near the start and both ends (the
     * gradient flow's {@code end} from the snapshot, or null).
     */
    static double[] bounds(ScalarBiasParams p, double[] end) {
        ScalarFactorization problem = p.problem();
        double scale = p.model() == Model.PRODUCT ? 1.8 * Math.sqrt(p.y()) : 1.2 * problem.targetBeta();
        double high = Math.max(scale, 1.2 * Math.max(p.w1Start(), p.w2Start()));
        double low = Math.min(0, 1.2 * Math.min(p.w1Start(), p.w2Start()));
        if (end != null) {
            high = Math.max(high, 1.2 * Math.max(end[0], end[1]));
            low = Math.min(low, 1.2 * Math.min(end[0], end[1]));
        }
        high = roundUp(high);
        low = low < -0.15 * high ? -roundUp(-low) : -0.15 * high;
        return new double[] {low, high};
    }

    /** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least v (v &gt; 0). */
    static double roundUp(double v) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * decade >= v * (1 - 1e-12)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    @Override
    public void show(ScalarBiasSnapshot s) {
        ScalarBiasParams p = s.params();
        boolean product = p.model() == Model.PRODUCT;
        double[] box = bounds(p, s.flowEnd());
        String surface = p.model() + " " + p.y() + " " + p.x() + " " + box[0] + " " + box[1];
        if (!surface.equals(drawnSurface)) {
            drawSurface(p, box);
            drawnSurface = surface;
        }
        path.update(s.trace());
        drawPoints(s);
        double target = p.problem().targetBeta();
        betaRun.update(s.trace());
        betaPrediction.update(s.trace());
        betaRegression.update(s.trace());
        targetLine.setValue(target);
        targetLine.setLabel(product ? "y = " + Readout.format(target) : "y/x = " + Readout.format(target));
        halfLine.setValue(target / 2);
        halfLine.setLabel(product ? "y/2" : "y/(2x)");
        halfTime.setValue(s.timeToHalf().orElse(-1));
        halfTime.setLabel(s.timeToHalf().isPresent() ? "t½ = " + Readout.format(s.timeToHalf().getAsDouble()) + " " : "");
        betaChart.getXYPlot().getDomainAxis().setRange(0, p.time());
        double[] span = span(s.trace().columnValues("beta"), 0, target);
        betaChart.getXYPlot().getRangeAxis().setRange(span[0] - 0.05 * target, span[1] + 0.15 * target);
        betaChart.getTitle().setText(product ? "β = w₁w₂ over time" : "β = w₁ + w₂ over time");
        series(betaChart, 1).setKey(product ? "lecture: β̇ = −2β(β − y)" : "gradient flow: β̇ = −2x(βx − y)");
        series(betaChart, 2).setKey(product ? "linear regression: β̇ = −(β − y)" : "β̇ = −(β − y/x)");
        betaNote.setText(betaNote(s));
        showBalance(s);
        showPlateau(s);
    }

    private void drawSurface(ScalarBiasParams p, double[] box) {
        XYPlot plot = plane.getXYPlot();
        plot.getDomainAxis().setRange(box[0], box[1]);
        plot.getRangeAxis().setRange(box[0], box[1]);
        ScalarFactorization problem = p.problem();
        layer.draw(plot, palette, problem::loss, true, 10);
        XYSeries minima = series(plane, 1);
        minima.clear();
        if (p.model() == Model.PRODUCT) {
            plane.getTitle().setText("L = ½(w₁w₂ − y)², y = " + Readout.format(p.y()));
            minima.setKey("minima w₁w₂ = y");
            for (int sign : new int[] {1, -1}) {
                for (int i = 0; i <= MINIMA_VERTICES; i++) {
                    double w1 = sign * Math.pow(10, -3 + 4.0 * i / MINIMA_VERTICES) * Math.max(Math.abs(box[0]), box[1]);
                    double w2 = p.y() / w1;
                    if (w1 >= box[0] && w1 <= box[1] && w2 >= box[0] && w2 <= box[1]) {
                        minima.add(w1, w2);
                    }
                }
                minima.add(0, null);
            }
        } else {
            plane.getTitle().setText("L = ½((w₁ + w₂)x − y)², y = " + Readout.format(p.y()) + ", x = "
                    + Readout.format(p.x()));
            minima.setKey("minima w₁ + w₂ = y/x");
            double b = problem.targetBeta();
            minima.add(box[0], b - box[0]);
            minima.add(box[1], b - box[1]);
        }
    }

    private void drawPoints(ScalarBiasSnapshot s) {
        ScalarBiasParams p = s.params();
        XYSeries start = series(plane, 2);
        XYSeries end = series(plane, 3);
        XYSeries now = series(plane, 4);
        start.clear();
        end.clear();
        now.clear();
        start.add(p.w1Start(), p.w2Start());
        start.setKey("start (α, kα)");
        if (s.flowEnd() != null) {
            end.add(s.flowEnd()[0], s.flowEnd()[1]);
            end.setKey("flow ends (" + Readout.format(s.flowEnd()[0]) + ", " + Readout.format(s.flowEnd()[1]) + ")");
        } else {
            end.setKey("gradient flow's end: the saddle 0");
        }
        now.add(s.position()[0], s.position()[1]);
        planeNote.setText(p.model() == Model.PRODUCT
                ? "flow keeps D = w₁² − w₂² = " + Readout.format(ScalarFactorization.balance(p.w1Start(), p.w2Start()))
                : "every step keeps w₁ − w₂ = " + Readout.format(p.w1Start() - p.w2Start()));
    }

    /** {min, max} of the values and the two extra ones. */
    private static double[] span(double[] values, double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    private static String betaNote(ScalarBiasSnapshot s) {
        ScalarBiasParams p = s.params();
        if (p.model() == Model.SUM) {
            return "GD within " + Readout.format(s.maxDeviation()) + " of gradient flow (η = " + Readout.format(p.eta())
                    + ")";
        }
        if (p.ratio() == 1) {
            return "balanced: the lecture's formula is exact; GD within " + Readout.format(s.maxDeviation());
        }
        return "D ≠ 0: the lecture's formula is off by up to " + Readout.format(s.maxDeviation());
    }

    private void showBalance(ScalarBiasSnapshot s) {
        ScalarBiasParams p = s.params();
        XYPlot plot = balanceChart.getXYPlot();
        plot.getDomainAxis().setRange(0, p.time());
        if (p.model() == Model.PRODUCT) {
            differenceRun.restart();
            balanceRun.update(s.trace());
            double d0 = ScalarFactorization.balance(p.w1Start(), p.w2Start());
            double dNow = ScalarFactorization.balance(s.position()[0], s.position()[1]);
            conserved.setValue(d0);
            conserved.setLabel("gradient flow: D(0) = " + Readout.format(d0));
            balanceChart.getTitle().setText(d0 == 0 ? "D = w₁² − w₂² stays 0 (balanced start)"
                    : "D = w₁² − w₂²: GD changed it by " + Readout.format(100 * (dNow - d0) / d0) + "%");
            plot.getRangeAxis().setLabel("D");
            double[] span = span(s.trace().columnValues("d"), 0, d0);
            double pad = Math.max(0.1 * (span[1] - span[0]), 0.05 * p.y());
            plot.getRangeAxis().setRange(span[0] - pad, span[1] + 2 * pad);
            series(balanceChart, 0).setKey("GD: D shrinks by 1 − η²(β − y)² per step");
        } else {
            balanceRun.restart();
            differenceRun.update(s.trace());
            double d0 = p.w1Start() - p.w2Start();
            conserved.setValue(d0);
            conserved.setLabel("w₁(0) − w₂(0) = " + Readout.format(d0));
            balanceChart.getTitle().setText("w₁ − w₂: every GD step keeps it");
            plot.getRangeAxis().setLabel("w₁ − w₂");
            double pad = Math.max(0.1 * Math.abs(d0), 0.05 * p.problem().targetBeta());
            plot.getRangeAxis().setRange(Math.min(0, d0) - pad, Math.max(0, d0) + 2 * pad);
            series(balanceChart, 0).setKey("GD");
        }
    }

    private void showPlateau(ScalarBiasSnapshot s) {
        ScalarBiasParams p = s.params();
        ScalarFactorization problem = p.problem();
        boolean product = p.model() == Model.PRODUCT;
        XYSeries runs = series(plateauChart, 0);
        XYSeries flow = series(plateauChart, 1);
        XYSeries lecture = series(plateauChart, 2);
        runs.setNotify(false);
        flow.setNotify(false);
        lecture.setNotify(false);
        runs.clear();
        flow.clear();
        lecture.clear();
        for (int i = 0; i < s.plateauAlphas().length; i++) {
            runs.add(s.plateauAlphas()[i], s.plateauGdTimes()[i]);
        }
        runs.setKey("GD runs (η = " + Readout.format(p.eta()) + ", k = " + Readout.format(p.ratio()) + ")");
        for (int i = 0; i < PLATEAU_CURVE_POINTS; i++) {
            double a = Math.pow(10, -4 + 4.0 * i / (PLATEAU_CURVE_POINTS - 1));
            double t = problem.flowTimeToHalf(a, a * p.ratio());
            flow.add(a, Double.isFinite(t) ? (Number) t : null);
            if (product) {
                double l = ScalarFactorization.lectureTimeToHalf(a * a * p.ratio(), p.y());
                lecture.add(a, Double.isFinite(l) ? (Number) l : null);
            }
        }
        plateauChart.getXYPlot().getRenderer().setSeriesVisibleInLegend(2, product);
        lecture.setKey(!product ? "(no lecture formula)" : p.ratio() == 0 ? "lecture: never (β₀ = 0)"
                : "lecture: ln(y/β₀ − 1)/(2y)");
        runs.setNotify(true);
        flow.setNotify(true);
        lecture.setNotify(true);
        currentAlpha.setValue(p.alpha());
        plateauChart.getTitle().setText(product ? "Plateau: time to reach y/2 grows like ln(1/α)"
                : "Time to reach y/(2x): no plateau for the sum");
    }

    @Override
    public List<Readout> readouts(ScalarBiasSnapshot s) {
        ScalarBiasParams p = s.params();
        boolean product = p.model() == Model.PRODUCT;
        double[] w = s.position();
        List<Readout> list = new ArrayList<>();
        list.add(Readout.number("beta", "β now", p.problem().beta(w[0], w[1]), ""));
        list.add(Readout.number("time-to-half", product ? "t to y/2 (GD)" : "t to y/(2x) (GD)",
                s.timeToHalf().orElse(Double.NaN), ""));
        list.add(Readout.number("time-to-half-flow", "t to half (flow)",
                p.problem().flowTimeToHalf(p.w1Start(), p.w2Start()), ""));
        list.add(product ? Readout.number("d", "D = w₁² − w₂²", ScalarFactorization.balance(w[0], w[1]), "")
                : Readout.number("difference", "w₁ − w₂", w[0] - w[1], ""));
        list.add(Readout.count("step", "step", s.step()));
        return list;
    }
}
