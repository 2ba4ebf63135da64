package frontierslab.panels.eos.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.EosMlpExperiment;
import frontierslab.panels.eos.model.EosMlpExperiment.EosMlpSnapshot;
import frontierslab.panels.eos.model.EosMlpExperiment.EtaChange;
import frontierslab.panels.eos.model.EosMlpParams;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class EosMlpFigureTest {

    private static final Palette PROJECTOR = Palette.of(Theme.PROJECTOR);

    /**
     * The default run reaches the edge of stability and stays there (overshooting to about 2.5 before it settles round
     * 2): from the first measurement with η·λ_max ≥ 1.8 to the end, the gauge is amber or calm, never the alarm
     * colour, and it is amber for most of the plateau.
     */
    @Tag("slow")
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

    @Test
    void aDragOfFiveChangesIsMarkedOnceFromTheFirstValueToTheLast() {
        List<EtaChange> drag = List.of(new EtaChange(300, 0.04, 0.045), new EtaChange(301, 0.045, 0.05),
                new EtaChange(302, 0.05, 0.055), new EtaChange(304, 0.055, 0.06), new EtaChange(305, 0.06, 0.062));
        assertEquals(List.of(new EtaChange(300, 0.04, 0.062)), EosMlpFigure.collapse(drag, 3));
        List<EtaChange> twoDrags = new java.util.ArrayList<>(drag);
        twoDrags.add(new EtaChange(900, 0.062, 0.03));
        assertEquals(List.of(new EtaChange(300, 0.04, 0.062), new EtaChange(900, 0.062, 0.03)),
                EosMlpFigure.collapse(twoDrags, 9));
        assertEquals(List.of(), EosMlpFigure.collapse(List.of(new EtaChange(10, 0.04, 0.05),
                new EtaChange(11, 0.05, 0.04)), 2), "a drag there and back marks nothing");
    }

    @Test
    void aDragMidRunDrawsOneMarkerPerChart() {
        EosMlpExperiment experiment = new EosMlpExperiment(EosMlpParams.SPACE.defaults());
        EosMlpFigure figure = new EosMlpFigure(PROJECTOR);
        experiment.run(200);
        for (double eta : new double[] {0.045, 0.05, 0.055, 0.06, 0.062}) {
            experiment.setParams(EosMlpParams.SPACE.withAll(experiment.params(), java.util.Map.of("eta", eta)));
            experiment.step();
            figure.show((EosMlpSnapshot) experiment.snapshot());
        }
        for (var chart : figure.charts()) {
            var markers = chart.chart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            assertEquals(1, markers.size(), chart.id());
        }
    }
}
