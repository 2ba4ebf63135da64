package frontierslab.panels.generalization.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.generalization.model.GrokExperiment;
import frontierslab.panels.generalization.model.GrokParams;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Trace;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class GrokFigureTest {

    /**
     * A figure shown at an early step and then at a much later one (a screenshot, a scene, a slow screen) fits its value
     * axes to every row: the loss and the weight norm of the late rows stay inside the frame.
     */
    @Test
    void valueAxesFollowTheWholeRunAfterAJumpInSteps() {
        GrokParams small = GrokParams.SPACE.defaults();
        GrokParams params = new GrokParams(11, 0.5, 16, small.activation(), small.loss(), small.optimizer(),
                small.init(), 3, 0.01, 1.0, 0, 0, 600, 5, true, 0);
        GrokExperiment run = new GrokExperiment(params);
        GrokFigure figure = new GrokFigure(Palette.of(Theme.LIGHT));
        run.run(20);
        figure.show((GrokExperiment.GrokSnapshot) run.snapshot());
        run.run(600);
        GrokExperiment.GrokSnapshot late = (GrokExperiment.GrokSnapshot) run.snapshot();
        figure.show(late);
        Trace.View trace = late.trace();
        for (FigureChart chart : figure.charts()) {
            String column = switch (chart.id()) {
                case "loss" -> "train_loss";
                case "weight-norm" -> "weight_norm";
                default -> null;
            };
            if (column == null) {
                continue;
            }
            XYPlot plot = chart.chart().getXYPlot();
            Range shown = plot.getRangeAxis().getRange();
            int c = trace.column(column);
            for (int r = 0; r < trace.rows(); r++) {
                double y = trace.get(r, c);
                if (Double.isFinite(y) && y > 0) {
                    assertTrue(shown.contains(y), chart.id() + ": row " + r + " value " + y + " outside " + shown);
                }
            }
        }
    }
}
