package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.keyphrases.CardFormats;
import app.dossier.keyphrases.Citations;
import app.dossier.keyphrases.KeyPhraseService;
import app.dossier.model.QuoteCard;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier phrases CASE [--suggested] [--format text|csv|json]}: the quote cards, or the open suggestions. */
@Command(name = "phrases")
final class PhrasesCommand implements Callable<Integer> {
    private final CaseService cases;
    private final KeyPhraseService phrases;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--suggested", descriptionKey = "cli.option.suggested")
    boolean suggested;

    @Option(names = "--format", paramLabel = "text|csv|json", descriptionKey = "cli.option.format")
    String format = "text";

    @Spec
    CommandSpec spec;

    PhrasesCommand(CaseService cases, KeyPhraseService phrases, Messages messages) {
        this.cases = cases;
        this.phrases = phrases;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("csv") && !format.equals("text")) {
            throw new UserInputException(messages.format("cli.error.format", format));
        }
        try (OpenCase open = caseOptions.open(cases, messages)) {
            CardFormats formats = new CardFormats(new Citations(messages, ZoneId.systemDefault()));
            String output;
            if (suggested) {
                output = formats.suggestions(phrases.suggestions(open), format);
            } else {
                List<QuoteCard> cards = phrases.cards(open);
                output = switch (format) {
                    case "json" -> formats.json(cards);
                    case "csv" -> formats.csv(cards);
                    default -> formats.text(cards);
                };
            }
            spec.commandLine().getOut().print(output);
            if (format.equals("json")) {
                spec.commandLine().getOut().println();
            }
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
