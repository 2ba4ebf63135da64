package frontierslab.panels.generalization.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.grok.GrokSetup.Activation;
import frontierslab.math.grok.GrokSetup.Init;
import frontierslab.math.grok.GrokSetup.Loss;
import frontierslab.math.grok.GrokSetup.Optimizer;
import frontierslab.panels.generalization.model.GrokExperiment.GrokSnapshot;
import frontierslab.panels.generalization.view.GrokFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.Status;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Trace;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class GrokPropertiesTest {

    /**
     * Any parameters in range (P and the width kept small for speed; lr over its whole range, so GD and Adam with
     * lr = 10 are included): every number in the trace, the summary, the status and the tiles is finite, and a run
     * that blows up says "diverged".
     */
    @Property(tries = 40)
    void noParameterInRangeShowsANonFiniteNumber(@ForAll @IntRange(min = 5, max = 31) int p,
                                                 @ForAll @DoubleRange(min = 0.05, max = 0.95) double fraction,
                                                 @ForAll @IntRange(min = 8, max = 48) int width,
                                                 @ForAll Activation activation, @ForAll Loss loss,
                                                 @ForAll Optimizer optimizer, @ForAll boolean fourier,
                                                 @ForAll @DoubleRange(min = -4, max = 1) double log10Lr,
                                                 @ForAll @DoubleRange(min = 0, max = 5) double wd) {
        Init init = fourier && activation == Activation.QUADRATIC ? Init.FOURIER : Init.RANDOM;
        GrokParams params = new GrokParams(p, fraction, width, activation, loss, optimizer, init, 7,
                Math.pow(10, log10Lr), wd, 0, 0, 30, 3, true, 0);
        GrokExperiment e = new GrokExperiment(params);
        e.run(30);
        GrokSnapshot s = (GrokSnapshot) e.snapshot();
        Trace.View v = s.trace();
        for (int r = 0; r < v.rows(); r++) {
            for (int c = 0; c < v.columns().size(); c++) {
                assertTrue(Double.isFinite(v.get(r, c)), v.columns().get(c) + " at row " + r);
            }
        }
        for (Object value : SummaryJson.of(s.summary()).values()) {
            if (value instanceof Double d) {
                assertTrue(Double.isFinite(d));
            }
        }
        String message = s.status().message();
        assertFalse(message.contains("NaN") || message.contains("Infinity"), message);
        if (s.step() < 30) {
            assertTrue(s.status().state() == Status.State.DIVERGED, "a run that stopped early says why");
        }
        GrokFigure figure = new GrokFigure(Palette.of(Theme.LIGHT));
        figure.show(s);
        for (Readout readout : figure.readouts(s)) {
            assertFalse(readout.text().contains("NaN") || readout.text().contains("Infinity"), readout.text());
        }
    }
}
