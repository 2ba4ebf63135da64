package frontierslab.panels.bias.view;

import frontierslab.math.bias.MatrixCompletionSpectrum;
import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.LowRankBiasExperiment.LowRankBiasSnapshot;
import frontierslab.plot.BlockAxis;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.HeatMapAnnotation;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code bias-low-rank} drawn: the top five singular values of W over the steps on a log axis against the truth's 10
 * and 4 (the main chart; vertical lines where σ₁ first reached 5 and σ₂ first reached 2), the relative errors on the
 * observed and on the unobserved entries against the line at 1 (predicting zero), and the truth M beside W now as two
 * 20×20 heat maps on one colour scale (one colour for positive entries, another for negative, the background for 0,
 * saturated at ±max|M_ij|).
 */
public final class LowRankBiasFigure implements ExperimentFigure<LowRankBiasSnapshot> {

    private static final double GAP = 2;

    private final Palette palette;
    private final JFreeChart spectrum;
    private final JFreeChart errors;
    private final JFreeChart matrices;
    private final List<TraceSeries> feeds = new ArrayList<>();
    private final List<ValueMarker> halfMarkers = new ArrayList<>();
    private int drawnHalf1 = Integer.MIN_VALUE;
    private int drawnHalf2 = Integer.MIN_VALUE;
    private Marks cells;
    private int drawnSize = -1;

    public LowRankBiasFigure(Palette palette) {
        this.palette = palette;
        spectrum = Charts.curves(palette, "Singular values of W", "step t", "σᵢ(W) (log scale)", true,
                "σ₁", "σ₂", "σ₃", "σ₄", "σ₅");
        XYPlot sp = spectrum.getXYPlot();
        decades(sp);
        Charts.horizontalLine(palette, sp, LowRankBiasExperiment.TRUTH_SINGULAR_VALUES[0], "truth σ₁ = 10");
        Charts.horizontalLine(palette, sp, LowRankBiasExperiment.TRUTH_SINGULAR_VALUES[1], "truth σ₂ = 4");
        for (int i = 2; i < 5; i++) {
            sp.getRenderer().setSeriesStroke(i, palette.thinLine());
        }
        for (int i = 0; i < 5; i++) {
            feeds.add(new TraceSeries(series(spectrum, i), "step", "sigma_" + (i + 1), true));
        }
        errors = Charts.curves(palette, "Error ÷ error of predicting 0", "step t",
                "relative error (log scale)", true, "unobserved entries (test)", "observed (training)");
        Charts.horizontalLine(palette, errors.getXYPlot(), 1.0, "predicting 0");
        decades(errors.getXYPlot());
        feeds.add(new TraceSeries(series(errors, 0), "step", "unobserved_error", true));
        feeds.add(new TraceSeries(series(errors, 1), "step", "observed_error", true));
        matrices = Charts.plane(palette, "Truth M and W now", "column j", "row i", 0, 2 * LowRankBiasExperiment.SIZE
                + GAP, 0, LowRankBiasExperiment.SIZE);
        XYPlot mp = matrices.getXYPlot();
        BlockAxis names = new BlockAxis(null);
        names.setAxisLineVisible(false);
        names.setTickMarksVisible(false);
        mp.setDomainAxis(names);
        Charts.style(matrices, palette);
        mp.getRangeAxis().setVisible(false);
        mp.setOutlineVisible(false);
    }

    /** One tick per power of ten on a log axis. */
    private static void decades(XYPlot plot) {
        LogAxis axis = (LogAxis) plot.getRangeAxis();
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setMinorTickCount(10);
        axis.setMinorTickMarksVisible(true);
    }

