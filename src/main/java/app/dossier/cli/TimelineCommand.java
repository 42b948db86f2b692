package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineFormats;
import app.dossier.timeline.TimelineService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier timeline CASE --format json|csv|text}. */
@Command(name = "timeline")
final class TimelineCommand implements Callable<Integer> {
    private final CaseService cases;
    private final TimelineService timelines;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--format", paramLabel = "json|csv|text", descriptionKey = "cli.option.format")
    String format = "text";

    @Spec
    CommandSpec spec;

    TimelineCommand(CaseService cases, TimelineService timelines, Messages messages) {
        this.cases = cases;
        this.timelines = timelines;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("csv") && !format.equals("text")) {
            throw new UserInputException(messages.format("cli.error.format", format));
        }
        try (OpenCase open = caseOptions.open(cases, messages)) {
            Timeline timeline = timelines.build(open.store());
            TimelineFormats formats = new TimelineFormats(messages);
            String output = switch (format) {
                case "json" -> formats.json(timeline);
                case "csv" -> formats.csv(timeline);
                default -> formats.text(timeline);
            };
            spec.commandLine().getOut().print(output);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
