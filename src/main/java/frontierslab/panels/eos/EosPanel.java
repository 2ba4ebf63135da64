package frontierslab.panels.eos;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.eos.model.EosMlpExperiment;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.view.EosMlpFigure;
import frontierslab.panels.eos.view.QuadraticFigure;
import java.util.List;

/** Lecture §2, the edge of stability: its experiments and the cards of its text. */
public final class EosPanel {

    private EosPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("eos", "Edge of Stability", "§2",
                List.of(new Entry<>(QuadraticExperiment.TYPE, QuadraticFigure::new),
                        new Entry<>(EosMlpExperiment.TYPE, EosMlpFigure::new)),
                List.of(
                        new Card("Theorem 2.1 (The EoS Condition)",
                                "Let \\(f\\) be a smooth function. During GD with step size \\(\\eta\\), the sharpest "
                                        + "direction \\(v\\) (eigenvector of \\(H\\) with eigenvalue \\(\\lambda_{\\max}\\)) "
                                        + "undergoes a self-stabilizing process such that:"
                                        + "\\[ \\lambda_{\\max}(H(w_t)) \\approx \\frac{2}{\\eta} \\]",
                                null, null, null, null),
                        new Card("Heuristic derivation: the quadratic",
                                "Locally, the loss looks like \\(f(x) \\approx \\frac{1}{2} \\lambda x^2\\). The GD update is "
                                        + "\\[ x_{t+1} = x_t - \\eta \\lambda x_t = (1 - \\eta \\lambda) x_t \\]"
                                        + "If \\(\\eta \\lambda < 2\\), then \\(|1 - \\eta \\lambda| < 1\\), and \\(x_t \\to 0\\).\n"
                                        + "If \\(\\eta \\lambda > 2\\), then \\(|1 - \\eta \\lambda| > 1\\), and the iterates "
                                        + "\\(x_t\\) diverge away from the minimum.",
                                null, "eos-quadratic", "diverging", "Show it: η·λ₁ = 2.2")));
    }
}
