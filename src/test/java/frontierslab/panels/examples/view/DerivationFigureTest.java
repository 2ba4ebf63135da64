package frontierslab.panels.examples.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.examples.model.DerivationRow;
import frontierslab.panels.examples.model.PowerLawExample;
import frontierslab.panels.examples.model.PowerLawExampleParams;
import frontierslab.panels.examples.model.Verdict;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivationFigureTest {

    @Test
    void theTableShowsExactlyTheRevealedLinesAndDrawsThem() {
        Palette palette = Palette.of(Theme.LIGHT);
        PowerLawExampleFigure figure = new PowerLawExampleFigure(palette);
        PowerLawExample e = new PowerLawExample(PowerLawExampleParams.defaults());
        e.reset();
        figure.show(e.snapshot());
        assertEquals(0, figure.derivationPlot().rows().size());
        BufferedImage empty = draw(figure);
        e.step();
        e.step();
        e.step();
        figure.show(e.snapshot());
        assertEquals(3, figure.derivationPlot().rows().size());
        BufferedImage three = draw(figure);
        assertTrue(differingPixels(empty, three) > 2000, "the three lines are drawn");
    }

    @Test
    void aTableTooShortForItsLinesEndsWithTheNewestAndFillsTheSpaceAboveWithTheOnesBefore() {
        // the presenter's cell at 1280×720 in the projector theme: room for about one and a half lines
        Palette palette = Palette.of(Theme.PROJECTOR);
        PowerLawExampleFigure figure = new PowerLawExampleFigure(palette);
        PowerLawExample e = new PowerLawExample(PowerLawExampleParams.defaults());
        e.reset();
        while (e.canStep()) {
            e.step();
        }
        figure.show(e.snapshot());
        BufferedImage image = draw(figure, 1270, 280);
        int background = palette.background().getRGB();
        int blank = 0;
        for (int y = 60; y < image.getHeight() - 10; y++) {
            if (ink(image, y, y + 1, background) == 0) {
                blank++;
            }
        }
        assertTrue(blank < 20, "no empty band in the table: " + blank + " blank pixel rows");
    }

    @Test
    void aFormulaThatWouldShrinkBesideItsSentenceGoesUnderItAtItsSize() {
        DerivationPlot plot = new DerivationPlot(Palette.of(Theme.PROJECTOR));
        plot.setRows(List.of(new DerivationRow("the SAM path does not hinge on the last bits of the start",
                "\\|x_T^{SAM}(x_0 + 10^{-12} e_1) - x_T^{SAM}(x_0)\\| < 10^{-6}", "moved by 0.0011", Verdict.FAILS,
                "the path is chaotic")), 1);
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        DerivationPlot.Layout narrow = plot.layout(g, new Rectangle2D.Double(0, 0, 620, 400), 14).get(0);
        assertTrue(narrow.formulaUnder(), "a 620 px table puts the long formula under its sentence");
        assertTrue(narrow.formulaWidth() >= narrow.formula().getIconWidth() * 0.7, "at 70 % of its size or more");
        DerivationPlot.Layout wide = plot.layout(g, new Rectangle2D.Double(0, 0, 2400, 400), 14).get(0);
        assertFalse(wide.formulaUnder(), "a wide table keeps it beside the sentence");
    }

    private static int ink(BufferedImage image, int fromY, int toY, int background) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    n++;
                }
            }
        }
        return n;
    }

    private static BufferedImage draw(PowerLawExampleFigure figure) {
        return draw(figure, 900, 500);
    }

    private static BufferedImage draw(PowerLawExampleFigure figure, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        figure.charts().get(0).chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return image;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
