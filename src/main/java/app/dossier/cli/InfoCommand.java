package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.model.CaseCounts;
import app.dossier.model.CaseSummary;
import app.dossier.timeline.TimelineService;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier info CASE}: what the case is and how much it holds. */
@Command(name = "info")
final class InfoCommand implements Callable<Integer> {
    private final CaseService cases;
    private final TimelineService timelines;
    private final app.dossier.keyphrases.KeyPhraseService phrases;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Spec
    CommandSpec spec;

    InfoCommand(CaseService cases, TimelineService timelines, app.dossier.keyphrases.KeyPhraseService phrases,
                Messages messages) {
        this.cases = cases;
        this.timelines = timelines;
        this.phrases = phrases;
        this.messages = messages;
    }

    /**
     * Every line is {@code name: value} with a fixed English name in every language, so a script
     * can read it; {@code events} counts the events of the built timeline (building it stores what
     * the classifier found, so the next count is quick), hidden events not included.
     */
    @Override
    public Integer call() {
        try (OpenCase open = caseOptions.open(cases, messages)) {
            CaseSummary summary = open.summary();
            CaseCounts counts = summary.counts();
            long events = timelines.build(open).events().size();
            PrintWriter out = spec.commandLine().getOut();
            out.println("case: " + summary.location());
            out.println("title: " + summary.info().title());
            out.println("created: " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(summary.info().createdAt()));
            out.println("encrypted: " + (summary.encrypted() ? "yes" : "no"));
            out.println("originals: " + counts.originals());
            out.println("messages: " + counts.messages());
            out.println("notes: " + counts.notes());
            out.println("events: " + events);
            out.println("highlights: " + counts.highlights());
            out.println("failures: " + counts.failures());
            app.dossier.keyphrases.KeyPhraseService.PhraseCounts phraseCounts = phrases.counts(open);
            out.println("highlights not found: " + phraseCounts.lost());
            out.println("suggestions dismissed: " + phraseCounts.dismissed());
            java.util.Set<String> me = phrases.chosenMe(open);
            if (!me.isEmpty()) {
                out.println("me: " + String.join(", ", me));
            }
        }
        return ExitCode.OK;
    }
}
