package app.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxReaderTest {
    @TempDir
    Path temp;

    private List<RawItem> split(String mbox) throws Exception {
        return split(mbox.getBytes(StandardCharsets.UTF_8));
    }

    private List<RawItem> split(byte[] mbox) throws Exception {
        Path file = temp.resolve("box.mbox");
        Files.write(file, mbox);
        app.dossier.testing.CollectingSink sink = new app.dossier.testing.CollectingSink();
        new MboxReader(file).read(sink);
        List<RawItem> items = sink.items();
        return items;
    }

    private static String text(RawItem item) {
        return new String(item.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void mboxrdEscapingIsUndoneOnce() throws Exception {
        String mbox = "From a@x Mon Jan  5 10:00:00 2026\nSubject: one\n\n>From here\n>>From there\n\n"
                + "From b@x Mon Jan  5 11:00:00 2026\nSubject: two\n\nbody\n\n";
        List<RawItem> items = split(mbox);
        assertThat(items).hasSize(2);
        assertThat(text(items.get(0))).isEqualTo("Subject: one\n\nFrom here\n>From there\n");
        assertThat(text(items.get(1))).isEqualTo("Subject: two\n\nbody\n");
        assertThat(items.get(0).source().offset()).isZero();
        assertThat(items.get(1).source().offset()).isEqualTo(mbox.indexOf("From b@x"));
        assertThat(items.get(1).source().detail()).isEqualTo("From b@x Mon Jan  5 11:00:00 2026");
    }

    @Test
    void crlfMailboxWithBomKeepsItsLineEndings() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "From a@x Mon Jan  5 10:00:00 2026\r\nSubject: one\r\n\r\nhi\r\n\r\nFrom b@x Mon Jan  5 11:00:00 2026\r\nSubject: two\r\n\r\nho\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        List<RawItem> items = split(all);
        assertThat(items).hasSize(2);
        assertThat(text(items.get(0))).isEqualTo("Subject: one\r\n\r\nhi\r\n");
        assertThat(text(items.get(1))).isEqualTo("Subject: two\r\n\r\nho\r\n");
        assertThat(items.get(0).source().offset()).isEqualTo(3);
    }

    @Test
    void bodyLinesStartingWithFromDoNotSplit() throws Exception {
        List<RawItem> items = split("From a@x Mon Jan  5 10:00:00 2026\nSubject: one\n\nHello\n\nFrom our side, nothing.\n"
                + "From time to time\n\nFrom Russia with love\nYear: 1963\n");
        assertThat(items).hasSize(1);
        assertThat(text(items.get(0))).contains("From our side", "From Russia with love");
    }

    @Test
    void contentLengthKeepsUnescapedFromLinesInside() throws Exception {
        String body = "line\n\nFrom someone Mon Jan  5 10:00:00 2026\nstill the body\n";
        String mbox = "From a@x Mon Jan  5 10:00:00 2026\nSubject: cl\nContent-Length: " + body.length() + "\n\n" + body
                + "\nFrom b@x Mon Jan  5 11:00:00 2026\nSubject: next\n\nx\n";
        List<RawItem> items = split(mbox);
        assertThat(items).hasSize(2);
        assertThat(text(items.get(0))).endsWith("still the body\n");
        assertThat(text(items.get(1))).startsWith("Subject: next");
    }

    @Test
    void aWrongContentLengthFallsBackToSeparators() throws Exception {
        List<RawItem> items = split("From a@x Mon Jan  5 10:00:00 2026\nContent-Length: 9999\n\nshort\n\n"
                + "From b@x Mon Jan  5 11:00:00 2026\nSubject: next\n\nx\n");
        assertThat(items).hasSize(2);
        assertThat(text(items.get(0))).isEqualTo("Content-Length: 9999\n\nshort\n");
    }
}
