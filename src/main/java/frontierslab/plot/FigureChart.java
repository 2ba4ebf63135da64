package frontierslab.plot;

import org.jfree.chart.JFreeChart;

/** One chart of an experiment's figure, with the id that names its exported file ({@code <experiment>-<id>.png}). */
public record FigureChart(String id, JFreeChart chart) {
}
