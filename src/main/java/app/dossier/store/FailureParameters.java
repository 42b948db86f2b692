package app.dossier.store;

import app.dossier.model.FailureCode;
import app.dossier.model.FailureReason;
import java.util.Arrays;
import java.util.List;

/** How a failure reason's parameters are kept in one column, and how stored reasons are read back. */
final class FailureParameters {
    /** The unit separator: never part of a path or a reason a person reads. */
    private static final String SEPARATOR = "\u001F";

    private FailureParameters() {
    }

    static String join(List<String> parameters) {
        return String.join(SEPARATOR, parameters);
    }

    /**
     * The stored reason: by its code when it has one; a row of an earlier version (no code), a code
     * this version does not know, or parameters that do not fit are read from the English sentence.
     */
    static FailureReason read(String code, String parameters, String english) {
        if (code != null) {
            try {
                FailureCode known = FailureCode.valueOf(code);
                List<String> values = known.parameters() == 0 || parameters == null ? List.of()
                        : Arrays.asList(parameters.split(SEPARATOR, -1));
                return new FailureReason(known, values);
            } catch (IllegalArgumentException e) {
                // A newer version's code, or damaged parameters: the sentence still says it.
            }
        }
        return FailureReason.fromLegacy(english);
    }
}
