package frontierslab.panels.bias;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.bias.model.LowRankBiasExperiment;
import frontierslab.panels.bias.model.ScalarBiasExperiment;
import frontierslab.panels.bias.model.SparseBiasExperiment;
import frontierslab.panels.bias.view.LowRankBiasFigure;
import frontierslab.panels.bias.view.ScalarBiasFigure;
import frontierslab.panels.bias.view.SparseBiasFigure;
import java.util.List;

/** Lecture §3, the implicit bias of optimization: its experiments and the cards of its text. */
public final class BiasPanel {

    private BiasPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("bias", "Implicit Bias of Optimization", "§3",
                List.of(new Entry<>(ScalarBiasExperiment.TYPE, ScalarBiasFigure::new),
                        new Entry<>(SparseBiasExperiment.TYPE, SparseBiasFigure::new),
                        new Entry<>(LowRankBiasExperiment.TYPE, LowRankBiasFigure::new)),
                CardDeck.of("bias").cards());
    }
}
