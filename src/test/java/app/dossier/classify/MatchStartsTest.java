package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.VariedTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying an expression only where its matches can start finds what {@code find} finds, and the same match. */
class MatchStartsTest {
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(VariedTexts.mails());
        texts.addAll(VariedTexts.random(5_000, 40, 11));
        texts.addAll(List.of("", "\n", "Thanks\n", "hi\n\nThanks,\n", "a\r\nRegards\r\n", "x\rCheers", "x\u2028Cheers",
                "x\u0085-- \ny", "\n\n-- \n", "Text\n> quoted\nOn Mon, 9 Mar 2026, Anna wrote:\n> more",
                "Am 9. März 2026 um 07:58 schrieb Markus Wendt <m@x.de>:\nalt", "Von: A\nGesendet: B\nBetreff: C",
                "Hallo\n__________\nfooter", "Gruß\nGrüße\nText\nDanke!\nmehr", "a\n \n\t Regards\n", "a\n\f\u000B-- \nb",
                "a\n  \n  on Mon, 9 Mar, x wrote:\n", "a\nKIND REGARDS\n", "a\n\u00a0Regards\n"));
        return texts;
    }

    @Test
    void lineStartsFindWhatFindFinds() {
        int found = 0;
        for (String text : texts()) {
            java.util.Map<Pattern, String> starts = java.util.Map.of(OwnText.CUT, OwnText.CUT_STARTS,
                    OwnText.SIGN_OFF, OwnText.SIGN_OFF_STARTS, OwnText.SENT_FROM, OwnText.SENT_FROM_STARTS);
            for (Pattern p : List.of(OwnText.CUT, OwnText.SIGN_OFF, OwnText.SENT_FROM)) {
                for (int from = 0; from <= text.length(); from += Math.max(1, text.length() / 3)) {
                    Matcher expected = p.matcher(text);
                    Matcher byFirst = p.matcher(text);
                    boolean hit = expected.find(from);
                    assertThat(MatchStarts.atLineStarts(byFirst, text, from, starts.get(p)))
                            .as(p + " (first characters) from " + from + " in " + text).isEqualTo(hit);
                    if (hit) {
                        assertThat(byFirst.start()).as(text).isEqualTo(expected.start());
                        assertThat(byFirst.end()).as(text).isEqualTo(expected.end());
                        found++;
                    }
                }
            }
        }
        assertThat(found).as("matches compared").isGreaterThan(1_000);
    }

    @Test
    void ownTextIsWhatSearchingEveryCharacterGives() {
        for (String text : texts()) {
            assertThat(OwnText.of(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void wordStartsFindWhatFindFinds() {
        Pattern pattern = Pattern.compile("(?i)^(x-ray|yes)\\b|\\b(please|bitte|team)\\b");
        int found = 0;
        for (String text : texts()) {
            boolean expected = pattern.matcher(text).find();
            assertThat(MatchStarts.atWordStarts(pattern, text, "pPbBtT")).as(text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("texts with a match").isGreaterThan(500);
        assertThat(MatchStarts.atWordStarts(pattern, "x-ray", "pPbBtT")).isTrue();
        assertThat(MatchStarts.atWordStarts(pattern, "myteam", "pPbBtT")).isFalse();
    }

    /** {@link OwnText#of} as it was written first: every expression searched at every character. */
    private static String reference(String body) {
        String text = body.replace("\r\n", "\n");
        Matcher cut = OwnText.CUT.matcher(text);
        if (cut.find()) {
            text = text.substring(0, cut.start());
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line);
            }
        }
        text = String.join("\n", kept);
        Matcher signOff = OwnText.SIGN_OFF.matcher(text);
        while (signOff.find()) {
            if (!text.substring(0, signOff.start()).isBlank()) {
                text = text.substring(0, signOff.start());
                break;
            }
        }
        Matcher sent = OwnText.SENT_FROM.matcher(text);
        if (sent.find()) {
            text = text.substring(0, sent.start());
        }
        return text.strip();
    }
}
