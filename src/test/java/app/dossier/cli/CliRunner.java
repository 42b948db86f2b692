package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.i18n.Messages;
import app.dossier.store.CaseStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;

/** Runs the command line in-process and captures what it prints. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
    }

    private DossierCli cli = new DossierCli(new Messages(Locale.ENGLISH),
            new CaseService(new CaseStores(Clock.systemUTC())),
            new app.dossier.ingest.ImportService(Clock.systemUTC(), java.time.ZoneId.of("Europe/Berlin")));

    /** The same command line with {@code text} as standard input for {@code classify}. */
    CliRunner withInput(String text) {
        cli = cli.withClassifyInput(() -> new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
