package frontierslab.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes one file whole or not at all: a {@link FileSet} of one. A failure leaves neither a half-written target nor the
 * temporary file, and comes back as an {@link ExportException} whose message names the path and the reason in words.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content extends FileSet.Content {
    }

    public static void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        try (FileSet set = FileSet.in(absolute.getParent())) {
            set.add(absolute.getFileName().toString(), content);
            set.commit();
        }
    }

    public static void write(Path target, String text) throws ExportException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Creates the folder if needed, or says in words why it cannot be used. */
    public static void ensureDirectory(Path dir) throws ExportException {
        FileSet.in(dir).commit();
    }
}
