package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.keyphrases.Citations;
import app.dossier.keyphrases.KeyPhraseService;
import app.dossier.keyphrases.QuoteNotFoundException;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier tag CASE --message ID|SHA256 --quote TEXT --category C [--note N]}: tags a quote
 * of a message, for scripts and tests. {@code C} is a category name (their-words, my-warning,
 * approval, threat, instruction, admission-risk) or {@code custom:NAME}.
 */
@Command(name = "tag")
final class TagCommand implements Callable<Integer> {
    private final CaseService cases;
    private final KeyPhraseService phrases;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--message", required = true, paramLabel = "ID|SHA256", descriptionKey = "cli.option.message")
    String message;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", descriptionKey = "cli.option.quote")
    String quote;

    @Option(names = "--category", required = true, paramLabel = "C", descriptionKey = "cli.option.category")
    String category;

    @Option(names = "--note", paramLabel = "N", descriptionKey = "cli.option.note")
    String note = "";

    @Spec
    CommandSpec spec;

    TagCommand(CaseService cases, KeyPhraseService phrases, Messages messages) {
        this.cases = cases;
        this.phrases = phrases;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        PhraseCategory chosen = category(category);
        String custom = chosen == PhraseCategory.CUSTOM ? category.substring(category.indexOf(':') + 1).strip() : "";
        if (quote.isBlank()) {
            throw new UserInputException(messages.get("cli.tag.emptyQuote"));
        }
        try (OpenCase open = caseOptions.open(cases, messages)) {
            long id = phrases.findMessage(open, message).orElseThrow(() ->
                    new UserInputException(messages.format("cli.tag.noMessage", message)));
            Highlight tagged;
            try {
                tagged = phrases.tagQuote(open, SourceKind.MESSAGE, id, quote, chosen, custom, note);
            } catch (QuoteNotFoundException e) {
                throw new UserInputException(messages.format("cli.tag.notFound", quote.strip(), message));
            }
            Citations citations = new Citations(messages, ZoneId.systemDefault());
            phrases.cards(open).stream().filter(c -> c.id() == tagged.id()).findFirst().ifPresent(card ->
                    spec.commandLine().getOut().println(messages.format("cli.tag.done", Long.toString(card.id()),
                            citations.category(card), citations.citation(card))));
        }
        return ExitCode.OK;
    }

    private PhraseCategory category(String value) {
        String v = value.strip();
        if (v.toLowerCase(Locale.ROOT).startsWith("custom:") && v.length() > "custom:".length()) {
            return PhraseCategory.CUSTOM;
        }
        String name = v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            PhraseCategory c = PhraseCategory.valueOf(name);
            if (c != PhraseCategory.CUSTOM) {
                return c;
            }
        } catch (IllegalArgumentException e) {
            // said below, with the names that work
        }
        String known = Arrays.stream(PhraseCategory.values()).filter(c -> c != PhraseCategory.CUSTOM)
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        throw new UserInputException(messages.format("cli.tag.badCategory", value, known));
    }
}
