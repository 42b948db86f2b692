package app.dossier.cli;

import app.dossier.brief.BriefingProgress;
import app.dossier.brief.bundle.BundleWriter;
import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier bundle CASE -o FILE.zip}: originals, manifest, briefing and timeline in one ZIP. */
@Command(name = "bundle")
final class BundleCommand implements Callable<Integer> {
    private final CaseService cases;
    private final BundleWriter bundles;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Mixin
    BriefingCliOptions briefingOptions;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.option.output")
    Path output;

    @Spec
    CommandSpec spec;

    BundleCommand(CaseService cases, BundleWriter bundles, Messages messages) {
        this.cases = cases;
        this.bundles = bundles;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        var options = briefingOptions.options(messages);
        try (OpenCase open = caseOptions.open(cases, messages)) {
            BundleWriter.Summary summary;
            try {
                summary = bundles.write(open, options, output, BriefingProgress.NONE);
            } catch (IOException e) {
                throw new UserInputException(messages.format("cli.export.cannotWrite", output,
                        app.dossier.ingest.source.Reasons.of(e)));
            }
            spec.commandLine().getOut().println(messages.format("cli.bundle.done", output, summary.originals(),
                    summary.files()));
        }
        return ExitCode.OK;
    }
}
