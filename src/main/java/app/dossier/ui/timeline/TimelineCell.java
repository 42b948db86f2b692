package app.dossier.ui.timeline;

import app.dossier.i18n.FactTexts;
import app.dossier.i18n.KindTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.Spaces;
import app.dossier.model.TimelineEvent;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A day heading, or one event: badge, time and person, the key sentence, then the facts (warning signs in red). */
final class TimelineCell extends ListCell<TimelineRow> {
    /** Facts that speak against the other side or flag a gap: shown in red. */
    private static final Set<FactType> ALARMING = Set.of(FactType.REPLIED_ONLY_TO, FactType.RECIPIENTS_DROPPED,
            FactType.SHOUTING, FactType.INSULT, FactType.NO_APPROVAL, FactType.WARNING_NOT_REACHED,
            FactType.APPROVAL_AFTER, FactType.NO_REQUEST, FactType.NOT_ESCALATED);

    private final TimelineViewModel model;
    private final Messages messages;
    private final FactTexts facts;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final java.util.function.Consumer<TimelineEvent> onEdit;
    private final java.util.function.Function<TimelineEvent, java.util.List<app.dossier.model.QuoteCard>> marks;

    TimelineCell(TimelineViewModel model, Messages messages, FactTexts facts,
                 java.util.function.Consumer<TimelineEvent> onEdit,
                 java.util.function.Function<TimelineEvent, java.util.List<app.dossier.model.QuoteCard>> marks) {
        this.model = model;
        this.marks = marks;
        this.onEdit = onEdit;
        this.messages = messages;
        this.facts = facts;
        this.time = DateTimeFormatter.ofPattern("HH:mm xxx", messages.locale());
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
    }

    @Override
    protected void updateItem(TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        setContextMenu(null);
        getStyleClass().removeAll("day-heading", "hidden-event");
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof TimelineRow.Day d) {
            Label heading = new Label(day.format(d.day()) + "  \u00b7  "
                    + messages.format("timeline.dayCount", d.events()));
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            getStyleClass().add("day-heading");
            setGraphic(heading);
            return;
        }
        TimelineEvent e = ((TimelineRow.Event) row).event();
        boolean hidden = ((TimelineRow.Event) row).hidden();
        if (hidden) {
            getStyleClass().add("hidden-event");
        }
        Label badge = new Label(messages.get(KindTexts.key(e.kind())));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.getStyleClass().addAll("kind-badge", "kind-" + e.kind().name().toLowerCase(Locale.ROOT));
        Label head = new Label(time.format(e.time()) + "  \u00b7  " + (e.actor().isEmpty() ? e.summary() : e.actor()));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        HBox top = new HBox(8, badge, head);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(3, top);
        if (!e.audience().isEmpty()) {
            Label to = new Label(messages.format("timeline.to.people", String.join(", ", e.audience())));
            to.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            wrap(to);
            box.getChildren().add(to);
        }
        if (!e.key().isEmpty()) {
            Label key = new Label(messages.format("timeline.quote", e.key()));
            wrap(key);
            box.getChildren().add(key);
        }
        Label review = new Label((e.review().byUser() ? "\u2713 " : "") + facts.review(e.review(), e.confidence())
                + (e.evidence().isEmpty() || e.review().byUser() ? ""
                : "  \u00b7  " + messages.format("review.why", new app.dossier.i18n.ReasonTexts(messages).joined(e.evidence()))));
        review.setId("timelineReviewState");
        wrap(review);
        review.getStyleClass().addAll(Styles.TEXT_SMALL, e.review().byUser() ? Styles.SUCCESS : Styles.TEXT_MUTED);
        box.getChildren().add(review);
        for (app.dossier.model.QuoteCard card : marks.apply(e)) {
            box.getChildren().add(mark(card));
        }
        for (Fact fact : e.facts()) {
            Label f = new Label("\u2022 " + facts.text(fact));
            wrap(f);
            // A finding to check (not sure, or resting on unreviewed readings) stands out, but not as a gap.
            f.getStyleClass().add(ALARMING.contains(fact.type()) ? Styles.DANGER
                    : fact.isUnsure() ? Styles.WARNING : Styles.TEXT_MUTED);
            box.getChildren().add(f);
        }
        if (hidden) {
            Label note = new Label(messages.get("timeline.hiddenNote"));
            note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            box.getChildren().add(note);
        }
        setGraphic(box);
        setContextMenu(menu(e, hidden));
    }

    private ContextMenu menu(TimelineEvent e, boolean hidden) {
        Menu kind = new Menu(messages.get("timeline.menu.kind"));
        for (EventKind k : EventKind.values()) {
            if (k != EventKind.OTHER && k != e.kind()) {
                MenuItem item = new MenuItem(messages.get(KindTexts.key(k)));
                item.setOnAction(x -> model.changeKind(e, k));
                kind.getItems().add(item);
            }
        }
        MenuItem confirm = new MenuItem(messages.get("review.confirm"));
        confirm.setDisable(e.review().byUser());
        confirm.setOnAction(x -> model.confirm(e));
        MenuItem edit = new MenuItem(messages.get("timeline.menu.edit"));
        edit.setOnAction(x -> onEdit.accept(e));
        MenuItem thread = new MenuItem(messages.get("timeline.menu.thread"));
        thread.setDisable(e.thread().isEmpty());
        thread.setOnAction(x -> model.showThread(e));
        MenuItem hide = new MenuItem(messages.get(hidden ? "timeline.menu.unhide" : "timeline.menu.hide"));
        hide.setOnAction(x -> {
            if (hidden) {
                model.unhide(e);
            } else {
                model.hide(e);
            }
        });
        return new ContextMenu(confirm, kind, edit, thread, hide);
    }

    /** A key phrase of the event's source: a mark in its category's colour and the quote. */
    private Label mark(app.dossier.model.QuoteCard card) {
        Label label = new Label(messages.format("timeline.quote", Spaces.collapsed(card.quote())),
                app.dossier.ui.keyphrases.PhraseMarks.icon(card.category()));
        label.getStyleClass().addAll("phrase-on-event", Styles.TEXT_SMALL);
        label.setAccessibleText(messages.get("phrases.onEvent") + " " + label.getText());
        wrap(label);
        return label;
    }

    /** Wraps within the list's width: a list cell does not hand its width down on its own. */
    private void wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (getListView() != null) {
            label.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
        }
    }
}
