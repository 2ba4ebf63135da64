package frontierslab.panels.sam;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.sam.model.PhaseMapExperiment;
import frontierslab.panels.sam.model.TwoBasinExperiment;
import frontierslab.panels.sam.view.PhaseMapFigure;
import frontierslab.panels.sam.view.TwoBasinFigure;
import java.util.List;

/** Lecture §4, sharpness-aware minimization: its experiments and the cards of its text. */
public final class SamPanel {

    private SamPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("sam", "Sharpness-Aware Minimization", "§4",
                List.of(
                        new Entry<>(TwoBasinExperiment.TYPE, TwoBasinFigure::new),
                        new Entry<>(PhaseMapExperiment.TYPE, PhaseMapFigure::new)),
                List.of());
    }
}
