package frontierslab.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved over it. A failure leaves
 * neither a half-written target nor the temporary file, and comes back as an {@link ExportException} whose message
 * names the path and the reason in words.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws ExportException {
        Path dir = target.toAbsolutePath().getParent();
        ensureDirectory(dir);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system's defaults apply
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named .part; nothing else can be done
                }
            }
        }
    }

    /** Creates the folder if needed, or says in words why it cannot be used. */
    public static void ensureDirectory(Path dir) throws ExportException {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new ExportException("cannot write into " + dir + ": it is a file, not a folder");
            }
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new ExportException("cannot write into " + dir + ": permission denied");
            }
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException("cannot create folder " + dir + ": " + reason(e), e);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
