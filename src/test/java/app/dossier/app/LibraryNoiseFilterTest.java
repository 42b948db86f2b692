package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LibraryNoiseFilterTest {
    @Test
    void dropsJavaLibpstsUnknownTypeLineAndPassesEverythingElse() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new LibraryNoiseFilter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        err.println("Unknown message type: IPM.StickyNote");
        err.println("skipped /mail/.notmuch: a hidden folder of another program (not mail), left out");
        err.print("Unknown message type: said by someone else, not as a line of its own\n");
        err.println((String) null);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "skipped /mail/.notmuch: a hidden folder of another program (not mail), left out" + System.lineSeparator()
                        + "Unknown message type: said by someone else, not as a line of its own\n"
                        + "null" + System.lineSeparator());
    }
}
