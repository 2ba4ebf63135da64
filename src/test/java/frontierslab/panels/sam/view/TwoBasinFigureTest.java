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
    void theUpCloseViewFramesAllOfTheNextUpdate() {
        for (Preset<TwoBasinParams> preset : TwoBasinExperiment.TYPE.presets()) {
            TwoBasinSnapshot s = (TwoBasinSnapshot) new TwoBasinExperiment(
                    preset.params().withView(TwoBasinParams.View.SAM_UPDATE)).snapshot();
            double[] f = TwoBasinFigure.frameFor(s);
            var parts = s.next();
            double[] p = parts.update().perturbedPoint();
            double[] w = parts.update().w();
            double[] n = parts.update().next();
            for (double[] q : new double[][] {w, p, n, parts.gradientStepEnd(), parts.worstCasePoint(),
                    {p[0] + n[0] - w[0], p[1] + n[1] - w[1]}, {w[0] + parts.rho(), w[1] - parts.rho()}}) {
                assertTrue(q[0] >= f[0] && q[0] <= f[1] && q[1] >= f[2] && q[1] <= f[3], preset.name());
            }
        }
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
}
