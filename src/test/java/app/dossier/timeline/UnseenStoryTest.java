package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStore;
import app.dossier.testing.TestCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story written for this test, not the reference scenario: a warehouse asks its IT provider to
 * switch off password expiry for handheld scanners; the engineer warns only his manager, by mail
 * under another subject; she approves by phone and confirms in writing three days after the change;
 * months later there is a break-in and the customer blames him.
 */
class UnseenStoryTest {
    @TempDir
    Path temp;

    private Timeline timelineOf(String story) throws Exception {
        Path mails = Files.createDirectories(temp.resolve(story));
        for (String name : List.of("01.eml", "02.eml", "03.eml", "04.eml", "05.eml", "06.eml")) {
            try (var in = UnseenStoryTest.class.getResourceAsStream("/app/dossier/timeline/" + story + "/" + name)) {
                Files.write(mails.resolve(name), in.readAllBytes());
            }
        }
        try (CaseStore store = TestCases.create(temp.resolve(story + ".dossier"))) {
            TestCases.importPaths(store, mails);
            return new TimelineService(new Classifier(), Clock.systemUTC()).build(store);
        }
    }

    @Test
    void internalWarningAndPhoneApprovalConfirmedLaterAreShownAsSuch() throws Exception {
        Timeline timeline = timelineOf("warehouse-story");

        assertThat(timeline.chainOfProof()).hasSize(1);
        ChangeProof proof = timeline.chainOfProof().get(0);
        assertThat(proof.change().time().toLocalTime()).as("the time the engineer states").hasToString("18:10");
        List<FactType> found = proof.findings().stream().map(Fact::type).toList();
        assertThat(found).containsExactly(FactType.REQUESTED, FactType.WARNING_NOT_REACHED,
                FactType.APPROVAL_CONFIRMED_LATER, FactType.ESCALATED);
        assertThat(proof.findings().get(0).args()).startsWith(2, "Greta Holm <greta.holm@nordsee-frische.de>");
        assertThat(proof.findings().get(2).args()).first().asString().startsWith("Sofia Berg");

        List<TimelineEvent> may = timeline.events().stream()
                .filter(e -> e.time().getMonthValue() == 5).toList();
        assertThat(may).extracting(TimelineEvent::kind)
                .contains(EventKind.INCIDENT, EventKind.BLAME, EventKind.THREAT);
        assertThat(timeline.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.THREAT);
            assertThat(e.key()).contains("sonst spreche ich mit Ihrer Geschäftsführung");
        });
    }

    /**
     * Another story, in English: a lab asks its LIMS provider for a shared night-shift login; the
     * engineer warns everyone in copy; the lab manager replies to him alone, in capitals, late on a
     * Saturday, with a threat; he makes the change; his manager approves only the next morning.
     */
    @Test
    void pressureAndAnApprovalThatCameTooLate() throws Exception {
        Timeline timeline = timelineOf("lab-story");
        TimelineEvent threat = timeline.events().stream().filter(e -> e.kind() == EventKind.THREAT).findFirst()
                .orElseThrow();
        assertThat(threat.facts()).extracting(Fact::type).contains(FactType.REPLIED_ONLY_TO, FactType.SHOUTING,
                FactType.AFTER_HOURS);
        ChangeProof proof = timeline.chainOfProof().get(0);
        assertThat(proof.change().time()).isEqualTo(java.time.OffsetDateTime.parse("2026-03-16T17:30Z"));
        assertThat(proof.findings()).extracting(Fact::type).containsExactly(FactType.REQUESTED,
                FactType.WARNING_REACHED, FactType.APPROVAL_AFTER, FactType.ESCALATED);
        assertThat(timeline.events()).extracting(TimelineEvent::kind).contains(EventKind.INCIDENT, EventKind.BLAME);
    }
}
