package frontierslab.export;

import java.io.IOException;

/** An export that could not be written; the message is one line fit to show to the user. */
public final class ExportException extends IOException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
