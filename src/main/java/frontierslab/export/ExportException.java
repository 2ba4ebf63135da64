package frontierslab.export;

import frontierslab.io.Messages;
import java.io.IOException;

/**
 * An export that could not be written; the message is one line fit to show to the user. A <em>refusal</em> is a
 * target the user chose that cannot be used (a file where a folder should be, no permission, a read-only file): bad
 * input, found before anything was written. Any other failure happened while writing, and was rolled back.
 */
public final class ExportException extends IOException {

    private final boolean refusal;

    public ExportException(String message) {
        this(message, null, false);
    }

    public ExportException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ExportException(String message, Throwable cause, boolean refusal) {
        super(Messages.oneLine(message), cause);
        this.refusal = refusal;
    }

    /** A target that cannot be used, found before anything was written. */
    public static ExportException refused(String message) {
        return new ExportException(message, null, true);
    }

    public boolean isRefusal() {
        return refusal;
    }
}
