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

    /** A small run (P = 11, width 16) of {@code steps} steps, measured every 5. */
    private static GrokParams small(int steps) {
        GrokParams d = GrokParams.SPACE.defaults();
        return new GrokParams(11, 0.5, 16, d.activation(), d.loss(), d.optimizer(), d.init(), 3, 0.01, 1.0, 0, 0,
                steps, 5, true, 0);
    }

    /**
     * The spectra name their blocks A, B and W₂ by tick labels under the blocks, and the unit axis starts at unit 0 (it
     * ran from −20, to leave room for names drawn in the plot, which a projector's font pushed past its edge).
     */
    @Test
    void theSpectraNameTheirBlocksByTicksAndTheUnitAxisStartsAtZero() {
        GrokExperiment run = new GrokExperiment(small(40));
        run.run(40);
        GrokFigure figure = new GrokFigure(Palette.of(Theme.PROJECTOR));
        figure.show((GrokExperiment.GrokSnapshot) run.snapshot());
        org.jfree.chart.JFreeChart spectrum = figure.charts().stream().filter(c -> c.id().equals("spectrum"))
                .findFirst().orElseThrow().chart();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        spectrum.draw(image.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 300, 300));
        XYPlot plot = spectrum.getXYPlot();
        org.junit.jupiter.api.Assertions.assertEquals(0.0, plot.getRangeAxis().getLowerBound());
        frontierslab.plot.BlockAxis blocks = (frontierslab.plot.BlockAxis) plot.getDomainAxis();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("A", "B", "W₂"), blocks.names());
        java.util.List<?> ticks = blocks.refreshTicks(image.createGraphics(), new org.jfree.chart.axis.AxisState(),
                new java.awt.geom.Rectangle2D.Double(0, 0, 300, 300), org.jfree.chart.ui.RectangleEdge.BOTTOM);
        org.junit.jupiter.api.Assertions.assertEquals(3, ticks.size());
        for (Object t : ticks) {
            double at = ((org.jfree.chart.axis.NumberTick) t).getValue();
            assertTrue(blocks.getRange().contains(at), "the name at " + at + " is under the plot");
        }
    }

    /**
     * A figure shown at an early step and then at a much later one (a screenshot, a scene, a slow screen) fits its value
     * axes to every row: the loss and the weight norm of the late rows stay inside the frame.
     */
    @Test
    void valueAxesFollowTheWholeRunAfterAJumpInSteps() {
        GrokExperiment run = new GrokExperiment(small(600));
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
