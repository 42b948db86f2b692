package app.dossier.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Texts to compare a fast implementation with the straightforward one it replaces: the training
 * corpus and the held-out sentences, the story mails of the tests, and texts put together at random
 * from the pieces that make splitting and matching hard (abbreviations, dates, bullets, line breaks
 * of every kind, capitals, umlauts, letters outside the Latin alphabet, characters outside the BMP).
 */
public final class VariedTexts {
    private static final String[] PIECES = {
        "Please", "please", "switch", "off", "the", "allowlist", "by", "Friday", "we", "I", "you", "You", "Sie",
        "sie", "Ihnen", "haben", "hat", "abgeschaltet", "disabled", "removed", "approved", "not", "never", "don't",
        "won't", "can't", "kein", "nicht", "mehr", "Freigabe", "Bitte", "bitte", "um", "Warnung", "risk", "Risiko",
        "lawyer", "Anwalt", "outage", "Ausfall", "done", "erledigt", "umgesetzt", "wurde", "will", "tomorrow",
        "morgen", "next", "week", "going", "to", "if", "wenn", "falls", "in", "case", "heute", "abend", "z. B.",
        "z.B.", "d. h.", "u.a.", "bzw.", "ca.", "Dr.", "Prof.", "Mr.", "e.g.", "i.e.", "etc.", "No.", "Nr.",
        "10.03.2026", "4.12", "6. März", "1. Juni", "24.02.", "am", "19:42", "7 pm", "18.10 Uhr", "J.", "K.",
        "(Dr.", "(siehe", "ALLES", "SOFORT", "STOP", "NOW", "Straße", "Grüße", "Müller", "GRÖSSE", "İstanbul",
        "ǅemal", "ſtop", "Kelvin", "\u212Aelvin", "Ωmega", "日本語", "\uD83D\uDE00", "\uD835\uDC00bc", "naïve",
        "we'll", "it's", "don’t", "’s", "Team", "your team", "Ihr Team", "KES-1283", "#", "42", "1st", "3)",
        "ASAP", "asap", "go", "ahead", "fine,", "do", "it", "then", "Thanks", "Danke", "Regards", "Hi", "Hallo",
        "Sehr geehrte Frau Berger,", "Dear Anna,", "invitation", "Einladung", "video conference", "lade Sie", "ein",
        "-", "*", "•", "–", "1.", "2)", "a.", "!", "?", ".", "..", "...", "!!", "?!", ",", ";", ":", "(", ")",
        "\"", "'", "’", "/", "&", "@", "x@y.de", "http://a.b/c", "\u00a0", "\u2028", "\u0085", "\t", "\f",
        "\u000B", "\r\n", "\n", "\n\n", " \n ", "\n \n", "\n\t\n", "\n- ", "\n* ", "\n• ", "\n1. ", "\n2) ",
        "\n 3. ", "\n\n\n", "you disabled", "You have removed", "your team switched off", "YOU HAVE DELETED",
        "Sie haben die Prüfung abgeschaltet", "ihr habt das geändert", "Ihr Team hat es gelöscht", "you just opened",
        "the alerts were lowered", "Einladung:", "Invitation to", "inviting you", "Wir lade Sie herzlich ein", "  ", " ", " ", " ", " ", " ", " ", " ", " ", "> quoted", "\n> ", "On Mon, Anna wrote:",
        "-----Original Message-----", "Von: A\nGesendet: B", "--", "\n-- \n", "Sent from my phone"};

    private VariedTexts() {
    }

    /** Sentences people wrote: the training corpus, the held-out sets, and the dev set when ../shared is there. */
    public static List<String> sentences() {
        List<String> texts = new ArrayList<>();
        Path corpus = Path.of("training/corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                files.sorted().forEach(f -> texts.addAll(jsonTexts(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (int i = 1; i <= 7; i++) {
            Path heldout = Path.of("src/test/resources/app/dossier/classify/heldout" + (i == 1 ? "" : i) + ".jsonl");
            if (Files.exists(heldout)) {
                texts.addAll(jsonTexts(heldout));
            }
        }
        if (SharedData.isPresent()) {
            texts.addAll(jsonTexts(SharedData.root().resolve("labeled/dev.jsonl")));
        }
        return texts;
    }

    /** The raw story mails of the timeline tests (headers and all: text is text). */
    public static List<String> mails() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/app/dossier/timeline"))) {
            files.filter(f -> f.toString().endsWith(".eml")).sorted().forEach(f -> {
                try {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    texts.add(new String(read(f), StandardCharsets.ISO_8859_1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** {@code count} texts of up to {@code maxPieces} pieces joined by spaces or nothing, the same for a seed. */
    public static List<String> random(int count, int maxPieces, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(maxPieces);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(5) > 0) {
                    text.append(' ');
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> jsonTexts(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).get("text").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
