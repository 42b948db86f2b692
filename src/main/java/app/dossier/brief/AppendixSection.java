package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.model.HeaderAnalysis;
import app.dossier.model.ReceivedHop;
import java.time.Duration;
import java.util.List;

/**
 * Section 7: for each exhibit every header as received, the Received hops with their delays, the
 * authentication verdicts and the warning that a copy without transport headers proves little;
 * then the manifest of every original with its SHA-256.
 */
final class AppendixSection {
    /** The section's heading; then each exhibit's headers ({@link #exhibit}) and the {@link #manifest}. */
    void open(Html h, Texts t) {
        h.open("div", "class", "section", "id", "sec-appendix");
        h.element("h1", t.get("brief.section.appendix"));
    }

    void exhibit(Html h, Texts t, Exhibit e) {
        h.open("div", "class", "appendix-exhibit", "id", "ap-" + e.ref().number());
        h.open("h2").label(t.format("brief.appendix.heading", e.ref().number())).close("h2");
        HeaderAnalysis a = e.analysis();
        if (a == null) {
            h.element("p", e.isNote() ? t.get("brief.appendix.note") : t.get("brief.appendix.noHeaders"));
        } else {
            h.open("p", "class", "verdicts");
            h.label("SPF: ").label(verdict(a.spf(), t)).label(" \u00b7 DKIM: ").label(verdict(a.dkim(), t))
                    .label(" \u00b7 DMARC: ").label(verdict(a.dmarc(), t));
            if (!a.dkimDomains().isEmpty()) {
                h.label(" \u00b7 ").text(t.format(a.dkimAlignedWithFrom() ? "brief.appendix.aligned"
                        : "brief.appendix.unaligned", String.join(", ", a.dkimDomains())));
            }
            h.close("p");
            if (a.findings().contains("no-transport")) {
                h.element("p", t.get("brief.appendix.sentCopy"), "class", "warning");
            }
            if (a.findings().contains("auth-failed")) {
                h.element("p", t.get("brief.appendix.authFailed"), "class", "warning");
            }
            hops(h, t, a.hops());
            h.element("h3", t.get("brief.appendix.headers"));
            h.open("table", "class", "raw-headers").open("thead").open("tr");
            h.element("th", t.get("brief.col.field"), "scope", "col").element("th", t.get("brief.col.value"), "scope", "col");
            h.close("tr").close("thead").open("tbody");
            for (HeaderAnalysis.HeaderLine line : a.rawHeaders()) {
                h.open("tr").element("td", line.name(), "class", "mono").element("td", line.value(), "class", "mono")
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("div");
    }

    private static void hops(Html h, Texts t, List<ReceivedHop> hops) {
        if (hops.isEmpty()) {
            return;
        }
        h.element("h3", t.get("brief.appendix.hops"));
        h.open("table", "class", "hops").open("thead").open("tr");
        for (String key : List.of("brief.col.number", "brief.col.hopFrom", "brief.col.hopBy", "brief.col.time",
                "brief.col.delay")) {
            h.element("th", t.get(key), "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (ReceivedHop hop : hops) {
            h.open("tr").element("td", String.valueOf(hop.number())).element("td", hop.from(), "class", "mono")
                    .element("td", hop.by(), "class", "mono").element("td", t.time(hop.time()), "class", "nowrap")
                    .element("td", delay(hop.delay())).close("tr");
        }
        h.close("tbody").close("table");
    }

    void manifest(Html h, BriefingData d, Texts t) {
        h.open("div", "class", "manifest", "id", "manifest");
        h.element("h2", t.get("brief.appendix.manifest"));
        h.open("p").label(t.get("brief.cover.manifest")).label(": ")
                .element("span", d.manifest().sha256(), "class", "hash").close("p");
        h.open("table", "class", "manifest-table").open("thead").open("tr");
        for (String key : List.of("brief.col.exhibit", "brief.col.sha", "brief.col.size", "brief.col.source")) {
            h.element("th", t.get(key), "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (Manifest.Entry e : d.manifest().entries()) {
            h.open("tr").element("td", String.valueOf(e.exhibit())).element("td", e.sha256(), "class", "hash")
                    .element("td", String.valueOf(e.size())).element("td", e.source(), "class", "source").close("tr");
        }
        h.close("tbody").close("table");
        h.close("div");
    }

    private static String verdict(String value, Texts t) {
        return value.isEmpty() ? t.get("brief.appendix.notRecorded") : value;
    }

    private static String delay(Duration delay) {
        if (delay == null) {
            return "";
        }
        long s = delay.getSeconds();
        return s < 0 ? "\u2212" + format(-s) : format(s);
    }

    private static String format(long seconds) {
        return seconds >= 3600 ? String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format("%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }
}
