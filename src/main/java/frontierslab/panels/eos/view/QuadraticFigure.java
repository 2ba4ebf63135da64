package frontierslab.panels.eos.view;

import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticExperiment.QuadraticSnapshot;
import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Charts;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Ghost;
import frontierslab.plot.LandscapeLayer;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.TraceSeries;
import java.util.List;
import java.util.Optional;
import frontierslab.math.eos.StabilityThreshold.Method;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code eos-quadratic} drawn: the contour plot of f with the trajectory (dragging its start moves it), the loss on a
 * log axis, and η·λ_max over the steps with the stability line at the method's threshold (2 for gradient descent);
 * a gauge of η·λ_max with its alarm above that threshold.
 */
public final class QuadraticFigure implements ExperimentFigure<QuadraticSnapshot> {

    private static final double H = QuadraticExperiment.PLOT_HALF_WIDTH;

    private final Palette palette;
    private final JFreeChart landscape;
    private final JFreeChart loss;
    private final JFreeChart sharpness;
    private final LandscapeLayer layer = new LandscapeLayer(160);
    private final TraceSeries path;
    private final TraceSeries lossSeries;
    private final TraceSeries sharpnessSeries;
    private final ValueMarker threshold;
    private QuadraticParams drawnSurface;

    public QuadraticFigure(Palette palette) {
        this.palette = palette;
        landscape = Charts.plane(palette, "f(x) = ½(λ₁x₁² + λ₂x₂²)", "x₁", "x₂", -H, H, -H, H, "gradient descent");
        loss = Charts.curves(palette, "Loss f(xₜ)", "step t", "f (log scale)", true, "loss");
        sharpness = Charts.curves(palette, "η·λ_max", "step t", "η·λ_max", false, "η·λ_max");
        threshold = Charts.horizontalLine(palette, sharpness.getXYPlot(), 2.0, "η·λ = 2: stability limit");
        path = new TraceSeries(series(landscape, 0), "x1", "x2", false);
        lossSeries = new TraceSeries(series(loss, 0), "step", "loss", true);
        sharpnessSeries = new TraceSeries(series(sharpness, 0), "step", "eta_lambda_max", false);
    }

    private static org.jfree.data.xy.XYSeries series(JFreeChart chart, int i) {
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(i);
    }

    @Override
    public List<FigureChart> charts() {
        return List.of(new FigureChart("landscape", landscape), new FigureChart("loss", loss),
                new FigureChart("eta-lambda-max", sharpness));
    }

    @Override
    public void show(QuadraticSnapshot s) {
        QuadraticParams p = s.params();
        if (drawnSurface == null || drawnSurface.lambda1() != p.lambda1() || drawnSurface.lambda2() != p.lambda2()) {
            layer.draw(landscape.getXYPlot(), palette, QuadraticExperiment.surface(p), true, 12);
            drawnSurface = p;
        }
        path.update(s.trace());
        lossSeries.update(s.trace());
        sharpnessSeries.update(s.trace());
        double c = p.threshold();
        threshold.setValue(c);
        threshold.setLabel(switch (p.method()) {
            case GRADIENT_DESCENT -> "η·λ = 2: stability limit";
            case HEAVY_BALL -> "η·λ = 2 + 2β = " + Readout.format(c) + ": heavy-ball limit";
            case NESTEROV -> "η·λ = (2 + 2β)/(1 + 2β) = " + Readout.format(c) + ": Nesterov limit";
        });
        XYPlot sp = sharpness.getXYPlot();
        sp.getRangeAxis().setRange(0, Math.max(2 * c, s.etaLambdaMax() * 1.15));
        landscape.getTitle().setText(p.method() == Method.GRADIENT_DESCENT ? "f(x) = ½(λ₁x₁² + λ₂x₂²)"
                : "f(x) = ½(λ₁x₁² + λ₂x₂²), " + (p.method() == Method.HEAVY_BALL ? "heavy ball" : "Nesterov")
                        + ", β = " + Readout.format(p.beta()));
    }

    @Override
    public List<Ghost.Source> ghostSources() {
        return List.of(new Ghost.Source("landscape", 0), new Ghost.Source("loss", 0),
                new Ghost.Source("eta-lambda-max", 0));
    }

    @Override
    public List<Readout> readouts(QuadraticSnapshot s) {
        double lossNow = s.trace().isEmpty() ? Double.NaN : s.trace().get(s.trace().rows() - 1, "loss");
        return List.of(
                Readout.stability("eta-lambda-max", "η·λ_max", s.etaLambdaMax(), s.params().threshold(),
                        2 * s.params().threshold(),
                        s.etaLambdaMax() > s.params().threshold() || s.status().isDiverged()),
                Readout.count("step", "step", s.step()),
                Readout.number("loss", "loss", lossNow, ""));
    }

    @Override
    public Optional<DragHandle> dragHandle() {
        return Optional.of(new DragHandle("landscape", "x1", "x2"));
    }
}
