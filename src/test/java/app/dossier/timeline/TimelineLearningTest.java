package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.i18n.FactTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One correction fixes its siblings; a confirmation makes them likelier; both are kept in the case. */
class TimelineLearningTest {
    @TempDir
    Path temp;

    private static String mail(String id, String from, String date, String body) {
        return "From: " + from + "\r\nTo: Tom Fischer <tom@labsys.example>\r\nSubject: Shared login\r\n"
                + "Date: " + date + "\r\nMessage-ID: <" + id + "@brightlab.example>\r\n\r\n" + body + "\r\n";
    }

    private static TimelineEvent of(List<TimelineEvent> events, String keyStart) {
        return events.stream().filter(e -> e.key().startsWith(keyStart)).findFirst().orElseThrow(
                () -> new AssertionError("no event with " + keyStart + " in " + events));
    }

    @Test
    void correctingOneSentenceReReadsSimilarOnesAtOnceAndForGood() throws Exception {
        Path mails = Files.createDirectories(temp.resolve("mails"));
        String rachel = "Rachel Moore <rachel@brightlab.example>";
        String omar = "Omar Haddad <omar@brightlab.example>";
        Files.writeString(mails.resolve("1.eml"), mail("1", rachel, "Mon, 2 Mar 2026 10:00:00 +0000",
                "We know the risk of a shared login and accept it for the night shift."));
        Files.writeString(mails.resolve("2.eml"), mail("2", omar, "Tue, 3 Mar 2026 10:00:00 +0000",
                // "and accept it" is read as an approval beside the warning by the model of 2026-12-01
                // evening (rightly: "we accept the risk" approves); the sibling the user's one correction
                // must fix is a sentence read as a warning only.
                "We know the risk of a shared account and take it for the weekend shift."));
        Files.writeString(mails.resolve("3.eml"), mail("3", omar, "Wed, 4 Mar 2026 10:00:00 +0000",
                "A shared login for the night shift is a risk we cannot take."));
        CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
        TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());
        try (OpenCase open = cases.create(temp.resolve("case"), "T", new char[0])) {
            TestCases.importPaths(open.store(), mails);
            List<TimelineEvent> read = timelines.build(open).events();
            assertThat(read).extracting(TimelineEvent::kind).as("all three read as warnings")
                    .containsExactly(EventKind.WARNING, EventKind.WARNING, EventKind.WARNING);

            timelines.changeKind(open, of(read, "We know the risk of a shared login"), EventKind.APPROVAL);
            List<TimelineEvent> after = timelines.build(open).events();
            TimelineEvent corrected = of(after, "We know the risk of a shared login");
            assertThat(corrected.kind()).isEqualTo(EventKind.APPROVAL);
            assertThat(corrected.review()).isEqualTo(Review.CORRECTED);
            TimelineEvent sibling = of(after, "We know the risk of a shared account");
            assertThat(sibling.kind()).as("the similar sentence follows").isEqualTo(EventKind.APPROVAL);
            assertThat(sibling.review()).as("learned, still for the user to review").isEqualTo(Review.LEARNED);
            assertThat(sibling.confidence()).isBetween(Confidence.SURE, Confidence.LEARNED_CEILING);
            Fact lesson = sibling.facts().stream().filter(f -> f.type() == FactType.LEARNED_FROM).findFirst().orElseThrow();
            assertThat(new FactTexts(new Messages(Locale.ENGLISH)).text(lesson)).isEqualTo(
                    "learned from your correction of \u201cWe know the risk of a shared login and accept it for the "
                            + "night shift.\u201d (Approval)");
            assertThat(new FactTexts(new Messages(Locale.GERMAN)).text(lesson)).startsWith("gelernt aus Ihrer Korrektur");
            assertThat(of(after, "A shared login for the night shift").kind())
                    .as("a sentence about the same login that says the opposite stays as read")
                    .isEqualTo(EventKind.WARNING);

            // Confirming the opposite sentence: it is marked, and the facts resting on it are no longer called unreviewed.
            timelines.confirm(open, of(after, "A shared login for the night shift"));
            TimelineEvent confirmed = of(timelines.build(open).events(), "A shared login for the night shift");
            assertThat(confirmed.review()).isEqualTo(Review.CONFIRMED);
            assertThat(confirmed.confidence()).isEqualTo(1.0);
            assertThat(confirmed.has(FactType.CONFIRMED_BY_YOU)).isTrue();
        }
        try (OpenCase reopened = cases.open(temp.resolve("case"), new char[0])) {
            List<TimelineEvent> again = timelines.build(reopened).events();
            assertThat(of(again, "We know the risk of a shared account").kind()).as("what was learned is kept")
                    .isEqualTo(EventKind.APPROVAL);
            assertThat(of(again, "A shared login for the night shift").review()).isEqualTo(Review.CONFIRMED);
        }
    }

    @Test
    void similarityIsAboutHowAThingIsSaidNotWhatItIsAbout() {
        List<String> caseSentences = List.of(
                "We know the risk of a shared login and accept it for the night shift.",
                "We know the risk of a shared account and accept it for the weekend shift.",
                "We know the risk and accept it.",
                "A shared login for the night shift is a risk we cannot take.",
                "The night shift needs a shared login.",
                "Shared login for the night shift: please set it up.",
                "The shared login for the night shift is live.");
        String decided = caseSentences.get(0);
        assertThat(CaseLearning.similarity(decided, caseSentences.get(1), caseSentences))
                .isGreaterThanOrEqualTo(CaseLearning.SIMILAR);
        assertThat(CaseLearning.similarity(decided, caseSentences.get(2), caseSentences))
                .isGreaterThanOrEqualTo(CaseLearning.SIMILAR);
        for (String other : caseSentences.subList(3, caseSentences.size())) {
            assertThat(CaseLearning.similarity(decided, other, caseSentences)).as(other)
                    .isLessThan(CaseLearning.SIMILAR);
        }
    }
}
