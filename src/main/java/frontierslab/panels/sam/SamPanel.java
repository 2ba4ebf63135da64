package frontierslab.panels.sam;

import frontierslab.panels.CardDeck;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.References;
import frontierslab.math.landscape.TwoBasinSurface;
import frontierslab.math.optim.Sam;
import frontierslab.math.sam.PhaseMap;
import frontierslab.math.sam.PhaseMap.Outcome;
import frontierslab.math.sam.RadiusProfile;
import frontierslab.panels.sam.model.PhaseMapExperiment.PhaseMapSnapshot;
import frontierslab.panels.sam.model.PhaseMapParams;
import frontierslab.panels.sam.model.TwoBasinParams;
import frontierslab.sim.Snapshot;
import frontierslab.sim.Trace;
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

    /** Below this η the phase-map note counts the cells where SAM left the sharp well. */
    static final double SMALL_ETA = 0.1;
    /** The sam-valley note says when SAM first comes this close to the flattest minimum. */
    static final double NEAR_FLATTEST = 0.1;

    static {
        References.define("sam-two-basin", "eps_angle_degrees", SamPanel::epsilonAngleDegrees);
        References.define("sam-two-basin", "first_order_gap", SamPanel::firstOrderGap);
        References.define("sam-phase-map", "sam_flat_smallest_eta", s -> samFlatSmallestEta((PhaseMapSnapshot) s));
        References.define("sam-phase-map", "leave_first_rho", s -> {
            PhaseMapSnapshot m = (PhaseMapSnapshot) s;
            return m.rho()[leaving(m)[0]];
        });
        References.define("sam-phase-map", "leave_cells", s -> leaving((PhaseMapSnapshot) s)[1]);
        References.define("sam-phase-map", "leave_total", s -> leaving((PhaseMapSnapshot) s)[2]);
        References.define("sam-phase-map", "leave_share", s -> {
            int[] l = leaving((PhaseMapSnapshot) s);
            return l[2] == 0 ? 0.0 : (double) l[1] / l[2];
        });
        References.define("sam-phase-map", "chaos_shift", s -> chaosShift((PhaseMapSnapshot) s));
        References.define("sam-valley", "tail_steps", s -> (int) (s.step() / 10));
        References.define("sam-valley", "sam_within_tenth_step", s -> {
            Trace.View t = s.trace();
            for (int r = 0; r < t.rows(); r++) {
                if (t.get(r, "sam_distance") <= NEAR_FLATTEST) {
                    return (int) t.get(r, "step");
                }
            }
            return null;
        });
    }

    private SamPanel() {
    }

    /** The angle between ε̂ and ε* of SAM's next update, in degrees. */
    static double epsilonAngleDegrees(Snapshot s) {
        TwoBasinExperiment.NextSamUpdate next = ((TwoBasinExperiment.TwoBasinSnapshot) s).summary().nextSamUpdate();
        List<Double> a = next.epsilonHat();
        List<Double> b = next.epsilonStar();
        double cosine = (a.get(0) * b.get(0) + a.get(1) * b.get(1))
                / (Math.hypot(a.get(0), a.get(1)) * Math.hypot(b.get(0), b.get(1)));
        return Math.toDegrees(Math.acos(cosine));
    }

    /** The largest L(w + ε*) − L(w + ε̂) along SAM's recorded run (ε̂ first order, ε* the exact maximizer). */
    static double firstOrderGap(Snapshot s) {
        double rho = ((TwoBasinParams) s.params()).rho();
        Trace.View t = s.trace();
        double largest = 0;
        for (int r = 0; r < t.rows(); r++) {
            double[] w = {t.get(r, "sam_x1"), t.get(r, "sam_x2")};
            var firstOrder = RadiusProfile.firstOrder(TwoBasinSurface.LECTURE, w, rho);
            if (firstOrder.isPresent()) {
                largest = Math.max(largest,
                        RadiusProfile.worstCase(TwoBasinSurface.LECTURE, w, rho).value() - firstOrder.get().value());
            }
        }
        return largest;
    }

    /** The smallest η at which some SAM run of the map ends in the flat well B. */
    static double samFlatSmallestEta(PhaseMapSnapshot s) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < s.rho().length; r++) {
            for (int c = 0; c < s.grid().etaCount(); c++) {
                if (s.samOutcome(r, c) == Outcome.FLAT_BASIN.ordinal()) {
                    smallest = Math.min(smallest, s.grid().eta(c));
                }
            }
        }
        return smallest;
    }

    /**
     * Below {@link #SMALL_ETA}: the first row (smallest ρ) in which some SAM run leaves the sharp well (0 when none
     * does), and from that row on how many cells left and how many there are.
     */
    public static int[] leaving(PhaseMapSnapshot s) {
        int columns = 0;
        while (columns < s.grid().etaCount() && s.grid().eta(columns) < SMALL_ETA) {
            columns++;
        }
        int firstRow = -1;
        int left = 0;
        int cells = 0;
        for (int r = 0; r < s.rho().length; r++) {
            int leftInRow = 0;
            for (int c = 0; c < columns; c++) {
                if (s.samOutcome(r, c) != Outcome.SHARP_BASIN.ordinal()) {
                    leftInRow++;
                }
            }
            if (firstRow < 0 && leftInRow > 0) {
                firstRow = r;
            }
            if (firstRow >= 0) {
                left += leftInRow;
                cells += columns;
            }
        }
        return new int[] {Math.max(firstRow, 0), left, cells};
    }

    /**
     * The smallest shift 10⁻ᵏ (k = 15 … 9) of the start's first coordinate that moves GD out of the sharp well in the
     * largest column where the map has it in A: the map's answer there depends on the start's last digits.
     */
    static Double chaosShift(PhaseMapSnapshot s) {
        Double eta = s.summary().gdSharpForEveryEtaUpTo();
        if (eta == null) {
            return null;
        }
        PhaseMapParams p = s.params();
        var gd = Sam.gradientDescent(eta, p.gradient());
        for (int k = 15; k >= 9; k--) {
            double shift = Math.pow(10, -k);
            if (PhaseMap.run(gd, p.x1() + shift, p.x2(), p.steps()).outcome() != Outcome.SHARP_BASIN) {
                return shift;
            }
        }
        return null;
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
