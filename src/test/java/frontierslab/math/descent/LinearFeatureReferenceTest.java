package frontierslab.math.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against {@code src/test/resources/reference/dd_linear_features.py}: the closed form coded twice (to rounding), the
 * app's own draws fitted by numpy's pinv (to rounding), and numpy's Monte Carlo over 4000 other draws against the
 * closed form (within 4 standard errors, away from p = n where the variance is infinite or nearly so).
 */
class LinearFeatureReferenceTest {

    record Case(int n, int dimension, double sigma, double decay) {
    }

    private static final Map<String, Case> CASES = Map.of(
            "flat", new Case(40, 120, 0.5, 0.0),
            "decaying", new Case(40, 120, 0.5, 1.0),
            "wide", new Case(20, 60, 1.0, 0.5));

    static List<String[]> reference() throws IOException {
        try (InputStream in = LinearFeatureReferenceTest.class.getResourceAsStream("/reference/dd_linear_features.out")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.split(" ")).toList();
        }
    }

    static double exact(Case c, int p) {
        return LinearFeatureRisk.of(c.n, p, LinearFeatureRisk.signal(c.dimension, c.decay), c.sigma, false);
    }

    @Test
    void theClosedFormMatchesItsSecondImplementation() throws IOException {
        int compared = 0;
        for (String[] row : reference()) {
            if (row[0].equals("exact")) {
                Case c = CASES.get(row[1]);
                double actual = exact(c, Integer.parseInt(row[2]));
                if (row[3].equals("inf")) {
                    assertEquals(Double.POSITIVE_INFINITY, actual, String.join(" ", row));
                } else {
                    double expected = Double.parseDouble(row[3]);
                    assertEquals(expected, actual, 1e-12 * expected, String.join(" ", row));
                }
                compared++;
            }
        }
        assertEquals(16 + 16 + 13, compared);
    }

    @Tag("slow")
    @Test
    void theAppsDrawsFittedByNumpyGiveTheSameRisk() throws IOException {
        int compared = 0;
        for (String[] row : reference()) {
            if (row[0].equals("seed")) {
                Case c = CASES.get(row[1]);
                LinearFeatureFits fits = new LinearFeatureFits(Integer.parseInt(row[2]), c.n,
                        LinearFeatureRisk.signal(c.dimension, c.decay));
                double expected = Double.parseDouble(row[4]);
                assertEquals(expected, fits.risk(Integer.parseInt(row[3]), c.sigma), 1e-8 * expected,
                        String.join(" ", row));
                compared++;
            }
        }
        assertEquals(2 * (16 + 16 + 13), compared);
    }

    @Test
    void numpysMonteCarloAgreesWithTheClosedFormAwayFromTheThreshold() throws IOException {
        int compared = 0;
        for (String[] row : reference()) {
            if (row[0].equals("mc")) {
                Case c = CASES.get(row[1]);
                int p = Integer.parseInt(row[2]);
                if (Math.abs(p - c.n) < 10) {
                    continue;
                }
                double mean = Double.parseDouble(row[3]);
                double se = Double.parseDouble(row[4]);
                double exact = exact(c, p);
                assertTrue(Math.abs(mean - exact) <= 4 * se, String.join(" ", row) + " against exact " + exact);
                compared++;
            }
        }
        assertTrue(compared >= 25, "compared " + compared);
    }
}
