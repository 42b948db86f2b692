package app.dossier.app;

import app.dossier.cli.DossierCli;
import app.dossier.cli.Exit;
import app.dossier.i18n.Messages;
import app.dossier.settings.ConfigDirectory;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The entry point. A plain class, not the JavaFX {@code Application}, so that the jar starts
 * with JavaFX on the class path and commands run without loading any UI class at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path config = ConfigDirectory.resolve(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        Logging.toFile(config);
        PrintStream stderr = System.err;
        System.setErr(new LibraryNoiseFilter(stderr));
        CompositionRoot root = new CompositionRoot(config, Clock.systemDefaultZone());
        if (args.length == 0) {
            DossierApp.launch(root);
            return;
        }
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(stderr, console), true);
        DossierCli cli = new DossierCli(new Messages(Locale.getDefault()), root.caseService(), root.importService(),
                root.classifier(), root.timelineService(), root.keyPhraseService(), root.briefingService(),
                root.bundleWriter());
        Exit.with(cli.run(out, err, args));
    }
}
