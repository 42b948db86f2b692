package app.dossier.ui.keyphrases;

import app.dossier.cases.OpenCase;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Tagging in one viewer (a message, a note, the timeline's source): which text is shown, its key
 * phrases as found in that text now, and tagging or untagging a range of it through the editor.
 */
public final class SourceTagging {
    private final PhraseEditor editor;
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private SourceKind kind;
    private long sourceId;
    private int generation;

    public SourceTagging(PhraseEditor editor) {
        this.editor = editor;
        editor.revisionProperty().addListener((obs, old, now) -> reload());
    }

    /** Shows the key phrases of a message or note; {@code null} kind shows none (an event added by hand). */
    public void show(SourceKind newKind, long newId) {
        kind = newKind;
        sourceId = newId;
        active.set(newKind != null);
        highlights.clear();
        reload();
    }

    public void clear() {
        show(null, 0);
    }

    private void reload() {
        int mine = ++generation;
        OpenCase open = editor.open().orElse(null);
        if (kind == null || open == null) {
            highlights.clear();
            return;
        }
        SourceKind k = kind;
        long id = sourceId;
        editor.run(open, () -> editor.service().highlights(open, k, id), found -> {
            if (mine == generation) {
                highlights.setAll(found);
            }
        }, e -> highlights.clear());
    }

    /** Tags {@code [start, end)} of the shown text. */
    public void tag(int start, int end, PhraseCategory category, String customName) {
        if (kind != null) {
            editor.tag(kind, sourceId, start, end, category, customName, "");
        }
    }

    /** The key phrase at a position of the text (the innermost when they nest). */
    public Optional<Highlight> at(int index) {
        return highlights.stream().filter(h -> h.anchored() && h.start() <= index && index <= h.end())
                .min(java.util.Comparator.comparingInt(h -> h.end() - h.start()));
    }

    public void untagAt(int index) {
        at(index).ifPresent(h -> editor.untag(h.id()));
    }

    public void noteAt(int index, String note) {
        at(index).ifPresent(h -> editor.setNote(h.id(), note));
    }

    public PhraseEditor editor() {
        return editor;
    }

    public ObservableList<Highlight> highlights() {
        return highlights;
    }

    /** Whether a message or note is shown (only those can be tagged). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
