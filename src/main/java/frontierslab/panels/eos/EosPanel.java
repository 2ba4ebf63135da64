package frontierslab.panels.eos;

import frontierslab.panels.Card;
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
                List.of(
                        new Card("Theorem 2.1 (The EoS Condition)",
                                "Let \\(f\\) be a smooth function. During GD with step size \\(\\eta\\), the sharpest "
                                        + "direction \\(v\\) (eigenvector of \\(H\\) with eigenvalue \\(\\lambda_{\\max}\\)) "
                                        + "undergoes a self-stabilizing process such that:"
                                        + "\\[ \\lambda_{\\max}(H(w_t)) \\approx \\frac{2}{\\eta} \\]",
                                "on the spiral network (η = 0.04, so 2/η = 50) the sharpness starts at 7.1 and rises until "
                                        + "η·λ_max first reaches 2 at step 900. Right after the crossing it overshoots "
                                        + "and the loss spikes: up to step 1200 η·λ_max averaged over consecutive steps "
                                        + "ranges from 1.71 to 2.49. From step 1191 to the end of the run (step 4000) "
                                        + "that average stays within 2.0 ± 0.1 (a band: the measurement is every 10 "
                                        + "steps), while the loss keeps falling.",
                                "eos-mlp", "spiral", "Show it: a network at the edge"),
                        new Card("Heuristic derivation: the quadratic",
                                "Locally, the loss looks like \\(f(x) \\approx \\frac{1}{2} \\lambda x^2\\). The GD update is "
                                        + "\\[ x_{t+1} = x_t - \\eta \\lambda x_t = (1 - \\eta \\lambda) x_t \\]"
                                        + "If \\(\\eta \\lambda < 2\\), then \\(|1 - \\eta \\lambda| < 1\\), and \\(x_t \\to 0\\).\n"
                                        + "If \\(\\eta \\lambda > 2\\), then \\(|1 - \\eta \\lambda| > 1\\), and the iterates "
                                        + "\\(x_t\\) diverge away from the minimum.",
                                null, "eos-quadratic", "diverging", "Show it: η·λ₁ = 2.2"),
                        new Card("Heuristic derivation: the feedback loop",
                                "Crucially, as \\(x_t\\) diverges, the model moves into regions where the curvature "
                                        + "\\(\\lambda\\) typically decreases (since the function is not purely quadratic "
                                        + "and eventually \"flattens out\"). This creates a feedback loop: if the landscape "
                                        + "is too sharp (\\(\\lambda > 2/\\eta\\)), the optimizer is kicked out into a "
                                        + "flatter region (\\(\\lambda < 2/\\eta\\)). Once in a flat region, the optimizer "
                                        + "can descend into sharper valleys until it hits the \\(2/\\eta\\) barrier again. "
                                        + "The system thus \"self-organizes\" to sit exactly on the edge of stability.",
                                "On a valley of minima with ℓ = log cosh, GD started where the minima are three times "
                                        + "too sharp oscillates across the valley and drifts along it to a minimum of "
                                        + "sharpness 0.97 × 2/η, just below the edge, and stays there. With the square "
                                        + "loss the same start diverges within 6 steps.",
                                "eos-valley", "log-cosh-drift", "Show it: drift to 2/η"),
                        new Card("Example 1: EoS in a 1D Power-Law Potential",
                                "Consider \\(f(x) = |x|^{2.1}\\). The Hessian is \\(f''(x) = 2.1 \\times 1.1 \\times "
                                        + "|x|^{0.1}\\). Note that \\(f''(x) \\to \\infty\\) as \\(x \\to \\infty\\), and "
                                        + "\\(f''(x) \\to 0\\) as \\(x \\to 0\\). If we use a fixed step size \\(\\eta\\):\n"
                                        + "• If \\(|x|\\) is large, the curvature is high. If \\(\\eta f''(x) > 2\\), the "
                                        + "iterate \\(x_{t+1}\\) will be larger in magnitude than \\(x_t\\), but with "
                                        + "opposite sign. This \"kicks\" the model back towards the origin.\n"
                                        + "• As the model approaches the origin, \\(f''(x)\\) decreases. Eventually, it "
                                        + "reaches a point where \\(\\eta f''(x) = 2\\). This is the \"Edge of Stability\" "
                                        + "for this non-quadratic potential.",
                                "A step multiplies x by 1 − ηf''/(q − 1), so |x| grows only when ηf'' > 2(q − 1) = 2.2, "
                                        + "not 2. From ηf'' = 2.16 the iterate flips sign on each of its first 18 steps, "
                                        + "yet shrinks, and converges to 0, where ηf'' → 0 (this button). Above 2.2 |x| "
                                        + "grows on every step and the run diverges: nothing kicks it back (preset "
                                        + "example-1-diverges). "
                                        + "An orbit that stays at its edge exists only for 1 < q < 2, and it sits at "
                                        + "ηf'' = 2(q − 1), below 2 (preset period-two-orbit). "
                                        + "The cobweb view shows why: that orbit is where the step map meets "
                                        + "s' = −s; for q = 2.1 it repels (preset cobweb-orbit-repels), for q = 1.7 "
                                        + "it attracts (preset cobweb-orbit-attracts).",
                                "eos-power-law", "example-1-sign-flips", "Show it: ηf'' = 2.16"),
                        new Card("Demo 1: Visualizing the Edge of Stability",
                                "This demo simulates GD on a non-quadratic function and plots the product "
                                        + "\\(\\eta \\lambda_{\\max}\\) over time. It demonstrates how the curvature "
                                        + "\"hovers\" around the value 2, even when the loss is not monotonically "
                                        + "decreasing.",
                                "Run as the lecture's code runs it ((x² + y²)^1.1, η = 0.5, from (2, 2), 500 steps), "
                                        + "η·λ_max falls from 1.63 to 0.012 and the loss falls on every step: nothing "
                                        + "hovers at 2, because the curvature vanishes at the minimum. On this surface "
                                        + "‖w‖ grows only where η·λ_max > 2.4; from far enough out, e.g. (15, 15), the "
                                        + "run diverges instead (preset demo-1-from-far-out).",
                                "eos-power-law", "lecture-demo-1", "Run Demo 1")));
    }
}
