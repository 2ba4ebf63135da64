package frontierslab.panels.demos.view;

import frontierslab.panels.examples.view.DerivationPlot;
import frontierslab.plot.Palette;
import frontierslab.plot.TextPlot;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A program listing drawn inside a chart, so that the screen and every export draw it alike: line numbers, Python
 * syntax colours (keywords, strings, comments, numbers), the executing line highlighted, and a watch of variables
 * beneath. The listing scrolls so that the executing line stays in view, and the text shrinks to the area's height
 * down to a legible floor.
 */
public final class CodePlot extends Plot implements TextPlot {

    /** The smallest size of the listing, at scale 1 (22 px in the projector theme). */
    private static final double SMALLEST = 11;

    private static final Set<String> KEYWORDS = Set.of("import", "as", "def", "return", "for", "in", "if", "else",
            "while", "and", "or", "not", "None", "True", "False", "from");
    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>#.*)|(?<string>'[^']*'|\"[^\"]*\")|(?<number>\\b\\d+\\.?\\d*(e-?\\d+)?\\b)|(?<word>[A-Za-z_]\\w*)");
    private static final double PAD = 6;

    private final transient Palette palette;
    private List<String> lines = List.of();
    private int current;
    private Map<String, String> watch = Map.of();

    public CodePlot(Palette palette) {
        this.palette = palette;
    }

    /** Shows the listing with line {@code current} (1-based; 0 for none) highlighted and the watched variables. */
    public void show(List<String> listing, int currentLine, Map<String, String> watched) {
        this.lines = List.copyOf(listing);
        this.current = currentLine;
        this.watch = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(watched));
        fireChangeEvent();
    }

    public int currentLine() {
        return current;
    }

    @Override
    public String getPlotType() {
        return "Code";
    }

    @Override
    public double smallestTextSize() {
        return palette.font(Font.PLAIN, SMALLEST).getSize2D();
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        int watchLines = watch.isEmpty() ? 0 : watch.size() + 1;
        float size = palette.font(Font.PLAIN, 13).getSize2D();
        Font font = mono(size);
        FontMetrics fm = DerivationPlot.metrics(g2, font);
        int visible = (int) ((area.getHeight() - 2 * PAD) / fm.getHeight()) - watchLines;
        while (visible < Math.min(lines.size(), 24) && size - 1 >= smallestTextSize()) {
            size -= 1;
            font = mono(size);
            fm = DerivationPlot.metrics(g2, font);
            visible = (int) ((area.getHeight() - 2 * PAD) / fm.getHeight()) - watchLines;
        }
        int first = 0;
        if (lines.size() > visible && current > 0) {
            first = Math.max(0, Math.min(current - 1 - visible / 3, lines.size() - visible));
        }
        g2.setFont(font);
        double numberWidth = fm.stringWidth("000 ");
        double y = area.getY() + PAD;
        for (int i = first; i < Math.min(lines.size(), first + Math.max(visible, 0)); i++) {
            if (i + 1 == current) {
                g2.setPaint(palette.withAlpha(palette.edge(), 0.30));
                g2.fill(new Rectangle2D.Double(area.getX(), y, area.getWidth(), fm.getHeight()));
            }
            float baseline = (float) (y + fm.getAscent());
            g2.setPaint(palette.muted());
            String number = Integer.toString(i + 1);
            g2.drawString(number, (float) (area.getX() + PAD + numberWidth - fm.stringWidth(number + " ")), baseline);
            drawColoured(g2, fm, lines.get(i), area.getX() + PAD + numberWidth, baseline);
            y += fm.getHeight();
        }
        if (!watch.isEmpty()) {
            y += fm.getHeight() / 2.0;
            g2.setPaint(palette.grid());
            g2.draw(new java.awt.geom.Line2D.Double(area.getX(), y, area.getMaxX(), y));
            for (var e : watch.entrySet()) {
                float baseline = (float) (y + fm.getAscent());
                g2.setPaint(palette.series(0));
                g2.drawString(e.getKey(), (float) (area.getX() + PAD + numberWidth), baseline);
                g2.setPaint(palette.foreground());
                g2.drawString("= " + e.getValue(), (float) (area.getX() + PAD + numberWidth
                        + fm.stringWidth("eta * h_max ")), baseline);
                y += fm.getHeight();
            }
        }
    }

    private static Font mono(float size) {
        return new Font(Font.MONOSPACED, Font.PLAIN, Math.round(size));
    }

    private void drawColoured(Graphics2D g2, FontMetrics fm, String line, double x, float baseline) {
        Matcher m = TOKENS.matcher(line);
        int at = 0;
        double cursor = x;
        while (m.find()) {
            cursor = draw(g2, fm, line.substring(at, m.start()), palette.foreground(), cursor, baseline);
            Color c;
            if (m.group("comment") != null) {
                c = palette.muted();
            } else if (m.group("string") != null) {
                c = palette.series(2);
            } else if (m.group("number") != null) {
                c = palette.series(1);
            } else if (KEYWORDS.contains(m.group("word"))) {
                c = palette.series(0);
            } else {
                c = palette.foreground();
            }
            cursor = draw(g2, fm, m.group(), c, cursor, baseline);
            at = m.end();
        }
        draw(g2, fm, line.substring(at), palette.foreground(), cursor, baseline);
    }

    private static double draw(Graphics2D g2, FontMetrics fm, String text, Color colour, double x, float baseline) {
        g2.setPaint(colour);
        g2.drawString(text, (float) x, baseline);
        return x + fm.stringWidth(text);
    }
}
