package app.dossier.app;

import java.io.PrintStream;
import java.util.logging.Logger;

/**
 * Standard error without java-libpst's "Unknown message type: …" line, which it prints for every
 * Outlook item of a class it has no Java class for (sticky notes, reports, …). The import handles
 * those items (a sticky note becomes a note), so for a user the line is noise, thousands of times
 * over for a real mailbox; it goes to the log instead. Everything else passes unchanged.
 */
final class LibraryNoiseFilter extends PrintStream {
    private static final Logger LOG = Logger.getLogger(LibraryNoiseFilter.class.getName());
    private static final String UNKNOWN_TYPE = "Unknown message type: ";

    LibraryNoiseFilter(PrintStream target) {
        super(target, true);
    }

    @Override
    public void println(String line) {
        if (line != null && line.startsWith(UNKNOWN_TYPE)) {
            LOG.fine(() -> "java-libpst: " + line);
            return;
        }
        super.println(line);
    }
}
