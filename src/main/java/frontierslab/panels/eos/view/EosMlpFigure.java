package frontierslab.panels.eos.view;

import frontierslab.panels.eos.model.EosMlpExperiment.EosMlpSnapshot;
import frontierslab.panels.eos.model.EosMlpExperiment.EtaChange;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Ghost;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import frontierslab.sim.Trace;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code eos-mlp} drawn: the sharpness λ_max over the steps against the 2/η line (the main chart), the loss on a log
 * axis, and η·λ_max (each measurement and the mean of each consecutive pair) against the line at 2. Every mid-run change
 * of η is marked on all three charts, once per burst of changes (a drag), whatever the number of values it passed. The gradient-flow reference, when on, is drawn beside the run.
 */
public final class EosMlpFigure implements ExperimentFigure<EosMlpSnapshot> {

    private final Palette palette;
    private final JFreeChart sharpness;
    private final JFreeChart loss;
    private final JFreeChart etaLambda;
    private final List<TraceSeries> feeds = new ArrayList<>();
    private List<EtaChange> drawnChanges = List.of();

    public EosMlpFigure(Palette palette) {
        this.palette = palette;
        sharpness = Charts.curves(palette, "Sharpness λ_max against 2/η", "step t", "λ_max", false,
                "λ_max", "2/η", "λ₂", "λ₃", "λ₄", "λ₅", "λ_max, gradient flow");
        loss = Charts.curves(palette, "Training loss", "step t", "loss (log scale)", true, "loss",
                "loss, gradient flow");
        etaLambda = Charts.curves(palette, "η·λ_max", "step t", "η·λ_max", false, "each measurement",
                "mean of two consecutive steps");
        Charts.horizontalLine(palette, etaLambda.getXYPlot(), 2.0, "η·λ = 2");
        var renderer = sharpness.getXYPlot().getRenderer();
        renderer.setSeriesPaint(1, palette.reference());
        renderer.setSeriesStroke(1, palette.dashed());
        for (int i = 2; i <= 5; i++) {
            renderer.setSeriesStroke(i, palette.thinLine());
        }
        feeds.add(new TraceSeries(series(sharpness, 0), "step", "sharpness", false).skippingMissing());
        feeds.add(new TraceSeries(series(sharpness, 1), "step", "two_over_eta", false));
        for (int i = 2; i <= 5; i++) {
            feeds.add(new TraceSeries(series(sharpness, i), "step", "lambda_" + i, false).skippingMissing());
        }
        feeds.add(new TraceSeries(series(sharpness, 6), "step", "flow_sharpness", false).skippingMissing());
        feeds.add(new TraceSeries(series(loss, 0), "step", "loss", true));
        feeds.add(new TraceSeries(series(loss, 1), "step", "flow_loss", true).skippingMissing());
        feeds.add(new TraceSeries(series(etaLambda, 0), "step", "eta_sharpness", false).skippingMissing());
        feeds.add(new TraceSeries(series(etaLambda, 1), "step", "pair_mean_eta_sharpness", false).skippingMissing());
    }

    private static XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("sharpness", sharpness), new FigureChart("loss", loss),
                new FigureChart("eta-lambda-max", etaLambda));
    }

    @Override
    public void show(EosMlpSnapshot s) {
        for (TraceSeries f : feeds) {
            f.update(s.trace());
        }
        List<EtaChange> marked = collapse(s.changes(), Math.max(2, s.step() / 100));
        if (!marked.equals(drawnChanges)) {
            for (JFreeChart chart : List.of(sharpness, loss, etaLambda)) {
                chart.getXYPlot().clearDomainMarkers();
                for (EtaChange c : marked) {
                    Charts.verticalLine(palette, chart.getXYPlot(), c.step(), "η → " + Readout.format(c.to()));
                }
            }
            drawnChanges = marked;
        }
        for (JFreeChart chart : List.of(sharpness, loss, etaLambda)) {
            XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
            for (int i = 0; i < data.getSeriesCount(); i++) {
                chart.getXYPlot().getRenderer().setSeriesVisibleInLegend(i, data.getSeries(i).getItemCount() > 0, false);
            }
        }
        XYPlot ep = etaLambda.getXYPlot();
        ep.getRangeAxis().setRange(0, Math.max(3.0, s.trace().largestFinite("eta_sharpness") * 1.1));
    }

    /**
     * The changes to mark: a burst of changes (a slider dragged while the run goes on), each within {@code near} steps
     * of the one before, is one change, at the burst's first step, from the η before it to the η after it. A burst
     * that ends where it began marks nothing.
     */
    static List<EtaChange> collapse(List<EtaChange> changes, long near) {
        List<EtaChange> marked = new ArrayList<>();
        EtaChange burst = null;
        int last = 0;
        for (EtaChange c : changes) {
            boolean continues = burst != null && c.step() - last <= near;
            last = c.step();
            if (continues) {
                burst = new EtaChange(burst.step(), burst.from(), c.to());
            } else {
                addUnlessUndone(marked, burst);
                burst = c;
            }
        }
        addUnlessUndone(marked, burst);
        return marked;
    }

    private static void addUnlessUndone(List<EtaChange> marked, EtaChange burst) {
        if (burst != null && burst.from() != burst.to()) {
            marked.add(burst);
        }
    }

    /** λ_max, the loss and the pair mean of η·λ_max: the curves that differ between runs, not 2/η or λ₂ … λ₅. */
    @Override
    public List<Ghost.Source> ghostSources() {
        return List.of(new Ghost.Source("sharpness", 0), new Ghost.Source("loss", 0),
                new Ghost.Source("eta-lambda-max", 1));
    }

    @Override
    public List<Readout> readouts(EosMlpSnapshot s) {
        Trace.View t = s.trace();
        double lastEtaLambda = lastFinite(t, "eta_sharpness");
        double lastSharpness = lastFinite(t, "sharpness");
        double eta = t.isEmpty() ? s.params().eta() : t.get(t.rows() - 1, "eta");
        return List.of(
                Readout.stability("eta-lambda-max", "η·λ_max", lastEtaLambda, 2.0, 4.0,
                        s.status().isDiverged()),
                Readout.count("step", "step", s.step()),
                Readout.number("loss", "loss", t.isEmpty() ? Double.NaN : t.get(t.rows() - 1, "loss"), ""),
                Readout.number("sharpness", "λ_max", lastSharpness, ""),
                Readout.number("two-over-eta", "2/η", 2 / eta, ""));
    }

    private static double lastFinite(Trace.View view, String column) {
        int c = view.column(column);
        for (int r = view.rows() - 1; r >= 0; r--) {
            double v = view.get(r, c);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        return Double.NaN;
    }
}
