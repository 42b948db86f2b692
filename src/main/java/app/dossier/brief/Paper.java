package app.dossier.brief;

import java.util.Locale;
import java.util.Optional;

/** The paper a briefing is laid out for. */
public enum Paper {
    A4("a4", "A4"),
    LETTER("letter", "letter");

    private final String id;
    private final String cssSize;

    Paper(String id, String cssSize) {
        this.id = id;
        this.cssSize = cssSize;
    }

    public String id() {
        return id;
    }

    /** The CSS {@code @page size} keyword. */
    String cssSize() {
        return cssSize;
    }

    public static Optional<Paper> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Paper p : values()) {
            if (p.id.equals(wanted)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
