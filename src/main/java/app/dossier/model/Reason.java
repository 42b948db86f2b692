package app.dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One reason behind a reading (a feature or a rule), as a message key and its parameters, so that
 * it is said in the reader's language ({@code app.dossier.i18n.ReasonTexts}). Reasons travel and are
 * stored as text: {@link #encode()} gives a string that starts with a control character no mail
 * text has; a reason stored before reasons were coded reads back as plain text (see {@link #decode}).
 */
public record Reason(String key, List<String> parameters) {
    private static final char START = '\u001e';
    private static final char SEPARATOR = '\u001f';

    public Reason {
        parameters = List.copyOf(parameters);
    }

    /** The coded text of a reason with message key {@code key}. */
    public static String of(String key, String... parameters) {
        return new Reason(key, List.of(parameters)).encode();
    }

    public String encode() {
        StringBuilder out = new StringBuilder().append(START).append(key);
        for (String p : parameters) {
            out.append(SEPARATOR).append(p.replace(SEPARATOR, ' ').replace(START, ' '));
        }
        return out.toString();
    }

    /** The coded reason in {@code text}, or empty for a plain text (an older stored reason). */
    public static Optional<Reason> decode(String text) {
        if (text.isEmpty() || text.charAt(0) != START) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        int from = 1;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == SEPARATOR) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        return Optional.of(new Reason(parts.get(0), parts.subList(1, parts.size())));
    }
}
