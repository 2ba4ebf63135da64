package frontierslab.math.grok;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The lines of {@code reference/grok_reference.out} (written by {@code grok_reference.py}), by key. */
final class GrokReference {

    private static Map<String, String> lines;

    private GrokReference() {
    }

    static synchronized String line(String key) {
        if (lines == null) {
            lines = new HashMap<>();
            try (InputStream in = GrokReference.class.getResourceAsStream("/reference/grok_reference.out")) {
                for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] parts = l.split(" ", 3);
                    boolean twoWordKey = parts[0].equals("loss0") || parts[0].equals("grad") || parts[0].equals("losses")
                            || parts[0].equals("theta20") || parts[0].equals("curve");
                    if (twoWordKey) {
                        lines.put(parts[0] + " " + parts[1], parts[2]);
                    } else {
                        lines.put(parts[0], l.substring(parts[0].length() + 1));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        String v = lines.get(key);
        if (v == null) {
            throw new IllegalStateException("no line " + key + " in grok_reference.out");
        }
        return v;
    }

    static double[] numbers(String key) {
        return Arrays.stream(line(key).trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The real (unpadded) entries of A, B, b₁, W₂, b₂ in that order, row-major, as the reference flattens them. */
    static double[] flatten(float[][] rows, int p, int width) {
        double[] out = new double[2 * p * width + width + p * width + p];
        int i = 0;
        for (int r = 0; r < 2 * p; r++) {
            for (int k = 0; k < width; k++) {
                out[i++] = rows[r][k];
            }
        }
        for (int k = 0; k < width; k++) {
            out[i++] = rows[2 * p][k];
        }
        for (int r = 0; r < p; r++) {
            for (int k = 0; k < width; k++) {
                out[i++] = rows[2 * p + 1 + r][k];
            }
        }
        for (int c = 0; c < p; c++) {
            out[i++] = rows[rows.length - 1][c];
        }
        return out;
    }
}
