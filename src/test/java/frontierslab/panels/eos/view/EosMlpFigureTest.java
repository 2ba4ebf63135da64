package frontierslab.panels.eos.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.EosMlpExperiment;
import frontierslab.panels.eos.model.EosMlpExperiment.EosMlpSnapshot;
import frontierslab.panels.eos.model.EosMlpParams;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import org.junit.jupiter.api.Test;

class EosMlpFigureTest {

    private static final Palette PROJECTOR = Palette.of(Theme.PROJECTOR);

    /**
     * The default run reaches the edge of stability and stays there (overshooting to about 2.5 before it settles round
     * 2): from the first measurement with η·λ_max ≥ 1.8 to the end, the gauge is amber or calm, never the alarm
     * colour, and it is amber for most of the plateau.
     */
    @Test
    void theHealthyEdgeOfStabilityPlateauIsAmberNeverAlarm() {
        EosMlpExperiment experiment = new EosMlpExperiment(EosMlpParams.SPACE.defaults());
        EosMlpFigure figure = new EosMlpFigure(PROJECTOR);
        boolean reached = false;
        int edge = 0;
        int measured = 0;
        while (experiment.canStep()) {
            experiment.step();
            if (experiment.snapshot().step() % 10 != 1) {
                continue;
            }
            Readout gauge = figure.readouts((EosMlpSnapshot) experiment.snapshot()).get(0);
            reached |= gauge.hasValue() && gauge.value() >= 1.8;
            if (reached) {
                measured++;
                assertNotEquals(Readout.Zone.ALARM, gauge.zone(), "η·λ_max = " + gauge.value());
                assertNotEquals(PROJECTOR.alarm(), PROJECTOR.gaugeColour(gauge));
                edge += gauge.zone() == Readout.Zone.EDGE ? 1 : 0;
            }
        }
        assertTrue(reached, "the run reaches η·λ_max = 1.8");
        assertTrue(edge > 0.8 * measured, edge + " of " + measured + " measurements in the edge band");
    }

    @Test
    void aStabilityGaugeIsCalmBelowTheEdgeAmberAtItAndAlarmOnlyWhenTheRunDiverges() {
        assertEquals(Readout.Zone.CALM, Readout.stability("g", "η·λ", 1.0, 2, 4, false).zone());
        assertEquals(Readout.Zone.EDGE, Readout.stability("g", "η·λ", 1.85, 2, 4, false).zone());
        assertEquals(Readout.Zone.EDGE, Readout.stability("g", "η·λ", 2.4, 2, 4, false).zone());
        assertEquals(Readout.Zone.ALARM, Readout.stability("g", "η·λ", 2.4, 2, 4, true).zone());
        assertEquals(PROJECTOR.edge(), PROJECTOR.gaugeColour(Readout.stability("g", "η·λ", 2.0, 2, 4, false)));
        assertEquals(PROJECTOR.alarm(), PROJECTOR.gaugeColour(Readout.stability("g", "η·λ", 2.8, 2, 4, true)));
        assertEquals(PROJECTOR.series(0), PROJECTOR.gaugeColour(Readout.stability("g", "η·λ", 1, 2, 4, false)));
        assertEquals(Readout.Zone.ALARM, Readout.gauge("g", "ratio", 1.05, 1, 2).zone(), "a plain gauge has no edge");
        assertEquals(Readout.Zone.CALM, Readout.stability("g", "η·λ", Double.NaN, 2, 4, false).zone());
    }
}
