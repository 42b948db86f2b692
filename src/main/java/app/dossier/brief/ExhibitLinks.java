package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.model.ExhibitRef;
import app.dossier.model.TimelineEvent;

/** "Ex. 12" as a link to the exhibit's page when it is printed, as plain text when it is not. */
final class ExhibitLinks {
    private ExhibitLinks() {
    }

    static void write(Html h, BriefingData d, Texts t, TimelineEvent e) {
        d.exhibitOf(e).ifPresentOrElse(ref -> write(h, d, t, ref), () -> h.label("\u2014"));
    }

    static void write(Html h, BriefingData d, Texts t, ExhibitRef ref) {
        String label = t.format("brief.exhibit.short", ref.number());
        if (d.printed(ref.number())) {
            h.open("a", "href", Anchors.href("ex-" + ref.number()), "title", t.format("brief.exhibit.goTo", ref.number()))
                    .label(label).close("a");
        } else {
            h.label(label);
        }
    }
}
