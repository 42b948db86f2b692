package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.Address;
import app.dossier.store.TimelineSource.MessageRow;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadsTest {
    private static MessageRow row(long id, String messageId, String inReplyTo, List<String> references, String subject,
                                  String date) {
        return new MessageRow(id, messageId, inReplyTo, references, new Address("A", "a@example.org"), List.of(),
                List.of(), subject, OffsetDateTime.parse(date), "", false);
    }

    @Test
    void repliesJoinByInReplyToAndReferencesEvenThroughAMissingMessage() {
        List<MessageRow> rows = List.of(
                row(1, "root@x", "", List.of(), "Portal login", "2026-01-13T09:00:00+01:00"),
                row(2, "r1@x", "root@x", List.of("root@x"), "Re: Portal login", "2026-01-14T09:00:00+01:00"),
                // Its parent r2@x is not in the case, but its References name the root.
                row(3, "r3@x", "r2@x", List.of("root@x", "r2@x"), "Re: Re: Portal login", "2026-01-15T09:00:00+01:00"),
                // Two replies to a message not in the case still belong together.
                row(4, "s1@x", "gone@x", List.of("gone@x"), "Re: Invoice", "2026-02-01T09:00:00+01:00"),
                row(5, "s2@x", "gone@x", List.of("gone@x"), "Re: Invoice", "2026-02-02T09:00:00+01:00"),
                row(6, "other@x", "", List.of(), "Monthly report", "2026-02-03T09:00:00+01:00"));
        Map<Long, String> threads = Threads.of(rows);
        assertThat(threads.get(1L)).isEqualTo("root@x");
        assertThat(threads.get(2L)).isEqualTo("root@x");
        assertThat(threads.get(3L)).isEqualTo("root@x");
        assertThat(threads.get(4L)).isEqualTo(threads.get(5L)).isEqualTo("s1@x");
        assertThat(threads.get(6L)).isEqualTo("other@x");
    }

    @Test
    void repliesWithoutThreadingHeadersJoinBySubject() {
        List<MessageRow> rows = List.of(
                row(1, "a@x", "", List.of(), "Sicherheitsbewertung KES-1283", "2026-03-05T11:20:00+01:00"),
                row(2, "b@x", "", List.of(), "AW: WG: Sicherheitsbewertung  KES-1283", "2026-03-06T08:52:00+01:00"),
                row(3, "c@x", "", List.of(), "RE: [ext] Sicherheitsbewertung KES-1283", "2026-03-07T08:52:00+01:00"),
                // Same words but not a reply: a new conversation, not glued to the old one.
                row(4, "d@x", "", List.of(), "Sicherheitsbewertung KES-1283", "2026-04-01T08:00:00+02:00"));
        Map<Long, String> threads = Threads.of(rows);
        assertThat(threads.get(2L)).isEqualTo("a@x");
        assertThat(threads.get(3L)).isEqualTo("a@x");
        assertThat(threads.get(4L)).isEqualTo("d@x");
    }

    @Test
    void baseSubjectDropsPrefixesAndTags() {
        assertThat(Threads.baseSubject("Re: AW: Fwd: WG: [EXTERN] Change  completed")).isEqualTo("change completed");
        assertThat(Threads.baseSubject("RE[2]: Offer")).isEqualTo("offer");
        assertThat(Threads.isReplyOrForward("Fw: x")).isTrue();
        assertThat(Threads.isReplyOrForward("Regarding x")).isFalse();
    }
}
