package frontierslab.panels.intro;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.intro.model.InterpolationExperiment;
import frontierslab.panels.intro.model.RandomLabelsExperiment;
import frontierslab.panels.intro.view.InterpolationFigure;
import frontierslab.panels.intro.view.RandomLabelsFigure;
import java.util.List;

/**
 * Lecture §1, the introduction: "overparameterized models generalize". Its claim that a model can fit noise and still
 * predict well is shown by three interpolants of the same noisy samples, and its claim that parameter counts do not explain
 * generalization by one model fitted to true and to shuffled labels; the cards quote the lecture verbatim.
 */
public final class IntroPanel {

    private IntroPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("intro", "Introduction", "§1",
                List.of(new Entry<>(InterpolationExperiment.TYPE, InterpolationFigure::new),
                        new Entry<>(RandomLabelsExperiment.TYPE, RandomLabelsFigure::new)),
                CardDeck.of("intro").cards());
    }
}
