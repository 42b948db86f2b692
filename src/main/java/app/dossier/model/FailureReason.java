package app.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/** A failure reason as a code and its parameters; the front ends say it in the user's language. */
public record FailureReason(FailureCode code, List<String> parameters) {
    public FailureReason {
        Objects.requireNonNull(code, "code");
        parameters = parameters.stream().map(p -> p == null ? "" : p).toList();
        if (parameters.size() != code.parameters()) {
            throw new IllegalArgumentException(code + " takes " + code.parameters() + " parameter(s), got "
                    + parameters.size());
        }
    }

    public static FailureReason of(FailureCode code, Object... parameters) {
        return new FailureReason(code, java.util.Arrays.stream(parameters).map(String::valueOf).toList());
    }

    /**
     * Reads a reason stored as an English sentence by an earlier version: a recognised sentence
     * becomes its code (so it is shown translated), anything else stays as it is under {@link FailureCode#LEGACY}.
     */
    public static FailureReason fromLegacy(String text) {
        String stored = text == null ? "" : text.strip();
        for (FailureCode code : FailureCode.values()) {
            if (code == FailureCode.LEGACY) {
                continue;
            }
            Matcher m = code.legacyPattern().matcher(stored);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return of(code, values);
            }
        }
        return of(FailureCode.LEGACY, stored);
    }

    /** The English sentence, kept in the case beside the code for tools that read the table directly. */
    public String english() {
        String text = code.english();
        for (int i = 0; i < parameters.size(); i++) {
            text = text.replace("{" + i + "}", parameters.get(i));
        }
        return text;
    }
}
