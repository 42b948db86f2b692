package app.dossier.ui.keyphrases;

import app.dossier.model.Highlight;
import app.dossier.model.PhraseSuggestion;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One step the user can undo: the key phrases as they were and as they are after it (a phrase only
 * in {@code before} was removed, one only in {@code after} was added), and the suggestion decided
 * with it, if any.
 */
record PhraseChange(List<Highlight> before, List<Highlight> after, PhraseSuggestion suggestion, Decision decision) {
    enum Decision {
        NONE, ACCEPTED, DISMISSED
    }

    PhraseChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    static PhraseChange of(List<Highlight> before, List<Highlight> after) {
        return new PhraseChange(before, after, null, Decision.NONE);
    }

    /** The ids of {@code from} that {@code to} does not hold: removed when going from one to the other. */
    static Set<Long> removed(List<Highlight> from, List<Highlight> to) {
        Set<Long> kept = to.stream().map(Highlight::id).collect(Collectors.toSet());
        return from.stream().map(Highlight::id).filter(id -> !kept.contains(id)).collect(Collectors.toSet());
    }
}
