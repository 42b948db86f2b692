package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.SampleSource;
import app.dossier.model.ImportSummary;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier sample CASE [--lang de|en]}: a new case holding the built-in Kessler portal story. */
@Command(name = "sample")
final class SampleCommand implements Callable<Integer> {
    private final CaseService cases;
    private final ImportService imports;
    private final Messages messages;
    private final java.util.function.ToIntBiFunction<OpenCase, String> tagPhrases;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "cli.option.lang")
    String language;

    @Spec
    CommandSpec spec;

    /** {@code tagPhrases} marks the sample's key phrases once its mail is in. */
    SampleCommand(CaseService cases, ImportService imports, Messages messages,
                  java.util.function.ToIntBiFunction<OpenCase, String> tagPhrases) {
        this.cases = cases;
        this.tagPhrases = tagPhrases;
        this.imports = imports;
        this.messages = messages;
    }

    @Override
    public Integer call() throws IOException {
        String lang = language == null ? (Locale.getDefault().getLanguage().equals("de") ? "de" : "en") : language;
        if (!lang.equals("de") && !lang.equals("en")) {
            throw new UserInputException(messages.format("cli.error.language", lang));
        }
        String title = messages.get(lang.equals("de") ? "sample.title.de" : "sample.title.en");
        try (OpenCase open = cases.create(caseOptions.casePath, title, caseOptions.password(messages))) {
            ImportSummary summary = imports.importSources(open.store(), List.of(new SampleSource(lang)),
                    ImportListener.NONE, new AtomicBoolean());
            tagPhrases.applyAsInt(open, lang);
            spec.commandLine().getOut().println(summary.line());
            return summary.failed() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
        }
    }
}
