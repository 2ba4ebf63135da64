package frontierslab.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file formats of an export: the figure (PNG, SVG, PDF), the data (CSV, JSON), and the documents only some
 * snapshots have ({@link Documents}): a Markdown handout (MD), a Python script (PY).
 */
public enum Format {
    PNG, SVG, PDF, CSV, JSON, MD, PY;

    /** The formats every experiment has, the command line's default. */
    public static List<Format> standard() {
        return List.of(PNG, SVG, PDF, CSV, JSON);
    }

    public boolean isDocument() {
        return this == MD || this == PY;
    }

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
                        : "unknown format '" + part.trim() + "'") + ": allowed png, svg, pdf, csv, json, md, py");
            }
        }
        return List.copyOf(formats);
    }
}
