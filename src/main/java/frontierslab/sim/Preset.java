package frontierslab.sim;

/** A named set of parameters that shows one thing, with the sentence that says what. */
public record Preset<P extends Record>(String name, String description, P params) {
}
