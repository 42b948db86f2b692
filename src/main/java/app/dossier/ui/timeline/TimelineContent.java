package app.dossier.ui.timeline;

import app.dossier.model.ChangeProof;
import app.dossier.model.TimelineEvent;
import app.dossier.timeline.Timeline;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The built timeline as the window shows it: every event and the hidden ones, narrowed by a
 * {@link TimelineFilter} into the visible events and the rows grouped by day, with the chain of
 * proof and the people by activity. No work in the background: it only shows what it is given.
 */
final class TimelineContent {
    private final ZoneId zone;
    private final List<TimelineEvent> all = new ArrayList<>();
    private final List<TimelineEvent> hidden = new ArrayList<>();
    /** Each event's search words, made once: filtering 60,000 events per keystroke must stay quick. */
    private final Map<TimelineEvent, String> searchText = new IdentityHashMap<>();
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper(this, "hiddenCount", 0);
    private final ObservableList<TimelineEvent> visible = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChangeProof> chain = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();

    TimelineContent(ZoneId zone) {
        this.zone = zone;
    }

    /** Shows {@code timeline} through {@code filter}. */
    void show(Timeline timeline, TimelineFilter filter, boolean showHidden) {
        all.clear();
        all.addAll(timeline.events());
        searchText.clear();
        hidden.clear();
        hidden.addAll(timeline.hidden());
        hiddenCount.set(hidden.size());
        chain.setAll(timeline.chainOfProof());
        people.setAll(People.byActivity(all, false));
        filter(filter, showHidden);
    }

    /** Nothing to show (no case, or another case). */
    void clear() {
        all.clear();
        hidden.clear();
        searchText.clear();
        hiddenCount.set(0);
        chain.clear();
        people.clear();
        visible.clear();
        rows.clear();
    }

    /** Narrows the events again; hidden ones are listed (marked) when {@code showHidden}. */
    void filter(TimelineFilter filter, boolean showHidden) {
        Predicate<TimelineEvent> keep = filter.predicate(zone,
                e -> searchText.computeIfAbsent(e, TimelineFilter::searchText));
        List<TimelineEvent> shown = all.stream().filter(keep).toList();
        List<TimelineEvent> listed = shown;
        Set<TimelineEvent> hiddenShown = new HashSet<>();
        if (showHidden) {
            hidden.stream().filter(keep).forEach(hiddenShown::add);
            List<TimelineEvent> merged = new ArrayList<>(shown);
            merged.addAll(hiddenShown);
            merged.sort(Comparator.comparing(TimelineEvent::time));
            listed = merged;
        }
        List<TimelineRow> grouped = TimelineRow.byDay(listed, hiddenShown::contains, this::day);
        visible.setAll(shown);
        rows.setAll(grouped);
    }

    /**
     * The event now shown for {@code before} (same source, same reading; its kind or time may have
     * changed), among the hidden ones too when they are shown.
     */
    Optional<TimelineEvent> same(TimelineEvent before, boolean showHidden) {
        Stream<TimelineEvent> shown = showHidden ? Stream.concat(all.stream(), hidden.stream()) : all.stream();
        return shown.filter(e -> e.source() == before.source() && e.sourceId() == before.sourceId()
                && e.detectedKind() == before.detectedKind()).findFirst();
    }

    boolean isHidden(TimelineEvent event) {
        return hidden.contains(event);
    }

    LocalDate day(TimelineEvent e) {
        return e.time().atZoneSameInstant(zone).toLocalDate();
    }

    ObservableList<TimelineEvent> visible() {
        return visible;
    }

    ObservableList<TimelineRow> rows() {
        return rows;
    }

    ObservableList<ChangeProof> chain() {
        return chain;
    }

    ObservableList<String> people() {
        return people;
    }

    ReadOnlyIntegerProperty hiddenCount() {
        return hiddenCount.getReadOnlyProperty();
    }
}
