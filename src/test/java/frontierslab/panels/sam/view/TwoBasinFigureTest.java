package frontierslab.panels.sam.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment.TwoBasinSnapshot;
import frontierslab.panels.sam.model.TwoBasinMinima;
import frontierslab.panels.sam.model.TwoBasinParams;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Preset;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TwoBasinFigureTest {

    @Test
    void theMinimaAreLabelledWithTheirComputedValues() {
        double[] wide = {-4, 4, -4, 4};
        assertArrayEquals(new String[] {"A: sharp, global min", "L = −5.00, λ = 50.0, 50.0"},
                TwoBasinFigure.labelLines(TwoBasinMinima.SHARP, wide));
        assertArrayEquals(new String[] {"B: flat, local min", "L = −2.00, λ = 2.00, 2.00"},
                TwoBasinFigure.labelLines(TwoBasinMinima.FLAT, wide));
        assertArrayEquals(new String[] {"B: flat, local min", "L = −2.00, λ = 2.00, 2.00",
            "at (2.00, 2.00), off this view"},
                TwoBasinFigure.labelLines(TwoBasinMinima.FLAT, new double[] {-3.5, -0.5, -3.5, -0.5}));
    }

    @Test
    void theUpCloseViewFramesSamsUpdateSoThatItSpansAThirdOfThePlot() {
        for (Preset<TwoBasinParams> preset : TwoBasinExperiment.TYPE.presets()) {
            TwoBasinExperiment experiment = new TwoBasinExperiment(
                    preset.params().withView(TwoBasinParams.View.SAM_UPDATE));
            for (int step = 0; step < 30 && experiment.canStep(); step++) {
                TwoBasinSnapshot s = (TwoBasinSnapshot) experiment.snapshot();
                double[] f = TwoBasinFigure.frameFor(s);
                double[] w = s.next().update().w();
                double[] n = s.next().update().next();
                double span = Math.max(Math.abs(n[0] - w[0]) / (f[1] - f[0]), Math.abs(n[1] - w[1]) / (f[3] - f[2]));
                boolean still = Math.hypot(n[0] - w[0], n[1] - w[1]) < TwoBasinFigure.UP_CLOSE_MIN_HALF_WIDTH;
                assertTrue(still || span >= 1.0 / 3, preset.name() + " step " + step + ": spans " + span);
                for (double[] q : new double[][] {w, n}) {
                    assertTrue(q[0] >= f[0] && q[0] <= f[1] && q[1] >= f[2] && q[1] <= f[3], preset.name());
                }
                experiment.step();
            }
        }
    }

    /**
     * At the lecture's settings (η = 0.1, ρ = 0.5 from (−1.5, −1.5)), SAM's step is 0.004 long and GD's 0.3, on one
     * diagonal: up close, SAM's arrow ends inside the plot and GD's runs on to its edge, at least a sixth of the plot's
     * width further on screen.
     */
    @Test
    void atTheLecturesSettingsSamsAndGdsStepsEndVisiblyApartUpClose() {
        TwoBasinFigure figure = new TwoBasinFigure(Palette.of(Theme.PROJECTOR));
        TwoBasinExperiment experiment = new TwoBasinExperiment(TwoBasinExperiment.TYPE.presets().stream()
                .filter(p -> p.name().equals("update-up-close")).findFirst().orElseThrow().params());
        for (int step = 0; step < 3; step++) {
            TwoBasinSnapshot s = (TwoBasinSnapshot) experiment.snapshot();
            figure.show(s);
            var chart = figure.charts().get(0).chart();
            var info = new org.jfree.chart.ChartRenderingInfo();
            BufferedImage image = new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB);
            chart.draw(image.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 900, 900), info);
            var area = info.getPlotInfo().getDataArea();
            var plot = chart.getXYPlot();
            double[] w = screen(plot, area, s.next().update().w());
            double[] sam = screen(plot, area, s.next().update().next());
            double[] gd = screen(plot, area, s.next().gradientStepEnd());
            assertTrue(area.contains(sam[0], sam[1]), "SAM's step ends inside the plot");
            double t = Arrow.exit(w[0], w[1], gd[0], gd[1], area, 4);
            double[] gdShown = {w[0] + t * (gd[0] - w[0]), w[1] + t * (gd[1] - w[1])};
            double apart = Math.hypot(gdShown[0] - sam[0], gdShown[1] - sam[1]);
            assertTrue(apart >= area.getWidth() / 6, "step " + step + ": " + apart + " px apart");
            assertTrue(Math.hypot(sam[0] - w[0], sam[1] - w[1]) >= area.getWidth() / 3 * 0.9,
                    "SAM's step is drawn across a third of the plot");
            experiment.step();
        }
    }

    private static double[] screen(org.jfree.chart.plot.XYPlot plot, java.awt.geom.Rectangle2D area, double[] p) {
        return new double[] {plot.getDomainAxis().valueToJava2D(p[0], area, plot.getDomainAxisEdge()),
            plot.getRangeAxis().valueToJava2D(p[1], area, plot.getRangeAxisEdge())};
    }

    @Test
    void everyPartOfTheUpdateHasItsOwnColourAndLinePatternAndALegendEntryUpClose() {
        Palette palette = Palette.of(Theme.LIGHT);
        var parts = TwoBasinFigure.Part.values();
        java.util.Set<java.awt.Color> colours = new java.util.HashSet<>();
        java.util.Set<String> patterns = new java.util.HashSet<>();
        int lines = 0;
        for (var part : parts) {
            colours.add(part.colour(palette));
            if (!part.marker()) {
                lines++;
                patterns.add(java.util.Arrays.toString(((java.awt.BasicStroke) part.stroke(palette)).getDashArray()));
            }
        }
        assertEquals(parts.length, colours.size(), "one colour per part");
        assertEquals(lines, patterns.size(), "one line pattern per drawn vector");
        TwoBasinFigure figure = new TwoBasinFigure(palette);
        figure.show((TwoBasinSnapshot) new TwoBasinExperiment(TwoBasinParams.SPACE.defaults()
                .withView(TwoBasinParams.View.SAM_UPDATE)).snapshot());
        var legend = figure.charts().get(0).chart().getXYPlot().getFixedLegendItems();
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertTrue(labels.containsAll(java.util.List.of("w", "∇L(w) ×η", "ε̂", "w + ε̂", "∇L(w + ε̂) ×η", "SAM step",
                "GD step")), labels.toString());
    }

    @Tag("slow")
    @Test
    void everyPresetDrawsInEveryThemeAndItsReadoutsAreTheRunsNumbers() {
        for (Theme theme : Theme.values()) {
            TwoBasinFigure figure = new TwoBasinFigure(Palette.of(theme));
            for (Preset<TwoBasinParams> preset : TwoBasinExperiment.TYPE.presets()) {
                TwoBasinSnapshot s = (TwoBasinSnapshot) new TwoBasinExperiment(preset.params()).snapshot();
                figure.show(s);
                BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
                figure.charts().forEach(c -> c.chart().draw(image.createGraphics(),
                        new java.awt.geom.Rectangle2D.Double(0, 0, 800, 600)));
                var readouts = figure.readouts(s);
                assertEquals(s.etaLambdaSharp(), find(readouts, "eta-lambda-sharp").value());
                assertEquals(s.gd().loss(), find(readouts, "gd-loss").value());
                assertEquals(s.sam().sharpness(), find(readouts, "sam-sharpness").value());
                assertEquals(s.params().twin(), find(readouts, "twin-gap").hasValue());
            }
        }
    }

    private static Readout find(java.util.List<Readout> readouts, String id) {
        return readouts.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Up close, SAM's update can be drawn in its stages: ascend (∇L(w) and ε̂: two arrows), evaluate (∇L(w + ε̂): three),
     * descend (the SAM and GD steps: five). Outside the up-close view there are no stages.
     */
    @Test
    void upCloseTheUpdateIsDrawnInThreeStagesAscendEvaluateDescend() {
        TwoBasinFigure figure = new TwoBasinFigure(Palette.of(Theme.LIGHT));
        TwoBasinExperiment experiment = new TwoBasinExperiment(TwoBasinExperiment.TYPE.presets().stream()
                .filter(p -> p.name().equals("update-up-close")).findFirst().orElseThrow().params());
        figure.show((TwoBasinSnapshot) experiment.snapshot());
        assertEquals(3, figure.updateStages());
        var plane = figure.charts().get(0).chart().getXYPlot();
        int[] arrows = new int[4];
        for (int stage = 1; stage <= 3; stage++) {
            figure.showUpdateStage(stage);
            arrows[stage] = (int) frontierslab.plot.Marks.flatten(
                    ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plane.getRenderer()).getAnnotations()).stream()
                    .filter(a -> a instanceof Arrow).count();
        }
        assertArrayEquals(new int[] {0, 2, 3, 5}, arrows);
        TwoBasinExperiment whole = new TwoBasinExperiment(TwoBasinExperiment.TYPE.presets().get(0).params()
                .withView(TwoBasinParams.View.BOTH_WELLS));
        figure.show((TwoBasinSnapshot) whole.snapshot());
        assertEquals(0, figure.updateStages());
    }
}
