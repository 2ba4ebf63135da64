package frontierslab.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** LaTeX from the lecture rendered by JLaTeXMath into images, drawn at twice the size for sharp text. */
public final class FormulaImages {

    private FormulaImages() {
    }

    /** The formula as an image; {@code size} is the font size in pixels, {@code display} for a centred block. */
    public static Image render(String latex, double size, boolean display, Color foreground) {
        TeXFormula formula = new TeXFormula(latex);
        float scale = 2f;
        TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                (float) size * scale);
        icon.setForeground(foreground);
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return SwingFXUtils.toFXImage(image, null);
    }
}
