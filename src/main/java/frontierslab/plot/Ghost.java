package frontierslab.plot;

import frontierslab.sim.Numbers;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A faded copy of the run that was on screen before a change of parameters, drawn behind the live run so that before
 * and after can be compared: each copied series in its own colour mixed toward the background (by
 * {@code -fl-ghost-strength} of the theme), as a thin line without markers, with one legend entry per chart naming the
 * ghost run's own parameters ("previous run (η = 0.450)"). A figure opts in by naming the series of its run
 * ({@link ExperimentFigure#ghostSources()}): its curves and its path, not its reference lines or markers. The ghost
 * lives in the charts themselves, so a PNG, SVG or PDF export shows it as the screen does.
 */
public final class Ghost {

    /**
     * The ghost's dataset index: a plot draws its datasets from the highest index down (JFreeChart's default
     * {@link DatasetRenderingOrder#REVERSE}), so the ghost lies under every dataset of the figure.
     */
    static final int DATASET = 64;

    /**
     * Series {@code series} of the first dataset of chart {@code chartId}; {@code named}: the chart's legend names the
     * ghost (a chart whose legend is full already, such as a landscape with its marked points, can leave that to the
     * charts beside it).
     */
    public record Source(String chartId, int series, boolean named) {
        public Source(String chartId, int series) {
            this(chartId, series, true);
        }
    }

    private record Copy(String chartId, int series, boolean named, XYSeries data) {
    }

    private final String label;
    private final List<Copy> copies;

    private Ghost(String label, List<Copy> copies) {
        this.label = label;
        this.copies = copies;
    }

    /**
     * The run on {@code figure}'s charts now, copied point for point; empty when the figure shows no ghost or its run
     * has no line yet (fewer than two points in every series).
     */
    public static Optional<Ghost> of(ExperimentFigure<?> figure, String label) {
        Map<String, JFreeChart> charts = charts(figure);
        List<Copy> copies = new ArrayList<>();
        boolean line = false;
        for (Source s : figure.ghostSources()) {
            XYSeries live = liveSeries(charts, s);
            XYSeries copy = copyOf(live, s.series());
            line |= copy.getItemCount() > 1;
            copies.add(new Copy(s.chartId(), s.series(), s.named(), copy));
        }
        return line ? Optional.of(new Ghost(label, List.copyOf(copies))) : Optional.empty();
    }

    public String label() {
        return label;
    }

    /** The copy of source {@code s}, as drawn. */
    public XYSeries series(Source s) {
        return copies.stream().filter(c -> c.chartId().equals(s.chartId()) && c.series() == s.series())
                .map(Copy::data).findFirst().orElseThrow(() -> new IllegalArgumentException("no ghost of " + s));
    }

    /**
     * Draws this ghost on {@code figure}'s charts (a figure of the same experiment: the one it was taken from, or its
     * successor after a theme change), in {@code palette}'s colours, replacing any ghost drawn there.
     */
    public void drawOn(ExperimentFigure<?> figure, Palette palette) {
        clear(figure);
        Map<String, JFreeChart> charts = charts(figure);
        Map<String, List<Copy>> byChart = new LinkedHashMap<>();
        for (Copy c : copies) {
            byChart.computeIfAbsent(c.chartId(), k -> new ArrayList<>()).add(c);
        }
        double strength = palette.number("ghost-strength");
        BasicStroke stroke = new BasicStroke(Math.max(1f, palette.lineWidth() / 2), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
        byChart.forEach((id, list) -> {
            JFreeChart chart = Objects.requireNonNull(charts.get(id), "no chart " + id);
            XYPlot plot = chart.getXYPlot();
            if (plot.getDatasetRenderingOrder() != DatasetRenderingOrder.REVERSE) {
                throw new IllegalStateException("chart " + id + " draws its datasets forward: a ghost would cover it");
            }
            XYItemRenderer live = plot.getRenderer(0);
            AbstractXYItemRenderer renderer = live instanceof ColumnLineRenderer ? new ColumnLineRenderer()
                    : new TrajectoryRenderer(true, false);
            XYSeriesCollection data = new XYSeriesCollection();
            for (int i = 0; i < list.size(); i++) {
                Copy c = list.get(i);
                data.addSeries(copyOf(c.data(), c.series()));
                renderer.setSeriesPaint(i, faded(live.getSeriesPaint(c.series()), palette, strength));
                renderer.setSeriesStroke(i, stroke);
                renderer.setSeriesVisibleInLegend(i, false);
            }
            plot.setDataset(DATASET, data);
            plot.setRenderer(DATASET, renderer);
            if (list.stream().noneMatch(Copy::named)) {
                return;
            }
            LegendItem item = new LegendItem(label, null, null, null,
                    new Line2D.Double(-4.5 * palette.lineWidth(), 0, 4.5 * palette.lineWidth(), 0),
                    new BasicStroke(Math.max(2.5f, palette.lineWidth() * 1.5f)), renderer.getSeriesPaint(0));
            LegendTitle legend = chart.getLegend();
            if (legend == null) {
                legend = new GhostLegend(plot);
                chart.addLegend(legend);
                Charts.styleLegend(legend, palette);
            }
            List<LegendItemSource> sources = new ArrayList<>(List.of(legend.getSources()));
            sources.add(new Entry(item));
            legend.setSources(sources.toArray(LegendItemSource[]::new));
        });
    }

    /** Removes any ghost from {@code figure}'s charts. */
    public static void clear(ExperimentFigure<?> figure) {
        for (FigureChart fc : figure.charts()) {
            if (!(fc.chart().getPlot() instanceof XYPlot plot) || plot.getDataset(DATASET) == null) {
                continue;
            }
            plot.setDataset(DATASET, null);
            plot.setRenderer(DATASET, null);
            LegendTitle legend = fc.chart().getLegend();
            if (legend instanceof GhostLegend) {
                fc.chart().removeLegend();
            } else if (legend != null) {
                legend.setSources(java.util.Arrays.stream(legend.getSources()).filter(s -> !(s instanceof Entry))
                        .toArray(LegendItemSource[]::new));
            }
        }
    }

    /** Whether chart {@code chartId} of {@code figure} draws a ghost. */
    public static boolean drawnOn(ExperimentFigure<?> figure, String chartId) {
        JFreeChart chart = charts(figure).get(chartId);
        return chart != null && chart.getPlot() instanceof XYPlot plot && plot.getDataset(DATASET) != null;
    }

    /** The series drawn as ghost on chart {@code chartId} of {@code figure}, in the order of its sources. */
    public static List<XYSeries> drawn(ExperimentFigure<?> figure, String chartId) {
        if (!drawnOn(figure, chartId)) {
            return List.of();
        }
        XYSeriesCollection data = (XYSeriesCollection) charts(figure).get(chartId).getXYPlot().getDataset(DATASET);
        List<XYSeries> out = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            out.add(data.getSeries(i));
        }
        return out;
    }

    /**
     * The legend text of a ghost of a run with parameters {@code ghost}, after a change to {@code next}: one parameter
     * that differs, with the ghost's value, as its control names it: {@code main} (the main parameter, η) when it
     * differs, else the first that does; "…" when more differ. Short, so that it fits one legend row on a projector.
     */
    public static <P extends Record> String label(ParamSpace<P> space, P ghost, P next, String main) {
        Map<String, Object> before = space.values(ghost);
        Map<String, Object> after = space.values(next);
        List<ParamSpec> changed = space.specs().stream()
                .filter(spec -> !before.get(spec.name()).equals(after.get(spec.name())))
                .sorted(java.util.Comparator.comparing(spec -> !spec.name().equals(main)))
                .toList();
        if (changed.isEmpty()) {
            return "previous run";
        }
        ParamSpec first = changed.getFirst();
        return "previous run (" + first.label() + " = " + text(before.get(first.name()))
                + (changed.size() > 1 ? ", …" : "") + ")";
    }

    private static String text(Object v) {
        return switch (v) {
            case Double d -> Numbers.format(d);
            case Boolean b -> b ? "on" : "off";
            case Enum<?> e -> ParamSpec.Choice.keyOf(e);
            default -> v.toString();
        };
    }

    private static Color faded(Paint paint, Palette palette, double strength) {
        Color colour = paint instanceof Color c ? c : palette.muted();
        return Palette.mix(palette.background(), colour, strength);
    }

    private static Map<String, JFreeChart> charts(ExperimentFigure<?> figure) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        figure.charts().forEach(fc -> charts.put(fc.id(), fc.chart()));
        return charts;
    }

    private static XYSeries liveSeries(Map<String, JFreeChart> charts, Source s) {
        JFreeChart chart = charts.get(s.chartId());
        if (chart == null || !(chart.getXYPlot().getDataset(0) instanceof XYSeriesCollection data)
                || s.series() >= data.getSeriesCount()) {
            throw new IllegalArgumentException("no series " + s.series() + " on chart " + s.chartId());
        }
        return data.getSeries(s.series());
    }

    private static XYSeries copyOf(XYSeries from, int key) {
        XYSeries copy = new XYSeries(key, false, true);
        for (int i = 0; i < from.getItemCount(); i++) {
            copy.add(from.getX(i), from.getY(i), false);
        }
        return copy;
    }

    /** The legend a chart without one gets for its ghost, removed with the ghost. */
    private static final class GhostLegend extends LegendTitle {
        GhostLegend(LegendItemSource source) {
            super(source);
        }
    }

    /** The ghost's one legend entry. */
    private record Entry(LegendItem item) implements LegendItemSource {
        @Override
        public LegendItemCollection getLegendItems() {
            LegendItemCollection items = new LegendItemCollection();
            items.add(item);
            return items;
        }
    }
}
