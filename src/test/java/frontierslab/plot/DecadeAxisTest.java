package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class DecadeAxisTest {

    @Test
    void flatLargeDataGetsAFactorOfFourEachWayInsteadOfAZeroLengthRange() {
        XYSeries series = new XYSeries("flat");
        series.add(1, 2.1025536775751114E7);
        series.add(2, 2.1025536775751114E7);
        DecadeAxis axis = new DecadeAxis("value");
        new XYPlot(new XYSeriesCollection(series), Charts.numberAxis("step"), axis, new XYLineAndShapeRenderer());
        assertEquals(2.1025536775751114E7 / 4, axis.getLowerBound(), 1e-3);
        assertEquals(2.1025536775751114E7 * 4, axis.getUpperBound(), 1);
    }

    @Test
    void tinyDataSpansItsOwnDecadesInsteadOfNaN() {
        // a power-law run started at x₀ = 10⁻⁸ with q = 2.1: losses near 10⁻¹⁷, less apart than LogAxis's 10⁻⁸ widening
        XYSeries series = new XYSeries("tiny");
        series.add(0, 1.58e-17);
        series.add(1, 1.21e-17);
        series.add(2, 0.93e-17);
        DecadeAxis axis = new DecadeAxis("loss");
        new XYPlot(new XYSeriesCollection(series), Charts.numberAxis("step"), axis, new XYLineAndShapeRenderer());
        assertTrue(axis.getLowerBound() > 0 && axis.getLowerBound() <= 0.93e-17, "lower " + axis.getLowerBound());
        assertTrue(axis.getUpperBound() >= 1.58e-17 && axis.getUpperBound() < 1e-16, "upper " + axis.getUpperBound());
    }

    @Test
    void oneTinyPointGetsAFactorOfFourEachWay() {
        XYSeries series = new XYSeries("one");
        series.add(0, 3e-20);
        DecadeAxis axis = new DecadeAxis("loss");
        new XYPlot(new XYSeriesCollection(series), Charts.numberAxis("step"), axis, new XYLineAndShapeRenderer());
        assertEquals(3e-20 / 4, axis.getLowerBound(), 1e-26);
        assertEquals(3e-20 * 4, axis.getUpperBound(), 1e-24);
    }

    @Test
    void referenceLinesAboveTheDataStayInViewWithRoomForTheirLabels() {
        XYSeries series = new XYSeries("below the edge");
        series.add(0, 1.2);
        series.add(500, 1e-21);
        DecadeAxis axis = new DecadeAxis("value");
        axis.setUpperMargin(0);
        new XYPlot(new XYSeriesCollection(series), Charts.numberAxis("step"), axis, new XYLineAndShapeRenderer());
        assertTrue(axis.getUpperBound() < 2, "without them the data's own range: " + axis.getUpperBound());
        axis.alsoShow(2, 2.2);
        assertTrue(axis.getUpperBound() >= 4.4, "the line at 2.2 and room above it: " + axis.getUpperBound());
        assertTrue(axis.getLowerBound() <= 1e-21, "the data still in view: " + axis.getLowerBound());
    }
}
