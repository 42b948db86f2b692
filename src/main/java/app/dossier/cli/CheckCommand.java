package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.store.IntegrityCheck;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier check CASE}: re-hashes every original and checks the links between them. */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    private final CaseService cases;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Spec
    CommandSpec spec;

    CheckCommand(CaseService cases, Messages messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        try (OpenCase open = caseOptions.open(cases, messages)) {
            List<String> problems = new IntegrityCheck(open.store()).run();
            problems.forEach(p -> spec.commandLine().getErr().println("dossier: " + p));
            spec.commandLine().getOut().println(problems.isEmpty() ? messages.get("cli.check.ok")
                    : messages.format("cli.check.problems", problems.size()));
            return problems.isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
        }
    }
}
