package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.mailbox.MessageListing;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier messages CASE [--search QUERY] [--format json|csv|text]}: the decoded messages, oldest first. */
@Command(name = "messages")
final class MessagesCommand implements Callable<Integer> {
    private final CaseService cases;
    private final MessageListing listing;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    // Defaults in the annotation: the command object outlives one run (tests run several), and
    // picocli would otherwise take the last run's value as the default.
    @Option(names = "--search", paramLabel = "QUERY", descriptionKey = "cli.option.search", defaultValue = "")
    String query;

    @Option(names = "--format", paramLabel = "json|csv|text", descriptionKey = "cli.option.format",
            defaultValue = "text")
    String format;

    @Spec
    CommandSpec spec;

    MessagesCommand(CaseService cases, MessageListing listing, Messages messages) {
        this.cases = cases;
        this.listing = listing;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("csv") && !format.equals("text")) {
            throw new UserInputException(messages.format("cli.error.format", format));
        }
        try (OpenCase open = caseOptions.open(cases, messages);
             MessageFormats out = MessageFormats.of(format, spec.commandLine().getOut())) {
            listing.list(open, query, out::write); // the query syntax of the search box never fails
        }
        return ExitCode.OK;
    }
}
