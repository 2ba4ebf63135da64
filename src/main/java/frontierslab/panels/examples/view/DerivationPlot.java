package frontierslab.panels.examples.view;

import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.Verdict;
import frontierslab.plot.Palette;
import frontierslab.plot.TextPlot;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A derivation drawn as a table inside a chart, so that the screen, the PNG/SVG/PDF export and the handout draw the same
 * thing: one row per revealed sentence, with its mark (✓ holds, ✗ fails, – not tested by this run), the sentence, its
 * formula (JLaTeXMath; beside the sentence, or under it when it would shrink there), the run's value and the one-line reason. The last revealed row is highlighted. The text shrinks
 * to fit the rows into the plot area, never below a legible floor; rows that still do not fit scroll out at the top,
 * the newest row at the bottom.
 */
public final class DerivationPlot extends Plot implements TextPlot {

    /** The smallest size of the detail line, at scale 1 (22 px in the projector theme). */
    private static final double SMALLEST = 11;

    private static final double PAD = 8;

    private final transient Palette palette;
    private List<DerivationRow> rows = List.of();
    private int total;

    public DerivationPlot(Palette palette) {
        this.palette = palette;
    }

    /** Shows these rows (the revealed ones) out of {@code total}. */
    public void setRows(List<DerivationRow> revealed, int total) {
        this.rows = List.copyOf(revealed);
        this.total = total;
        fireChangeEvent();
    }

    public List<DerivationRow> rows() {
        return rows;
    }

    @Override
    public String getPlotType() {
        return "Derivation";
    }

    @Override
    public double smallestTextSize() {
        return palette.font(java.awt.Font.PLAIN, SMALLEST).getSize2D();
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        if (rows.isEmpty()) {
            g2.setFont(palette.font(Font.ITALIC, 14));
            g2.setPaint(palette.muted());
            g2.drawString("Step shows the first of " + total + " lines", (float) (area.getX() + PAD),
                    (float) (area.getY() + PAD + g2.getFontMetrics().getAscent()));
            return;
        }
        double base = 14;
        List<Layout> layouts;
        do {
            layouts = layout(g2, area, base);
            base *= 0.92;
        } while (height(layouts) > area.getHeight() && base * 0.85 * 0.92 >= SMALLEST);
        // rows that do not fit scroll out at the top: the newest row ends at the bottom, the ones before it above,
        // the oldest visible one cut by the edge, so the table shows as much of the derivation as its area holds
        double excess = Math.max(0, height(layouts) - area.getHeight());
        double y = area.getY() + PAD - excess;
        java.awt.Shape clip = g2.getClip();
        g2.clip(area);
        for (int i = 0; i < layouts.size(); i++) {
            Layout l = layouts.get(i);
            if (y + l.height > area.getY()) {
                boolean current = i == layouts.size() - 1;
                if (current) {
                    g2.setPaint(palette.withAlpha(palette.edge(), 0.18));
                    g2.fill(new Rectangle2D.Double(area.getX(), y - PAD / 2, area.getWidth(), l.height));
                }
                draw(g2, l, area.getX(), y, current);
            }
            y += l.height;
        }
        g2.setClip(clip);
    }

    record Layout(DerivationRow row, Font text, Font small, List<String> sentence, List<String> detail,
                          TeXIcon formula, double textWidth, double formulaWidth,
                          double height, boolean formulaUnder) {
    }

