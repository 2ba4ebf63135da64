package frontierslab.panels.bias.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.FigureWriter;
import frontierslab.math.bias.MatrixCompletionSpectrum;
import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.LowRankBiasExperiment.LowRankBiasSnapshot;
import frontierslab.panels.bias.model.LowRankBiasParams;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LowRankBiasFigureTest {

    private static LowRankBiasSnapshot run(LowRankBiasParams p, int calls) {
        LowRankBiasExperiment e = new LowRankBiasExperiment(p);
        for (int i = 0; i < calls && e.canStep(); i++) {
            e.step();
        }
        return (LowRankBiasSnapshot) e.snapshot();
    }

    static void draw(LowRankBiasFigure figure, Palette palette, int width, int height, BufferedImage image) {
        FigureWriter writer = new FigureWriter(palette, null,
                figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null);
        Graphics2D g = image.createGraphics();
        writer.draw(g, width, height);
        g.dispose();
    }

    @Tag("slow")
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyPresetDrawsInEveryTheme(Theme theme) {
        for (Preset<LowRankBiasParams> preset : LowRankBiasExperiment.TYPE.presets()) {
            LowRankBiasFigure figure = new LowRankBiasFigure(Palette.of(theme));
            figure.show(run(preset.params(), Integer.MAX_VALUE));
            draw(figure, Palette.of(theme), 1280, 800, new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB));
        }
    }

    @Test
    void theSpectrumChartShowsTheTruthsSingularValuesAndTheHalfwaySteps() {
        LowRankBiasSnapshot s = run(LowRankBiasExperiment.TYPE.preset("small-init").params(), Integer.MAX_VALUE);
        LowRankBiasFigure figure = new LowRankBiasFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        XYPlot plot = figure.charts().get(0).chart().getXYPlot();
        TreeSet<Double> lines = values(plot.getRangeMarkers(Layer.FOREGROUND), plot.getRangeMarkers(Layer.BACKGROUND));
        assertEquals(new TreeSet<>(List.of(4.0, 10.0)), lines);
        TreeSet<Double> steps = values(plot.getDomainMarkers(Layer.FOREGROUND),
                plot.getDomainMarkers(Layer.BACKGROUND));
        assertEquals(new TreeSet<>(List.of((double) s.sigma1HalfStep(), (double) s.sigma2HalfStep())), steps);
        var sigma1 = ((XYSeriesCollection) plot.getDataset()).getSeries(0);
        assertEquals(s.trace().rows(), sigma1.getItemCount());
        assertEquals(s.singularValues()[0], sigma1.getY(sigma1.getItemCount() - 1).doubleValue(), 1e-12);
    }

    private static TreeSet<Double> values(java.util.Collection<?>... layers) {
        TreeSet<Double> v = new TreeSet<>();
        for (java.util.Collection<?> markers : layers) {
            if (markers != null) {
                for (Object m : markers) {
                    v.add(((ValueMarker) m).getValue());
                }
            }
        }
        return v;
    }

    @Test
    void readoutsAreComputedFromTheSnapshot() {
        LowRankBiasSnapshot s = run(LowRankBiasExperiment.TYPE.preset("large-init").params(), Integer.MAX_VALUE);
        Map<String, Readout> r = new LowRankBiasFigure(Palette.of(Theme.LIGHT)).readouts(s).stream()
                .collect(Collectors.toMap(Readout::id, x -> x));
        assertEquals(MatrixCompletionSpectrum.numericalRank(MatrixCompletionSpectrum.singularValues(s.current())),
                (int) r.get("rank").value());
        assertEquals(MatrixCompletionSpectrum.singularValues(s.current())[2], r.get("sigma-3").value(), 1e-12);
        assertTrue(r.get("unobserved-error").alarm(), "worse than predicting zero turns the gauge to alarm");
    }

    /**
     * The two matrices are named by tick labels under them, so the names never overlap (in the presenter's cell at a
     * projector they ran into each other as text inside the plot), and the plot holds the matrices only.
     */
    @Test
    void theMatricesAreNamedByTicksUnderThemAndThePlotHoldsOnlyThem() {
        LowRankBiasSnapshot s = run(LowRankBiasExperiment.TYPE.preset("small-init").params(), 10);
        LowRankBiasFigure figure = new LowRankBiasFigure(Palette.of(Theme.PROJECTOR));
        figure.show(s);
        XYPlot plot = figure.charts().stream().filter(c -> c.chart().getXYPlot().getDomainAxis()
                instanceof frontierslab.plot.BlockAxis).findFirst().orElseThrow().chart().getXYPlot();
        frontierslab.plot.BlockAxis names = (frontierslab.plot.BlockAxis) plot.getDomainAxis();
        assertEquals(List.of("truth M (rank 2)", "W now"), names.names());
        assertTrue(names.isVisible() && names.isTickLabelsVisible());
        assertEquals(0.0, plot.getRangeAxis().getLowerBound());
        assertEquals(s.truth().length, plot.getRangeAxis().getUpperBound());
    }

    @Test
    void theHeatMapsShareOneScaleWithZeroAsTheBackground() {
        Palette palette = Palette.of(Theme.LIGHT);
        LowRankBiasFigure figure = new LowRankBiasFigure(palette);
        BufferedImage image = figure.image(new double[][] {{0, 1}, {-1, 5}}, 1);
        assertEquals(palette.background().getRGB(), image.getRGB(0, 0));
        assertEquals(palette.series(0).getRGB(), image.getRGB(1, 0));
        assertEquals(palette.series(1).getRGB(), image.getRGB(0, 1));
        assertEquals(palette.series(0).getRGB(), image.getRGB(1, 1), "saturated beyond the scale");
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 15)
    void noParameterInRangeMakesTheFigureThrowOrShowANonFiniteReadout(
            @ForAll @DoubleRange(min = 0, max = 1) double alphaPosition,
            @ForAll @DoubleRange(min = 0, max = 1) double etaPosition,
            @ForAll @IntRange(min = 50, max = 20_000) int steps,
            @ForAll @DoubleRange(min = 0.2, max = 0.9) double observed,
            @ForAll @IntRange(min = 2, max = 3) int depth,
            @ForAll @IntRange(min = 0, max = 12) int calls) {
        double alpha = 1e-4 * Math.pow(3.0 / 1e-4, alphaPosition);
        double eta = 1e-3 * Math.pow(0.3 / 1e-3, etaPosition);
        LowRankBiasParams p = new LowRankBiasParams(Math.min(3.0, Math.max(1e-4, alpha)),
                Math.min(0.3, Math.max(1e-3, eta)), steps, 1, observed, depth);
        LowRankBiasSnapshot s = run(p, calls);
        LowRankBiasFigure figure = new LowRankBiasFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        for (Readout r : figure.readouts(s)) {
            assertTrue(r.hasValue(), r.id());
        }
        draw(figure, Palette.of(Theme.LIGHT), 640, 400, new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB));
    }
}
