package frontierslab.sim;

import frontierslab.io.Json;
import java.util.Map;

/** A summary as the export writes it, for tests that look at every value: its JSON as plain Java values. */
public final class SummaryJson {

    private SummaryJson() {
    }

    /** The summary's JSON object: key → number (NaN stays a Double), string, boolean, null, list or map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Record summary) {
        return (Map<String, Object>) Json.plain(Json.summary(summary));
    }
}
