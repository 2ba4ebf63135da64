package frontierslab.panels.examples.model;

/**
 * One sentence of a worked example checked against a run: the lecture's words, the formula it states (LaTeX), the value
 * the run gives for it, whether the run bears it out, and why, in one line. Every number in {@code value} and
 * {@code reason} is formatted from the run.
 */
public record DerivationRow(String sentence, String formula, String value, Verdict verdict, String reason) {
}
