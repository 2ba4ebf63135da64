package frontierslab.panels.intro.view;

import frontierslab.panels.intro.model.InterpolationExperiment.FitSummary;
import frontierslab.panels.intro.model.InterpolationExperiment.InterpolationSnapshot;
import frontierslab.panels.intro.model.InterpolationExperiment.InterpolationSummary;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code intro-interpolation} as drawn: the noisy samples, the truth and the three interpolants with the best ridge fit
 * over [0, 1]; beside it, a zoom onto the data point nearest the middle, where the spiky-smooth interpolant's spike
 * reaches its sample while the smooth part stays on the ridge fit. Tiles: the test errors, relative to predicting 0.
 */
public final class InterpolationFigure implements ExperimentFigure<InterpolationSnapshot> {

    private static final String[] FITS = {"narrow", "laplace", "spiky_smooth", "ridge"};

    private final List<TraceSeries> whole;
    private final TraceSeries truth;
    private final List<TraceSeries> zoomed;
    private final XYSeries samples = new XYSeries("samples", false, true);
    private final XYSeries zoomSamples = new XYSeries("samples ", false, true);
    private final XYPlot zoomPlot;
    private final List<FigureChart> charts;

    public InterpolationFigure(Palette palette) {
        JFreeChart fits = Charts.curves(palette, "Three interpolants of the same samples", "x", "y", false,
                "narrow Gaussian", "Laplace", "spiky-smooth", "best ridge", "sin 2πx");
        XYPlot plot = fits.getXYPlot();
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        whole = java.util.stream.IntStream.range(0, FITS.length)
                .mapToObj(i -> new TraceSeries(data.getSeries(i), "x", FITS[i], false)).toList();
        truth = new TraceSeries(data.getSeries(4), "x", "truth", false);
        plot.getRenderer().setSeriesStroke(4, palette.dashed());
        plot.getRenderer().setSeriesPaint(4, palette.muted());
        addSamples(palette, plot, samples);
        plot.setDomainAxis(Charts.numberAxis("x"));
        plot.getDomainAxis().setRange(0, 1);

        JFreeChart zoom = Charts.curves(palette, "One spike, up close", "x", "y", false, "spiky-smooth", "best ridge",
                "sin 2πx");
        zoomPlot = zoom.getXYPlot();
        zoomPlot.setDomainAxis(Charts.numberAxis("x"));
        XYSeriesCollection zdata = (XYSeriesCollection) zoomPlot.getDataset();
        zoomed = List.of(new TraceSeries(zdata.getSeries(0), "x", "spiky_smooth", false),
                new TraceSeries(zdata.getSeries(1), "x", "ridge", false),
                new TraceSeries(zdata.getSeries(2), "x", "truth", false));
        zoomPlot.getRenderer().setSeriesPaint(0, palette.series(2));
        zoomPlot.getRenderer().setSeriesPaint(1, palette.series(3));
        zoomPlot.getRenderer().setSeriesStroke(2, palette.dashed());
        zoomPlot.getRenderer().setSeriesPaint(2, palette.muted());
        addSamples(palette, zoomPlot, zoomSamples);
        Charts.style(fits, palette);
        Charts.style(zoom, palette);
        charts = List.of(new FigureChart("fits", fits), new FigureChart("spike", zoom));
    }

    private static void addSamples(Palette palette, XYPlot plot, XYSeries series) {
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        double r = 3 * palette.lineWidth();
        dots.setSeriesShape(0, new Ellipse2D.Double(-r / 2, -r / 2, r, r));
        dots.setSeriesPaint(0, palette.foreground());
        plot.setDataset(1, new XYSeriesCollection(series));
        plot.setRenderer(1, dots);
    }

    @Override
    public List<FigureChart> charts() {
        return charts;
    }

    @Override
    public void show(InterpolationSnapshot s) {
        whole.forEach(t -> t.update(s.trace()));
        truth.update(s.trace());
        zoomed.forEach(t -> t.update(s.zoom()));
        samples.clear();
        zoomSamples.clear();
        for (int i = 0; i < s.xs().length; i++) {
            samples.add(s.xs()[i], s.ys()[i], false);
        }
        if (!s.zoom().isEmpty()) {
            double lo = s.zoom().get(0, "x");
            double hi = s.zoom().get(s.zoom().rows() - 1, "x");
            for (int i = 0; i < s.xs().length; i++) {
                if (s.xs()[i] >= lo && s.xs()[i] <= hi) {
                    zoomSamples.add(s.xs()[i], s.ys()[i], false);
                }
            }
            zoomPlot.getDomainAxis().setRange(lo, hi);
        }
        samples.fireSeriesChanged();
        zoomSamples.fireSeriesChanged();
    }

    @Override
    public List<Readout> readouts(InterpolationSnapshot s) {
        InterpolationSummary m = s.summary();
        return List.of(
                Readout.number("narrow", "narrow: test error", testError(m.narrow()), ""),
                Readout.number("laplace", "Laplace: test error", testError(m.laplace()), ""),
                Readout.number("spiky", "spiky-smooth: test error", testError(m.spikySmooth()), ""),
                Readout.number("ridge", "best ridge: test error", testError(m.ridge()), ""));
    }

    private static double testError(FitSummary fit) {
        return fit == null ? Double.NaN : fit.testError();
    }
}
