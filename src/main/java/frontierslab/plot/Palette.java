package frontierslab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours, line widths and font sizes of one theme, read from the looked-up variables ({@code -fl-*}) of its
 * stylesheet: the one place where colours are defined, for the JavaFX controls and the charts alike.
 */
public final class Palette {

    private static final Pattern VARIABLE = Pattern.compile("(-fl-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final int SERIES = 7;

    private final Theme theme;
    private final Map<String, String> values;

    private Palette(Theme theme, Map<String, String> values) {
        this.theme = theme;
        this.values = values;
    }

    public static Palette of(Theme theme) {
        try (InputStream in = Palette.class.getResourceAsStream(theme.stylesheet())) {
            if (in == null) {
                throw new IllegalStateException("missing stylesheet " + theme.stylesheet());
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> values = new HashMap<>();
            Matcher m = VARIABLE.matcher(css);
            while (m.find()) {
                values.put(m.group(1), m.group(2).trim());
            }
            return new Palette(theme, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Theme theme() {
        return theme;
    }

    public Color color(String name) {
        String v = values.get("-fl-" + name);
        if (v == null) {
            throw new IllegalArgumentException("no colour -fl-" + name + " in " + theme.stylesheet());
        }
        return Color.decode(v);
    }

    public double number(String name) {
        String v = values.get("-fl-" + name);
        if (v == null) {
            throw new IllegalArgumentException("no value -fl-" + name + " in " + theme.stylesheet());
        }
        return Double.parseDouble(v.replace("px", "").trim());
    }

    public Color background() {
        return color("background");
    }

    public Color foreground() {
        return color("foreground");
    }

    public Color muted() {
        return color("muted");
    }

    public Color grid() {
        return color("grid");
    }

    public Color reference() {
        return color("reference");
    }

    public Color alarm() {
        return color("alarm");
    }

    /** The edge band of a stability gauge (amber). */
    public Color edge() {
        return color("edge");
    }

    /** The colour of a gauge's bar and value: the first series colour when calm, amber at the edge, alarm above. */
    public Color gaugeColour(Readout r) {
        return switch (r.zone()) {
            case CALM -> series(0);
            case EDGE -> edge();
            case ALARM -> alarm();
        };
    }

    public Color good() {
        return color("good");
    }

    public Color contour() {
        return color("contour");
    }

    /** Series colour i (0-based), cycling through the colour-blind-safe set. */
    public Color series(int i) {
        return color("series-" + (Math.floorMod(i, SERIES) + 1));
    }

    public Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    /** The sequential colour map of heat maps, t ∈ [0, 1] from low to high. */
    public Color map(double t) {
        t = Math.max(0, Math.min(1, t));
        Color low = color("map-low");
        Color mid = color("map-mid");
        Color high = color("map-high");
        return t < 0.5 ? mix(low, mid, t * 2) : mix(mid, high, (t - 0.5) * 2);
    }

    /** The colour a fraction t of the way from a to b, channel by channel in sRGB; t is clamped to [0, 1]. */
    public static Color mix(Color a, Color b, double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    public float lineWidth() {
        return (float) number("line-width");
    }

    public Stroke line() {
        return new BasicStroke(lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public Stroke thinLine() {
        return new BasicStroke(Math.max(1f, lineWidth() / 2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public Stroke dashed() {
        float w = lineWidth();
        return new BasicStroke(w * 0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6 * w, 4 * w}, 0f);
    }

    /** Tick labels: 11 px at scale 1 (22 px in the projector theme). */
    public Font tickFont() {
        return font(Font.PLAIN, 11);
    }

    /** Axis titles: 14 px at scale 1 (28 px in the projector theme). */
    public Font axisTitleFont() {
        return font(Font.PLAIN, 14);
    }

    /** A chart font: size in points at scale 1, multiplied by the theme's chart font scale. */
    public Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(size * number("chart-font-scale")));
    }
}
