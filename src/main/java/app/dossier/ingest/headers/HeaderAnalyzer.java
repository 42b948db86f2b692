package app.dossier.ingest.headers;

import app.dossier.ingest.mime.Addresses;
import app.dossier.ingest.mime.HeaderBlock;
import app.dossier.ingest.mime.HeaderField;
import app.dossier.ingest.mime.MailDates;
import app.dossier.model.Address;
import app.dossier.model.HeaderAnalysis;
import app.dossier.model.HeaderFinding;
import app.dossier.model.ReceivedHop;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the route and authentication evidence of a mail: Received hops (oldest first, with the
 * delay to the previous hop), SPF/DKIM/DMARC verdicts from Authentication-Results (or ARC),
 * DKIM signing domains and whether they align with From, and plain-language findings.
 */
public final class HeaderAnalyzer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)\\b(from|by|with|id|for)\\s+(\\(?[^\\s;()]+\\)?)");
    private static final Pattern VERDICT = Pattern.compile("(?i)\\b(spf|dkim|dmarc)\\s*=\\s*([a-z]+)");
    private static final Pattern DKIM_D = Pattern.compile("(?i)(?:^|;)\\s*d\\s*=\\s*([^;\\s]+)");

    public HeaderAnalysis analyze(byte[] original) {
        HeaderBlock header = HeaderBlock.parse(original);
        List<ReceivedHop> hops = hops(header.all("Received"));
        String spf = "";
        String dkim = "";
        String dmarc = "";
        List<String> results = new ArrayList<>(header.all("Authentication-Results"));
        results.addAll(header.all("ARC-Authentication-Results"));
        for (String value : results) {
            Matcher m = VERDICT.matcher(value);
            while (m.find()) {
                String method = m.group(1).toLowerCase(Locale.ROOT);
                String verdict = m.group(2).toLowerCase(Locale.ROOT);
                if (method.equals("spf") && spf.isEmpty()) {
                    spf = verdict;
                } else if (method.equals("dkim") && dkim.isEmpty()) {
                    dkim = verdict;
                } else if (method.equals("dmarc") && dmarc.isEmpty()) {
                    dmarc = verdict;
                }
            }
        }
        List<String> dkimDomains = new ArrayList<>();
        for (String signature : header.all("DKIM-Signature")) {
            Matcher m = DKIM_D.matcher(signature);
            if (m.find()) {
                dkimDomains.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        Address from = Addresses.parseOne(header.first("From").orElse(""));
        String fromDomain = from.domain();
        boolean aligned = !fromDomain.isEmpty() && dkimDomains.stream()
                .anyMatch(d -> fromDomain.equals(d) || fromDomain.endsWith("." + d));
        String returnPath = header.first("Return-Path").map(v -> v.replaceAll("[<>\\s]", "")).orElse("");
        List<HeaderFinding> findings = new ArrayList<>();
        boolean transport = !hops.isEmpty();
        if (!transport) {
            findings.add(HeaderFinding.NO_TRANSPORT);
        }
        if (!dkimDomains.isEmpty() && !aligned) {
            findings.add(HeaderFinding.DKIM_UNALIGNED);
        }
        if (spf.equals("fail") || spf.equals("softfail") || dkim.equals("fail") || dmarc.equals("fail")) {
            findings.add(HeaderFinding.AUTH_FAILED);
        }
        int at = returnPath.lastIndexOf('@');
        if (at > 0 && !fromDomain.isEmpty() && !returnPath.substring(at + 1).toLowerCase(Locale.ROOT).endsWith(fromDomain)
                && !fromDomain.endsWith(returnPath.substring(at + 1).toLowerCase(Locale.ROOT))) {
            findings.add(HeaderFinding.RETURN_PATH_DIFFERS);
        }
        List<Address> replyTo = Addresses.parseList(header.first("Reply-To").orElse(null));
        if (!replyTo.isEmpty() && !from.normalizedEmail().isEmpty()
                && replyTo.stream().noneMatch(a -> a.normalizedEmail().equals(from.normalizedEmail()))) {
            findings.add(HeaderFinding.REPLY_TO_DIFFERS);
        }
        List<HeaderAnalysis.HeaderLine> raw = new ArrayList<>();
        for (HeaderField f : header.fields()) {
            raw.add(new HeaderAnalysis.HeaderLine(f.name(), f.value()));
        }
        return new HeaderAnalysis(hops, spf, dkim, dmarc, dkimDomains, aligned, transport, returnPath, findings, raw);
    }

    /** Received fields are prepended by each server, so the last one is the first hop. */
    static List<ReceivedHop> hops(List<String> received) {
        List<ReceivedHop> hops = new ArrayList<>();
        OffsetDateTime previous = null;
        for (int i = received.size() - 1; i >= 0; i--) {
            String value = received.get(i);
            int semi = value.lastIndexOf(';');
            String route = semi < 0 ? value : value.substring(0, semi);
            OffsetDateTime time = semi < 0 ? null : MailDates.parse(value.substring(semi + 1)).orElse(null);
            String from = "";
            String by = "";
            String with = "";
            String id = "";
            String forAddress = "";
            Matcher m = TOKEN.matcher(route.replaceAll("\\([^)]*\\)", " "));
            while (m.find()) {
                String v = m.group(2).replaceAll("[()<>]", "");
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "from" -> from = from.isEmpty() ? v : from;
                    case "by" -> by = by.isEmpty() ? v : by;
                    case "with" -> with = with.isEmpty() ? v : with;
                    case "id" -> id = id.isEmpty() ? v : id;
                    case "for" -> forAddress = forAddress.isEmpty() ? v : forAddress;
                    default -> { }
                }
            }
            Duration delay = previous != null && time != null ? Duration.between(previous, time) : null;
            hops.add(new ReceivedHop(hops.size() + 1, from, by, with, id, forAddress, time, delay));
            if (time != null) {
                previous = time;
            }
        }
        return hops;
    }
}
