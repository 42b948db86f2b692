package app.dossier.ui.sections;

import app.dossier.i18n.Messages;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.QuoteCard;
import app.dossier.model.Spaces;
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
    private final app.dossier.ui.briefing.BriefingViewModel briefing;

    public BuiltSections(ImportViewModel importing, MessagesViewModel messages,
                         app.dossier.ui.timeline.TimelineViewModel timeline, PhraseEditor phrases,
                         KeyPhrasesViewModel keyPhrases, app.dossier.ui.briefing.BriefingViewModel briefing) {
        this.importing = importing;
        this.messages = messages;
        this.timeline = timeline;
        this.phrases = phrases;
        this.keyPhrases = keyPhrases;
        this.messageTagging = new SourceTagging(phrases);
        this.timelineTagging = new SourceTagging(phrases);
        this.briefing = briefing;
    }

    @Override
    public Optional<Node> create(Section section, Messages text) {
        return switch (section) {
            case IMPORT -> Optional.of(new ImportView(importing, text));
            case MESSAGES -> Optional.of(new MessagesView(messages, text, messageTagging));
            case TIMELINE -> Optional.of(new app.dossier.ui.timeline.TimelineView(timeline, text, timelineTagging,
                    this::marks, phrases.cards()));
            case KEY_PHRASES -> Optional.of(new KeyPhrasesView(keyPhrases, text));
            case BRIEFING -> Optional.of(new app.dossier.ui.briefing.BriefingView(briefing, text));
            default -> Optional.empty();
        };
    }

    /**
     * The quote cards shown on an event: those whose words overlap its key sentence, and on the first
     * event of a message or note those that overlap none of its events' sentences, so each card is
     * shown once even when its message gives several events.
     */
    private List<QuoteCard> marks(TimelineEvent e) {
        SourceKind kind = switch (e.source()) {
            case MESSAGE -> SourceKind.MESSAGE;
            case NOTE -> SourceKind.NOTE;
            case MANUAL -> null;
        };
        if (kind == null) {
            return List.of();
        }
        List<QuoteCard> ofSource = phrases.cards().stream()
                .filter(c -> c.exhibit().kind() == kind && c.exhibit().sourceId() == e.sourceId()).toList();
        if (ofSource.isEmpty()) {
            return List.of();
        }
        List<TimelineEvent> siblings = timeline.visible().stream()
                .filter(x -> x.source().equals(e.source()) && x.sourceId() == e.sourceId()).toList();
        boolean first = siblings.isEmpty() || siblings.get(0).equals(e);
        return ofSource.stream().filter(c -> overlaps(c, e)
                || first && siblings.stream().noneMatch(x -> overlaps(c, x))).toList();
    }

    private static boolean overlaps(QuoteCard card, TimelineEvent e) {
        String quote = flat(card.quote());
        String key = flat(e.key());
        return !key.isEmpty() && (quote.contains(key) || key.contains(quote));
    }

    private static String flat(String text) {
        return Spaces.collapsed(text);
    }
}
