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
    private final java.util.function.BiConsumer<OpenCase, java.util.List<String>> setMe;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "cli.option.title")
    String title;

    @Option(names = "--me", paramLabel = "ADDRESS", descriptionKey = "cli.option.me")
    java.util.List<String> me = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    /** {@code setMe} keeps the user's own addresses in the new case ("my warning" depends on them). */
    NewCommand(CaseService cases, Messages messages, java.util.function.BiConsumer<OpenCase, java.util.List<String>> setMe) {
        this.cases = cases;
        this.setMe = setMe;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        for (String address : me) {
            if (!address.matches("[^@\\s]+@[^@\\s]+")) {
                throw new UserInputException(messages.format("cli.new.badAddress", address));
            }
        }
        try (OpenCase created = cases.create(caseOptions.casePath, title, caseOptions.password(messages))) {
            if (!me.isEmpty()) {
                setMe.accept(created, me);
            }
            spec.commandLine().getOut().println(messages.format(
                    created.encrypted() ? "cli.new.createdEncrypted" : "cli.new.created",
                    created.location(), created.info().title()));
        }
        return ExitCode.OK;
    }
}
