package frontierslab.panels.eos;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.eos.model.EosMlpExperiment;
import frontierslab.panels.eos.model.PowerLawExperiment;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.ValleyExperiment;
import frontierslab.panels.eos.view.EosMlpFigure;
import frontierslab.panels.eos.view.PowerLawFigure;
import frontierslab.panels.eos.view.QuadraticFigure;
import frontierslab.panels.eos.view.ValleyFigure;
import java.util.List;

/** Lecture §2, the edge of stability: its experiments and the cards of its text. */
public final class EosPanel {

    private EosPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("eos", "Edge of Stability", "§2",
                List.of(new Entry<>(QuadraticExperiment.TYPE, QuadraticFigure::new),
                        new Entry<>(ValleyExperiment.TYPE, ValleyFigure::new),
                        new Entry<>(EosMlpExperiment.TYPE, EosMlpFigure::new),
                        new Entry<>(PowerLawExperiment.TYPE, PowerLawFigure::new)),
                CardDeck.of("eos").cards());
    }
}
