package app.dossier.cli;

import app.dossier.brief.bundle.BundleVerifier;
import app.dossier.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier verify FILE.zip}: re-hashes a bundle; one line per altered, missing, added or
 * refused file, then a summary line. Exit 0 only when the bundle is intact.
 */
@Command(name = "verify")
final class VerifyCommand implements Callable<Integer> {
    private final Messages messages;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.option.bundle")
    Path bundle;

    @Spec
    CommandSpec spec;

    VerifyCommand(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(bundle)) {
            throw new UserInputException(messages.format("cli.verify.noFile", bundle));
        }
        BundleVerifier.Report report;
        try {
            report = new BundleVerifier().verify(bundle);
        } catch (IOException e) {
            throw new UserInputException(messages.format("cli.verify.notBundle", bundle, e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        report.altered().forEach(p -> out.println(messages.format("cli.verify.altered", p)));
        report.missing().forEach(p -> out.println(messages.format("cli.verify.missing", p)));
        report.added().forEach(p -> out.println(messages.format("cli.verify.added", p)));
        report.refused().forEach(p -> out.println(messages.format("cli.verify.refused", p)));
        if (report.intact()) {
            out.println(messages.format("cli.verify.intact", report.checked()));
            return ExitCode.OK;
        }
        out.println(messages.format("cli.verify.damaged", report.altered().size(), report.missing().size(),
                report.added().size(), report.refused().size()));
        return report.refused().isEmpty() ? ExitCode.PARTIAL : ExitCode.USAGE_OR_CASE;
    }
}