    List<Layout> layout(Graphics2D g2, Rectangle2D area, double base) {
        Font text = palette.font(Font.PLAIN, base);
        Font small = palette.font(Font.PLAIN, base * 0.85);
        double markWidth = text.getSize2D() * 1.6;
        double formulaWidth = area.getWidth() * 0.34;
        double textWidth = area.getWidth() - markWidth - formulaWidth - 3 * PAD;
        List<Layout> out = new ArrayList<>();
        for (DerivationRow r : rows) {
            FontMetrics fm = metrics(g2, text.deriveFont(Font.BOLD));
            FontMetrics sm = metrics(g2, small);
            TeXIcon icon = formula(r.formula(), text.getSize2D() * 1.15f);
            // a formula that would shrink below 70 % beside the text goes under it, across the row's whole width
            boolean under = icon != null && formulaWidth / icon.getIconWidth() < 0.7;
            double rowTextWidth = under ? textWidth + formulaWidth + PAD : textWidth;
            double rowFormulaWidth = under ? rowTextWidth : formulaWidth;
            List<String> sentence = wrap(r.sentence(), fm, rowTextWidth);
            List<String> detail = wrap(r.value() + " — " + r.reason(), sm, rowTextWidth);
            double textHeight = sentence.size() * fm.getHeight() + detail.size() * sm.getHeight();
            double formulaHeight = icon == null ? 0
                    : icon.getIconHeight() * Math.min(1, rowFormulaWidth / icon.getIconWidth());
            out.add(new Layout(r, text, small, sentence, detail, icon, rowTextWidth, rowFormulaWidth,
                    (under ? textHeight + PAD / 2 + formulaHeight : Math.max(textHeight, formulaHeight)) + PAD, under));
        }
        return out;
    }

    private void draw(Graphics2D g2, Layout l, double x0, double y, boolean current) {
        FontMetrics fm = metrics(g2, l.text);
        FontMetrics sm = metrics(g2, l.small);
        Verdict v = l.row.verdict();
        g2.setFont(palette.font(Font.BOLD, l.text.getSize2D() / palette.number("chart-font-scale") * 1.2));
        g2.setPaint(markColour(v));
        g2.drawString(v.mark(), (float) (x0 + PAD), (float) (y + fm.getAscent()));
        double tx = x0 + PAD + l.text.getSize2D() * 1.6;
        double ty = y + fm.getAscent();
        g2.setFont(current ? l.text.deriveFont(Font.BOLD) : l.text);
        g2.setPaint(palette.foreground());
        for (String line : l.sentence) {
            g2.drawString(line, (float) tx, (float) ty);
            ty += fm.getHeight();
        }
        g2.setFont(l.small);
        g2.setPaint(palette.muted());
        ty += sm.getAscent() - fm.getAscent();
        for (String line : l.detail) {
            g2.drawString(line, (float) tx, (float) ty);
            ty += sm.getHeight();
        }
        if (l.formula != null) {
            double scale = Math.min(1, l.formulaWidth / Math.max(1, l.formula.getIconWidth()));
            double fx = l.formulaUnder ? tx : tx + l.textWidth + PAD;
            double fy = l.formulaUnder ? ty - sm.getAscent() + PAD / 2 : y;
            g2.drawImage(image(l.formula, palette.foreground()), (int) Math.round(fx), (int) Math.round(fy),
                    (int) Math.round(l.formula.getIconWidth() * scale), (int) Math.round(l.formula.getIconHeight() * scale),
                    null);
        }
    }

    /**
     * The formula drawn into an image at twice its size: JLaTeXMath's glyphs come from fonts that only AWT knows, so the
     * screen (FXGraphics2D) gets pixels, not text.
     */
    private static BufferedImage image(TeXIcon icon, Color colour) {
        int s = 2;
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth() * s), Math.max(1, icon.getIconHeight() * s),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(s, s);
        icon.setForeground(colour);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }

    private static TeXIcon formula(String latex, float size) {
        try {
            return new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_TEXT, size);
        } catch (ParseException e) {
            return null;
        }
    }

    private static double height(List<Layout> layouts) {
        return layouts.stream().mapToDouble(Layout::height).sum() + PAD;
    }

    /** Greedy word wrap to {@code width} pixels. */
    static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private Color markColour(Verdict v) {
        return v == Verdict.HOLDS ? palette.good() : v == Verdict.FAILS ? palette.alarm() : palette.muted();
    }

    /**
     * The metrics of {@code font} as {@code g2} draws it: set as the current font first, because FXGraphics2D (the
     * screen) answers {@code getFontMetrics(font)} for its current font.
     */
    public static FontMetrics metrics(Graphics2D g2, Font font) {
        Font saved = g2.getFont();
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        g2.setFont(saved);
        return fm;
    }
}
