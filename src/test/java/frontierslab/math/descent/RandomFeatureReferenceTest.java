package frontierslab.math.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every fit of the sweep against {@code src/test/resources/reference/dd_random_features.py}: the same SplitMix64 draws,
 * then numpy's LAPACK SVD and the errors computed from the predictions directly. Deterministic, so the comparison is
 * to rounding: relative 10⁻⁶ for the test error, ‖a‖ and σ_min/σ_max (the Gram route resolves σ_min to about
 * ε·σ_max²/σ_min, 10⁻⁸ relative at p = n), and 10⁻⁹ absolute for the training error, which is 0 up to rounding
 * for p ≥ n.
 */
class RandomFeatureReferenceTest {

    record Case(int n, int d, double sigma, double lambda, double tau, boolean shuffled) {
    }

    private static final Map<String, Case> CASES = Map.of(
            "noise", new Case(100, 20, 0.5, 0, 0, false),
            "no-noise", new Case(100, 20, 0, 0, 0, false),
            "ridge", new Case(100, 20, 0.5, 0.01, 0, false),
            "cut-off", new Case(100, 20, 0.5, 0, 0.03, false),
            "shuffled", new Case(100, 20, 0.5, 0, 0, true),
            "small", new Case(40, 5, 1.0, 0.001, 0, false));

    static List<String[]> reference() throws IOException {
        try (InputStream in = RandomFeatureReferenceTest.class.getResourceAsStream("/reference/dd_random_features.out")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.split(" ")).toList();
        }
    }

    @Tag("slow")
    @Test
    void everyFitMatchesTheNumpyReference() throws IOException {
        assertEquals(6 * 2 * 41, compare(name -> true), "every line of the reference was compared");
    }

    @Test
    void everyFitOfTheSmallCaseMatchesTheNumpyReference() throws IOException {
        assertEquals(2 * 41, compare(name -> name.equals("small")), "every line of the small case was compared");
    }

    /** Compares every line of the reference whose case {@code cases} accepts; returns how many. */
    private static int compare(java.util.function.Predicate<String> cases) throws IOException {
        Map<String, RandomFeatureSweep> sweeps = new HashMap<>();
        int compared = 0;
        for (String[] row : reference()) {
            if (!cases.test(row[0])) {
                continue;
            }
            Case c = CASES.get(row[0]);
            int seed = Integer.parseInt(row[1]);
            int p = Integer.parseInt(row[2]);
            RandomFeatureSweep sweep = sweeps.computeIfAbsent(c.n + "x" + c.d, k -> {
                RandomFeatureSweep s = new RandomFeatureSweep(c.n, c.d, 2);
                while (!s.complete()) {
                    s.computeNext(50, frontierslab.sim.Workers.shared(), 2);
                }
                return s;
            });
            int j = java.util.Arrays.binarySearch(sweep.p(), p);
            RandomFeatureFit.Result r = sweep.fit(seed, j).evaluate(c.sigma, c.lambda, c.tau, c.shuffled);
            String where = row[0] + " seed " + seed + " p = " + p;
            relative(Double.parseDouble(row[3]), r.testError(), 1e-6, "test error, " + where);
            assertEquals(Double.parseDouble(row[4]), r.trainError(), 1e-9, "training error, " + where);
            relative(Double.parseDouble(row[5]), r.norm(), 1e-6, "‖a‖, " + where);
            relative(Double.parseDouble(row[6]), sweep.fit(seed, j).conditionRatio(), 1e-6, "σ_min/σ_max, " + where);
            compared++;
        }
        return compared;
    }

    private static void relative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
                what + ": expected " + expected + ", got " + actual);
    }
}
