package frontierslab.panels.examples.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.examples.model.PowerLawExample;
import frontierslab.panels.examples.model.PowerLawExampleParams;
import frontierslab.plot.Palette;
import frontierslab.plot.Theme;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
