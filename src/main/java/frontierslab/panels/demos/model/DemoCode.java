package frontierslab.panels.demos.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A coding demo of the lecture as its Python source, verbatim (a resource beside this class), with the lines its main
 * loop executes in order, and the literals a lecturer may edit: for each parameter, the line it sits on and its text in
 * the source. {@link #shown} returns the source with the edited literals written in, so the listing on screen is the
 * program that the run executes.
 */
public record DemoCode(List<String> lines, List<Integer> loopLines, Map<String, Literal> literals,
                       List<RealPython.Plotted> plotted) {

    /** A literal of the source: 1-based line, and its exact text there. */
    public record Literal(int line, String text) {
    }

    public DemoCode {
        lines = List.copyOf(lines);
        loopLines = List.copyOf(loopLines);
        literals = Map.copyOf(literals);
        plotted = List.copyOf(plotted);
        for (var e : literals.entrySet()) {
            if (!lines.get(e.getValue().line() - 1).contains(e.getValue().text())) {
                throw new IllegalArgumentException("literal " + e.getKey() + " is not on line " + e.getValue().line());
            }
        }
    }

    /** The resource {@code name} of this package, as lines. */
    public static List<String> resource(String name) {
        try (InputStream in = DemoCode.class.getResourceAsStream("/frontierslab/demos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source with each edited literal replaced by its new text ({@code values}: parameter → text). */
    public List<String> shown(Map<String, String> values) {
        String[] out = lines.toArray(String[]::new);
        for (var e : literals.entrySet()) {
            String value = values.get(e.getKey());
            if (value != null && !value.equals(e.getValue().text())) {
                int i = e.getValue().line() - 1;
                out[i] = out[i].replace(e.getValue().text(), value);
            }
        }
        return List.of(out);
    }

    /** The 1-based line executed by step {@code step} (1-based) of the main loop, or 0 before the loop. */
    public int lineOfStep(long step) {
        if (step <= 0) {
            return 0;
        }
        return loopLines.get((int) ((step - 1) % loopLines.size()));
    }

    /** The loop iteration (0-based) that step {@code step} belongs to. */
    public int iterationOfStep(long step) {
        return step <= 0 ? 0 : (int) ((step - 1) / loopLines.size());
    }
}
