package frontierslab.panels.intro.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.math.descent.RandomFeatureSweep;
import frontierslab.panels.intro.model.RandomLabelsExperiment.RandomLabelsSnapshot;
import frontierslab.panels.intro.view.RandomLabelsFigure;
import frontierslab.plot.Palette;
import frontierslab.plot.Readout;
import frontierslab.plot.Theme;
import frontierslab.sim.SummaryJson;
import frontierslab.sim.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code intro-random-labels} against {@code src/test/resources/reference/intro_random_labels.py} (numpy's SVD, the
 * predictions computed directly, the means over seeds taken there), the preset's claims, and that no parameter in
 * range shows a non-finite number.
 */
@Tag("slow")
class RandomLabelsExperimentTest {

    private static final Map<String, RandomLabelsParams> CASES = Map.of(
            "wide-model", RandomLabelsExperiment.TYPE.preset("wide-model").params(),
            "small", new RandomLabelsParams(1.0, 50, 40, 5, 2));
    private static final Map<String, RandomLabelsSnapshot> RUNS = new LinkedHashMap<>();

    @BeforeAll
    static void runTheCases() {
        CASES.forEach((name, params) -> {
            RandomLabelsExperiment e = new RandomLabelsExperiment(params);
            e.run(Long.MAX_VALUE);
            RUNS.put(name, (RandomLabelsSnapshot) e.snapshot());
        });
    }

    private static List<String[]> reference() throws IOException {
        try (InputStream in = RandomLabelsExperimentTest.class.getResourceAsStream(
                "/reference/intro_random_labels.out")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.split(" ")).toList();
        }
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    @Test
    void everyMeanOverSeedsAndTheComparedSizeMatchTheNumpyReference() throws IOException {
        String[] columns = {"test_true", "test_shuffled", "train_true", "train_shuffled", "norm_true", "norm_shuffled"};
        int compared = 0;
        for (String[] row : reference()) {
            RandomLabelsSnapshot s = RUNS.get(row[0]);
            if (row[1].equals("compared")) {
                assertEquals(Integer.parseInt(row[2]), number(SummaryJson.of(s.summary()), "p_compared"), row[0]);
                continue;
            }
            Trace.View t = s.trace();
            int r = 0;
            while (t.get(r, "p") != Integer.parseInt(row[1])) {
                r++;
            }
            for (int c = 0; c < columns.length; c++) {
                double expected = Double.parseDouble(row[2 + c]);
                double actual = t.get(r, columns[c]);
                String what = row[0] + " p = " + row[1] + " " + columns[c] + ": expected " + expected + ", got "
                        + actual;
                if (columns[c].startsWith("train")) {
                    assertEquals(expected, actual, 1e-9, what);
                } else {
                    assertTrue(Math.abs(actual - expected) <= 1e-6 * Math.abs(expected), what);
                }
            }
            compared++;
        }
        assertEquals(2 * 41, compared, "every p of both cases was compared");
        for (RandomLabelsSnapshot s : RUNS.values()) {
            Trace.View t = s.trace();
            int at = s.compared();
            for (String column : columns) {
                String key = column.replace("test", "test_error").replace("train", "train_error");
                assertEquals(t.get(at, column), number(SummaryJson.of(s.summary()), key), 0.0, key + " is the trace's at p compared");
            }
        }
    }

    @Test
    void bothFitsInterpolateFromPEqualsNWithTheSameParametersAndOnlyTheTrueOneGeneralizes() {
        var s = RUNS.get("wide-model").summary().comparison();
        assertEquals(100, (double) s.interpolatesTrueFromP(), s.toString());
        assertEquals(100, (double) s.interpolatesShuffledFromP(), s.toString());
        assertEquals((double) s.parametersTrue(), (double) s.parametersShuffled());
        assertTrue((double) s.trainErrorTrue() < 1e-20 && (double) s.trainErrorShuffled() < 1e-20, s.toString());
        assertTrue((double) s.testErrorTrue() < 1, "the true fit beats predicting 0: " + s);
        assertTrue((double) s.testErrorShuffled() >= 1, "the shuffled fit does not: " + s);
        assertTrue((double) s.normShuffled() > (double) s.normTrue(), s.toString());
        assertEquals((double) s.normShuffled() / (double) s.normTrue(), (double) s.normRatio(), 1e-15);
    }

    @net.jqwik.api.Tag("slow")
    @Property(tries = 8)
    void noParameterInRangeShowsANonFiniteNumber(
            @ForAll @DoubleRange(min = 0, max = 2) double sigma,
            @ForAll @IntRange(min = 10, max = 1000) int p,
            @ForAll @IntRange(min = 20, max = 200) int n,
            @ForAll @IntRange(min = 2, max = 100) int d) {
        RandomLabelsExperiment e = new RandomLabelsExperiment(new RandomLabelsParams(sigma, p, n, d, 1));
        for (double noise : new double[] {sigma, 0}) {
            e.setParams(new RandomLabelsParams(noise, p, n, d, 1));
            RandomLabelsSnapshot s = (RandomLabelsSnapshot) e.snapshot();
            Trace.View t = s.trace();
            assertEquals(RandomFeatureSweep.grid(n).length, t.rows(), "the first seed fills every p at once");
            for (String c : t.columns()) {
                for (int r = 0; r < t.rows(); r++) {
                    assertTrue(Double.isFinite(t.get(r, c)), c + " = " + t.get(r, c) + " at p = " + t.get(r, "p"));
                }
            }
            for (Object v : SummaryJson.of(s.summary()).values()) {
                assertTrue(!(v instanceof Double x) || Double.isFinite(x), s.summary().toString());
            }
            RandomLabelsFigure figure = new RandomLabelsFigure(Palette.of(Theme.LIGHT));
            figure.show(s);
            for (Readout r : figure.readouts(s)) {
                assertTrue(r.hasValue(), r.label() + " has no value: " + s.summary());
            }
        }
    }
}
