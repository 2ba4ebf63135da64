package frontierslab.sim;

/**
 * Everything a view draws of a run at one moment, immutable, handed from the simulation thread to the FX thread.
 * Experiments return their own records implementing it, adding whatever their views need.
 */
public interface Snapshot {

    /** Steps taken so far. */
    long step();

    Status status();

    /** The recorded rows: the data of the charts and of the CSV file. */
    Trace.View trace();

    /**
     * The outcome in a few named values: a record of the experiment's own (each snapshot narrows the type), written to
     * the JSON file beside the parameters by {@link frontierslab.io.Json#summary(Record)}, its components in snake_case.
     */
    Record summary();

    /** The parameters the snapshot was computed with. */
    Record params();
}
