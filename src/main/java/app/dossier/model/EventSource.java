package app.dossier.model;

/**
 * What a timeline event comes from. Its {@link #code} is how events and the user's decisions name
 * it (and how the case stores it); any other text is refused when an event is made.
 */
public enum EventSource {
    MESSAGE("message"), NOTE("note"), MANUAL("manual");

    private final String code;

    EventSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The source named {@code code}; an unknown name is a programming error, not user input. */
    public static EventSource of(String code) {
        for (EventSource s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not an event source: " + code);
    }
}
