package frontierslab.panels.eos.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.FigureWriter;
import frontierslab.panels.eos.model.PowerLawExperiment;
import frontierslab.panels.eos.model.PowerLawExperiment.PowerLawSnapshot;
import frontierslab.panels.eos.model.PowerLawParams;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PowerLawFigureTest {

    private static PowerLawFigure shown(PowerLawParams p, Theme theme) {
        PowerLawFigure figure = new PowerLawFigure(Palette.of(theme));
        figure.show((PowerLawSnapshot) new PowerLawExperiment(p).snapshot());
        return figure;
    }

    private static XYPlot plot(PowerLawFigure figure, String id) {
        return figure.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().chart().getXYPlot();
    }

    private static TreeSet<Double> values(java.util.Collection<?> markers) {
        TreeSet<Double> v = new TreeSet<>();
        if (markers != null) {
            for (Object m : markers) {
                v.add(((ValueMarker) m).getValue());
            }
        }
        return v;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyPresetDrawsInEveryTheme(Theme theme) {
        for (Preset<PowerLawParams> preset : PowerLawExperiment.TYPE.presets()) {
            PowerLawFigure figure = shown(preset.params(), theme);
            FigureWriter writer = new FigureWriter(Palette.of(theme), "t",
                    figure.charts().stream().map(FigureChart::chart).toList(), figure.columns(), "caption");
            BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            writer.draw(g, 640, 400);
            g.dispose();
        }
    }

    /** The η·λ_max chart's lines sit at 2 and at the true edge 2(q − 1), each labelled as what it is. */
    @Test
    void theEtaLambdaChartHasALineAtTwoAndOneAtTheTrueEdge() {
        PowerLawFigure figure = shown(PowerLawExperiment.TYPE.preset("example-1-sign-flips").params(), Theme.LIGHT);
        XYPlot plot = plot(figure, "eta-lambda-max");
        List<Marker> markers = List.copyOf(plot.getRangeMarkers(Layer.BACKGROUND));
        assertEquals(new TreeSet<>(List.of(2.0, 2 * (2.1 - 1))), values(markers));
        for (Marker m : markers) {
            double v = ((ValueMarker) m).getValue();
            assertEquals(v == 2 ? "lecture's limit 2" : "edge 2(q−1) = 2.2", m.getLabel());
        }
    }

    /** ηq(q − 1)|x|^{q−2} = c at |x| = (c/(ηq(q − 1)))^{1/(q−2)}: the vertical lines of the 1-D view and the subtitle. */
    @Test
    void theOneDimensionalViewMarksWhereEtaCurvatureIsTwoAndWhereItIsTheEdge() {
        double q = 2.1;
        double eta = 1.0;
        PowerLawParams p = PowerLawParams.oneD(q, eta, 1.0, 50);
        PowerLawFigure figure = shown(p, Theme.PROJECTOR);
        double atTwo = Math.pow(2 / (eta * q * (q - 1)), 1 / (q - 2));
        double atEdge = Math.pow(2 * (q - 1) / (eta * q * (q - 1)), 1 / (q - 2));
        TreeSet<Double> lines = values(plot(figure, "landscape").getDomainMarkers(Layer.FOREGROUND));
        assertEquals(4, lines.size());
        assertEquals(-atEdge, lines.first(), 1e-12);
        assertEquals(atEdge, lines.last(), 1e-12);
        assertEquals(atTwo, lines.higher(0.0), 1e-12);
        String sentence = PowerLawFigure.edgeSentence(p);
        assertTrue(sentence.contains(Readout.format(atTwo)) && sentence.contains(Readout.format(atEdge)), sentence);
    }

    /** The subtitle names what equals the edge: no stray "; = 2.2" without a quantity before it. */
    @Test
    void theSubtitleReadsAsOneSentenceFromTwoToTheEdge() {
        PowerLawParams p = PowerLawParams.oneD(2.1, 1.0, 0.5, 50);
        double atTwo = Math.pow(2 / (2.1 * 1.1), 1 / 0.1);
        double atEdge = Math.pow(2 * 1.1 / (2.1 * 1.1), 1 / 0.1);
        assertEquals("ηf'' = 2 at |x| = " + Readout.format(atTwo) + ", 2.2 (edge) at " + Readout.format(atEdge),
                PowerLawFigure.edgeSentence(p));
    }

    /** Demo 1: 0.5·2.64·r^{0.2} = 2 at r = (2/1.32)^5, = 2.4 at r = (2.4/1.32)^5, both far outside the start. */
    @Test
    void demo1SubtitleGivesTheRadiiOfTwoAndOfTheEdgeOffTheView() {
        PowerLawParams p = PowerLawExperiment.TYPE.preset("lecture-demo-1").params();
        String sentence = PowerLawFigure.edgeSentence(p);
        assertTrue(sentence.contains(Readout.format(Math.pow(2 / 1.32, 5))), sentence);
        assertTrue(sentence.contains(Readout.format(Math.pow(2.4 / 1.32, 5))), sentence);
        assertEquals(2.5, PowerLawFigure.halfWidth(p), 1e-12);
    }

    @Test
    void readoutsShowTheLastRecordedRow() {
        PowerLawParams p = PowerLawExperiment.TYPE.preset("lecture-demo-1").params();
        PowerLawSnapshot s = (PowerLawSnapshot) new PowerLawExperiment(p).snapshot();
        List<Readout> tiles = new PowerLawFigure(Palette.of(Theme.LIGHT)).readouts(s);
        int last = s.trace().rows() - 1;
        double x = s.trace().get(last, "x");
        double y = s.trace().get(last, "y");
        assertEquals(0.5 * 2.64 * Math.pow(Math.hypot(x, y), 0.2), tiles.get(0).value(), 1e-12);
        assertEquals(2.4, tiles.get(0).threshold(), 1e-12);
        assertEquals(500, tiles.get(1).value());
        assertEquals(Math.pow(x * x + y * y, 1.1), tiles.get(2).value(), 1e-30);
    }

    /** Switching the dimension swaps the graph of f for the contour plot and back, and the path follows the run. */
    @Test
    void switchingTheDimensionSwapsTheGraphForTheContourPlotAndBack() {
        PowerLawFigure figure = new PowerLawFigure(Palette.of(Theme.LIGHT));
        XYPlot hero = plot(figure, "landscape");
        var renderer = (org.jfree.chart.renderer.xy.AbstractXYItemRenderer) hero.getRenderer();
        var data = (org.jfree.data.xy.XYSeriesCollection) hero.getDataset();
        for (String name : List.of("example-1-sign-flips", "lecture-demo-1", "period-two-orbit")) {
            PowerLawParams p = PowerLawExperiment.TYPE.preset(name).params();
            PowerLawSnapshot s = (PowerLawSnapshot) new PowerLawExperiment(p).snapshot();
            figure.show(s);
            long heatMaps = frontierslab.plot.Marks.flatten(renderer.getAnnotations()).stream()
                    .filter(a -> a instanceof frontierslab.plot.HeatMapAnnotation).count();
            assertEquals(p.twoDimensional() ? 1 : 0, heatMaps, name);
            assertEquals(p.twoDimensional() ? 0 : 401, data.getSeries(0).getItemCount(), name);
            assertEquals(s.trace().rows(), data.getSeries(1).getItemCount(), name);
            int last = s.trace().rows() - 1;
            assertEquals(s.trace().get(last, p.twoDimensional() ? "y" : "loss"),
                    data.getSeries(1).getY(last).doubleValue(), name);
        }
    }

    @Test
    void compactNumbersDropTrailingZeros() {
        assertEquals("2.1", PowerLawFigure.compact(2.1));
        assertEquals("1.1", PowerLawFigure.compact(1.1));
        assertEquals("10", PowerLawFigure.compact(10));
        assertEquals("6.667", PowerLawFigure.compact(20.0 / 3));
    }

    /** g(s) = s − ηq|s|^{q−1}sign(s), written out here rather than taken from the code under test. */
    private static double gradientStep(double q, double eta, double s) {
        return s - eta * q * Math.pow(Math.abs(s), q - 1) * Math.signum(s);
    }

    private static void assertStaircaseFollowsTheMap(PowerLawParams p) {
        PowerLawFigure figure = shown(p.withView(PowerLawParams.View.COBWEB), Theme.LIGHT);
        var steps = ((org.jfree.data.xy.XYSeriesCollection) plot(figure, "landscape").getDataset()).getSeries(3);
        assertEquals("gradient descent", steps.getKey());
        assertTrue(steps.getItemCount() > 20, "the run drew a staircase");
        for (int i = 0; i < steps.getItemCount(); i++) {
            double x = steps.getX(i).doubleValue();
            double y = steps.getY(i).doubleValue();
            double expected = i % 2 == 0 ? x : gradientStep(p.q(), p.eta(), x);
            assertEquals(expected, y, 1e-12 * Math.max(1, Math.abs(expected)), "point " + i);
        }
    }

    @Test
    void theCobwebStaircaseAlternatesBetweenTheDiagonalAndTheGradientStepMap() {
        assertStaircaseFollowsTheMap(PowerLawExperiment.TYPE.preset("period-two-orbit").params());
        assertStaircaseFollowsTheMap(PowerLawExperiment.TYPE.preset("example-1-sign-flips").params());
    }

    /** In 2-D the gradient of (x² + y²)^{q/2} is radial: the run stays on the start's line and follows the 1-D map. */
    @Test
    void inTwoDimensionsTheCobwebOfTheDistanceAlongTheStartsLineFollowsTheOneDimensionalMap() {
        assertStaircaseFollowsTheMap(PowerLawExperiment.TYPE.preset("lecture-demo-1").params());
    }

    /** Found by the property below: a start at the minimum (allowed for q ≥ 2) gave the view a range of zero width. */
    @Test
    void aStartAtTheMinimumShowsTheUnitSquareInBothViews() {
        for (PowerLawParams.View view : PowerLawParams.View.values()) {
            for (PowerLawParams p : List.of(PowerLawParams.oneD(2.5, 0.3, 0, 10), PowerLawParams.twoD(2.2, 0.5, 0, 0, 10))) {
                XYPlot hero = plot(shown(p.withView(view), Theme.LIGHT), "landscape");
                assertEquals(-1, hero.getDomainAxis().getLowerBound(), 1e-12);
                assertEquals(1, hero.getDomainAxis().getUpperBound(), 1e-12);
            }
        }
    }

    @Test
    void theCobwebShowsTheStartInOneAndTwoDimensions() {
        for (String name : List.of("lecture-demo-1", "example-1-sign-flips", "cobweb-orbit-repels")) {
            PowerLawParams p = PowerLawExperiment.TYPE.preset(name).params();
            XYPlot hero = plot(shown(p.withView(PowerLawParams.View.COBWEB), Theme.LIGHT), "landscape");
            double start = Math.hypot(p.x0(), p.twoDimensional() ? p.y0() : 0);
            assertTrue(hero.getDomainAxis().getUpperBound() > start, name);
            assertTrue(hero.getRangeAxis().getUpperBound() > start, name);
        }
    }

    @Test
    void theCobwebMarksTheTwoCycleOnTheAntiDiagonalAndSaysWhetherItAttracts() {
        PowerLawParams p = PowerLawExperiment.TYPE.preset("cobweb-orbit-attracts").params();
        PowerLawFigure figure = shown(p, Theme.PROJECTOR);
        XYPlot hero = plot(figure, "landscape");
        double orbit = Math.pow(2 / (p.eta() * p.q()), 1 / (p.q() - 2));
        assertEquals(-orbit, gradientStep(p.q(), p.eta(), orbit), 1e-12);
        java.util.Collection<?> annotations = frontierslab.plot.Marks.flatten(
                ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) hero.getRenderer()).getAnnotations());
        assertEquals(2, annotations.stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYShapeAnnotation).count(), "a dot at ±s*");
        assertEquals(orbit, figure.cobwebOrbit().orElseThrow(), 1e-12 * orbit);
        String subtitle = ((org.jfree.chart.title.TextTitle) figure.charts().get(0).chart().getSubtitle(0)).getText();
        assertTrue(subtitle.contains("attracts"), subtitle);
        PowerLawFigure repelling = shown(PowerLawExperiment.TYPE.preset("cobweb-orbit-repels").params(), Theme.LIGHT);
        String other = ((org.jfree.chart.title.TextTitle) repelling.charts().get(0).chart().getSubtitle(0)).getText();
        assertTrue(other.contains("repels"), other);
    }

    @Test
    void switchingBetweenTheLandscapeAndTheCobwebKeepsBothInStepWithTheRun() {
        PowerLawParams p = PowerLawExperiment.TYPE.preset("example-1-sign-flips").params();
        PowerLawFigure figure = new PowerLawFigure(Palette.of(Theme.LIGHT));
        XYPlot hero = plot(figure, "landscape");
        for (PowerLawParams.View view : List.of(PowerLawParams.View.COBWEB, PowerLawParams.View.LANDSCAPE,
                PowerLawParams.View.COBWEB)) {
            PowerLawSnapshot s = (PowerLawSnapshot) new PowerLawExperiment(p.withView(view)).snapshot();
            figure.show(s);
            var data = (org.jfree.data.xy.XYSeriesCollection) hero.getDataset();
            int rows = s.trace().rows();
            if (view == PowerLawParams.View.COBWEB) {
                assertEquals(4, data.getSeriesCount());
                assertEquals(2 * rows - 1, data.getSeries(3).getItemCount());
                assertEquals(0, hero.getDomainMarkers(Layer.FOREGROUND) == null ? 0
                        : hero.getDomainMarkers(Layer.FOREGROUND).size(), "no ηf'' lines on the cobweb");
            } else {
                assertEquals(2, data.getSeriesCount());
                assertEquals(rows, data.getSeries(1).getItemCount());
            }
        }
    }

    /** Any parameters in range draw both views without an exception (the cobweb's map can run far off its square). */
    @net.jqwik.api.Tag("slow")
    @net.jqwik.api.Property(tries = 60)
    void anyParametersInRangeDrawBothViews(
            @net.jqwik.api.ForAll PowerLawParams.Dimension dimension,
            @net.jqwik.api.ForAll PowerLawParams.View view,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 1.1, max = 3) double q,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0.001, max = 10)
            @net.jqwik.api.constraints.Scale(6) double eta,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = -20, max = 20) double x0,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = -20, max = 20) double y0,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 300) int steps) {
        net.jqwik.api.Assume.that(!(q < 2 && x0 == 0 && (dimension == PowerLawParams.Dimension.ONE_D || y0 == 0)));
        PowerLawParams p = new PowerLawParams(dimension, view, q, eta, x0, y0, steps);
        PowerLawFigure figure = shown(p, Theme.LIGHT);
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new FigureWriter(Palette.of(Theme.LIGHT), null, figure.charts().stream().map(FigureChart::chart).toList(),
                figure.columns(), null).draw(g, 640, 400);
        g.dispose();
        XYPlot hero = plot(figure, "landscape");
        assertTrue(Double.isFinite(hero.getDomainAxis().getLowerBound())
                && Double.isFinite(hero.getDomainAxis().getUpperBound()));
    }
}
