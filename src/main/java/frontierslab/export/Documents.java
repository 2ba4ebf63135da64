package frontierslab.export;

import java.util.Set;

/**
 * A snapshot that can be written as text documents besides its figure and data: a worked example as a Markdown
 * handout ({@link Format#MD}), a coding demo as its Python script ({@link Format#PY}).
 */
public interface Documents {

    /** The document formats this snapshot has. */
    Set<Format> documentFormats();

    /** The document in {@code format}, one of {@link #documentFormats()}. */
    String document(Format format, Heading heading);

    /** What the export knows of the run and the snapshot does not: the experiment's title and its parameters. */
    record Heading(String title, String parameters) {
    }
}
