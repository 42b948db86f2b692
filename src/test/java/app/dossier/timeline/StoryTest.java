package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole stories written for these tests (see each {@code truth.json}), end to end from the mail
 * files: first as read, where the paper trail must never state a guess as a fact; then after the
 * user has worked through the review queue, where it must say exactly what the ground truth says.
 */
class StoryTest {
    private static final CaseService CASES = new CaseService(new CaseStores(Clock.systemUTC()));
    private final TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"energy-story", "school-story", "furnace-story"})
    void asReadTheChangeIsRightAndNoGuessIsStatedAsAFact(String name) throws Exception {
        StoryTruth story = StoryTruth.load(name, temp);
        try (OpenCase open = CASES.create(temp.resolve(name + ".dossier"), name, new char[0])) {
            TestCases.importPaths(open.store(), story.folder());
            Timeline timeline = timelines.build(open);

            assertThat(timeline.chainOfProof()).as("one change in the story").hasSize(1);
            ChangeProof proof = timeline.chainOfProof().get(0);
            assertThat(story.fileOf(proof.change())).contains(story.changeFile());
            assertThat(proof.change().key()).as("the sentence that says what was done").isEqualTo(story.changeKey());
            assertThat(proof.change().time()).as("dated by its stated time").isEqualTo(story.changeTime());
            story.facts().forEach((file, types) -> assertThat(timeline.events())
                    .as("the facts of %s are on the timeline", file)
                    .anySatisfy(e -> {
                        assertThat(story.fileOf(e)).contains(file);
                        assertThat(e.facts()).extracting(Fact::type).containsAll(types);
                    }));
            List<FactType> statedPlainly = proof.findings().stream().filter(f -> !f.unreviewed() && !f.isUnsure())
                    .map(Fact::type).toList();
            assertThat(story.chain()).as("what the chain states without a caveat is true").containsAll(statedPlainly);
            assertThat(timeline.events()).filteredOn(e -> e.source() == app.dossier.model.EventSource.MESSAGE)
                    .allSatisfy(e -> assertThat(e.review()).isEqualTo(Review.UNREVIEWED))
                    .filteredOn(e -> e.kind() != EventKind.OTHER && e.kind() != EventKind.MEETING)
                    .allSatisfy(e -> assertThat(e.evidence()).as("the evidence in words").isNotEmpty());
            TimelineFormats german = new TimelineFormats(new app.dossier.i18n.Messages(java.util.Locale.GERMAN));
            assertThat(german.json(timeline)).contains("\"review\" : \"UNREVIEWED\"", "\"confidence\" : ",
                    "\"evidence\" : [");
            assertThat(german.text(timeline)).as("the caveat in the reader's language, in the chain of proof too")
                    .contains("nicht geprüft, zu ", "(beruht auf Einordnungen, die noch niemand geprüft hat: bitte prüfen)")
                    .containsPattern("\\n  \\? [^\\n]*bitte prüfen\\)");
            System.out.printf("%s as read: %s%n", name, score(story, timeline.events()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"energy-story", "school-story", "furnace-story"})
    void afterTheReviewQueueTheChainOfProofIsTheTruthAndStays(String name) throws Exception {
        StoryTruth story = StoryTruth.load(name, temp);
        Path location = temp.resolve(name + ".dossier");
        List<FactType> reviewed;
        try (OpenCase open = CASES.create(location, name, new char[0])) {
            TestCases.importPaths(open.store(), story.folder());
            int decisions = review(open, story);
            Timeline timeline = timelines.build(open);
            for (String file : story.events().keySet()) {
                assertThat(story.found(timeline.events(), file)).as("events of %s after review", file)
                        .containsExactlyInAnyOrderElementsOf(story.expectedKinds(file));
            }
            ChangeProof proof = timeline.chainOfProof().get(0);
            reviewed = proof.findings().stream().map(Fact::type).toList();
            assertThat(reviewed).as("the chain of proof after review").containsExactlyElementsOf(story.chain());
            assertThat(proof.findings()).as("nothing rests on an unreviewed reading any more")
                    .noneMatch(f -> f.unreviewed() || f.isUnsure());
            System.out.printf("%s: %d decisions in the review queue, %d readings learned from them%n", name,
                    decisions, learned);
        }
        try (OpenCase reopened = CASES.open(location, new char[0])) {
            assertThat(timelines.build(reopened).chainOfProof().get(0).findings()).extracting(Fact::type)
                    .as("the review is kept in the case").containsExactlyElementsOf(reviewed);
        }
    }

    private int learned;

    /**
     * Works through the review queue as a careful user with the ground truth in hand: the least
     * certain reading first; confirm it, give it the kind the message really has, or hide it; then add
     * by hand what no reading found (a request said on the phone, say).
     */
    private int review(OpenCase open, StoryTruth story) {
        Set<String> done = new HashSet<>();
        int decisions = 0;
        while (true) {
            // The queue holds the timeline's events and its candidates (docs/decisions/0034).
            Timeline built = timelines.build(open);
            List<TimelineEvent> events = new ArrayList<>(built.events());
            events.addAll(built.candidates());
            Optional<TimelineEvent> next = events.stream()
                    .filter(e -> !e.review().byUser() && e.kind() != EventKind.NOTE && !done.contains(id(e)))
                    .min(Comparator.comparingDouble(TimelineEvent::confidence).thenComparing(TimelineEvent::time));
            if (next.isEmpty()) {
                break;
            }
            TimelineEvent e = next.get();
            done.add(id(e));
            decisions++;
            String file = story.fileOf(e).orElseThrow();
            List<EventKind> expected = story.expectedKinds(file);
            List<EventKind> present = story.found(events, file);
            if (e.review() == Review.LEARNED && expected.contains(e.kind())) {
                learned++;
            }
            if (expected.contains(e.kind()) && present.stream().filter(e.kind()::equals).count() == 1) {
                timelines.confirm(open, e);
            } else {
                Optional<EventKind> missing = expected.stream().filter(k -> !present.contains(k)).findFirst();
                if (missing.isPresent()) {
                    timelines.changeKind(open, e, missing.get());
                } else {
                    timelines.hide(open, e);
                }
            }
        }
        List<TimelineEvent> events = timelines.build(open).events();
        story.events().forEach((file, expected) -> {
            List<EventKind> present = new ArrayList<>(story.found(events, file));
            for (StoryTruth.Expected x : expected) {
                if (!present.remove(x.kind())) {
                    timelines.addManual(open, story.timeByFile().get(file), x.kind(), x.actor(),
                            String.format(StoryTruth.ADDED, file));
                }
            }
        });
        return decisions;
    }

    private static String id(TimelineEvent e) {
        return e.source() + ":" + e.sourceId() + ":" + e.detectedKind();
    }

    /** Events per message as read against the truth: found, missed, wrong. */
    private static String score(StoryTruth story, List<TimelineEvent> events) {
        int right = 0;
        int missed = 0;
        int wrong = 0;
        for (String file : story.events().keySet()) {
            Set<EventKind> expected = EnumSet.noneOf(EventKind.class);
            expected.addAll(story.expectedKinds(file));
            Set<EventKind> found = EnumSet.noneOf(EventKind.class);
            found.addAll(story.found(events, file));
            for (EventKind k : expected) {
                if (found.contains(k)) {
                    right++;
                } else {
                    missed++;
                }
            }
            wrong += (int) found.stream().filter(k -> !expected.contains(k)).count();
        }
        return right + " of " + (right + missed) + " expected events found, " + wrong + " wrong";
    }
}
