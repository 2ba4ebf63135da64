package frontierslab.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The file formats of an export. */
public enum Format {
    PNG, SVG, PDF, CSV, JSON;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFigure() {
        return this == PNG || this == SVG || this == PDF;
    }

    /** "png,svg,csv" → [PNG, SVG, CSV], each once; an empty or unknown name is an error naming the allowed ones. */
    public static List<Format> parseList(String text) {
        Set<Format> formats = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            try {
                formats.add(valueOf(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException((p.isEmpty() ? "--format '" + text + "' names an empty format"
                        : "unknown format '" + part.trim() + "'") + ": allowed png, svg, pdf, csv, json");
            }
        }
        return List.copyOf(formats);
    }
}
