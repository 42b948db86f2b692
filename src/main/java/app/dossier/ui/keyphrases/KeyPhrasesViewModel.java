package app.dossier.ui.keyphrases;

import app.dossier.cases.OpenCase;
import app.dossier.model.ExhibitRef;
import app.dossier.model.PhraseCategory;
import app.dossier.model.PhraseSuggestion;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Key phrases section: every key phrase as a quote card, filtered by category, person and side,
 * in the user's order or by time; the chosen card's source; open suggestions to accept or dismiss;
 * citations to copy and exports. No nodes.
 */
public final class KeyPhrasesViewModel {
    /** How the cards are ordered. */
    public enum Order {
        MANUAL, TIME
    }

    private final PhraseEditor editor;
    private final SourceTagging source;
    private final ObservableList<QuoteCard> visible = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<PhraseSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<PhraseCategory> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side");
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.MANUAL);
    private final ObjectProperty<QuoteCard> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final PartiesViewModel parties;
    private int suggestionGeneration;
    private OpenCase suggestionsOf;

    public KeyPhrasesViewModel(PhraseEditor editor) {
        this.editor = editor;
        this.source = new SourceTagging(editor);
        this.parties = new PartiesViewModel(editor, status, this::reload);
        editor.cards().addListener((ListChangeListener<QuoteCard>) c -> refresh());
        category.addListener((obs, old, now) -> refresh());
        person.addListener((obs, old, now) -> refresh());
        side.addListener((obs, old, now) -> refresh());
        order.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> showSource(old, now));
        editor.statusProperty().addListener((obs, old, now) -> status.set(now));
        editor.suggestionRevisionProperty().addListener((obs, old, now) -> loadSuggestions());
    }

    /** Reads cards and suggestions again (a case opened, mail imported). */
    public void reload() {
        editor.reload();
        loadSuggestions();
        parties.load();
    }

    /**
     * When the section is shown: the cards again (quick), suggestions only when they were not read
     * for this case yet, since reading them builds the timeline.
     */
    public void shown() {
        OpenCase open = editor.open().orElse(null);
        if (open != null && open == suggestionsOf) {
            editor.reload();
            parties.load();
        } else {
            reload();
        }
    }

    public void loadSuggestions() {
        OpenCase open = editor.open().orElse(null);
        int mine = ++suggestionGeneration;
        if (open == null) {
            suggestions.clear();
            return;
        }
        editor.runLong(open, () -> editor.service().suggestions(open), found -> {
            if (mine == suggestionGeneration) {
                suggestions.setAll(found);
                suggestionsOf = open;
            }
        }, e -> status.set(editor.citations().messages().format("phrases.status.failed",
                new app.dossier.i18n.FailureTexts(editor.citations().messages()).describe(e))));
    }

    private void refresh() {
        QuoteCard chosen = selected.get();
        List<QuoteCard> all = editor.cards();
        // Words tagged by hand are no longer a suggestion.
        suggestions.removeIf(s -> all.stream().anyMatch(c -> c.exhibit().kind() == s.sourceKind()
                && c.exhibit().sourceId() == s.sourceId() && c.start() < s.end() && s.start() < c.end()));
        List<String> names = all.stream().map(KeyPhrasesViewModel::who).filter(s -> !s.isBlank()).distinct().sorted()
                .toList();
        if (!people.equals(names)) {
            people.setAll(names);
        }
        List<QuoteCard> shown = new ArrayList<>(all.stream().filter(this::passes).toList());
        if (order.get() == Order.TIME) {
            shown.sort(Comparator.comparing(QuoteCard::time, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(QuoteCard::start));
        }
        visible.setAll(shown);
        if (chosen != null) {
            selected.set(shown.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null));
        }
    }

    private static String who(QuoteCard c) {
        return new app.dossier.model.Address(c.authorName(), c.authorAddress()).display();
    }

    private boolean passes(QuoteCard c) {
        String p = person.get() == null ? "" : person.get().strip().toLowerCase(Locale.ROOT);
        return (category.get() == null || c.category() == category.get())
                && (side.get() == null || c.authorSide() == side.get())
                && (p.isEmpty() || who(c).toLowerCase(Locale.ROOT).contains(p));
    }

    private void showSource(QuoteCard old, QuoteCard now) {
        if (now == null) {
            source.clear();
            sourceText.set("");
            return;
        }
        if (old != null && old.exhibit().equals(now.exhibit()) && !sourceText.get().isEmpty()) {
            return;
        }
        OpenCase open = editor.open().orElse(null);
        if (open == null) {
            return;
        }
        ExhibitRef ref = now.exhibit();
        editor.run(open, () -> editor.service().text(open, ref.kind(), ref.sourceId()), text -> {
            QuoteCard current = selected.get();
            if (current != null && current.exhibit().equals(ref)) {
                sourceText.set(text);
                source.show(ref.kind(), ref.sourceId());
            }
        }, e -> sourceText.set(""));
    }

    /** The citation of a card in the user's language, ready for the clipboard. */
    public String citation(QuoteCard card) {
        return editor.citations().citation(card);
    }

    /** Citations of every shown card, one per line. */
    public String citations() {
        StringBuilder out = new StringBuilder();
        visible.forEach(c -> out.append(citation(c)).append('\n'));
        return out.toString();
    }

    public void accept(PhraseSuggestion s) {
        suggestions.remove(s);
        editor.accept(s, null);
    }

    public void acceptAs(PhraseSuggestion s, PhraseCategory as) {
        suggestions.remove(s);
        editor.accept(s, as);
    }

    public void dismiss(PhraseSuggestion s) {
        suggestions.remove(s);
        editor.dismiss(s);
    }

    public void remove(QuoteCard card) {
        editor.untag(card.id());
    }

    public void setNote(QuoteCard card, String note) {
        editor.setNote(card.id(), note);
    }

    public void setCategory(QuoteCard card, PhraseCategory newCategory, String customName) {
        editor.setCategory(card.id(), newCategory, customName);
    }

    /** Moves a card by {@code delta} places among the shown cards; the user's order is kept. */
    public void move(QuoteCard card, int delta) {
        int from = visible.indexOf(card);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= visible.size()) {
            return;
        }
        moveTo(card, visible.get(to));
    }

    /** Puts {@code card} where {@code target} is among all cards (before it when moving up, after it when down). */
    public void moveTo(QuoteCard card, QuoteCard target) {
        if (card.id() == target.id()) {
            return;
        }
        List<Long> ids = new ArrayList<>(currentOrder());
        int targetIndex = ids.indexOf(target.id());
        boolean down = ids.indexOf(card.id()) < targetIndex;
        ids.remove(card.id());
        int at = ids.indexOf(target.id());
        ids.add(down ? at + 1 : at, card.id());
        order.set(Order.MANUAL);
        editor.order(ids);
    }

    /** All card ids in the order shown when ordered by time, else in the user's order. */
    private List<Long> currentOrder() {
        List<QuoteCard> all = new ArrayList<>(editor.cards());
        if (order.get() == Order.TIME) {
            all.sort(Comparator.comparing(QuoteCard::time, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(QuoteCard::start));
        }
        return all.stream().map(QuoteCard::id).toList();
    }

    public void exportCsv(Path target) {
        CardExport.write(editor, target, formats -> formats.csv(editor.cards()), status::set);
    }

    public void exportMarkdown(Path target, String title) {
        CardExport.write(editor, target, formats -> formats.markdown(title, editor.cards()), status::set);
    }

    /** Who the user is and the sides of the people. */
    public PartiesViewModel parties() {
        return parties;
    }

    public PhraseEditor editor() {
        return editor;
    }

    public SourceTagging source() {
        return source;
    }

    public ObservableList<QuoteCard> visible() {
        return visible;
    }

    public ObservableList<String> people() {
        return people;
    }

    public ObservableList<PhraseSuggestion> suggestions() {
        return suggestions;
    }

    public ObjectProperty<PhraseCategory> categoryProperty() {
        return category;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    public ObjectProperty<QuoteCard> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
