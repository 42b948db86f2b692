package app.dossier.model;

import java.util.List;

/**
 * What the headers say about a mail's route and authenticity. Verdicts are as the receiving
 * server recorded them ("pass", "fail", "none", or empty when not recorded).
 */
public record HeaderAnalysis(
        List<ReceivedHop> hops,
        String spf,
        String dkim,
        String dmarc,
        List<String> dkimDomains,
        boolean dkimAlignedWithFrom,
        boolean hasTransportHeaders,
        String returnPath,
        List<HeaderFinding> findings,
        List<HeaderLine> rawHeaders) {

    public HeaderAnalysis {
        hops = List.copyOf(hops);
        dkimDomains = List.copyOf(dkimDomains);
        findings = List.copyOf(findings);
        rawHeaders = List.copyOf(rawHeaders);
    }

    /** One header field as written. */
    public record HeaderLine(String name, String value) {
    }
}
