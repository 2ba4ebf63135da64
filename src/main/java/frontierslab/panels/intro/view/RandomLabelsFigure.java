package frontierslab.panels.intro.view;

import frontierslab.panels.generalization.view.SweepChart;
import frontierslab.panels.intro.model.RandomLabelsExperiment.Comparison;
import frontierslab.panels.intro.model.RandomLabelsExperiment.RandomLabelsSnapshot;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code intro-random-labels} drawn: against p (log scale), the training error, the test error and ‖a‖ of the fit to
 * the true labels and of the fit to the shuffled ones (means over seeds), with lines at p = n and at the compared p;
 * and, at the compared p, one point per seed and label set: test error against ‖a‖. Every point of that chart has the
 * same number of parameters, and the two label sets fall apart along the norm.
 */
public final class RandomLabelsFigure implements ExperimentFigure<RandomLabelsSnapshot> {

    private static final String TRUE = "true labels";
    private static final String SHUFFLED = "shuffled labels";

    private final SweepChart train;
    private final SweepChart test;
    private final SweepChart norm;
    private final JFreeChart scatter;
    private final XYSeries scatterTrue = new XYSeries(TRUE, false, true);
    private final XYSeries scatterShuffled = new XYSeries(SHUFFLED, false, true);
    private String drawnLines = "";

