package frontierslab.panels.demos;

import frontierslab.panels.CardDeck;
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
                CardDeck.of("demos").cards());
    }
}
