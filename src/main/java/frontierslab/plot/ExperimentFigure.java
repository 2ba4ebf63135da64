package frontierslab.plot;

import frontierslab.sim.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * How an experiment is drawn: its charts, updated from snapshots, and its live readouts. It knows no JavaFX: the GUI
 * shows the charts through FXGraphics2D, the command line and the export draw the very same charts into files.
 * {@link #show} is called on one thread at a time (the FX thread, or the command line's).
 */
public interface ExperimentFigure<S extends Snapshot> {

    /** The charts in layout order, the most important first. */
    List<FigureChart> charts();

    /** Columns of the chart grid. */
    default int columns() {
        return 2;
    }

    /**
     * The relative heights of the grid's rows ({@link FigureLayout}) when all the charts are shown, or null for rows of
     * equal height.
     */
    default double[] rowShares() {
        return null;
    }

    /** Draws a snapshot: appends what is new since the last one, or redraws everything for a new run. */
    void show(S snapshot);

    /** The numbers shown on tiles. */
    List<Readout> readouts(S snapshot);

    /**
     * In how many stages the next update can be drawn one after another (SAM up close: ascend, evaluate, descend), as
     * the snapshot last shown stands; 0 when it is drawn whole only.
     */
    default int updateStages() {
        return 0;
    }

    /** Draws the next update up to stage {@code stage} (1 … {@link #updateStages()}; the last is the whole update). */
    default void showUpdateStage(int stage) {
        throw new UnsupportedOperationException("this figure draws its update whole");
    }

    /**
     * The series of the run that a {@link Ghost} of the previous run copies after a change of parameters: its curves
     * and its path, never its reference lines or markers. None (the default): the figure shows no ghost.
     */
    default List<Ghost.Source> ghostSources() {
        return List.of();
    }

    /**
     * A point the user can drag on a chart to set two parameters (the start of a trajectory), if any.
     */
    default Optional<DragHandle> dragHandle() {
        return Optional.empty();
    }

    /**
     * A gesture begins ({@code true}) or ends ({@code false}): a drag of the {@link #dragHandle}, or of a parameter's
     * slider. In between, a figure may hold its frame still rather than refit it to every position, and refit at the
     * end, when the snapshot is shown again.
     */
    default void dragging(boolean on) {
    }

    /** Dragging on chart {@code chartId} sets parameters {@code xParameter} and {@code yParameter}. */
    record DragHandle(String chartId, String xParameter, String yParameter) {
    }

    /**
     * What a click at data coordinates (x, y) of chart {@code chartId} opens, if anything: for example a cell of a phase
     * map opens the single run at that cell's η and ρ.
     */
    default Optional<Link> linkAt(String chartId, double x, double y) {
        return Optional.empty();
    }

    /** Show experiment {@code experimentId} with these parameters changed (names of its parameter space). */
    record Link(String experimentId, java.util.Map<String, Object> parameters) {
    }
}
