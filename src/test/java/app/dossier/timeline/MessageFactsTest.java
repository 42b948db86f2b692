package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.model.Address;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.MessageAnalysis;
import app.dossier.store.TimelineSource.MessageRow;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each derived fact on its own: dropped recipients, shouting, insults, after hours, forwards. */
class MessageFactsTest {
    private static final Address PM = new Address("Markus Wendt", "markus@client.example");
    private static final Address LEAD = new Address("Jonas Becker", "jonas@vendor.example");
    private static final Address BOSS = new Address("Miriam Vogt", "miriam@vendor.example");
    private static final Address SEC = new Address("Security", "security@vendor.example");
    private final MessageReader reader = new MessageReader(new Classifier());

    private static MessageRow mail(Address from, List<Address> to, List<Address> cc, String subject, String date) {
        return new MessageRow(1, "m@x", "", List.of(), from, to, cc, subject, OffsetDateTime.parse(date), "", false);
    }

    private List<FactType> types(MessageRow m, MessageRow parent, String text) {
        MessageAnalysis a = reader.read(1, m.subject(), text, false);
        return MessageFacts.of(m, parent, a).stream().map(Fact::type).toList();
    }

    @Test
    void aReplyToOnePersonThatDropsEveryoneElseIsFlagged() {
        MessageRow warning = mail(LEAD, List.of(PM), List.of(BOSS, SEC), "Warning", "2026-03-05T11:20:00+01:00");
        MessageRow reply = mail(PM, List.of(LEAD), List.of(), "Re: Warning", "2026-03-09T10:00:00+01:00");
        List<Fact> facts = MessageFacts.of(reply, warning, reader.read(1, "Re: Warning", "Do it.", false));
        assertThat(facts).first().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FactType.REPLIED_ONLY_TO);
            assertThat(f.args()).containsExactly("Jonas Becker <jonas@vendor.example>", 2,
                    "miriam@vendor.example, security@vendor.example");
        });
        MessageRow replyAll = mail(PM, List.of(LEAD), List.of(BOSS, SEC), "Re: Warning", "2026-03-09T10:00:00+01:00");
        assertThat(types(replyAll, warning, "Noted.")).doesNotContain(FactType.REPLIED_ONLY_TO,
                FactType.RECIPIENTS_DROPPED);
        MessageRow dropsOne = mail(PM, List.of(LEAD, BOSS), List.of(), "Re: Warning", "2026-03-09T10:00:00+01:00");
        assertThat(types(dropsOne, warning, "Noted.")).contains(FactType.RECIPIENTS_DROPPED);
    }

    @Test
    void shoutingAndInsultsAreSeenInTheAuthorsOwnWordsOnly() {
        MessageRow m = mail(PM, List.of(LEAD), List.of(), "Re: Warning", "2026-03-09T10:00:00+01:00");
        assertThat(types(m, null, "I AM SICK AND TIRED OF YOUR LECTURES. THE CHANGES WILL BE DONE BY WEDNESDAY."))
                .contains(FactType.SHOUTING);
        assertThat(types(m, null, "Please check the VPN and the SMTP relay of the DMZ today, thanks."))
                .as("acronyms are not shouting").doesNotContain(FactType.SHOUTING);
        assertThat(types(m, null, "Either you are incompetent or you do not want to do it.")).contains(FactType.INSULT);
        assertThat(types(m, null, "Entweder Sie sind unfähig oder Sie wollen nicht.")).contains(FactType.INSULT);
        assertThat(types(m, null, "Thanks, noted.\n\nOn Mon, 9 Mar 2026, Markus wrote:\n> YOU ARE ALL INCOMPETENT IDIOTS AND AMATEURS\n"))
                .as("a quoted insult is not the author's").doesNotContain(FactType.INSULT, FactType.SHOUTING);
    }

    @Test
    void afterHoursIsJudgedOnTheSendersOwnClock() {
        MessageRow evening = mail(LEAD, List.of(PM), List.of(), "Done", "2026-03-10T19:53:00+01:00");
        MessageRow late = mail(LEAD, List.of(PM), List.of(), "Done", "2026-03-10T20:05:00+01:00");
        MessageRow sunday = mail(LEAD, List.of(PM), List.of(), "Done", "2026-03-08T11:00:00+01:00");
        MessageRow early = mail(PM, List.of(LEAD), List.of(), "Re", "2026-03-09T06:58:00+01:00");
        assertThat(types(evening, null, "Done.")).doesNotContain(FactType.AFTER_HOURS);
        assertThat(types(late, null, "Done.")).contains(FactType.AFTER_HOURS);
        assertThat(types(sunday, null, "Done.")).contains(FactType.AFTER_HOURS);
        assertThat(types(early, null, "Done.")).contains(FactType.AFTER_HOURS);
    }

    @Test
    void forwardsSayToWhom() {
        MessageRow forward = mail(LEAD, List.of(BOSS), List.of(), "WG: Re: Warning", "2026-03-09T08:31:00+01:00");
        List<Fact> facts = MessageFacts.of(forward, null, reader.read(1, forward.subject(), "FYI, before I do anything.", false));
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FactType.FORWARDED);
            assertThat(f.args()).containsExactly("Miriam Vogt <miriam@vendor.example>");
        });
    }
}
