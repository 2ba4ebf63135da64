package frontierslab.plot;

import java.util.Locale;

/** The three looks of the app; each is a stylesheet in {@code styles/} on top of {@code base.css}. */
public enum Theme {
    LIGHT, DARK, PROJECTOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class-path resource of the theme's stylesheet. */
    public String stylesheet() {
        return "/styles/" + key() + ".css";
    }

    public static Theme parse(String text) {
        for (Theme t : values()) {
            if (t.key().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + text + "': allowed light, dark, projector");
    }
}
