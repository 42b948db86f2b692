package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.source.SampleSource;
import app.dossier.mailbox.MessageService;
import app.dossier.model.ExhibitRef;
import app.dossier.model.PhraseCategory;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import app.dossier.store.CaseStores;
import app.dossier.store.ExhibitRepository;
import app.dossier.store.MessageRepository;
import app.dossier.store.OriginalCatalog;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The sample case's briefing in both languages, validated, read back and checked against the store. */
class SampleBriefingTest {
    private static final String THREAT_EN = "If not, we will sue Nordlicht for incompetence and terminate the contract.";
    private static final String THREAT_DE = "Wenn nicht, werden wir Nordlicht wegen Unfähigkeit verklagen und den Vertrag kündigen.";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void theSampleBriefingIsArchivalAccessibleAndComplete(String lang) throws Exception {
        CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
        try (OpenCase open = cases.create(temp.resolve("sample.dossier"), "Kessler portal", null)) {
            TestCases.importer().importSources(open.store(), List.of(new SampleSource(lang)), ImportListener.NONE,
                    new AtomicBoolean());
            String threat = lang.equals("de") ? THREAT_DE : THREAT_EN;
            QuoteCard card = threatCard(open, threat);
            BriefingService service = new BriefingService(new TimelineService(new Classifier(), Clock.systemUTC()),
                    new MessageService(TestCases.BERLIN), o -> List.of(card), Clock.systemUTC());
            Locale language = Locale.forLanguageTag(lang);
            Briefing briefing = service.make(open, BriefingOptions.defaults(language, Paper.A4), BriefingProgress.NONE);
            Files.write(temp.resolve("briefing-" + lang + ".pdf"), briefing.pdf());
            Path keep = Path.of(System.getProperty("briefing.keep", ""));
            if (!keep.toString().isEmpty()) {
                Files.createDirectories(keep);
                Files.write(keep.resolve("sample-" + lang + ".pdf"), briefing.pdf());
            }

            assertThat(PdfChecks.violations(briefing.pdf(), PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
            assertThat(PdfChecks.violations(briefing.pdf(), PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();

            String text = PdfChecks.text(briefing.pdf());
            boolean de = lang.equals("de");
            assertThat(text).contains(de ? "Zusammenfassung: die Nachweiskette" : "Summary: the chain of proof",
                    de ? "Zeitleiste" : "Timeline", de ? "Schlüsselsätze" : "Key phrases",
                    de ? "Beleg 1" : "Exhibit 1", de ? "Verzeichnis der Originale" : "Manifest of the originals",
                    de ? "Seite 1 von " + briefing.pages() : "Page 1 of " + briefing.pages(),
                    briefing.manifestSha256(), "Kessler portal");
            assertThat(text.replaceAll("\\s+", " ")).contains(threat);

            int exhibits = briefing.exhibits();
            long messagesWithOriginals = new MessageRepository(open.store()).summaries().size();
            assertThat(exhibits).isGreaterThan(10).isLessThanOrEqualTo((int) messagesWithOriginals + 4);
            assertThat(text).contains((de ? "Beleg " : "Exhibit ") + card.exhibit().number());
            List<String> storeHashes = new OriginalCatalog(open.store()).all().stream()
                    .map(OriginalCatalog.Entry::sha256).toList();
            assertThat(briefing.originals()).isGreaterThanOrEqualTo(exhibits);
            String manifest = text.substring(text.lastIndexOf(de ? "Verzeichnis der Originale" : "Manifest of the originals"));
            List<String> printed = java.util.regex.Pattern.compile("\\b[0-9a-f]{64}\\b").matcher(manifest).results()
                    .map(java.util.regex.MatchResult::group).filter(h -> !h.equals(briefing.manifestSha256())).toList();
            assertThat(printed).as("one line per original in the manifest").hasSize(briefing.originals());
            assertThat(printed).as("the manifest's hashes are the store's").allMatch(storeHashes::contains)
                    .contains(card.sha256());
            noteFollowsItsParagraph(text, messageText(open, threat), threat, new Texts(language).category(card.category()),
                    card.note());
            assertThat(text).as("no ligature glyphs in the text").doesNotContain("\uFB01", "\uFB02", "\uFB03", "\uFB00");
        }
    }

    /**
     * The user's margin note is read right after the paragraph it is beside, before the next one:
     * the paragraph's last words, the note's label and text, the next paragraph's first words.
     */
    private static void noteFollowsItsParagraph(String text, String message, String quote, String label, String note) {
        String flat = text.replaceAll("\\s+", " ");
        List<String> paragraphs = java.util.Arrays.stream(message.replace("\r\n", "\n").split("\n\n"))
                .map(p -> p.replaceAll("\\s+", " ").strip()).filter(p -> !p.isEmpty()).toList();
        int at = java.util.stream.IntStream.range(0, paragraphs.size()).filter(i -> paragraphs.get(i).contains(quote))
                .findFirst().orElseThrow();
        String paragraph = paragraphs.get(at);
        String end = paragraph.substring(paragraph.length() - 20);
        String next = paragraphs.get(at + 1).substring(0, Math.min(8, paragraphs.get(at + 1).length()));
        assertThat(flat).as("paragraph, then its margin note, then the next paragraph")
                .contains(end + " " + label + " " + note + " " + next);
    }

    private static String messageText(OpenCase open, String quote) {
        MessageRepository messages = new MessageRepository(open.store());
        return messages.summaries().stream().map(s -> messages.stored(s.id()).orElseThrow().text())
                .filter(t -> t.contains(quote)).findFirst().orElseThrow();
    }

    /** A quote card as the key phrases service would make it, on the real threat sentence of the sample. */
    static QuoteCard threatCard(OpenCase open, String quote) {
        MessageRepository messages = new MessageRepository(open.store());
        long id = messages.summaries().stream().map(s -> s.id())
                .filter(i -> messages.stored(i).orElseThrow().text().contains(quote)).findFirst().orElseThrow();
        MessageRepository.StoredMessage m = messages.stored(id).orElseThrow();
        ExhibitRef ref = new ExhibitRepository(open.store()).numbers().messages().get(id);
        int start = m.text().indexOf(quote);
        String sha = messages.originals(id).get(0).sha256();
        OffsetDateTime when = messages.summary(id).orElseThrow().sentAt();
        return new QuoteCard(1, quote, PhraseCategory.THREAT, "", "He threatens to sue on 9 March, to me only.",
                m.from().name(), m.from().email(), Side.THEIRS, when, List.of("Jonas Becker"), "Re: security",
                m.messageId(), ref, sha, start, start + quote.length(), true, 1);
    }
}
