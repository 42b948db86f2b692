package app.dossier.cli;

import app.dossier.app.CompositionRoot;
import app.dossier.i18n.Messages;
import app.dossier.ingest.source.SourceReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;

/** Runs the command line in-process, with the services of the real composition root, and captures what it prints. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
    }

    private final CompositionRoot root = new CompositionRoot(
            Path.of(System.getProperty("java.io.tmpdir"), "dossier-cli-test-config"), Clock.systemUTC());
    private DossierCli cli;

    CliRunner() {
        this(Locale.ENGLISH);
    }

    CliRunner(Locale locale) {
        cli = new DossierCli(new Messages(locale), root.caseService(), root.importService(), root.classifier(),
                root.timelineService(), root.keyPhraseService(), root.briefingService(), root.bundleWriter());
    }

    /** The same command line with {@code text} as standard input for {@code classify}. */
    CliRunner withInput(String text) {
        cli = cli.withClassifyInput(() -> new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return this;
    }

    /** The same command line reading import sources with {@code readers}. */
    CliRunner withReaders(Function<Path, SourceReader> readers) {
        cli = cli.withSourceReaders(readers);
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
