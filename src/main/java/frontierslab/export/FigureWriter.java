package frontierslab.export;

import frontierslab.plot.FigureLayout;
import frontierslab.plot.Palette;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a figure (a title, one or more charts in a grid, an optional caption stamped under them) into PNG, SVG or PDF.
 * Every format re-draws the charts through {@link Graphics2D}: a 2× PNG is drawn at twice the resolution, not
 * up-scaled; SVG and PDF are vector figures with real text (the PDF draws text as vector shapes, so Greek letters
 * survive).
 */
public final class FigureWriter {

    private final Palette palette;
    private final String title;
    private final List<JFreeChart> charts;
    private final int columns;
    private final String caption;
    private double[] rowShares;

    public FigureWriter(Palette palette, String title, List<JFreeChart> charts, int columns, String caption) {
        this.palette = palette;
        this.title = title;
        this.charts = List.copyOf(charts);
        this.columns = Math.max(1, Math.min(columns, charts.size()));
        this.caption = caption;
    }

    /** The relative heights of the grid's rows ({@link frontierslab.plot.ExperimentFigure#rowShares}); null for equal rows. */
    public FigureWriter rowShares(double[] shares) {
        rowShares = shares == null ? null : shares.clone();
        return this;
    }

    /** Draws the whole figure into the rectangle (0, 0, width, height) of g. */
    public void draw(Graphics2D g, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(palette.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double top = 0;
        if (title != null && !title.isBlank()) {
            Font font = palette.font(Font.BOLD, 20);
            g.setFont(font);
            g.setPaint(palette.foreground());
            FontMetrics fm = g.getFontMetrics();
            top = fm.getHeight() * 1.5;
            g.drawString(title, 16f, (float) (fm.getAscent() + fm.getHeight() * 0.25));
        }
        List<String> captionLines = caption == null || caption.isBlank() ? List.of() : wrap(g, caption, width - 32);
        double bottom = 0;
        if (!captionLines.isEmpty()) {
            g.setFont(palette.font(Font.PLAIN, 13));
            bottom = g.getFontMetrics().getHeight() * (captionLines.size() + 0.6);
        }
        int rows = FigureLayout.rows(charts.size(), columns);
        double cellW = width / columns;
        double gridH = height - top - bottom;
        double[] tops = FigureLayout.rowTops(rows, rowShares);
        for (int i = 0; i < charts.size(); i++) {
            int[] cell = FigureLayout.cell(i, charts.size(), columns);
            double y = top + tops[cell[1]] * gridH;
            charts.get(i).draw(g, new Rectangle2D.Double(cell[0] * cellW, y, cellW,
                    top + tops[cell[1] + cell[2]] * gridH - y));
        }
        if (!captionLines.isEmpty()) {
            g.setFont(palette.font(Font.PLAIN, 13));
            g.setPaint(palette.muted());
            FontMetrics fm = g.getFontMetrics();
            double y = height - bottom + fm.getAscent() + fm.getHeight() * 0.2;
            for (String line : captionLines) {
                g.drawString(line, 16f, (float) y);
                y += fm.getHeight();
            }
        }
    }

    private static List<String> wrap(Graphics2D g, String text, double width) {
        g.setFont(g.getFont());
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && g.getFontMetrics().stringWidth(candidate) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The figure as an image of (width·scale) × (height·scale) pixels, drawn at that scale. */
    public BufferedImage image(int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            draw(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The PNG of {@link #image}, as the content of an export file. */
    public FileSet.Content png(int width, int height, double scale) {
        BufferedImage image = image(width, height, scale);
        return out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        };
    }

    /** An SVG document with a {@code viewBox}, so that slide software scales it instead of cropping it. */
    public String svg(int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        draw(g, width, height);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
    }

    public byte[] pdf(int width, int height) {
        PDFDocument document = new PDFDocument();
        document.setTitle(title == null ? "Frontiers Lab" : title);
        document.setAuthor("Frontiers Lab");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, width, height));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        draw(g, width, height);
        return document.getPDFBytes();
    }
}
