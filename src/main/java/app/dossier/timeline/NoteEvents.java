package app.dossier.timeline;

import app.dossier.classify.Classification;
import app.dossier.classify.Classifier;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import app.dossier.store.TimelineSource.NoteRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events of a note of a call or a conversation: the NOTE itself, and what was asked, warned,
 * approved or threatened in it — said aloud, so marked as oral, never as written. What the other
 * person said is theirs (named in the participants or the title, "Phone call with Markus Wendt");
 * what the note's author says of themselves ("I explained …") has no other actor.
 */
final class NoteEvents {
    private static final Pattern OTHER_PARTY = Pattern.compile("(?U)\\b(?:with|from|by|mit|von)\\s+"
            + "(?:(?:Herrn?|Frau|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+)*(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?iU)^[-*•\\s]*(I|I'm|I've|we|ich|wir)\\b");

    private final Classifier classifier;

    NoteEvents(Classifier classifier) {
        this.classifier = classifier;
    }

    /**
     * @param knownPeople "Name &lt;address&gt;" by lower-case name, from the case's mail: a person a note
     *                    names is the same person as in the mail
     */
    List<TimelineEvent> of(NoteRow note, Map<String, String> knownPeople) {
        List<String> participants = note.participants() == null || note.participants().isBlank() ? List.of()
                : List.of(note.participants().strip());
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(note.occurredAt(), EventKind.NOTE, "", participants, note.title(), note.title(),
                app.dossier.model.EventSource.NOTE, note.id(), "", note.sha256(), "", List.of(), null, 1.0, List.of(), Review.BY_HAND));
        List<String> named = names(note.participants());
        String other = withFullName(otherParty(note.title()), named);
        Classification c = classifier.classifyNote("auto", note.title(), note.body());
        List<Fact> facts = List.of(Fact.of(FactType.ORAL, note.title()));
        List<Classification.Evidence> evidence = EventRules.approvalWinsInNotes(c.evidence(),
                Classification.Evidence::label, e -> actor(e.sentence(), other, named, knownPeople));
        for (EventKind kind : EventKind.values()) {
            Classification.Evidence best = evidence.stream().filter(e -> e.label() == kind)
                    .max(Comparator.comparingDouble(Classification.Evidence::score)).orElse(null);
            if (kind == EventKind.OTHER || best == null) {
                continue;
            }
            String actor = actor(best.sentence(), other, named, knownPeople);
            events.add(new TimelineEvent(note.occurredAt(), kind, actor, participants, note.title(), best.sentence(),
                    app.dossier.model.EventSource.NOTE, note.id(), "", note.sha256(), "", facts, null, Confidence.of(best.score()), best.reasons(),
                    Review.UNREVIEWED));
        }
        return events;
    }

    /** Who said a sentence of the note: nobody else for the author's own words, else the person, as known from mail. */
    private static String actor(String sentence, String other, List<String> named, Map<String, String> knownPeople) {
        String actor = FIRST_PERSON.matcher(sentence).find() ? "" : speaker(sentence, other, named);
        return knownPeople.getOrDefault(actor.toLowerCase(java.util.Locale.ROOT), actor);
    }

    /**
     * Who said it: a participant whose surname the sentence names, else one whose first name it names
     * when no other participant has that first name (notes among colleagues say "Ian: 'Fine, go
     * ahead.'"), else the person the note is about.
     */
    private static String speaker(String sentence, String other, List<String> named) {
        for (String name : named) {
            String[] words = name.split("\\s+");
            if (names(sentence, words[words.length - 1])) {
                return name;
            }
        }
        for (String name : named) {
            String first = name.split("\\s+")[0];
            boolean unique = named.stream().filter(n -> n.split("\\s+")[0].equals(first)).count() == 1;
            if (unique && name.contains(" ") && names(sentence, first)) {
                return name;
            }
        }
        return other;
    }

    private static boolean names(String sentence, String word) {
        return word.length() > 1 && Pattern.compile("(?U)\\b" + Pattern.quote(word) + "\\b").matcher(sentence).find();
    }

    /** "Kowalski" of the title "Telefonat mit Herrn Kowalski" is the participant "Bernd Kowalski". */
    private static String withFullName(String other, List<String> named) {
        if (other.isEmpty() || other.contains(" ")) {
            return other;
        }
        return named.stream().filter(n -> n.endsWith(" " + other)).findFirst().orElse(other);
    }

    /** The names in a participants line ("Markus Wendt (Kessler), Lena Fischer and me (Jonas Becker)"). */
    static List<String> names(String participants) {
        List<String> names = new ArrayList<>();
        if (participants == null) {
            return names;
        }
        // Titles go first (their dots are not sentence ends); then anything after the first sentence.
        String plain = participants.replaceAll("\\([^)]*\\)", " ")
                .replaceAll("(?U)\\b(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof)\\.?\\s+", "").replaceAll("\\.\\s.*$", "");
        for (String part : plain.split(",|;|\\s(?:and|und|&)\\s")) {
            String name = part.strip();
            if (name.matches("(?U)\\p{Lu}[\\p{L}'-]+(\\s+\\p{Lu}[\\p{L}'-]+)*")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The person a note is about, from its title ("Phone call with Markus Wendt"), or empty. */
    static String otherParty(String title) {
        Matcher m = OTHER_PARTY.matcher(title == null ? "" : title);
        return m.find() ? m.group(1) : "";
    }
}
