package frontierslab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way the app opens a file a user gave it (parameters; scenes and preferences to come): a regular file of at
 * most {@link #MAX_BYTES}, UTF-8 with or without a byte-order mark, read as strict JSON ({@link Json}). Devices, pipes
 * and endless files are refused before or while reading, never waited on. Every refusal is an {@link InputException}
 * whose message begins "cannot open FILE:" and says where and what was expected.
 */
public final class JsonFile {

    /** The largest file read: far above any parameter or scene file, far below what could exhaust memory. */
    public static final int MAX_BYTES = 1 << 20;

    private JsonFile() {
    }

    /** The JSON tree of the file. */
    public static JsonNode read(Path file) throws InputException {
        String text = text(file, MAX_BYTES);
        try {
            return Json.tree(text);
        } catch (Json.Malformed e) {
            throw refused(file, e.getMessage());
        }
    }

    /** The file's text: UTF-8, a leading byte-order mark dropped. */
    public static String text(Path file, int maxBytes) throws InputException {
        if (Files.isDirectory(file)) {
            throw refused(file, "it is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw refused(file, "it is not a regular file (a device or a pipe): give a JSON file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException e) {
            throw refused(file, "no such file");
        } catch (AccessDeniedException e) {
            throw refused(file, "permission denied");
        } catch (IOException e) {
            throw refused(file, Messages.clean(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (bytes.length > maxBytes) {
            throw refused(file, "it is larger than " + (maxBytes >> 10) + " KB: not a file of this app");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused(file, "it is not a text file (not UTF-8)");
        }
    }

    /** "cannot open FILE: what". */
    public static InputException refused(Path file, String what) {
        return new InputException("cannot open " + Messages.quote(String.valueOf(file)) + ": " + what);
    }
}
