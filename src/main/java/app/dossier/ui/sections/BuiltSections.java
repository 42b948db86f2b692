package app.dossier.ui.sections;

import app.dossier.i18n.Messages;
import app.dossier.ui.importing.ImportView;
import app.dossier.ui.importing.ImportViewModel;
import app.dossier.ui.messages.MessagesView;
import app.dossier.ui.messages.MessagesViewModel;
import app.dossier.ui.shell.Section;
import app.dossier.ui.shell.SectionFactory;
import java.util.Optional;
import javafx.scene.Node;

/** The sections that are built so far; their view models live as long as the window. */
public final class BuiltSections implements SectionFactory {
    private final ImportViewModel importing;
    private final MessagesViewModel messages;
    private final app.dossier.ui.timeline.TimelineViewModel timeline;
    private final app.dossier.ui.briefing.BriefingViewModel briefing;

    public BuiltSections(ImportViewModel importing, MessagesViewModel messages,
                         app.dossier.ui.timeline.TimelineViewModel timeline,
                         app.dossier.ui.briefing.BriefingViewModel briefing) {
        this.importing = importing;
        this.messages = messages;
        this.timeline = timeline;
        this.briefing = briefing;
    }

    @Override
    public Optional<Node> create(Section section, Messages text) {
        return switch (section) {
            case IMPORT -> Optional.of(new ImportView(importing, text));
            case MESSAGES -> Optional.of(new MessagesView(messages, text));
            case TIMELINE -> Optional.of(new app.dossier.ui.timeline.TimelineView(timeline, text));
            case BRIEFING -> Optional.of(new app.dossier.ui.briefing.BriefingView(briefing, text));
            default -> Optional.empty();
        };
    }
}
