package app.dossier.app;

import app.dossier.cases.CaseService;
import app.dossier.ingest.ImportService;
import app.dossier.mailbox.MessageService;
import app.dossier.settings.SettingsStore;
import app.dossier.store.CaseStores;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Builds every service once. Both front ends take what they need from here; nothing else
 * constructs a service.
 */
public final class CompositionRoot {
    private final Path configDirectory;
    private final CaseService caseService;
    private final SettingsStore settingsStore;
    private final ImportService importService;
    private final MessageService messageService;
    private final app.dossier.timeline.TimelineService timelineService;
    private final app.dossier.classify.Classifier classifier;
    private final app.dossier.keyphrases.KeyPhraseService keyPhraseService;
    private final app.dossier.brief.BriefingService briefingService;
    private final app.dossier.brief.bundle.BundleWriter bundleWriter;

    public CompositionRoot(Path configDirectory, Clock clock) {
        this.configDirectory = configDirectory;
        this.caseService = new CaseService(new CaseStores(clock));
        this.settingsStore = new SettingsStore(configDirectory);
        this.importService = new ImportService(clock, clock.getZone());
        this.messageService = new MessageService(clock.getZone());
        this.classifier = new app.dossier.classify.Classifier();
        this.timelineService = new app.dossier.timeline.TimelineService(classifier, clock);
        this.keyPhraseService = new app.dossier.keyphrases.KeyPhraseService(timelineService, clock);
        this.briefingService = new app.dossier.brief.BriefingService(timelineService, messageService,
                keyPhraseService::cards, clock);
        this.bundleWriter = new app.dossier.brief.bundle.BundleWriter(briefingService, timelineService);
    }

    /** The one classifier: the timeline and the {@code classify} command read with the same cues. */
    public app.dossier.classify.Classifier classifier() {
        return classifier;
    }

    public app.dossier.brief.BriefingService briefingService() {
        return briefingService;
    }

    public app.dossier.brief.bundle.BundleWriter bundleWriter() {
        return bundleWriter;
    }

    public app.dossier.timeline.TimelineService timelineService() {
        return timelineService;
    }

    public app.dossier.keyphrases.KeyPhraseService keyPhraseService() {
        return keyPhraseService;
    }

    public MessageService messageService() {
        return messageService;
    }

    public ImportService importService() {
        return importService;
    }

    public Path configDirectory() {
        return configDirectory;
    }

    public CaseService caseService() {
        return caseService;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }
}
