package app.dossier.ui.keyphrases;

import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.keyphrases.Citations;
import app.dossier.keyphrases.KeyPhraseService;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import app.dossier.model.PhraseSuggestion;
import app.dossier.model.QuoteCard;
import app.dossier.ui.keyphrases.PhraseChange.Decision;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one place key phrases change, for every viewer and the Key phrases section: each change is
 * saved at once and can be undone and redone (Ctrl+Z / Ctrl+Shift+Z); afterwards the cards are read
 * again and {@link #revisionProperty()} tells the viewers to repaint. No nodes.
 */
public final class PhraseEditor {
    private static final Logger LOG = Logger.getLogger(PhraseEditor.class.getName());

    private final KeyPhraseService service;
    private final Work work;
    private final ObservableObjectValue<OpenCase> openCase;
    private final ObservableObjectValue<Messages> messages;
    private final ObservableList<QuoteCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper suggestionRevision = new ReadOnlyIntegerWrapper(this, "suggestionRevision");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final PhraseHistory history = new PhraseHistory();

    public PhraseEditor(KeyPhraseService service, Work work, ObservableObjectValue<OpenCase> openCase,
                        ObservableObjectValue<Messages> messages) {
        this.service = service;
        this.work = work;
        this.openCase = openCase;
        this.messages = messages;
        // Another case: its cards at once (the timeline shows them); suggestions only when the section
        // asks, since reading them builds the timeline.
        openCase.addListener((obs, old, now) -> {
            history.clear();
            changed(false);
        });
    }

    public KeyPhraseService service() {
        return service;
    }

    public Work work() {
        return work;
    }

    /**
     * Runs a job on {@code open}; its outcome is dropped when that case is no longer the open one
     * (a read still queued while the user closed or switched the case).
     */
    public <T> void run(OpenCase open, java.util.function.Supplier<T> job, java.util.function.Consumer<T> done,
                        java.util.function.Consumer<Throwable> failed) {
        work.run(job, whileOpen(open, done), failedWhileOpen(open, failed));
    }

    /** The same for work that takes a while (it builds the timeline): the long lane in the window. */
    public <T> void runLong(OpenCase open, java.util.function.Supplier<T> job, java.util.function.Consumer<T> done,
                            java.util.function.Consumer<Throwable> failed) {
        work.runLong(job, whileOpen(open, done), failedWhileOpen(open, failed));
    }

    private <T> java.util.function.Consumer<T> whileOpen(OpenCase open, java.util.function.Consumer<T> done) {
        return result -> {
            if (openCase.get() == open) {
                done.accept(result);
            }
        };
    }

    private java.util.function.Consumer<Throwable> failedWhileOpen(OpenCase open,
                                                                 java.util.function.Consumer<Throwable> failed) {
        return e -> {
            if (openCase.get() == open) {
                failed.accept(e);
            } else {
                LOG.log(Level.FINE, "work for a case that was closed meanwhile", e);
            }
        };
    }

    public Optional<OpenCase> open() {
        return Optional.ofNullable(openCase.get());
    }

    public ObservableObjectValue<OpenCase> openCaseProperty() {
        return openCase;
    }

    public Citations citations() {
        return new Citations(messages.get(), ZoneId.systemDefault());
    }

    /** Reads the cards again (after an import, or when the section is shown). */
    public void reload() {
        OpenCase open = openCase.get();
        if (open == null) {
            cards.clear();
            return;
        }
        run(open, () -> service.cards(open), cards::setAll, this::failed);
    }

    /** Tags {@code [start, end)} of a message or note as {@code category}. */
    public void tag(SourceKind kind, long sourceId, int start, int end, PhraseCategory category, String customName,
                    String note) {
        if (end <= start) {
            status.set(messages.get().get("phrases.status.selectFirst"));
            return;
        }
        String name = citations().category(category, customName == null ? "" : customName);
        change(open -> {
            Highlight h = service.tag(open, kind, sourceId, start, end, category, customName, note);
            return PhraseChange.of(List.of(), List.of(h));
        }, messages.get().format("phrases.status.tagged", name));
    }

    public void untag(long id) {
        change(open -> service.find(open, id).map(h -> {
            service.replace(open, List.of(id), List.of());
            return PhraseChange.of(List.of(h), List.of());
        }).orElse(null), messages.get().get("phrases.status.untagged"));
    }

    public void setNote(long id, String note) {
        edit(id, h -> h.withNote(note == null ? "" : note.strip()), "phrases.status.noted");
    }

    public void setCategory(long id, PhraseCategory category, String customName) {
        edit(id, h -> h.withCategory(category, customName), "phrases.status.recategorised");
    }

    /** Puts the cards in the order of {@code ids} (the user's order). */
    public void order(List<Long> ids) {
        change(open -> {
            List<Highlight> before = new ArrayList<>();
            List<Highlight> after = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int position = i + 1;
                service.find(open, ids.get(i)).filter(h -> h.order() != position).ifPresent(h -> {
                    before.add(h);
                    after.add(h.withOrder(position));
                });
            }
            if (after.isEmpty()) {
                return null;
            }
            service.replace(open, List.of(), after);
            return PhraseChange.of(before, after);
        }, messages.get().get("phrases.status.reordered"));
    }

    public void accept(PhraseSuggestion s, PhraseCategory category) {
        change(open -> new PhraseChange(List.of(), List.of(service.accept(open, s, category)), s, Decision.ACCEPTED),
                messages.get().get("phrases.status.accepted"));
    }

    public void dismiss(PhraseSuggestion s) {
        change(open -> {
            service.dismiss(open, s);
            return new PhraseChange(List.of(), List.of(), s, Decision.DISMISSED);
        }, messages.get().get("phrases.status.dismissed"));
    }

    private void edit(long id, java.util.function.UnaryOperator<Highlight> how, String doneKey) {
        change(open -> service.find(open, id).map(h -> {
            Highlight after = how.apply(h);
            service.replace(open, List.of(), List.of(after));
            return PhraseChange.of(List.of(h), List.of(after));
        }).orElse(null), messages.get().get(doneKey));
    }

    public void undo() {
        PhraseChange last = history.toUndo().orElse(null);
        OpenCase open = openCase.get();
        if (last == null || open == null) {
            return;
        }
        run(open, () -> {
            service.replace(open, PhraseChange.removed(last.after(), last.before()), last.before());
            if (last.decision() != Decision.NONE) {
                service.reconsider(open, last.suggestion());
            }
            return last;
        }, done -> {
            history.undone(done);
            finished(done, messages.get().get("phrases.status.undone"));
        }, this::failed);
    }

    public void redo() {
        PhraseChange next = history.toRedo().orElse(null);
        OpenCase open = openCase.get();
        if (next == null || open == null) {
            return;
        }
        run(open, () -> {
            service.replace(open, PhraseChange.removed(next.before(), next.after()), next.after());
            if (next.decision() == Decision.ACCEPTED) {
                service.markAccepted(open, next.suggestion());
            } else if (next.decision() == Decision.DISMISSED) {
                service.dismiss(open, next.suggestion());
            }
            return next;
        }, done -> {
            history.redone(done);
            finished(done, messages.get().get("phrases.status.redone"));
        }, this::failed);
    }

    private void change(Function<OpenCase, PhraseChange> job, String doneText) {
        OpenCase open = openCase.get();
        if (open == null) {
            return;
        }
        run(open, () -> job.apply(open), change -> {
            if (change == null) {
                return;
            }
            history.done(change);
            finished(change, doneText);
        }, this::failed);
    }

    private void finished(PhraseChange change, String text) {
        status.set(text);
        changed(change.decision() != Decision.NONE);
    }

    private void changed(boolean suggestionsToo) {
        revision.set(revision.get() + 1);
        if (suggestionsToo) {
            suggestionRevision.set(suggestionRevision.get() + 1);
        }
        reload();
    }

    private void failed(Throwable e) {
        LOG.log(Level.WARNING, "key phrase change failed", e);
        status.set(messages.get().format("phrases.status.failed", new app.dossier.i18n.FailureTexts(messages.get()).describe(e)));
    }

    /** Every key phrase as a card, in the user's order; read again after each change. */
    public ObservableList<QuoteCard> cards() {
        return cards;
    }

    /** Goes up after every change of key phrases: viewers repaint their marks. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Goes up when suggestions were decided on (or such a decision undone). */
    public ReadOnlyIntegerProperty suggestionRevisionProperty() {
        return suggestionRevision.getReadOnlyProperty();
    }

    /** What the last change did, or why it failed, in the user's language. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
