package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure of the registry, stepped 100 times, reset and stepped 100 times again, draws the same annotations and
 * markers at each step of the second run as at the same step of the first: nothing a figure removes takes another's
 * item with it (JFreeChart removes annotations by {@code equals()}, from both layers). The annotations installed at
 * step 0 (background groups: heat maps, iso-lines, rings, labels) are still installed, the same objects, at the end.
 */
class EveryFigureKeepsItsAnnotationsTest {

    private static final int STEPS = 100;

    static Stream<String> experiments() {
        return RegistryAccess.ids(false);
    }

    static Stream<String> heavyExperiments() {
        return RegistryAccess.ids(true);
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void steppingAndResettingNeverLosesAnAnnotation(String id) {
        check(Registry.experiment(id));
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("heavyExperiments")
    void steppingAndResettingNeverLosesAnAnnotationForAHeavyExperiment(String id) {
        check(Registry.experiment(id));
    }

    private static <P extends Record> void check(Entry<P, ?> entry) {
        Experiment<P> experiment = entry.type().create(entry.type().space().defaults());
        ExperimentFigure<Snapshot> figure = entry.newFigure(Palette.of(Theme.LIGHT));
        experiment.reset();
        figure.show(experiment.snapshot());
        Set<Object> installed = topLevel(figure);
        List<Map<String, Integer>> first = new ArrayList<>();
        first.add(census(figure));
        for (int i = 0; i < STEPS; i++) {
            experiment.step();
            figure.show(experiment.snapshot());
            first.add(census(figure));
        }
        experiment.reset();
        figure.show(experiment.snapshot());
        String id = entry.type().id();
        assertEquals(first.get(0), census(figure), id + ": after a reset, the items of step 0");
        for (int i = 1; i <= STEPS; i++) {
            experiment.step();
            figure.show(experiment.snapshot());
            assertEquals(first.get(i), census(figure), id + ": step " + i + " of the second run");
        }
        Set<Object> now = topLevel(figure);
        for (Object a : installed) {
            assertTrue(now.contains(a), id + ": " + a + " installed at step 0 was removed");
        }
    }

    @Test
    void theTwoBasinContoursAreAllThereAfterTenSteps() {
        Entry<?, ?> entry = Registry.experiment("sam-two-basin");
        Experiment<?> experiment = create(entry);
        ExperimentFigure<Snapshot> figure = entry.newFigure(Palette.of(Theme.LIGHT));
        figure.show(experiment.snapshot());
        int atStart = shapes(figure.charts().get(0));
        for (int i = 0; i < 10; i++) {
            experiment.step();
            figure.show(experiment.snapshot());
        }
        assertTrue(atStart >= 10, "iso-lines at step 0: " + atStart);
        assertEquals(atStart, shapes(figure.charts().get(0)));
    }

    private static <P extends Record> Experiment<P> create(Entry<P, ?> entry) {
        return entry.type().create(entry.type().space().defaults());
    }

    /** The iso-lines and other shapes in the background of a chart. */
    private static int shapes(FigureChart chart) {
        int n = 0;
        AbstractXYItemRenderer r = (AbstractXYItemRenderer) chart.chart().getXYPlot().getRenderer();
        for (Object a : r.getAnnotations()) {
            if (a instanceof Marks m) {
                n += (int) m.items().stream()
                        .filter(x -> x instanceof org.jfree.chart.annotations.XYShapeAnnotation).count();
            }
        }
        return n;
    }

    private static List<XYPlot> plots(ExperimentFigure<?> figure) {
        List<XYPlot> plots = new ArrayList<>();
        for (FigureChart c : figure.charts()) {
            if (c.chart().getPlot() instanceof CombinedDomainXYPlot combined) {
                plots.addAll(combined.getSubplots());
            } else if (c.chart().getPlot() instanceof XYPlot p) {
                plots.add(p);
            }
        }
        return plots;
    }

    private static Set<Object> topLevel(ExperimentFigure<?> figure) {
        Set<Object> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (XYPlot p : plots(figure)) {
            all.addAll(p.getAnnotations());
            for (int i = 0; i < p.getRendererCount(); i++) {
                if (p.getRenderer(i) instanceof AbstractXYItemRenderer r) {
                    all.addAll(r.getAnnotations());
                }
            }
        }
        return all;
    }

    /** How many annotations and markers of each kind each plot draws, groups counted by their items. */
    private static Map<String, Integer> census(ExperimentFigure<?> figure) {
        Map<String, Integer> counts = new TreeMap<>();
        int k = 0;
        for (XYPlot p : plots(figure)) {
            String plot = "plot " + k++ + " ";
            count(counts, plot, p.getAnnotations());
            for (int i = 0; i < p.getRendererCount(); i++) {
                if (p.getRenderer(i) instanceof AbstractXYItemRenderer r) {
                    count(counts, plot, r.getAnnotations());
                }
            }
            for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
                counts.merge(plot + "domain markers " + layer, size(p.getDomainMarkers(layer)), Integer::sum);
                counts.merge(plot + "range markers " + layer, size(p.getRangeMarkers(layer)), Integer::sum);
            }
        }
        return counts;
    }

    private static void count(Map<String, Integer> counts, String plot, Collection<?> annotations) {
        for (Object a : annotations) {
            if (a instanceof Marks m) {
                count(counts, plot, m.items());
            } else {
                counts.merge(plot + a.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
    }

    private static int size(Collection<?> c) {
        return c == null ? 0 : c.size();
    }
}
