package frontierslab.panels.examples.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * The verdicts of numbered rows in a summary, one key each ({@code line_1} … of a worked example, {@code claim_1} …
 * of a coding demo): holds, fails or not-tested. A row the derivation does not have is absent.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** The verdicts of a worked example's lines, as written: {@code line_1} …, up to seven. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lines(@JsonProperty("line_1") String line1, @JsonProperty("line_2") String line2,
                        @JsonProperty("line_3") String line3, @JsonProperty("line_4") String line4,
                        @JsonProperty("line_5") String line5, @JsonProperty("line_6") String line6,
                        @JsonProperty("line_7") String line7) {

        public static Lines of(List<DerivationRow> rows) {
            String[] v = words(rows, 7);
            return new Lines(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }

        /** The verdict of line {@code n} (from 1), null if there is none. */
        public String line(int n) {
            return List.of(line1, line2, line3, line4, line5, line6, line7).get(n - 1);
        }
    }

    /** The verdicts of a coding demo's claims, as written: {@code claim_1} …, up to four. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Claims(@JsonProperty("claim_1") String claim1, @JsonProperty("claim_2") String claim2,
                         @JsonProperty("claim_3") String claim3, @JsonProperty("claim_4") String claim4) {

        public static Claims of(List<DerivationRow> rows) {
            String[] v = words(rows, 4);
            return new Claims(v[0], v[1], v[2], v[3]);
        }
    }

    private static String[] words(List<DerivationRow> rows, int most) {
        if (rows.size() > most) {
            throw new IllegalArgumentException(rows.size() + " rows: a summary holds at most " + most);
        }
        String[] v = new String[most];
        for (int i = 0; i < rows.size(); i++) {
            v[i] = rows.get(i).verdict().name().toLowerCase(Locale.ROOT);
        }
        return v;
    }
}
