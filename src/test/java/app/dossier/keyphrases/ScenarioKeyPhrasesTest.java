package app.dossier.keyphrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import app.dossier.model.PhraseSuggestion;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStores;
import app.dossier.testing.SharedData;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key phrases on the shared scenario (Jonas Becker's mailbox): tagging, cards, re-import, suggestions, sides. */
class ScenarioKeyPhrasesTest {
    private static final String THREAT_ID = "<0F9DB956-4292-46EE-9D04-DA0703B85948@kessler-logistik.de>";
    private static final String SHOUTED = "THE CHANGES WILL BE DONE BY WEDNESDAY.";

    @TempDir
    Path temp;

    private final Clock clock = Clock.systemUTC();
    private final TimelineService timeline = new TimelineService(new Classifier(), clock);
    private final KeyPhraseService service = new KeyPhraseService(timeline, clock);
    private OpenCase open;

    @BeforeEach
    void importScenario() {
        Path scenario = SharedData.scenario();
        open = new CaseService(new CaseStores(clock)).create(temp.resolve("s.dossier"), "Scenario", new char[0]);
        TestCases.importPaths(open.store(), scenario.resolve("en"));
    }

    @AfterEach
    void close() {
        if (open != null) {
            open.close();
        }
    }

    private long threatMessage() {
        return service.findMessage(open, THREAT_ID).orElseThrow();
    }

    @Test
    void aTaggedQuoteBecomesACardWithItsFullCitation() {
        Highlight h = service.tagQuote(open, SourceKind.MESSAGE, threatMessage(),
                "Be prepared to face very serious consequences.", PhraseCategory.THREAT, "", "sent to me only");
        List<QuoteCard> cards = service.cards(open);
        assertThat(cards).hasSize(1);
        QuoteCard card = cards.get(0);
        assertThat(card.id()).isEqualTo(h.id());
        assertThat(card.quote()).isEqualTo("Be prepared to face very serious consequences.");
        assertThat(card.authorName()).isEqualTo("Markus Wendt");
        assertThat(card.authorAddress()).isEqualTo("markus.wendt@kessler-logistik.de");
        assertThat(card.authorSide()).isEqualTo(Side.THEIRS);
        assertThat(card.time().toString()).isEqualTo("2026-03-09T07:58:12+01:00");
        assertThat(card.audience()).containsExactly("Jonas Becker <jonas.becker@nordlicht-software.de>");
        assertThat(card.messageId()).contains("0F9DB956-4292-46EE-9D04-DA0703B85948@kessler-logistik.de");
        assertThat(card.sha256()).matches("[0-9a-f]{64}");
        assertThat(card.exhibit().number()).as("mail 11, after two notes of January and February").isEqualTo(13);
        assertThat(card.anchored()).isTrue();
        assertThat(card.note()).isEqualTo("sent to me only");

        String citation = new Citations(new Messages(Locale.ENGLISH), ZoneId.of("Europe/Berlin")).citation(card);
        assertThat(citation).isEqualTo("\u201cBe prepared to face very serious consequences.\u201d \u2014 Markus Wendt to "
                + "Jonas Becker, 9 Mar 2026 07:58 +01:00, Message-ID <0F9DB956-4292-46EE-9D04-DA0703B85948@kessler-logistik.de>, "
                + "exhibit 13, SHA-256 " + card.sha256().substring(0, 8) + "\u2026");
        String german = new Citations(new Messages(Locale.GERMAN), ZoneId.of("Europe/Berlin")).citation(card);
        assertThat(german).startsWith("\u201eBe prepared").contains("Markus Wendt an Jonas Becker", "9. März 2026, 07:58 +01:00",
                "Anlage 13");
    }

    @Test
    void aNoteIsTaggedAndCitedAsTheUsersOwnRecord() {
        long note = Long.parseLong(TestCases.strings(open.store(),
                "SELECT id FROM notes WHERE title LIKE 'Conversation with Miriam Vogt%'").get(0));
        String text = service.text(open, SourceKind.NOTE, note);
        String quote = "we implement the changes because the customer explicitly demands it in writing";
        int start = text.indexOf(quote);
        Highlight h = service.tag(open, SourceKind.NOTE, note, start, start + quote.length(), PhraseCategory.INSTRUCTION,
                "", "");
        QuoteCard card = service.cards(open).get(0);
        assertThat(card.id()).isEqualTo(h.id());
        assertThat(card.exhibit().kind()).isEqualTo(SourceKind.NOTE);
        assertThat(card.authorAddress()).isEqualTo("jonas.becker@nordlicht-software.de");
        assertThat(card.subject()).startsWith("Conversation with Miriam Vogt");
        assertThat(new Citations(new Messages(Locale.ENGLISH), ZoneId.of("Europe/Berlin")).citation(card))
                .startsWith("\u201c" + quote + "\u201d \u2014 note \u201cConversation with Miriam Vogt")
                .contains("9 Mar 2026 16:30 +01:00", "exhibit " + card.exhibit().number());
        assertThat(service.highlights(open, SourceKind.NOTE, note)).singleElement()
                .satisfies(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(quote));
    }

    @Test
    void aQuoteNotInTheMessageIsRefused() {
        assertThatThrownBy(() -> service.tagQuote(open, SourceKind.MESSAGE, threatMessage(), "We approve everything.",
                PhraseCategory.APPROVAL, "", "")).isInstanceOf(QuoteNotFoundException.class);
        assertThat(service.cards(open)).isEmpty();
    }

    @Test
    void survivesAReImportOfTheSameMailFromTheMboxWithOtherLineEndings() {
        long id = threatMessage();
        service.tagQuote(open, SourceKind.MESSAGE, id, "If not, we will sue Nordlicht\nfor incompetence",
                PhraseCategory.THREAT, "", "");
        long messages = open.counts().messages();
        TestCases.importPaths(open.store(), SharedData.scenario().resolve("en.mbox"));
        assertThat(open.counts().messages()).as("copies of the same mails").isEqualTo(messages);
        assertThat(open.counts().originals()).as("the mbox entries are originals of their own").isGreaterThan(messages);
        QuoteCard card = service.cards(open).get(0);
        assertThat(card.anchored()).isTrue();
        String text = service.text(open, SourceKind.MESSAGE, id);
        assertThat(text.substring(card.start(), card.end())).isEqualTo("If not, we will sue Nordlicht for incompetence");
    }

    @Test
    void aPhraseWhoseWordsAreGoneSaysSoAndIsNotPaintedElsewhere() {
        long id = threatMessage();
        service.tagQuote(open, SourceKind.MESSAGE, id, "Be prepared to face very serious consequences.",
                PhraseCategory.THREAT, "", "");
        // A re-parse that yields another text (e.g. a fixed decoder) replaces the stored text.
        String changed = service.text(open, SourceKind.MESSAGE, id).replace("Be prepared to face", "Expect");
        open.store().inTransaction(c -> {
            try (var s = c.prepareStatement("UPDATE messages SET body_text = ? WHERE id = ?")) {
                s.setBytes(1, changed.getBytes(StandardCharsets.UTF_8));
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
        assertThat(service.cards(open).get(0).anchored()).isFalse();
        assertThat(service.highlights(open, SourceKind.MESSAGE, id)).allMatch(h -> !h.anchored());
        assertThat(service.counts(open).lost()).isEqualTo(1);
    }

    @Test
    void theMailboxOwnerIsMeAndTheDomainsGiveTheSides() {
        Parties parties = service.parties(open);
        assertThat(parties.me()).containsExactly("jonas.becker@nordlicht-software.de");
        assertThat(parties.sideOf("miriam.vogt@nordlicht-software.de")).isEqualTo(Side.OURS);
        assertThat(parties.sideOf("markus.wendt@kessler-logistik.de")).isEqualTo(Side.THEIRS);
        assertThat(parties.sideOf("claudia.reimann@kessler-logistik.de")).isEqualTo(Side.THEIRS);
        service.setSide(open, "claudia.reimann@kessler-logistik.de", Side.NEUTRAL);
        assertThat(service.parties(open).sideOf("claudia.reimann@kessler-logistik.de")).isEqualTo(Side.NEUTRAL);
        service.setMe(open, List.of("Miriam.Vogt@nordlicht-software.de"));
        assertThat(service.parties(open).me()).containsExactly("miriam.vogt@nordlicht-software.de");
    }

    @Test
    void suggestsTheShoutedThreatAsTheirWordsAndJonasWarningsAsMine() {
        List<PhraseSuggestion> suggestions = service.suggestions(open);
        long threat = threatMessage();
        assertThat(suggestions).anySatisfy(s -> {
            assertThat(s.sourceId()).isEqualTo(threat);
            // The classifier of 2026-12-01 evening reads the shouted line itself as a threat (0.44):
            // then it is suggested as a threat, else as their (shouted) words; either way it is there.
            assertThat(s.category()).isIn(PhraseCategory.THEIR_WORDS, PhraseCategory.THREAT);
            assertThat(s.key()).contains(SHOUTED);
        });
        assertThat(suggestions).anySatisfy(s -> {
            assertThat(s.sourceId()).isEqualTo(threat);
            assertThat(s.category()).isEqualTo(PhraseCategory.THREAT);
        });
        List<PhraseSuggestion> mine = suggestions.stream().filter(s -> s.category() == PhraseCategory.MY_WARNING).toList();
        assertThat(mine).extracting(PhraseSuggestion::key).contains(
                "We explicitly warn against implementing these changes.",
                "However, we cannot recommend switching off two-factor authentication for the back-office accounts.");
        assertThat(mine).allSatisfy(s -> assertThat(s.author()).contains("jonas.becker@nordlicht-software.de"));
        assertThat(suggestions).anySatisfy(s -> {
            assertThat(s.category()).isEqualTo(PhraseCategory.APPROVAL);
            assertThat(s.key()).startsWith("Please implement the changes tonight");
        });
        assertThat(suggestions).noneMatch(s -> s.category() == PhraseCategory.MY_WARNING
                && s.author().contains("tobias.brandt"));
    }

    @Test
    void theGermanMailboxGivesTheSameSuggestions() {
        try (OpenCase german = new CaseService(new CaseStores(clock)).create(temp.resolve("de.dossier"), "DE",
                new char[0])) {
            TestCases.importPaths(german.store(), SharedData.scenario().resolve("de"));
            List<PhraseSuggestion> suggestions = service.suggestions(german);
            assertThat(suggestions).anySatisfy(s -> {
                assertThat(s.category()).isEqualTo(PhraseCategory.THEIR_WORDS);
                assertThat(s.key()).contains("DIE ÄNDERUNGEN SIND BIS MITTWOCH UMGESETZT.");
                assertThat(s.author()).contains("markus.wendt@kessler-logistik.de");
            });
            assertThat(suggestions).anySatisfy(s -> {
                assertThat(s.category()).isEqualTo(PhraseCategory.MY_WARNING);
                assertThat(s.key()).isEqualTo("Wir warnen ausdrücklich davor, diese Änderungen umzusetzen.");
            });
            assertThat(suggestions).anySatisfy(s -> {
                assertThat(s.category()).isEqualTo(PhraseCategory.THREAT);
                assertThat(s.author()).contains("markus.wendt@kessler-logistik.de");
            });
        }
    }

    @Test
    void dismissedSuggestionsStayDismissedAndAcceptedOnesBecomeCards() {
        List<PhraseSuggestion> before = service.suggestions(open);
        PhraseSuggestion shouted = before.stream().filter(s -> s.key().contains(SHOUTED)).findFirst().orElseThrow();
        PhraseSuggestion warning = before.stream().filter(s -> s.category() == PhraseCategory.MY_WARNING).findFirst()
                .orElseThrow();
        service.dismiss(open, shouted);
        Highlight accepted = service.accept(open, warning, null);
        List<PhraseSuggestion> after = service.suggestions(open);
        assertThat(after).noneMatch(s -> s.key().equals(shouted.key()));
        assertThat(after).noneMatch(s -> s.key().equals(warning.key()) && s.sourceId() == warning.sourceId());
        assertThat(after).hasSize(before.size() - 2);
        assertThat(service.cards(open)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(accepted.id());
            assertThat(c.category()).isEqualTo(PhraseCategory.MY_WARNING);
            assertThat(c.quote()).isEqualTo(warning.sentence());
        });
        assertThat(service.counts(open).dismissed()).isEqualTo(1);
        service.reconsider(open, shouted);
        assertThat(service.suggestions(open)).anyMatch(s -> s.key().equals(shouted.key()));
    }

    @Test
    void aConfirmedEventsSentenceIsSuggestedFirst() {
        TimelineEvent approval = timeline.build(open).events().stream().filter(e -> e.kind() == EventKind.APPROVAL)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(service.suggestions(open).get(0).key()).isNotEqualTo(approval.key());
        timeline.changeKind(open, approval, EventKind.APPROVAL); // the user confirms the kind
        PhraseSuggestion first = service.suggestions(open).get(0);
        assertThat(first.confirmed()).isTrue();
        assertThat(first.key()).isEqualTo(approval.key().strip().replaceAll("\\s+", " "));
    }

    @Test
    void cardsKeepTheUsersOrderAndTheirIdsOverUndo() {
        long id = threatMessage();
        Highlight a = service.tagQuote(open, SourceKind.MESSAGE, id, "Be prepared to face very serious consequences.",
                PhraseCategory.THREAT, "", "");
        Highlight b = service.tagQuote(open, SourceKind.MESSAGE, id, SHOUTED, PhraseCategory.THEIR_WORDS, "", "");
        assertThat(service.cards(open)).extracting(QuoteCard::id).containsExactly(a.id(), b.id());
        service.replace(open, List.of(), List.of(a.withOrder(2), b.withOrder(1)));
        assertThat(service.cards(open)).extracting(QuoteCard::id).containsExactly(b.id(), a.id());
        service.replace(open, List.of(a.id()), List.of());
        assertThat(service.cards(open)).extracting(QuoteCard::id).containsExactly(b.id());
        service.replace(open, List.of(), List.of(a.withOrder(2))); // undo of the removal
        assertThat(service.cards(open)).extracting(QuoteCard::id).containsExactly(b.id(), a.id());
        Highlight c = service.tagQuote(open, SourceKind.MESSAGE, id, "That is EMBARRASSING and UNPROFESSIONAL.",
                PhraseCategory.THEIR_WORDS, "", "");
        assertThat(c.id()).isNotIn(a.id(), b.id());
    }
}
