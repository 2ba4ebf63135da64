package frontierslab.panels.examples;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.examples.model.PacBayesExample;
import frontierslab.panels.examples.model.PowerLawExample;
import frontierslab.panels.examples.model.TwoWeightsExample;
import frontierslab.panels.examples.view.PacBayesExampleFigure;
import frontierslab.panels.examples.view.PowerLawExampleFigure;
import frontierslab.panels.examples.view.TwoWeightsExampleFigure;
import java.util.List;

/**
 * Lecture §6, worked examples: each sentence of an example is a row checked against a run (its formula, the run's
 * value, holds or fails, and why), recomputed whenever a number in it is dragged; Step reveals the next line. The
 * cards quote the lecture verbatim.
 */
public final class ExamplesPanel {

    private ExamplesPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("examples", "Worked Examples", "§6",
                List.of(
                        new Entry<>(PowerLawExample.TYPE, PowerLawExampleFigure::new),
                        new Entry<>(PacBayesExample.TYPE, PacBayesExampleFigure::new),
                        new Entry<>(TwoWeightsExample.TYPE, TwoWeightsExampleFigure::new)),
                CardDeck.of("examples").cards());
    }
}
