package frontierslab.panels.bias.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.FigureWriter;
import frontierslab.math.bias.ScalarFactorization;
import frontierslab.math.bias.ScalarFactorization.Model;
import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.panels.bias.model.ScalarBiasExperiment.ScalarBiasSnapshot;
import frontierslab.panels.bias.model.ScalarBiasParams;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScalarBiasFigureTest {

    private static ScalarBiasFigure shown(ScalarBiasParams p, Theme theme) {
        ScalarBiasFigure figure = new ScalarBiasFigure(Palette.of(theme));
        figure.show((ScalarBiasSnapshot) new ScalarBiasExperiment(p).snapshot());
        return figure;
    }

    private static void draw(ScalarBiasFigure figure, Theme theme) {
        FigureWriter writer = new FigureWriter(Palette.of(theme), null,
                figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), null);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        writer.draw(g, 1280, 800);
        g.dispose();
    }

    private static XYSeries series(ScalarBiasFigure figure, String chart, int i) {
        XYPlot plot = figure.charts().stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow().chart()
                .getXYPlot();
        return ((XYSeriesCollection) plot.getDataset()).getSeries(i);
    }

    /**
     * In the presenter's cell at 1280×720 (about 620×250) in the projector theme, the landscape keeps a plot at least
     * 90 px high: its five legend entries stand beside the square plot, not above it (it was 29 px).
     */
    @Test
    void theLandscapeKeepsARoomyPlotInAPresentersCellAtTheProjector() {
        ScalarBiasFigure figure = shown(ScalarBiasParams.SPACE.defaults(), Theme.PROJECTOR);
        org.jfree.chart.JFreeChart plane = figure.charts().getFirst().chart();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        Graphics2D g = new BufferedImage(620, 250, BufferedImage.TYPE_INT_RGB).createGraphics();
        plane.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 620, 250), info);
        g.dispose();
        double height = info.getPlotInfo().getDataArea().getHeight();
        assertTrue(height >= 90, "the landscape's plot is " + height + " px high");
    }

    @Tag("slow")
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyPresetDrawsInEveryTheme(Theme theme) {
        for (Preset<ScalarBiasParams> preset : ScalarBiasExperiment.TYPE.presets()) {
            draw(shown(preset.params(), theme), theme);
        }
    }

    @Test
    void theMinimaDrawnLieOnTheHyperbolaOrTheLine() {
        ScalarBiasParams product = new ScalarBiasParams(Model.PRODUCT, 0.1, 1, 2.5, 1, 0.01, 10);
        XYSeries minima = series(shown(product, Theme.LIGHT), "plane", 1);
        int points = 0;
        for (int i = 0; i < minima.getItemCount(); i++) {
            if (minima.getY(i) != null) {
                assertEquals(2.5, minima.getX(i).doubleValue() * minima.getY(i).doubleValue(), 1e-12);
                points++;
            }
        }
        assertTrue(points > 50);
        ScalarBiasParams sum = new ScalarBiasParams(Model.SUM, 0.1, 1, 3, 2, 0.01, 10);
        XYSeries line = series(shown(sum, Theme.LIGHT), "plane", 1);
        for (int i = 0; i < line.getItemCount(); i++) {
            assertEquals(1.5, line.getX(i).doubleValue() + line.getY(i).doubleValue(), 1e-12);
        }
    }

    @Test
    void thePlateauCurveIsTheFlowTimeAndTheRunPointsAreTheSnapshots() {
        ScalarBiasParams p = ScalarBiasExperiment.TYPE.preset("small-init").params();
        ScalarBiasFigure figure = shown(p, Theme.LIGHT);
        XYSeries flow = series(figure, "plateau", 1);
        ScalarFactorization f = p.problem();
        for (int i = 0; i < flow.getItemCount(); i++) {
            double a = flow.getX(i).doubleValue();
            assertEquals(f.flowTimeToHalf(a, a), flow.getY(i).doubleValue(), 1e-12);
        }
        ScalarBiasSnapshot s = (ScalarBiasSnapshot) new ScalarBiasExperiment(p).snapshot();
        XYSeries runs = series(figure, "plateau", 0);
        assertEquals(s.plateauAlphas().length, runs.getItemCount());
        for (int i = 0; i < runs.getItemCount(); i++) {
            assertEquals(s.plateauGdTimes()[i], runs.getY(i).doubleValue(), 0);
        }
    }

    @Test
    void theReadoutsAreTheRunsNumbers() {
        ScalarBiasParams p = ScalarBiasExperiment.TYPE.preset("unbalanced").params();
        ScalarBiasSnapshot s = (ScalarBiasSnapshot) new ScalarBiasExperiment(p).snapshot();
        var readouts = new ScalarBiasFigure(Palette.of(Theme.LIGHT)).readouts(s);
        assertEquals(s.position()[0] * s.position()[1], value(readouts, "beta"), 0);
        assertEquals(s.timeToHalf().getAsDouble(), value(readouts, "time-to-half"), 0);
        assertEquals(1.330811660199284, value(readouts, "time-to-half-flow"), 1e-8);
        assertEquals(ScalarFactorization.balance(s.position()[0], s.position()[1]), value(readouts, "d"), 0);
    }

    private static double value(java.util.List<Readout> readouts, String id) {
        return readouts.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void boundsRoundUpToNiceNumbersAndHoldTheStartAndTheEnd() {
        assertEquals(2.0, ScalarBiasFigure.roundUp(1.8));
        assertEquals(1.5, ScalarBiasFigure.roundUp(1.5));
        assertEquals(0.04, ScalarBiasFigure.roundUp(0.031), 1e-15);
        ScalarBiasParams p = new ScalarBiasParams(Model.SUM, 1, 0, 0.25, 4, 0.01, 5);
        double[] box = ScalarBiasFigure.bounds(p, p.problem().flowLimit(p.w1Start(), p.w2Start()));
        assertTrue(box[0] <= -0.47 && box[1] >= 1, java.util.Arrays.toString(box));
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 30)
    void anyParametersInRangeDrawWithoutThrowing(
            @ForAll Model model,
            @ForAll @DoubleRange(min = -4, max = 0) @Scale(3) double logAlpha,
            @ForAll @DoubleRange(min = 0, max = 3) @Scale(3) double ratio,
            @ForAll @DoubleRange(min = 0.25, max = 4) @Scale(3) double y,
            @ForAll @DoubleRange(min = 0.25, max = 4) @Scale(3) double x,
            @ForAll @DoubleRange(min = -3, max = -0.7) @Scale(3) double logEta,
            @ForAll @DoubleRange(min = 1, max = 40) @Scale(2) double time) {
        ScalarBiasParams p = new ScalarBiasParams(model, Math.pow(10, logAlpha), ratio, y, x,
                Math.min(0.2, Math.pow(10, logEta)), time);
        ScalarBiasFigure figure = shown(p, Theme.LIGHT);
        draw(figure, Theme.LIGHT);
        for (Readout r : figure.readouts((ScalarBiasSnapshot) new ScalarBiasExperiment(p).snapshot())) {
            assertTrue(!r.text().contains("NaN") && !r.text().contains("Infinity"), r.text());
        }
    }
}
