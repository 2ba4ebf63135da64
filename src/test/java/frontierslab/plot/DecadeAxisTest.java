package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
