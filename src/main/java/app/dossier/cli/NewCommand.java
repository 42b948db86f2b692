package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier new CASE}: creates an empty case, encrypted when a password file is given. */
@Command(name = "new")
final class NewCommand implements Callable<Integer> {
    private final CaseService cases;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "cli.option.title")
    String title;

    @Spec
    CommandSpec spec;

    NewCommand(CaseService cases, Messages messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        try (OpenCase created = cases.create(caseOptions.casePath, title, caseOptions.password(messages))) {
            spec.commandLine().getOut().println(messages.format(
                    created.encrypted() ? "cli.new.createdEncrypted" : "cli.new.created",
                    created.location(), created.info().title()));
        }
        return ExitCode.OK;
    }
}
