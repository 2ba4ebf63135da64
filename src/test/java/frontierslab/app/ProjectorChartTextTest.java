package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.PanelDefinition.Entry;
import frontierslab.plot.ExperimentFigure;
import frontierslab.plot.FigureChart;
import frontierslab.plot.Marks;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import frontierslab.sim.Experiment;
import frontierslab.sim.Snapshot;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In the projector theme (charts are drawn 1:1 in screen pixels, so a font of n points is n pixels tall on a 1920×1080
 * projector), every figure's tick labels are at least 22 px, its axis titles and chart titles at least 28 px, and no
 * other chart text (legends, labels on the chart, marker labels, subtitles) is below 22 px.
 */
class ProjectorChartTextTest {

    static Stream<String> experiments() {
        return RegistryAccess.ids(false);
    }

    static Stream<String> heavyExperiments() {
        return RegistryAccess.ids(true);
    }

    @ParameterizedTest
    @MethodSource("experiments")
    void everyChartTextIsLargeEnoughForTheBackRow(String id) {
        check(Registry.experiment(id));
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("heavyExperiments")
    void everyChartTextIsLargeEnoughForTheBackRowForAHeavyExperiment(String id) {
        check(Registry.experiment(id));
    }

    private static <P extends Record> void check(Entry<P, ?> entry) {
        Experiment<P> experiment = entry.type().create(entry.type().space().defaults());
        experiment.step();
        ExperimentFigure<Snapshot> figure = entry.newFigure(Palette.of(Theme.PROJECTOR));
        figure.show(experiment.snapshot());
        String id = entry.type().id();
        for (FigureChart fc : figure.charts()) {
            JFreeChart chart = fc.chart();
            String where = id + " " + fc.id();
            for (Object t : chart.getSubtitles()) {
                Title title = (Title) t;
                if (title instanceof LegendTitle l) {
                    atLeast(l.getItemFont(), 22, where + " legend");
                } else if (title instanceof TextTitle tt && !tt.getText().isEmpty()) {
                    atLeast(tt.getFont(), 22, where + " subtitle");
                }
            }
            if (chart.getTitle() != null && !chart.getTitle().getText().isEmpty()) {
                atLeast(chart.getTitle().getFont(), 28, where + " title");
            }
            List<XYPlot> plots = new ArrayList<>();
            if (chart.getPlot() instanceof CombinedDomainXYPlot c) {
                axis(c.getDomainAxis(), where);
                legend(c.getFixedLegendItems(), where);
                plots.addAll(c.getSubplots());
            } else if (chart.getPlot() instanceof frontierslab.plot.TextPlot text) {
                assertTrue(text.smallestTextSize() >= 22, where + " text: " + text.smallestTextSize() + " px < 22");
            } else {
                plots.add(chart.getXYPlot());
            }
            for (XYPlot p : plots) {
                for (int i = 0; i < p.getDomainAxisCount(); i++) {
                    axis(p.getDomainAxis(i), where);
                }
                for (int i = 0; i < p.getRangeAxisCount(); i++) {
                    axis(p.getRangeAxis(i), where);
                }
                legend(p.getFixedLegendItems(), where);
                for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
                    markers(p.getDomainMarkers(layer), where);
                    markers(p.getRangeMarkers(layer), where);
                }
                texts(p.getAnnotations(), where);
                for (int i = 0; i < p.getRendererCount(); i++) {
                    if (p.getRenderer(i) instanceof AbstractXYItemRenderer r) {
                        texts(r.getAnnotations(), where);
                    }
                }
            }
        }
    }

    private static void axis(ValueAxis axis, String where) {
        if (axis == null || !axis.isVisible()) {
            return;
        }
        atLeast(axis.getTickLabelFont(), 22, where + " ticks of " + axis.getLabel());
        if (axis.getLabel() != null && !axis.getLabel().isEmpty()) {
            atLeast(axis.getLabelFont(), 28, where + " axis title " + axis.getLabel());
        }
    }

    private static void legend(LegendItemCollection items, String where) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            if (item.getLabelFont() != null) {
                atLeast(item.getLabelFont(), 22, where + " legend " + item.getLabel());
            }
        }
    }

    private static void markers(Collection<?> markers, String where) {
        if (markers == null) {
            return;
        }
        for (Object o : markers) {
            Marker m = (Marker) o;
            if (m.getLabel() != null && !m.getLabel().isEmpty()) {
                atLeast(m.getLabelFont(), 22, where + " marker " + m.getLabel());
            }
        }
    }

    private static void texts(Collection<?> annotations, String where) {
        for (Object a : annotations) {
            if (a instanceof Marks m) {
                texts(m.items(), where);
            } else if (a instanceof XYTextAnnotation t) {
                atLeast(t.getFont(), 22, where + " label " + t.getText());
            }
        }
    }

    private static void atLeast(Font font, int pixels, String what) {
        assertTrue(font.getSize2D() >= pixels, what + ": " + font.getSize2D() + " px < " + pixels);
    }
}
