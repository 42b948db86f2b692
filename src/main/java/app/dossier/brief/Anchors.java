package app.dossier.brief;

/**
 * Links between the parts of a briefing. The parts are rendered as separate documents, so a link
 * from the timeline to an exhibit in another part has no target while it is drawn: it is written
 * as a link to {@code dossier-anchor:ID}, which keeps its place and tag, and turned into a jump to
 * the anchor's page once the parts are joined ({@link PartJoiner}).
 */
final class Anchors {
    static final String SCHEME = "dossier-anchor:";

    private Anchors() {
    }

    static String href(String anchor) {
        return SCHEME + anchor;
    }

    /** Where an anchor is: its page (from 0) in its document and how far from the page's bottom. */
    record Target(int page, float top) {
        Target shifted(int pages) {
            return new Target(page + pages, top);
        }
    }
}
