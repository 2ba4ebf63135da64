package frontierslab.panels.eos;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.References;
import frontierslab.panels.eos.model.EosMlpParams;
import frontierslab.panels.eos.model.ValleyParams;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Trace;
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

    /** Band around 2 that the Theorem 2.1 card's note tests η·λ_max's pair mean against. */
    static final double BAND = 0.1;

    static {
        References.define("eos-mlp", "two_over_eta", s -> 2 / ((EosMlpParams) s.params()).eta());
        References.define("eos-mlp", "band_from_step", EosPanel::bandFromStep);
        References.define("eos-mlp", "overshoot_low", s -> overshoot(s, false));
        References.define("eos-mlp", "overshoot_high", s -> overshoot(s, true));
        References.define("eos-valley", "start_flow_over_edge",
                s -> valley(s).startFlowLimitSharpness() / valley(s).twoOverEta());
        References.define("eos-valley", "gap_below_edge",
                s -> 1 - valley(s).finalSharpnessOverTwoOverEta());
        References.define("eos-valley", "minimal_sharpness",
                s -> ((ValleyParams) s.params()).valley().minimalSharpness());
        References.define("eos-power-law", "leading_sign_flips", EosPanel::leadingSignFlips);
    }

    private EosPanel() {
    }

    private static ValleyExperiment.ValleySummary valley(Snapshot s) {
        return ((ValleyExperiment.ValleySnapshot) s).summary();
    }

    /** The first measured step from which the pair mean of η·λ_max stays within {@link #BAND} of 2 to the end. */
    static int bandFromStep(Snapshot s) {
        Trace.View t = s.trace();
        int from = -1;
        for (int r = 0; r < t.rows(); r++) {
            double m = t.get(r, "pair_mean_eta_sharpness");
            if (!Double.isFinite(m)) {
                continue;
            }
            if (Math.abs(m - 2) > BAND) {
                from = -1;
            } else if (from < 0) {
                from = (int) t.get(r, "step");
            }
        }
        return from;
    }

    /** The extreme pair mean of η·λ_max from the first crossing of 2 until {@link #bandFromStep}. */
    static double overshoot(Snapshot s, boolean highest) {
        Trace.View t = s.trace();
        int edge = ((EosMlpExperiment.EosMlpSnapshot) s).summary().firstEdgeStep();
        int until = bandFromStep(s);
        double extreme = highest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int r = 0; r < t.rows(); r++) {
            double m = t.get(r, "pair_mean_eta_sharpness");
            double step = t.get(r, "step");
            if (Double.isFinite(m) && step >= edge && step < until) {
                extreme = highest ? Math.max(extreme, m) : Math.min(extreme, m);
            }
        }
        return extreme;
    }

    /** How many steps, from the first, flip the sign of x (1-D runs). */
    static int leadingSignFlips(Snapshot s) {
        Trace.View t = s.trace();
        int k = 0;
        while (k + 1 < t.rows() && t.get(k, "x") * t.get(k + 1, "x") < 0) {
            k++;
        }
        return k;
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
