package frontierslab.io;

import java.io.IOException;

/** A file or value that the app refuses; the message is one sentence naming the file, the place and what was expected. */
public final class InputException extends IOException {

    public InputException(String message) {
        super(Messages.oneLine(message));
    }
}
