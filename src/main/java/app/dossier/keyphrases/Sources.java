package app.dossier.keyphrases;

import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.store.CaseStore;
import app.dossier.store.PhraseSources;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The messages and notes read while building cards or suggestions, each read once. */
final class Sources {
    private final PhraseSources sources;
    private final Map<Long, Optional<PhraseSources.MessageSource>> messages = new HashMap<>();
    private final Map<Long, Optional<PhraseSources.NoteSource>> notes = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    Sources(CaseStore store) {
        this.sources = new PhraseSources(store);
    }

    Optional<PhraseSources.MessageSource> message(long id) {
        return messages.computeIfAbsent(id, sources::message);
    }

    Optional<PhraseSources.NoteSource> note(long id) {
        return notes.computeIfAbsent(id, sources::note);
    }

    /** The canonical text of a source, empty when it is gone. */
    String text(SourceKind kind, long id) {
        return texts.computeIfAbsent(kind + ":" + id, k -> kind == SourceKind.MESSAGE
                ? message(id).map(m -> PhraseText.canonical(m.text())).orElse("")
                : note(id).map(n -> PhraseText.canonical(n.text())).orElse(""));
    }
}