    private static XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("singular-values", spectrum), new FigureChart("errors", errors),
                new FigureChart("matrices", matrices));
    }

    @Override
    public void show(LowRankBiasSnapshot s) {
        for (TraceSeries f : feeds) {
            f.update(s.trace());
        }
        String product = s.params().depth() == 2 ? "W = W₂W₁" : "W = W₃W₂W₁";
        spectrum.setTitle("σᵢ of " + product + ", α = " + shortNumber(s.params().alpha()));
        Charts.style(spectrum, palette);
        if (s.sigma1HalfStep() != drawnHalf1 || s.sigma2HalfStep() != drawnHalf2) {
            XYPlot sp = spectrum.getXYPlot();
            for (ValueMarker m : halfMarkers) {
                sp.removeDomainMarker(m);
            }
            halfMarkers.clear();
            if (s.sigma1HalfStep() > 0) {
                halfMarkers.add(Charts.verticalLine(palette, sp, s.sigma1HalfStep(), " σ₁ = 5"));
            }
            if (s.sigma2HalfStep() > 0 && s.sigma2HalfStep() != s.sigma1HalfStep()) {
                halfMarkers.add(Charts.verticalLine(palette, sp, s.sigma2HalfStep(), " σ₂ = 2"));
            }
            double line = palette.font(Font.PLAIN, 11).getSize2D() * 1.4;
            for (int i = 0; i < halfMarkers.size(); i++) {
                ValueMarker m = halfMarkers.get(i);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(4 + i * line, 2, 2, 2));
            }
            drawnHalf1 = s.sigma1HalfStep();
            drawnHalf2 = s.sigma2HalfStep();
        }
        fitLogRange(spectrum.getXYPlot(), 0.5, 2);
        fitLogRange(errors.getXYPlot(), 1e-1, 1e1);
        showMatrices(s);
    }

    /** α to three significant digits without trailing zeros (0.001, 2, 0.0316). */
    static String shortNumber(double v) {
        return frontierslab.sim.Numbers.compact(v, 3);
    }

    /**
     * Sets a log range axis to the data (with the reference lines between {@code low} and {@code high} always inside,
     * and room above for their labels): ticked by the {@link frontierslab.plot.DecadeAxis}.
     */
    private static void fitLogRange(XYPlot plot, double low, double high) {
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        double min = low;
        double max = high;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XYSeries series = data.getSeries(i);
            if (series.getItemCount() > 0 && series.getMinY() > 0) {
                min = Math.min(min, series.getMinY());
                max = Math.max(max, series.getMaxY());
            }
        }
        LogAxis axis = (LogAxis) plot.getRangeAxis();
        double lower = min / 1.5;
        double upper = max * 2.5;
        axis.setRange(lower, upper);
    }

    private void showMatrices(LowRankBiasSnapshot s) {
        int n = s.truth().length;
        double scale = 0;
        for (double[] row : s.truth()) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        XYPlot plot = matrices.getXYPlot();
        var renderer = plot.getRenderer();
        if (cells == null) {
            cells = Marks.on(plot, Layer.BACKGROUND);
        }
        cells.set(List.of(HeatMapAnnotation.cells(image(s.truth(), scale), 0, n, 0, n),
                HeatMapAnnotation.cells(image(s.current(), scale), n + GAP, 2 * n + GAP, 0, n)));
        if (drawnSize != n) {
            ((BlockAxis) plot.getDomainAxis()).name(new double[] {n / 2.0, n + GAP + n / 2.0}, "truth M (rank 2)",
                    "W now");
            plot.getDomainAxis().setRange(0, 2 * n + GAP);
            plot.getRangeAxis().setRange(0, n);
            drawnSize = n;
        }
        matrices.setTitle("M and W now (colour ±" + shortNumber(scale) + ")");
        Charts.style(matrices, palette);
    }

    /** One pixel per entry, row 0 at the top: positive entries in series colour 1, negative in 2, 0 the background. */
    BufferedImage image(double[][] a, double scale) {
        int n = a.length;
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Color background = palette.background();
        Color positive = palette.series(0);
        Color negative = palette.series(1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                double t = Double.isFinite(v) && scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
                image.setRGB(j, i, Palette.mix(background, v >= 0 ? positive : negative, t).getRGB());
            }
        }
        return image;
    }

    @Override
    public List<Readout> readouts(LowRankBiasSnapshot s) {
        double[] sigma = s.singularValues();
        return List.of(
                Readout.count("rank", "rank",
                        MatrixCompletionSpectrum.numericalRank(sigma)),
                Readout.gauge("unobserved-error", "test error ÷ zero's",
                        s.summary().relativeUnobservedError(), 1.0, 2.0),
                Readout.number("sigma-1", "σ₁ (10)", sigma[0], ""),
                Readout.number("sigma-2", "σ₂ (4)", sigma[1], ""),
                Readout.number("sigma-3", "σ₃ (0)", sigma[2], ""),
                Readout.count("step", "step", s.step()));
    }
}
