package frontierslab.panels.generalization;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.generalization.model.EpochwiseExperiment;
import frontierslab.panels.generalization.model.LinearFeaturesExperiment;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment;
import frontierslab.panels.generalization.view.EpochwiseFigure;
import frontierslab.panels.generalization.view.LinearFeaturesFigure;
import frontierslab.panels.generalization.view.RandomFeaturesFigure;
import java.util.List;

/** Lecture §5, grokking and double descent: its experiments and the cards of its text. */
public final class GeneralizationPanel {

    private GeneralizationPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("generalization", "Grokking and Double Descent", "§5",
                List.of(new Entry<>(RandomFeaturesExperiment.TYPE, RandomFeaturesFigure::new),
                        new Entry<>(LinearFeaturesExperiment.TYPE, LinearFeaturesFigure::new),
                        new Entry<>(EpochwiseExperiment.TYPE, EpochwiseFigure::new)),
                CardDeck.of("generalization").cards());
    }
}
