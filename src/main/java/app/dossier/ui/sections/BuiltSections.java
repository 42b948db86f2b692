package app.dossier.ui.sections;

import app.dossier.i18n.Messages;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.QuoteCard;
import app.dossier.model.TimelineEvent;
import app.dossier.ui.importing.ImportView;
import app.dossier.ui.importing.ImportViewModel;
import app.dossier.ui.keyphrases.KeyPhrasesView;
import app.dossier.ui.keyphrases.KeyPhrasesViewModel;
import app.dossier.ui.keyphrases.PhraseEditor;
import app.dossier.ui.keyphrases.SourceTagging;
import app.dossier.ui.messages.MessagesView;
import app.dossier.ui.messages.MessagesViewModel;
import app.dossier.ui.shell.Section;
import app.dossier.ui.shell.SectionFactory;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/** The sections that are built so far; their view models live as long as the window. */
public final class BuiltSections implements SectionFactory {
    private final ImportViewModel importing;
    private final MessagesViewModel messages;
    private final app.dossier.ui.timeline.TimelineViewModel timeline;
    private final PhraseEditor phrases;
    private final KeyPhrasesViewModel keyPhrases;
    private final SourceTagging messageTagging;
    private final SourceTagging timelineTagging;

    public BuiltSections(ImportViewModel importing, MessagesViewModel messages,
                         app.dossier.ui.timeline.TimelineViewModel timeline, PhraseEditor phrases,
                         KeyPhrasesViewModel keyPhrases) {
        this.importing = importing;
        this.messages = messages;
        this.timeline = timeline;
        this.phrases = phrases;
        this.keyPhrases = keyPhrases;
        this.messageTagging = new SourceTagging(phrases);
        this.timelineTagging = new SourceTagging(phrases);
    }

    @Override
    public Optional<Node> create(Section section, Messages text) {
        return switch (section) {
            case IMPORT -> Optional.of(new ImportView(importing, text));
            case MESSAGES -> Optional.of(new MessagesView(messages, text, messageTagging));
            case TIMELINE -> Optional.of(new app.dossier.ui.timeline.TimelineView(timeline, text, timelineTagging,
                    this::marks, phrases.cards()));
            case KEY_PHRASES -> Optional.of(new KeyPhrasesView(keyPhrases, text));
            default -> Optional.empty();
        };
    }

    /** The quote cards of an event's message or note, shown on the event. */
    private List<QuoteCard> marks(TimelineEvent e) {
        SourceKind kind = switch (e.sourceType()) {
            case "message" -> SourceKind.MESSAGE;
            case "note" -> SourceKind.NOTE;
            default -> null;
        };
        if (kind == null) {
            return List.of();
        }
        return phrases.cards().stream().filter(c -> c.exhibit().kind() == kind && c.exhibit().sourceId() == e.sourceId())
                .toList();
    }
}
