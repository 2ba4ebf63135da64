package frontierslab.math.eos;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Why and where an iteration stopped being a usable number: divergence is a state of a run, not an exception.
 *
 * @param step        t, the index of the first iterate w_t that is non-finite or escaped (w_t is the iterate after t
 *                    updates); the run keeps every finite iterate before it
 * @param reason      what was detected
 * @param explanation a sentence for the view, e.g. "‖w‖ = 3.1e+08 exceeded 1e+08 at step 41; η·λ_max = 2.9 &gt; 2.4"
 */
public record Divergence(int step, Reason reason, String explanation) {

    /** The ways a run leaves the numbers. */
    public enum Reason {
        /** an iterate or its loss became NaN or infinite */
        NON_FINITE,
        /** ‖w‖ grew past the escape radius */
        ESCAPED,
        /** the loss rose above its start on a surface where a rise never stops (see {@code SaneRange}) */
        GREW
    }

    /** ‖w‖ beyond which a run counts as diverged: {@value} × max(1, ‖w₀‖). */
    public static final double ESCAPE_FACTOR = 1e8;

    /** The escape radius for a run started at w₀. */
    public static double escapeRadius(double[] start) {
        return ESCAPE_FACTOR * Math.max(1.0, norm(start));
    }

    /**
     * The divergence of iterate w_t with loss f(w_t), or null when it is a usable finite number inside the escape
     * radius. {@code context} (built only on divergence; may give "") is appended to the explanation.
     */
    static Divergence detect(int step, double[] w, double loss, double escapeRadius, Supplier<String> context) {
        boolean finite = Double.isFinite(loss);
        for (double x : w) {
            finite &= Double.isFinite(x);
        }
        if (!finite) {
            String suffix = suffix(context);
            return new Divergence(step, Reason.NON_FINITE,
                    String.format(Locale.ROOT, "the iterate or its loss became non-finite at step %d%s", step, suffix));
        }
        double norm = norm(w);
        if (!(norm <= escapeRadius)) {
            String suffix = suffix(context);
            return new Divergence(step, Reason.ESCAPED, String.format(Locale.ROOT,
                    "‖w‖ = %.2g exceeded %.2g at step %d%s", norm, escapeRadius, step, suffix));
        }
        return null;
    }

    private static String suffix(Supplier<String> context) {
        String text = context.get();
        return text.isEmpty() ? "" : "; " + text;
    }

    static double norm(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