    public RandomLabelsFigure(Palette palette) {
        train = new SweepChart(palette, "Training error", "features p (log scale)",
                "training error", false, "each seed", TRUE, SHUFFLED);
        test = new SweepChart(palette, "Test error (1 = predicting 0)", "features p (log scale)", "test error (log)",
                true, "each seed", TRUE, SHUFFLED);
        norm = new SweepChart(palette, "Norm ‖a‖ of the fit", "features p (log scale)", "‖a‖ (log)", true,
                "each seed", TRUE, SHUFFLED);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        double r = 3.5 * palette.lineWidth();
        dots.setSeriesShape(0, new Ellipse2D.Double(-r / 2, -r / 2, r, r));
        dots.setSeriesShape(1, new Rectangle2D.Double(-r / 2, -r / 2, r, r));
        dots.setSeriesPaint(0, palette.series(0));
        dots.setSeriesPaint(1, palette.series(1));
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(scatterTrue);
        points.addSeries(scatterShuffled);
        XYPlot plot = new XYPlot(points, Charts.logAxis("‖a‖ (log)"), Charts.logAxis("test error (log)"), dots);
        scatter = new JFreeChart("", palette.font(Font.BOLD, 15), plot, true);
        Charts.style(scatter, palette);
        ValueMarker zero = Charts.horizontalLine(palette, plot, 1, "predicting 0");
        zero.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        zero.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("test-error", test.chart()), new FigureChart("train-error", train.chart()),
                new FigureChart("norm", norm.chart()), new FigureChart("same-p", scatter));
    }

    @Override
    public void show(RandomLabelsSnapshot s) {
        double[] p = new double[s.p().length];
        for (int j = 0; j < p.length; j++) {
            p[j] = s.p()[j];
        }
        double[] trainTrue = s.trueFits().mean(s.trueFits().train());
        double[] trainShuffled = s.shuffledFits().mean(s.shuffledFits().train());
        double[] testTrue = s.trueFits().mean(s.trueFits().test());
        double[] testShuffled = s.shuffledFits().mean(s.shuffledFits().test());
        double[] normTrue = s.trueFits().mean(s.trueFits().norm());
        double[] normShuffled = s.shuffledFits().mean(s.shuffledFits().norm());
        train.bold(0, p, trainTrue);
        train.bold(1, p, trainShuffled);
        test.bold(0, p, testTrue);
        test.bold(1, p, testShuffled);
        norm.bold(0, p, normTrue);
        norm.bold(1, p, normShuffled);
        int n = s.params().n();
        int compared = s.p()[s.compared()];
        String lines = n + "/" + compared;
        if (!lines.equals(drawnLines)) {
            double[] xs = compared == n ? new double[] {n} : new double[] {n, compared};
            String[] labels = compared == n ? new String[] {"n, compared"} : new String[] {"n", "compared"};
            train.lines(xs, labels, new double[0], new String[0]);
            norm.lines(xs, labels, new double[0], new String[0]);
            test.lines(xs, labels, new double[] {1}, new String[] {"predicting 0"});
            drawnLines = lines;
        }
        for (SweepChart c : List.of(train, test, norm)) {
            c.domain(p[0] * 0.9, p[p.length - 1] * 1.3);
        }
        double[] t = train.extent(trainTrue, trainShuffled);
        train.range(0, t == null ? 1 : Math.max(1.05, 1.05 * t[1]));
        double[] e = test.extent(testTrue, testShuffled);
        if (e != null) {
            test.range(Math.min(0.5 * e[0], 0.5), Math.max(2 * e[1], 2));
        }
        double[] a = norm.extent(normTrue, normShuffled);
        if (a != null) {
            norm.range(0.5 * a[0], 2 * a[1]);
        }
        points(scatterTrue, s.trueFits().norm(), s.trueFits().test(), s.compared());
        points(scatterShuffled, s.shuffledFits().norm(), s.shuffledFits().test(), s.compared());
        XYPlot plot = scatter.getXYPlot();
        roundRange(plot.getDomainAxis(), scatterTrue, scatterShuffled, true);
        roundRange(plot.getRangeAxis(), scatterTrue, scatterShuffled, false);
        scatter.setTitle("Every fit at p = " + compared);
        scatter.getTitle().setFont(test.chart().getTitle().getFont());
        scatter.getTitle().setPaint(test.chart().getTitle().getPaint());
    }

    /** One point per seed computed at index j: (‖a‖, test error); a point off a log axis is left out. */
    private static void points(XYSeries series, double[][] norms, double[][] tests, int j) {
        series.setNotify(false);
        series.clear();
        for (int seed = 0; seed < norms.length; seed++) {
            double x = norms[seed][j];
            double y = tests[seed][j];
            if (Double.isFinite(x) && Double.isFinite(y) && x > 0 && y > 0) {
                series.add(x, y, false);
            }
        }
        series.setNotify(true);
    }

    /**
     * The axis from the largest 1, 2 or 5 × 10^k below the points to the smallest above them, with a margin, so that a
     * narrow log axis has a labelled tick at each end; the test error's always shows the line of predicting 0. The
     * axis's own range when there are no points.
     */
    private static void roundRange(ValueAxis axis, XYSeries a, XYSeries b, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (XYSeries series : List.of(a, b)) {
            for (int i = 0; i < series.getItemCount(); i++) {
                double v = (x ? series.getX(i) : series.getY(i)).doubleValue();
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi > 0) {
            axis.setRange(round(lo / 1.1, false), round(x ? hi * 1.1 : Math.max(hi * 1.1, 1.2), true));
        }
    }

    /** The nearest 1, 2 or 5 × 10^k at or below (or above) v &gt; 0. */
    static double round(double v, boolean up) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        double[] steps = {1, 2, 5, 10};
        if (up) {
            for (double step : steps) {
                if (step * decade >= v) {
                    return step * decade;
                }
            }
        }
        for (int i = steps.length - 2; i >= 0; i--) {
            if (steps[i] * decade <= v) {
                return steps[i] * decade;
            }
        }
        return decade;
    }

    @Override
    public List<Readout> readouts(RandomLabelsSnapshot s) {
        Comparison c = s.summary().comparison();
        boolean none = c == null;
        return List.of(
                Readout.count("p", "parameters p, both fits", s.p()[s.compared()]),
                Readout.number("train-shuffled", "shuffled: training error", none ? Double.NaN : c.trainErrorShuffled(), ""),
                Readout.number("test-true", "true: test error", none ? Double.NaN : c.testErrorTrue(), ""),
                Readout.number("test-shuffled", "shuffled: test error", none ? Double.NaN : c.testErrorShuffled(), ""),
                Readout.number("norm-true", "true: ‖a‖", none ? Double.NaN : c.normTrue(), ""),
                Readout.number("norm-shuffled", "shuffled: ‖a‖", none ? Double.NaN : c.normShuffled(), ""));
    }
}
