package frontierslab.panels.demos;

import frontierslab.panels.Card;
import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.demos.model.EdgeDemo;
import frontierslab.panels.demos.model.SamDemo;
import frontierslab.panels.demos.view.EdgeDemoFigure;
import frontierslab.panels.demos.view.SamDemoFigure;
import java.util.List;

/**
 * Lecture §7, coding demos: each demo's Python, verbatim, beside its run. Step executes the next line of its main loop
 * (highlighted, with its variables); the literals that matter are parameters, so editing one re-runs the program; the
 * figure is drawn as the script draws it, and a checklist judges what the demo's text claims against the run.
 */
public final class DemosPanel {

    private DemosPanel() {
    }

    public static PanelDefinition definition() {
        return new PanelDefinition("demos", "Coding Demos", "§7",
                List.of(new Entry<>(EdgeDemo.TYPE, EdgeDemoFigure::new), new Entry<>(SamDemo.TYPE, SamDemoFigure::new)),
                List.of(new Card("Demo 1: Visualizing the Edge of Stability",
                        "This demo simulates GD on a non-quadratic function and plots the product \\(\\eta "
                                + "\\lambda_{\\max}\\) over time. It demonstrates how the curvature \"hovers\" around "
                                + "the value 2, even when the loss is not monotonically decreasing.",
                        null, "demo-1-code", "lecture-demo-1", "Run the script line by line"),
                        new Card("Demo 2: SAM vs. SGD Comparison on a Sharp Potential",
                                "This demo compares the trajectories of SGD and SAM on a function with a sharp local "
                                        + "minimum and a flat global minimum. It shows how SAM is able to \"jump out\" "
                                        + "of the sharp minimum to find the flatter one.",
                                null, "demo-2-code", "lecture-demo-2", "Run the script line by line")));
    }
}
