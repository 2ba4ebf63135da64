package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.Snapshot;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every axis of every figure, drawn at step 0 of a fresh run and again after 20 steps and a reset, in the projector
 * theme at 1920×1080: at least two labelled ticks, no two alike, none written with an exponent letter ("1.11E1" ten
 * times, a step axis from −4E-9 to 4E-9), and no step axis below −0.5.
 */
class EveryAxisReadsAtStepZeroTest {

    static Stream<String> experiments() {
        return RegistryAccess.ids(false);
    }

    static Stream<String> heavyExperiments() {
        return RegistryAccess.ids(true);
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void everyAxisHasDistinctRoundLabelsAtStepZeroAndAfterAReset(String id) {
        check(Registry.experiment(id));
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("heavyExperiments")
    void everyAxisHasDistinctRoundLabelsAtStepZeroAndAfterAResetForAHeavyExperiment(String id) {
        check(Registry.experiment(id));
    }

    private static <P extends Record> void check(Entry<P, ?> entry) {
        Experiment<P> experiment = entry.type().create(entry.type().space().defaults());
        ExperimentFigure<Snapshot> figure = entry.newFigure(Palette.of(Theme.PROJECTOR));
        figure.show(experiment.snapshot());
        checkAxes(entry.type().id() + " at step 0", figure);
        for (int i = 0; i < 20; i++) {
            experiment.step();
            figure.show(experiment.snapshot());
        }
        experiment.reset();
        figure.show(experiment.snapshot());
        checkAxes(entry.type().id() + " after a reset", figure);
    }

    private static void checkAxes(String where, ExperimentFigure<?> figure) {
        for (FigureChart fc : figure.charts()) {
            BufferedImage image = new BufferedImage(960, 800, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            ChartRenderingInfo info = new ChartRenderingInfo();
            fc.chart().draw(g, new Rectangle2D.Double(0, 0, 960, 800), info);
            List<XYPlot> plots = new ArrayList<>();
            List<PlotRenderingInfo> infos = new ArrayList<>();
            if (fc.chart().getPlot() instanceof CombinedDomainXYPlot c) {
                for (int i = 0; i < c.getSubplots().size(); i++) {
                    plots.add(c.getSubplots().get(i));
                    infos.add(info.getPlotInfo().getSubplotInfo(i));
                }
                check(where + " " + fc.id() + " step axis", c.getDomainAxis(), g,
                        info.getPlotInfo().getSubplotInfo(0).getDataArea(), RectangleEdge.BOTTOM);
            } else if (fc.chart().getPlot() instanceof XYPlot xy) {
                plots.add(xy);
                infos.add(info.getPlotInfo());
            }
            for (int i = 0; i < plots.size(); i++) {
                XYPlot p = plots.get(i);
                Rectangle2D area = infos.get(i).getDataArea();
                if (!(fc.chart().getPlot() instanceof CombinedDomainXYPlot)) {
                    check(where + " " + fc.id() + " x", p.getDomainAxis(), g, area, p.getDomainAxisEdge());
                }
                check(where + " " + fc.id() + " y", p.getRangeAxis(), g, area, p.getRangeAxisEdge());
            }
            g.dispose();
        }
    }

    private static void check(String where, ValueAxis axis, Graphics2D g, Rectangle2D area, RectangleEdge edge) {
        if (axis == null || !axis.isVisible() || !axis.isTickLabelsVisible()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (Object o : axis.refreshTicks(g, new AxisState(), area, edge)) {
            Tick t = (Tick) o;
            if (t instanceof ValueTick v && v.getTickType() == org.jfree.chart.axis.TickType.MINOR) {
                continue;
            }
            if (!t.getText().isEmpty()) {
                labels.add(t.getText());
            }
        }
        String name = where + " (" + axis.getLabel() + ") " + labels;
        assertTrue(labels.size() >= 2, name + ": fewer than two labelled ticks");
        assertEquals(labels.size(), new HashSet<>(labels).size(), name + ": two ticks read alike");
        for (String l : labels) {
            assertFalse(l.matches(".*\\d[eE][-+]?\\d.*"), name + ": " + l);
        }
        if (axis.getLabel() != null && axis.getLabel().startsWith("step") && !(axis instanceof LogAxis)) {
            assertTrue(axis.getLowerBound() >= -0.5 && axis.getUpperBound() - axis.getLowerBound() >= 1,
                    name + ": step range " + axis.getRange());
        }
        if (axis instanceof NumberAxis n) {
            assertTrue(n.getRange().getLength() > 1e-6 * Math.abs(n.getRange().getCentralValue()), name);
        }
    }
}
