package frontierslab.app;

import frontierslab.panels.PanelDefinition;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.panels.eos.EosPanel;
import frontierslab.panels.sam.SamPanel;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of panels and experiments, in lecture order. The GUI's navigation, the command line's {@code list},
 * {@code run} and {@code screenshots}, and the tests all read it: a line here makes an experiment appear everywhere.
 * Loading it refuses a card button that names an experiment or preset it does not hold.
 */
public final class Registry {

    private static final List<PanelDefinition> PANELS = List.of(
            frontierslab.panels.intro.IntroPanel.definition(),
            EosPanel.definition(),
            frontierslab.panels.bias.BiasPanel.definition(),
            SamPanel.definition(),
            frontierslab.panels.generalization.GeneralizationPanel.definition(),
            frontierslab.panels.examples.ExamplesPanel.definition(),
            frontierslab.panels.demos.DemosPanel.definition());

    static {
        for (PanelDefinition p : PANELS) {
            frontierslab.panels.CardDeck.of(p.id()).checkButtons(Registry::typeOrNull);
        }
    }

    /** How much of the list of experiments a refusal names, so that its message stays one short line. */
    private static final int ALLOWED_SHOWN = 200;

    private Registry() {
    }

    public static List<PanelDefinition> panels() {
        return PANELS;
    }

    public static List<Entry<?, ?>> experiments() {
        List<Entry<?, ?>> all = new ArrayList<>();
        for (PanelDefinition p : PANELS) {
            all.addAll(p.experiments());
        }
        return all;
    }

    public static Entry<?, ?> experiment(String id) {
        Entry<?, ?> found = find(id);
        if (found != null) {
            return found;
        }
        List<String> ids = experiments().stream().map(e -> e.type().id()).toList();
        String allowed = String.join(", ", ids);
        if (allowed.length() > ALLOWED_SHOWN) {
            allowed = allowed.substring(0, allowed.lastIndexOf(", ", ALLOWED_SHOWN)) + ", … (" + ids.size()
                    + " in all: frontiers-lab list)";
        }
        throw new IllegalArgumentException("unknown experiment '" + id + "': allowed " + allowed);
    }

    private static frontierslab.sim.ExperimentType<?> typeOrNull(String id) {
        Entry<?, ?> e = find(id);
        return e == null ? null : e.type();
    }

    private static Entry<?, ?> find(String id) {
        for (Entry<?, ?> e : experiments()) {
            if (e.type().id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    public static PanelDefinition panel(String id) {
        for (PanelDefinition p : PANELS) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown panel '" + id + "': allowed "
                + String.join(", ", PANELS.stream().map(PanelDefinition::id).toList()));
    }

    public static PanelDefinition panelOf(String experimentId) {
        for (PanelDefinition p : PANELS) {
            for (Entry<?, ?> e : p.experiments()) {
                if (e.type().id().equals(experimentId)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown experiment '" + experimentId + "'");
    }
}
