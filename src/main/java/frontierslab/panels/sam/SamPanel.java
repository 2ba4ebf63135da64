package frontierslab.panels.sam;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.sam.model.PacBayesExperiment;
import frontierslab.panels.sam.model.PhaseMapExperiment;
import frontierslab.panels.sam.model.SamValleyExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.view.PacBayesFigure;
import frontierslab.panels.sam.view.PhaseMapFigure;
import frontierslab.panels.sam.view.SamValleyFigure;
import frontierslab.panels.sam.view.TwoBasinFigure;
import java.util.List;

/**
 * Lecture §4, sharpness-aware minimization: its experiments and the cards of its text. Each card quotes the lecture
 * verbatim; its note says where the runs show something else ({@code SamPanelTest} recomputes the notes' numbers
 * from the runs).
 */
public final class SamPanel {

    private SamPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("sam", "Sharpness-Aware Minimization", "§4",
                List.of(
                        new Entry<>(TwoBasinExperiment.TYPE, TwoBasinFigure::new),
                        new Entry<>(PhaseMapExperiment.TYPE, PhaseMapFigure::new),
                        new Entry<>(SamValleyExperiment.TYPE, SamValleyFigure::new),
                        new Entry<>(PacBayesExperiment.TYPE, PacBayesFigure::new)),
                CardDeck.of("sam").cards());
    }
}
