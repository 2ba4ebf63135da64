package frontierslab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void ticksArePlainBetweenAThousandthAndTenThousandAndPowersOutside() {
        assertEquals("0.2", Ticks.tick(0.2000000001, 0.1));
        assertEquals("0.004", Ticks.tick(0.004, 0.001));
        assertEquals("250", Ticks.tick(250, 50));
        assertEquals("−1.5", Ticks.tick(-1.5, 0.5));
        assertEquals("0", Ticks.tick(1e-17, 0.1));
        assertEquals("2×10⁴", Ticks.tick(20000, 10000));
        assertEquals("2.5×10⁴", Ticks.tick(25000, 5000));
        assertEquals("10⁻⁴", Ticks.tick(1e-4, 1e-4));
        assertEquals("−3×10⁻⁶", Ticks.tick(-3e-6, 1e-6));
    }

    @Test
    void numbersOnTheirOwnDropTrailingZerosAndNeverUseE() {
        assertEquals("40", Ticks.number(40.0, 4));
        assertEquals("0.4912", Ticks.number(0.49123, 4));
        assertEquals("12350", Ticks.number(12345.6, 4));
        assertEquals("1.235×10⁵", Ticks.number(123456, 4));
        assertEquals("0.001", Ticks.number(0.001, 4));
        assertEquals("9.9×10⁻⁴", Ticks.number(0.00099, 4));
        assertEquals("—", Ticks.number(Double.NaN, 4));
    }

    @Test
    void everyStandardUnitWritesRoundValuesWithoutExponentLetters() {
        var units = Ticks.units();
        for (double size = 1e-9; size < 1e9; size *= 3.7) {
            var unit = units.getCeilingTickUnit(size);
            for (int k = -3; k <= 3; k++) {
                String text = unit.valueToString(k * unit.getSize() + 7 * unit.getSize());
                assertTrue(!text.contains("E") && !text.contains("e"), text);
            }
        }
    }

    @Test
    void aLogAxisLabelsWholeDecadesAsPowers() {
        List<NumberTick> ticks = new DecadeAxis("x").ticks(3e-4, 2e3, 10, RectangleEdge.LEFT);
        List<String> labels = ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR).map(NumberTick::getText)
                .toList();
        assertEquals(List.of("10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "10²", "10³"), labels);
    }

    @Test
    void aCrowdedLogAxisLabelsEveryOtherDecade() {
        List<String> labels = new DecadeAxis("x").ticks(1e-8, 1e3, 6, RectangleEdge.BOTTOM).stream()
                .filter(t -> t.getTickType() == TickType.MAJOR).map(NumberTick::getText).toList();
        assertEquals(List.of("10⁻⁸", "10⁻⁶", "10⁻⁴", "10⁻²", "10⁰", "10²"), labels);
    }

    @Test
    void aNarrowLogAxisTicksAtOneTwoFive() {
        List<String> labels = new DecadeAxis("x").ticks(0.7, 6, 10, RectangleEdge.LEFT).stream()
                .map(NumberTick::getText).toList();
        assertEquals(List.of("1", "2", "5"), labels);
    }

    @Test
    void aFlatCurveGetsARangeOfFivePercentAndAStepAxisTenSteps() {
        var data = new org.jfree.data.xy.XYSeriesCollection();
        var series = new org.jfree.data.xy.XYSeries("s");
        series.add(0, 11.1);
        data.addSeries(series);
        var x = RoundAxis.steps("step");
        var y = RoundAxis.values("loss");
        new org.jfree.chart.plot.XYPlot(data, x, y, new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer());
        assertEquals(0, x.getLowerBound(), 1e-12);
        assertEquals(10, x.getUpperBound(), 1e-12);
        assertEquals(11.1 * 0.95, y.getLowerBound(), 1e-9);
        assertEquals(11.1 * 1.05, y.getUpperBound(), 1e-9);
    }
}
