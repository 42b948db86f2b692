package app.dossier.ingest.mime;

/** One header field as written: its name and unfolded value (bytes decoded, encoded words not yet). */
public record HeaderField(String name, String value) {
    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }
}
