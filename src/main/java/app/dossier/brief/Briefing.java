package app.dossier.brief;

/**
 * A rendered briefing: the PDF's bytes, its page count, how many exhibits and originals it rests
 * on, the manifest's SHA-256 printed on its cover, and how many places were redacted.
 */
public record Briefing(byte[] pdf, int pages, int exhibits, int originals, String manifestSha256,
                       int redactedPlaces) {
}
