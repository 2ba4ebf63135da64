package frontierslab.ui;

import javafx.scene.paint.Color;

/** The palette's AWT colours as JavaFX colours, for the few JavaFX pieces (tiles) not styled by CSS. */
public final class FxColors {

    private FxColors() {
    }

    public static Color of(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
