package frontierslab.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The file formats of an export. */
public enum Format {
    PNG, SVG, PDF, CSV, JSON;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFigure() {
        return this == PNG || this == SVG || this == PDF;
    }

    /** "png,svg,csv" → [PNG, SVG, CSV]; an unknown name is an error naming the allowed ones. */
    public static List<Format> parseList(String text) {
        List<Format> formats = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            try {
                formats.add(valueOf(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + part.trim() + "': allowed png, svg, pdf, csv, json");
            }
        }
        return formats;
    }
}
