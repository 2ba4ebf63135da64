package frontierslab.panels.generalization.view;

/** Reading a snapshot's summary for the tiles (§5's figures and §1's {@code intro-random-labels}). */
public final class Summaries {

    private Summaries() {
    }

    /** A summary's number, NaN when the run has none yet (null; the tile then shows "—"). */
    public static double number(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
