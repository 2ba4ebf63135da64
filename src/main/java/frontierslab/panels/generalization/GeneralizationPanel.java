package frontierslab.panels.generalization;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.References;
import frontierslab.panels.generalization.model.EpochwiseExperiment;
import frontierslab.panels.generalization.model.GrokExperiment;
import frontierslab.panels.generalization.model.GrokParams;
import frontierslab.panels.generalization.model.LinearFeaturesExperiment;
import frontierslab.panels.generalization.model.RandomFeaturesExperiment;
import frontierslab.panels.generalization.view.EpochwiseFigure;
import frontierslab.panels.generalization.view.GrokFigure;
import frontierslab.panels.generalization.view.LinearFeaturesFigure;
import frontierslab.panels.generalization.view.RandomFeaturesFigure;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Trace;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/** Lecture §5, grokking and double descent: its experiments and the cards of its text. */
public final class GeneralizationPanel {

    static {
        References.define("grok-modadd", "pairs", s -> {
            int p = ((GrokParams) s.params()).modulus();
            return p * p;
        });
        References.define("grok-modadd", "chance", s -> 1.0 / ((GrokParams) s.params()).modulus());
        References.define("grok-modadd", "climb_steps", s -> {
            GrokExperiment.GrokSummary g = ((GrokExperiment.GrokSnapshot) s).summary();
            return g.grokStep() - g.testAccuracy10Step();
        });
        References.define("grok-modadd", "test_accuracy_low_after_switch",
                s -> afterSwitch(s, "test_acc", Math::min));
        References.define("grok-modadd", "test_accuracy_high_after_switch",
                s -> afterSwitch(s, "test_acc", Math::max));
        References.define("grok-modadd", "weight_norm_at_switch", s -> {
            Trace.View v = s.trace();
            int switchAt = ((GrokParams) s.params()).switchAt();
            for (int r = 0; r < v.rows(); r++) {
                if (v.get(r, "step") >= switchAt) {
                    return v.get(r, "weight_norm");
                }
            }
            return null;
        });
    }

    private GeneralizationPanel() {
    }

    /** The least or the greatest of a measured column from the step the weight decay switches on. */
    private static Double afterSwitch(Snapshot s, String column, DoubleBinaryOperator pick) {
        Trace.View v = s.trace();
        int switchAt = ((GrokParams) s.params()).switchAt();
        Double found = null;
        for (int r = 0; r < v.rows(); r++) {
            if (v.get(r, "step") >= switchAt) {
                found = found == null ? v.get(r, column) : pick.applyAsDouble(found, v.get(r, column));
            }
        }
        return found;
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("generalization", "Grokking and Double Descent", "§5",
                List.of(new Entry<>(RandomFeaturesExperiment.TYPE, RandomFeaturesFigure::new),
                        new Entry<>(LinearFeaturesExperiment.TYPE, LinearFeaturesFigure::new),
                        new Entry<>(EpochwiseExperiment.TYPE, EpochwiseFigure::new),
                        new Entry<>(GrokExperiment.TYPE, GrokFigure::new)),
                CardDeck.of("generalization").cards());
    }
}
