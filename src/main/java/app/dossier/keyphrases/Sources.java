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
    private final app.dossier.store.TimelineSource store;
    private final app.dossier.store.AnalysisRepository analyses;
    private final Map<Long, Optional<PhraseSources.MessageSource>> messages = new HashMap<>();
    private final Map<Long, Optional<PhraseSources.NoteSource>> notes = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    Sources(CaseStore store) {
        this.sources = new PhraseSources(store);
        this.store = new app.dossier.store.TimelineSource(store);
        this.analyses = new app.dossier.store.AnalysisRepository(store);
    }

    Optional<PhraseSources.MessageSource> message(long id) {
        return messages.computeIfAbsent(id, sources::message);
    }

    Optional<PhraseSources.NoteSource> note(long id) {
        return notes.computeIfAbsent(id, sources::note);
    }

    /** The canonical texts of many messages, read in a few queries rather than one each. */
    java.util.Map<Long, String> messageTexts(java.util.List<Long> ids) {
        java.util.Map<Long, String> all = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            store.texts(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach((id, raw) -> all.put(id, PhraseText.canonical(raw)));
        }
        return all;
    }

    /** What the classifier found in each of the given messages, as stored by the last timeline build. */
    java.util.Map<Long, java.util.List<app.dossier.model.MessageAnalysis.Finding>> findings(java.util.List<Long> ids) {
        java.util.Map<Long, java.util.List<app.dossier.model.MessageAnalysis.Finding>> all = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            all.putAll(analyses.findingsOf(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return all;
    }

    /** The canonical text of a source, empty when it is gone. */
    String text(SourceKind kind, long id) {
        return texts.computeIfAbsent(kind + ":" + id, k -> kind == SourceKind.MESSAGE
                ? message(id).map(m -> PhraseText.canonical(m.text())).orElse("")
                : note(id).map(n -> PhraseText.canonical(n.text())).orElse(""));
    }
}
