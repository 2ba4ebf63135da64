package frontierslab.panels;

import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.Palette;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.Snapshot;
import java.util.List;
import java.util.function.Function;

/**
 * One panel of the app, one section of the lecture: its experiments with their figures, and its cards of lecture text.
 */
public record PanelDefinition(String id, String title, String section, List<Entry<?, ?>> experiments,
                              List<Card> cards) {

    public PanelDefinition {
        experiments = List.copyOf(experiments);
        cards = List.copyOf(cards);
    }

    /** An experiment and how it is drawn. */
    public record Entry<P extends Record, S extends Snapshot>(ExperimentType<P> type,
                                                             Function<Palette, ExperimentFigure<S>> figure) {

        /** A figure for this experiment that accepts any of its snapshots. */
        @SuppressWarnings("unchecked")
        public ExperimentFigure<Snapshot> newFigure(Palette palette) {
            return (ExperimentFigure<Snapshot>) (ExperimentFigure<?>) figure.apply(palette);
        }
    }
}
