package app.dossier.mailbox;

import app.dossier.cases.OpenCase;
import app.dossier.ingest.headers.HeaderAnalyzer;
import app.dossier.ingest.mime.SmimeInspector;
import app.dossier.model.HeaderAnalysis;
import app.dossier.model.ListedMessage;
import app.dossier.model.MessageFlag;
import app.dossier.model.SmimeInfo;
import app.dossier.store.MessageListingRepository;
import app.dossier.store.MessageSearch;
import app.dossier.store.SearchDocument;
import app.dossier.store.SearchHit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The decoded messages of a case for checking an import without the window, like {@code notmuch search}. */
public final class MessageListing {
    private static final int FIRST_WORDS = 20;
    private static final int SEARCH_LIMIT = 100_000;

    private final HeaderAnalyzer analyzer = new HeaderAnalyzer();
    private final SmimeInspector smime = new SmimeInspector();
    private final app.dossier.ingest.msg.OutlookParser outlook;

    public MessageListing(java.time.ZoneId zone) {
        this.outlook = new app.dossier.ingest.msg.OutlookParser(zone);
    }

    /** Every message (or those matching {@code query}, oldest first), one at a time. */
    public void list(OpenCase open, String query, Consumer<ListedMessage> each) {
        Set<Long> ids = null;
        if (query != null && !query.isBlank()) {
            ids = new LinkedHashSet<>();
            for (SearchHit hit : new MessageSearch(open.store()).search(query, SEARCH_LIMIT)) {
                if (hit.kind() == SearchDocument.Kind.MESSAGE) {
                    ids.add(hit.id());
                }
            }
            if (ids.isEmpty()) {
                return;
            }
        }
        java.util.List<ListedMessage> matched = ids == null ? null : new java.util.ArrayList<>();
        new MessageListingRepository(open.store()).forEach(ids, row -> {
            ListedMessage listed = listed(row);
            if (matched == null) {
                each.accept(listed);
            } else {
                matched.add(listed);
            }
        });
        if (matched != null) {
            // Search hits come best match first; a listing reads best in time order.
            matched.sort(java.util.Comparator.comparing(ListedMessage::sentAt,
                    java.util.Comparator.nullsLast(java.util.Comparator.comparing(java.time.OffsetDateTime::toInstant)))
                    .thenComparingLong(ListedMessage::id));
            matched.forEach(each);
        }
    }

    private ListedMessage listed(MessageListingRepository.Row row) {
        String spf = "";
        String dkim = "";
        String dmarc = "";
        SmimeInfo smimeInfo = null;
        boolean outlookFile = "OUTLOOK_MSG".equals(row.bestFormat());
        boolean mime = !outlookFile && !"TNEF".equals(row.bestFormat()) && row.bestOriginal().length > 0;
        boolean smimeFlagged = row.flags().contains(MessageFlag.SMIME_SIGNED)
                || row.flags().contains(MessageFlag.SMIME_SIGNATURE_INVALID)
                || row.flags().contains(MessageFlag.SMIME_ENCRYPTED);
        if (outlookFile && smimeFlagged) {
            smimeInfo = outlook.smime(row.bestOriginal()).orElse(null);
        }
        if (mime) {
            HeaderAnalysis analysis = analyzer.analyze(row.bestOriginal());
            spf = analysis.spf();
            dkim = analysis.dkim();
            dmarc = analysis.dmarc();
            if (smimeFlagged) {
                smimeInfo = smime.inspect(row.bestOriginal()).map(SmimeInspector.Result::info).orElse(null);
            }
        }
        return new ListedMessage(row.id(), row.sentAt(), row.from(), row.to(), row.cc(), row.subject(), row.messageId(),
                firstWords(row.bodyStart()), row.flags(), spf, dkim, dmarc, smimeInfo);
    }

    /** The first words of the body on one line, quoted lines and blank lines left out. */
    static String firstWords(String body) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String line : body.split("\n")) {
            if (line.startsWith(">")) {
                continue;
            }
            for (String word : line.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (words == FIRST_WORDS) {
                    return out.append(" …").toString();
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
                words++;
            }
        }
        return out.toString();
    }

    /** The S/MIME verdict as one word for scripts: valid, content-altered, encrypted, …; empty when none. */
    public static String smimeVerdict(SmimeInfo info) {
        if (info == null) {
            return "";
        }
        if (info.kind() == SmimeInfo.Kind.ENCRYPTED) {
            return "encrypted";
        }
        if (!info.problem().isEmpty() || info.signers().isEmpty()) {
            return "unreadable";
        }
        for (SmimeInfo.Signer s : info.signers()) {
            if (s.status() != SmimeInfo.Status.VALID) {
                return s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }
        return "valid";
    }

    /** Who signed (the first signer's certificate subject), or to whom it was encrypted. */
    public static List<String> smimeParties(SmimeInfo info) {
        if (info == null) {
            return List.of();
        }
        if (info.kind() == SmimeInfo.Kind.ENCRYPTED) {
            return info.recipients();
        }
        return info.signers().stream().map(s -> s.subject().isEmpty() ? s.issuer() : s.subject()).toList();
    }
}
