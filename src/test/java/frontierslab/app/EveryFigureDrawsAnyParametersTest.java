package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import frontierslab.export.FigureWriter;
import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.Charts;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.ExperimentType;
import frontierslab.sim.ParamSpec;
import frontierslab.sim.Snapshot;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every experiment of the registry, parameter sets drawn at random within their ranges, with the ranges' ends, the
 * defaults and zero drawn often (where bugs live): the record either refuses the set with a message (a cross-check,
 * such as a start at a minimum of infinite curvature) or the run, its snapshot, the figure and a drawing of every chart
 * go through without an exception. Seeded: a failure names its parameters and repeats.
 */
@Tag("slow")
class EveryFigureDrawsAnyParametersTest {

    /** Long runs with property tests of their own, too slow to draw hundreds of times here. */
    private static final Set<String> HEAVY = Set.of("eos-mlp", "sam-phase-map", "dd-random-features",
            "intro-random-labels");

    static Stream<String> experiments() {
        return Registry.experiments().stream().map(e -> e.type().id()).filter(id -> !HEAVY.contains(id));
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void anyParametersInRangeRunAndDrawOrAreRefusedWithAMessage(String id) {
        Entry<?, ?> entry = Registry.experiment(id);
        int tries = id.equals("sam-pac-bayes") ? 12 : 60;
        check(entry, tries, new SplittableRandom(id.hashCode()));
    }

    private static <P extends Record> void check(Entry<P, ?> entry, int tries, SplittableRandom random) {
        ExperimentType<P> type = entry.type();
        Palette palette = Palette.of(Theme.LIGHT);
        int drawn = 0;
        for (int i = 0; i < tries; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (ParamSpec spec : type.space().specs()) {
                values.put(spec.name(), draw(spec, random));
            }
            P params;
            try {
                params = type.space().withAll(type.space().defaults(), values);
            } catch (IllegalArgumentException refused) {
                assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
                continue;
            }
            try {
                Experiment<P> experiment = type.create(params);
                if (random.nextBoolean()) {
                    experiment.reset();
                    int steps = random.nextInt(3);
                    for (int s = 0; s < steps; s++) {
                        experiment.step();
                    }
                } else {
                    experiment.step();
                }
                Snapshot snapshot = experiment.snapshot();
                var figure = entry.newFigure(palette);
                figure.show(snapshot);
                figure.readouts(snapshot);
                BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                new FigureWriter(palette, null, figure.charts().stream().map(FigureChart::chart).toList(),
                        figure.columns(), null).draw(g, 480, 300);
                g.dispose();
                for (FigureChart fc : figure.charts()) {
                    if (fc.chart().getPlot() instanceof XYPlot plot) {
                        for (ValueAxis axis : Charts.axes(plot)) {
                            assertTrue(Double.isFinite(axis.getLowerBound())
                                    && Double.isFinite(axis.getUpperBound()) && axis.getLowerBound() < axis.getUpperBound(),
                                    () -> type.id() + " with " + params + ": the axis of " + fc.id() + " spans "
                                            + axis.getRange());
                        }
                    }
                }
                drawn++;
            } catch (RuntimeException e) {
                fail(type.id() + " with " + params + ": " + e, e);
            }
        }
        assertTrue(drawn > tries / 3, type.id() + ": only " + drawn + " of " + tries + " parameter sets were accepted");
    }

    private static Object draw(ParamSpec spec, SplittableRandom random) {
        boolean edge = random.nextInt(3) == 0;
        return switch (spec) {
            case ParamSpec.Real r -> {
                if (edge) {
                    double[] edges = {r.min(), r.max(), r.defaultValue(), r.min() <= 0 && r.max() >= 0 ? 0 : r.min()};
                    yield edges[random.nextInt(edges.length)];
                }
                yield r.scale() == ParamSpec.Scale.LOG
                        ? Math.exp(Math.log(r.min()) + random.nextDouble() * (Math.log(r.max()) - Math.log(r.min())))
                        : r.min() + random.nextDouble() * (r.max() - r.min());
            }
            case ParamSpec.Whole w -> {
                // at most a few thousand steps: the point is the drawing, not the length of the run
                int max = Math.min(w.max(), Math.max(w.min(), 3000));
                yield edge ? (random.nextBoolean() ? w.min() : w.defaultValue()) : w.min() + random.nextInt(max - w.min() + 1);
            }
            case ParamSpec.Choice<?> c -> c.type().getEnumConstants()[random.nextInt(c.type().getEnumConstants().length)];
            case ParamSpec.Flag f -> random.nextBoolean();
        };
    }
}
