package frontierslab.panels.examples.model;

/** What the current run says of one sentence of a derivation. */
public enum Verdict {
    /** the run satisfies the sentence */
    HOLDS,
    /** the run contradicts the sentence */
    FAILS,
    /** the sentence's premise is not met by this run, so the run neither confirms nor refutes it */
    NOT_TESTED;

    public static Verdict of(boolean holds) {
        return holds ? HOLDS : FAILS;
    }

    /** The mark a handout prints: ✓, ✗ or –. */
    public String mark() {
        return switch (this) {
            case HOLDS -> "✓";
            case FAILS -> "✗";
            case NOT_TESTED -> "–";
        };
    }
}
