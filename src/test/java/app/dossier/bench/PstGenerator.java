package app.dossier.bench;

import app.dossier.testing.pst.PstWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a big Outlook data file for the PST import benchmark: N items in nested folders
 * (mailbox / year / month / part), mails with their Internet header, bodies of about the given size,
 * an attachment on every tenth mail, and now and then an appointment, contact, task or sticky note.
 * The same arguments give the same file. With ATTACH_KB the attachments are about that size (half to
 * one and a half times, at most 8 MB, the writer's limit for one value), which makes a file of many
 * gigabytes in minutes rather than hours.
 *
 * <pre>PstGenerator FILE ITEMS BODY_KB [ATTACH_KB]</pre>
 */
public final class PstGenerator {
    /** The writer stores one value in at most 1,021 blocks of 8,176 bytes. */
    private static final int MAX_ATTACHMENT = 8 * 1000 * 1000;
    private static final String[] BOXES = {"Posteingang", "Gesendete Elemente", "Archiv"};
    private static final String[] WORDS = ("the change was approved by the board on friday bitte prüfen Sie die "
            + "Freigabe vor dem Rollout we warned about the risk in march die Abnahme wurde verschoben "
            + "incident report attached please confirm the schedule Änderung des Plans ohne Zustimmung").split(" ");
    private static final String[] PEOPLE = {"Anna Berger", "Jörg Maier", "Sven Öztürk", "Claire Dubois",
            "Ivan Petrov", "Mia Wong", "Lukas Weiß", "Sara Lind"};

    private PstGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: PstGenerator FILE ITEMS BODY_KB [ATTACH_KB]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int items = Integer.parseInt(args[1]);
        int bodyChars = Integer.parseInt(args[2]) * 1024 / 2;
        int attachBytes = args.length == 4 ? Integer.parseInt(args[3]) * 1024 : 0;
        // Big attachments are cut from one stretch of text made once: making each anew would take
        // longer than writing it.
        byte[] stock = attachBytes == 0 ? null : text(new Random(7), Math.min(MAX_ATTACHMENT, attachBytes * 3 / 2) + 4096)
                .getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Random random = new Random(42);
        Map<String, PstWriter.Folder> folders = new HashMap<>();
        try (PstWriter w = new PstWriter(file, "Postfach Benchmark")) {
            int perFolder = 400;
            for (int i = 0; i < items; i++) {
                int j = i / perFolder;
                String box = BOXES[j % 3];
                String year = String.valueOf(2016 + (j / 3) % 8);
                String month = String.format("%02d", (j / 24) % 12 + 1);
                List<String> path = j < 288 ? List.of(box, year, month) : List.of(box, year, month, "Teil " + (j / 288));
                PstWriter.Folder folder = folder(w, folders, path);
                Instant date = Instant.parse("2016-01-01T08:00:00Z").plusSeconds(i * 2_400L);
                w.add(folder, item(random, i, date, bodyChars, attachBytes, stock));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("wrote %s: %d items, %.1f MB in %.1f s%n", file, items, Files.size(file) / 1e6, seconds);
    }

    private static PstWriter.Folder folder(PstWriter w, Map<String, PstWriter.Folder> folders, List<String> path) {
        PstWriter.Folder parent = w.top();
        StringBuilder key = new StringBuilder();
        for (String name : path) {
            key.append('/').append(name);
            PstWriter.Folder p = parent;
            parent = folders.computeIfAbsent(key.toString(), k -> w.folder(p, name));
        }
        return parent;
    }

    private static PstWriter.Item item(Random random, int i, Instant date, int bodyChars, int attachBytes,
                                       byte[] stock) {
        String body = text(random, bodyChars / 2 + random.nextInt(bodyChars + 1));
        String subject = "Vorgang " + i + ": " + text(random, 40);
        switch (i % 50) {
            case 7:
                return PstWriter.Item.appointment(subject, date, date.plusSeconds(3600), "Raum " + (i % 9), body);
            case 17:
                return PstWriter.Item.contact("Kontakt" + i, "Nachname", "Firma " + (i % 13), "k" + i + "@example.com",
                        date);
            case 27:
                return PstWriter.Item.other("IPM.Task", subject, date, body);
            case 37:
                return PstWriter.Item.other("IPM.StickyNote", subject, date, body);
            default:
                break;
        }
        String from = PEOPLE[i % PEOPLE.length];
        String to = PEOPLE[(i + 3) % PEOPLE.length];
        String fromAddress = address(from);
        String id = "<bench-" + i + "@example.com>";
        String headers = "From: " + from + " <" + fromAddress + ">\r\nTo: " + to + " <" + address(to) + ">\r\n"
                + "Subject: " + subject + "\r\nDate: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(date.atOffset(java.time.ZoneOffset.ofHours(1)))
                + "\r\nMessage-ID: " + id + "\r\nMIME-Version: 1.0\r\n\r\n";
        PstWriter.Item mail = PstWriter.Item.mail(subject, from, fromAddress, date, body).messageId(id).displayTo(to);
        if (i % 3 != 0) {
            mail.headers(headers);
        }
        if (i % 10 == 0 && stock != null) {
            int size = Math.min(MAX_ATTACHMENT, attachBytes / 2 + random.nextInt(attachBytes + 1));
            int start = random.nextInt(stock.length - size + 1);
            mail.attach(new PstWriter.Attachment("Bericht-" + i + ".txt", "text/plain",
                    java.util.Arrays.copyOfRange(stock, start, start + size)));
        } else if (i % 10 == 0) {
            mail.attach(new PstWriter.Attachment("Bericht-" + i + ".txt", "text/plain",
                    text(random, 20_000 + random.nextInt(80_000)).getBytes(StandardCharsets.UTF_8)));
        }
        return mail;
    }

    private static String address(String name) {
        return name.toLowerCase().replace(' ', '.').replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                + "@example.com";
    }

    private static String text(Random random, int chars) {
        StringBuilder b = new StringBuilder(chars + 16);
        while (b.length() < chars) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(b.length() % 90 < 8 ? ".\r\n" : " ");
        }
        return b.toString();
    }
}
