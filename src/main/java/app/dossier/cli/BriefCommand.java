package app.dossier.cli;

import app.dossier.brief.Briefing;
import app.dossier.brief.BriefingProgress;
import app.dossier.brief.BriefingService;
import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier brief CASE -o FILE.pdf [--lang de|en] [--paper a4|letter] [--sections …] [--redact FILE]}. */
@Command(name = "brief")
final class BriefCommand implements Callable<Integer> {
    private final CaseService cases;
    private final BriefingService briefings;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Mixin
    BriefingCliOptions briefingOptions;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.option.output")
    Path output;

    @Spec
    CommandSpec spec;

    BriefCommand(CaseService cases, BriefingService briefings, Messages messages) {
        this.cases = cases;
        this.briefings = briefings;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        var options = briefingOptions.options(messages);
        try (OpenCase open = caseOptions.open(cases, messages)) {
            Briefing briefing = briefings.make(open, options, BriefingProgress.NONE);
            try {
                Path parent = output.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temp = Files.createTempFile(parent, ".dossier-brief", ".part");
                Files.write(temp, briefing.pdf());
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UserInputException(messages.format("cli.export.cannotWrite", output,
                        app.dossier.ingest.source.Reasons.of(e)));
            }
            spec.commandLine().getOut().println(messages.format("cli.brief.done", output, briefing.pages(),
                    briefing.exhibits(), briefing.manifestSha256(), briefing.redactedPlaces()));
        }
        return ExitCode.OK;
    }
}
