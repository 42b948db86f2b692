package app.dossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends all logging (ours, and Flyway's and H2's through SLF4J) to a log file in the config
 * folder, so that stderr carries only the one-line messages meant for the user.
 */
final class Logging {
    private Logging() {
    }

    static void toFile(Path configDirectory) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        // POI reports every odd property of an Outlook file; those are expected in real mail.
        Logger.getLogger("org.apache.poi").setLevel(Level.SEVERE);
        // OpenHTMLtoPDF writes its progress to the console through a handler of its own; its
        // warnings go to the log file like everything else, and nothing of it to stderr.
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new com.openhtmltopdf.util.JDKXRLogger(true, Level.WARNING,
                new ParentOnly(), new SimpleFormatter()));
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(configDirectory);
            Handler file = new FileHandler(configDirectory.resolve("dossier%g.log").toString(), 2_000_000, 2, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No log file (read-only home, say): keep quiet rather than fail the user's command.
            root.setLevel(Level.OFF);
        }
    }

    /** A handler that writes nothing: records reach the root logger's file handler through the parent. */
    private static final class ParentOnly extends Handler {
        @Override
        public void publish(java.util.logging.LogRecord record) {
            // the parent handlers write it
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
