package app.dossier.bench;

import app.dossier.store.CaseStore;
import app.dossier.testing.TestCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every stored message analysis of a case, one line per message in id order, so that two
 * builds can be compared byte for byte (docs/decisions/0024): scores rounded to ten digits, so that
 * dumps compare with those made before RuleScores kept the cues' order (until then the order of the
 * cue features followed {@code Map.copyOf}, and the last bit of a probability differed from one JVM run
 * to the next); {@code --exact} writes the scores as stored, for comparing two builds of today's code.
 *
 *   java -cp target/dossier.jar:target/test-classes app.dossier.bench.AnalysisDump CASE OUT [--exact]
 */
public final class AnalysisDump {
    private static final Pattern SCORE = Pattern.compile("\"score\":(-?[0-9.Ee+-]+)");

    private AnalysisDump() {
    }

    public static void main(String[] args) throws IOException {
        boolean exact = args.length > 2 && args[2].equals("--exact");
        try (CaseStore store = TestCases.open(Path.of(args[0]));
             Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            long rows = store.read(c -> {
                long n = 0;
                try (PreparedStatement s = c.prepareStatement("SELECT message_id, version, findings, key_sentence, "
                        + "insults, shouting, invitation FROM message_analysis ORDER BY message_id");
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String findings = exact ? rs.getString(3) : rounded(rs.getString(3));
                        write(out, rs.getLong(1) + "\t" + rs.getString(2) + "\t" + findings + "\t"
                                + rs.getString(4).replace('\n', ' ') + "\t" + rs.getString(5).replace('\n', '|') + "\t"
                                + rs.getBoolean(6) + "\t" + rs.getBoolean(7) + "\n");
                        n++;
                    }
                }
                return n;
            });
            System.out.printf(Locale.ROOT, "%,d analyses written to %s%n", rows, args[1]);
        }
    }

    private static String rounded(String json) {
        Matcher m = SCORE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "\"score\":" + String.format(Locale.ROOT, "%.10f", Double.parseDouble(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
