package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.model.EventKind;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import app.dossier.store.TimelineSource.NoteRow;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes of calls: what the other side said becomes their event, marked oral; the author's own lines have no other actor. */
class NoteEventsTest {
    private final NoteEvents notes = new NoteEvents(new Classifier());

    @Test
    void whatTheOtherSideSaidIsTheirsAndOral() {
        NoteRow call = new NoteRow(1, OffsetDateTime.parse("2026-05-04T10:00+02:00"), "Call with Ms Ana Ruiz (Harbor Foods)",
                "", "- She asked me to switch off the approval step for refunds.\n- I said I advise against it.\n"
                + "- Decision: we go ahead once her manager confirms in writing.", "aa");
        List<TimelineEvent> events = notes.of(call, java.util.Map.of());
        assertThat(events).extracting(TimelineEvent::kind).contains(EventKind.NOTE, EventKind.REQUEST, EventKind.WARNING);
        TimelineEvent request = events.stream().filter(e -> e.kind() == EventKind.REQUEST).findFirst().orElseThrow();
        assertThat(request.actor()).isEqualTo("Ana Ruiz");
        assertThat(request.key()).isEqualTo("She asked me to switch off the approval step for refunds.");
        assertThat(request.has(FactType.ORAL)).isTrue();
        TimelineEvent warning = events.stream().filter(e -> e.kind() == EventKind.WARNING).findFirst().orElseThrow();
        assertThat(warning.actor()).as("the note's author speaking of themselves").isEmpty();
    }

    @Test
    void aParticipantNamedByFirstNameOrSurnameAloneIsThatPerson() {
        NoteRow call = new NoteRow(2, OffsetDateTime.parse("2026-03-24T14:00Z"), "Call with Brindley Garden Centres",
                "Ian Mercer (Finance Director), Nicola Pratt (Brindley), Tom Ashworth (notes)",
                "- Ian: \"Fine, go ahead. We'll take the risk for the spring.\"", "bb");
        java.util.Map<String, String> known = java.util.Map.of("ian mercer", "Ian Mercer <ian.mercer@brindley.example>");
        TimelineEvent approval = notes.of(call, known).stream().filter(e -> e.kind() == EventKind.APPROVAL).findFirst()
                .orElseThrow();
        assertThat(approval.actor()).as("the one participant called Ian").isEqualTo("Ian Mercer <ian.mercer@brindley.example>");

        NoteRow phone = new NoteRow(3, OffsetDateTime.parse("2026-02-24T16:05+01:00"), "Telefonat mit Herrn Kowalski (Stadt)",
                "Bernd Kowalski (Stadt Lindenhain), Lea Hartmann (ich)",
                "- Er will weiterhin, dass Wartezeit und Kartengrenze bis 02.03. komplett abgeschaltet werden.", "cc");
        TimelineEvent request = notes.of(phone, java.util.Map.of("bernd kowalski", "Bernd Kowalski <bk@stadt.example>"))
                .stream().filter(e -> e.kind() == EventKind.REQUEST).findFirst().orElseThrow();
        assertThat(request.actor()).as("the title's surname is the participant's").isEqualTo("Bernd Kowalski <bk@stadt.example>");
    }

    @Test
    void participantsAndTitlesNamePeople() {
        assertThat(NoteEvents.names("Markus Wendt (Kessler), Lena Fischer and me (Jonas Becker). Ms Reimann was not there."))
                .containsExactly("Markus Wendt", "Lena Fischer");
        assertThat(NoteEvents.names("Herr Dr. Albers, Frau Petra Lang und ich")).containsExactly("Albers", "Petra Lang");
        assertThat(NoteEvents.otherParty("Telefonat mit Herrn Markus Wendt (Kessler Logistik)")).isEqualTo("Markus Wendt");
        assertThat(NoteEvents.otherParty("Jour fixe in Bremen")).isEmpty();
    }
}
