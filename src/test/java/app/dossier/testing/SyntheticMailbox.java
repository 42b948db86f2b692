package app.dossier.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes an mboxrd file of simple, distinct messages, for tests that need volume. */
public final class SyntheticMailbox {
    private SyntheticMailbox() {
    }

    public static void write(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        String[] words = {"portal", "warning", "approval", "Konfiguration", "Änderung", "request", "Sicherheit",
                "deadline", "customer", "Freigabe", "login", "session", "export", "report", "Grüße"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write("From sender" + (i % 50) + "@example.org Mon Jan  5 10:00:00 2026\n");
                out.write("From: Sender " + (i % 50) + " <sender" + (i % 50) + "@example.org>\n");
                out.write("To: jonas@example.de\n");
                out.write("Subject: Message " + i + " about " + words[i % words.length] + "\n");
                out.write("Date: Mon, 5 Jan 2026 10:" + String.format("%02d", i % 60) + ":00 +0100\n");
                out.write("Message-ID: <synthetic-" + i + "@example.org>\n");
                out.write("Content-Type: text/plain; charset=utf-8\n\n");
                for (int line = 0; line < 20; line++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 12; w++) {
                        text.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    out.write(text.toString().strip() + "\n");
                }
                out.write("token" + i + "x\n\n");
            }
        }
    }
}
