package app.dossier.store;

import java.nio.file.Path;
import java.time.Clock;

/** Child-process helper for tests: opens a case, says "holding", and keeps it open until stdin closes. */
public final class HoldCase {
    private HoldCase() {
    }

    public static void main(String[] args) throws Exception {
        try (CaseStore store = new CaseStores(Clock.systemUTC()).open(Path.of(args[0]), CasePassword.none())) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
