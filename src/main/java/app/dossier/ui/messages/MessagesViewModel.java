package app.dossier.ui.messages;

import app.dossier.cases.OpenCase;
import app.dossier.mailbox.MessageService;
import app.dossier.model.MessageDetail;
import app.dossier.model.MessageSummary;
import app.dossier.ui.tasks.TaskRunner;
import app.dossier.i18n.FailureTexts;
import app.dossier.i18n.Messages;
import java.util.function.Consumer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.beans.value.ObservableValue;

/** The message list with search and filters, and the message chosen for reading. */
public final class MessagesViewModel {
    private static final int SEARCH_LIMIT = 100_000;

    private final MessageService service;
    private final TaskRunner tasks;
    private final ObservableValue<Messages> messages;
    private final ObservableObjectValue<OpenCase> openCase;
    private final ObservableList<MessageSummary> all = FXCollections.observableArrayList();
    private final FilteredList<MessageSummary> visible = new FilteredList<>(all, m -> true);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty withAttachments = new SimpleBooleanProperty(this, "withAttachments");
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    private final ObjectProperty<java.time.LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
    private final ObjectProperty<java.time.LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
    private final ObjectProperty<MessageSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<MessageDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Set<Long> matches;
    private int searchGeneration;

    public MessagesViewModel(MessageService service, TaskRunner tasks, ObservableObjectValue<OpenCase> openCase,
                             ObservableValue<Messages> messages) {
        this.messages = messages;
        this.service = service;
        this.tasks = tasks;
        this.openCase = openCase;
        openCase.addListener((obs, old, now) -> reload());
        withAttachments.addListener((obs, old, now) -> applyFilter());
        flaggedOnly.addListener((obs, old, now) -> applyFilter());
        fromDate.addListener((obs, old, now) -> applyFilter());
        toDate.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) -> loadDetail(now));
    }

    /** Reads the list again (after an import, or when another case opens). */
    public void reload() {
        OpenCase open = openCase.get();
        detail.set(null);
        if (open == null) {
            all.clear();
            return;
        }
        status.set("");
        tasks.quick("activity.loadMessages", job -> service.list(job.openCase()), list -> {
            if (open == openCase.get()) {
                all.setAll(list);
                search();
            }
        }, failure -> status.set(failed("messages.failed.list", failure)));
    }

    /** Runs the full-text query in the background; an empty query shows everything. */
    public void search() {
        OpenCase open = openCase.get();
        String text = query.get() == null ? "" : query.get().strip();
        int generation = ++searchGeneration;
        if (open == null || text.isEmpty()) {
            matches = null;
            applyFilter();
            return;
        }
        tasks.quick("activity.search", job -> service.search(job.openCase(), text, SEARCH_LIMIT), ids -> {
            if (generation == searchGeneration) {
                matches = new HashSet<>(ids);
                status.set("");
                applyFilter();
            }
        }, failure -> status.set(failed("messages.failed.search", failure)));
    }

    private void applyFilter() {
        Set<Long> ids = matches;
        Predicate<MessageSummary> predicate = m -> (ids == null || ids.contains(m.id()))
                && (!withAttachments.get() || m.attachments() > 0)
                && (!flaggedOnly.get() || !m.flags().isEmpty())
                && inDateRange(m);
        visible.setPredicate(predicate);
    }

    /** The day as the sender wrote it; messages without a date only show when no range is set. */
    private boolean inDateRange(MessageSummary m) {
        java.time.LocalDate from = fromDate.get();
        java.time.LocalDate to = toDate.get();
        if (from == null && to == null) {
            return true;
        }
        if (m.sentAt() == null) {
            return false;
        }
        java.time.LocalDate day = m.sentAt().toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private void loadDetail(MessageSummary summary) {
        OpenCase open = openCase.get();
        if (summary == null || open == null) {
            detail.set(null);
            return;
        }
        tasks.quick("activity.openMessage", job -> service.detail(job.openCase(), summary.id()), read -> {
            if (summary.equals(selected.get())) {
                detail.set(read);
            }
        }, failure -> {
            if (summary.equals(selected.get())) {
                status.set(failed("messages.failed.open", failure));
            }
        });
    }

    /** Saves an attachment off the FX thread; {@code done} hears null on success, else what went wrong. */
    public void saveAttachment(MessageDetail message, int ordinal, Path target, Consumer<String> done) {
        tasks.quick("activity.saveAttachment", job -> {
            service.saveAttachment(job.openCase(), message.summary().id(), ordinal, target);
            return target;
        }, saved -> done.accept(null), failure -> done.accept(new FailureTexts(text()).describe(failure)));
    }

    /** Writes an original byte for byte off the FX thread; {@code done} as for {@link #saveAttachment}. */
    public void exportOriginal(long originalId, Path target, Consumer<String> done) {
        tasks.quick("activity.exportOriginal", job -> {
            service.exportOriginal(job.openCase(), originalId, target);
            return target;
        }, saved -> done.accept(null), failure -> done.accept(new FailureTexts(text()).describe(failure)));
    }

    private String failed(String key, Throwable failure) {
        Messages m = text();
        return m.format(key, new FailureTexts(m).describe(failure));
    }

    private Messages text() {
        return messages.getValue();
    }

    public FilteredList<MessageSummary> visible() {
        return visible;
    }

    public int total() {
        return all.size();
    }

    public ObservableList<MessageSummary> all() {
        return all;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty withAttachmentsProperty() {
        return withAttachments;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObjectProperty<java.time.LocalDate> fromDateProperty() {
        return fromDate;
    }

    public ObjectProperty<java.time.LocalDate> toDateProperty() {
        return toDate;
    }

    public ObjectProperty<MessageSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<MessageDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
