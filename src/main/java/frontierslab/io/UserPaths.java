package frontierslab.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A path as the user typed it, meaning what it says: {@code ~} and {@code ~/…} are the home folder, a relative path is
 * relative to the folder the command was run from ({@code user.dir}: the launcher does not change it), and an empty
 * path is refused rather than taken as "here".
 */
public final class UserPaths {

    private UserPaths() {
    }

    /** The absolute path meant by {@code text}; {@code what} names it in a refusal ("--out", "the export folder"). */
    public static Path resolve(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty: give a path");
        }
        String home = System.getProperty("user.home");
        String expanded = text.equals("~") ? home
                : text.startsWith("~/") || text.startsWith("~" + java.io.File.separator) ? home + text.substring(1) : text;
        try {
            return Path.of(System.getProperty("user.dir")).resolve(expanded).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(what + " = '" + Messages.quote(text) + "' is not a usable path");
        }
    }
}
