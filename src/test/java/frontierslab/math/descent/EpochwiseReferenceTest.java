package frontierslab.math.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The closed-form trajectory against gradient descent iterated step by step in numpy on the same draws
 * ({@code src/test/resources/reference/dd_epochwise.py}), up to 30,000 steps: equal to rounding.
 */
class EpochwiseReferenceTest {

    @Test
    void theExactTrajectoryIsGradientDescentIterated() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/reference/dd_epochwise.out")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        EpochwiseDescent main = new EpochwiseDescent(0, 100, 50, 10, 30, 0.3, 0.5);
        EpochwiseDescent other = new EpochwiseDescent(7, 60, 30, 20, 10, 0.5, 0.7);
        int compared = 0;
        for (String line : text.lines().toList()) {
            String[] f = line.split(" ");
            EpochwiseDescent model = f[0].equals("two-time-scales") ? main : other;
            EpochwiseDescent.Point p = model.at(Double.parseDouble(f[1]));
            String where = f[0] + " t = " + f[1];
            assertEquals(Double.parseDouble(f[2]), p.test(), 1e-9 * Double.parseDouble(f[2]), "test, " + where);
            assertEquals(Double.parseDouble(f[3]), p.fastPart(), 1e-9 * Double.parseDouble(f[3]), "fast, " + where);
            assertEquals(Double.parseDouble(f[4]), p.slowPart(), 1e-9 * Double.parseDouble(f[4]), "slow, " + where);
            assertEquals(Double.parseDouble(f[5]), p.train(), 1e-9 * Double.parseDouble(f[5]), "train, " + where);
            compared++;
        }
        assertEquals(22, compared);
    }
}
