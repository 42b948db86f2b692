package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.SharedData;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The quick pre-check of a cue never skips a sentence the cue matches. */
class CuePatternsTest {
    @Test
    void triggersAreTheMostSelectiveRequiredStrings() {
        assertThat(CuePatterns.triggers("\\b(could|can|would|will) you\\b")).containsExactly(" you");
        assertThat(CuePatterns.triggers("\\b(legal action|lawyers?|sue)\\b")).containsExactly("legal action", "lawyer", "sue");
        assertThat(CuePatterns.triggers("\\?\\s*$")).containsExactly("?");
        assertThat(CuePatterns.triggers("\\b(may|e\\.g\\.)\\b")).containsExactly("may", "e.g.");
        assertThat(CuePatterns.triggers("\\b(has|had)\\b|\\b\\d{1,2}:\\d{2}\\b")).as("a branch without letters").isEmpty();
        assertThat(CuePatterns.triggers("colou?r")).containsExactly("colo");
        assertThat(CuePatterns.triggers("please\\b(?! (find|see))")).containsExactly("please");
    }

    @Test
    void noSentenceThatMatchesIsSkipped() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var in = CuePatternsTest.class.getResourceAsStream("/app/dossier/classify/heldout.jsonl")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .forEach(l -> texts.add(text(l)));
        }
        if (SharedData.isPresent()) {
            Files.readAllLines(SharedData.root().resolve("labeled/dev.jsonl")).forEach(l -> texts.add(text(l)));
        }
        int checked = 0;
        for (String language : List.of("en", "de")) {
            for (Cue cue : Lexicon.load(language).cues()) {
                for (String text : texts) {
                    for (String sentence : SentenceSplitter.split(text)) {
                        String lower = sentence.toLowerCase(Locale.ROOT);
                        if (cue.pattern().matcher(cue.onLowerCase() ? lower : sentence).find()) {
                            checked++;
                            assertThat(cue.mayMatch(lower)).as(cue.pattern() + " on: " + sentence).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(checked).as("cue matches checked").isGreaterThan(100);
    }

    @Test
    void firstCharactersAreToldOnlyWhenEveryBranchBeginsWithOne() {
        assertThat(CueStarts.firstChars("\\b(could|can|would|will) you\\b")).isEqualTo("cw");
        assertThat(CueStarts.firstChars("\\b(ok|okay) by me\\b|\\bfine\\b")).isEqualTo("of");
        assertThat(CueStarts.firstChars("\\b(?:über|\\d{1,2} uhr|e\\.g\\.)")).isEqualTo("ü0123456789e");
        assertThat(CueStarts.firstChars("\\.\\.\\.")).isEqualTo(".");
        assertThat(CueStarts.firstChars("((a|b)c|d)e")).isEqualTo("abd");
        assertThat(CueStarts.firstChars("\\b(ab)+c")).isEqualTo("a");
        for (String unknown : List.of("(^|[.;:!?]\\s*)please\\b", "\\b(ab)?c", "\\bx?y", "a*b", "[ab]c", "\\w+",
                "\\sx", ".x", "(?=a)a", "(?i)a", "\\b(a|)b", "\\b(a||b)", "a|\\b", "", "\\b", "x{0,2}y",
                "\\p{L}x", "\uD83D\uDE00x")) {
            assertThat(CueStarts.firstChars(unknown)).as(unknown).isNull();
        }
    }

    /**
     * The look-ahead for a cue's first characters changes nothing of what it finds: every match of every
     * lower-case cue, its start, end and groups, on the training texts and random texts, is the match of
     * the cue compiled without it.
     */
    @Test
    void theLookAheadForFirstCharactersFindsTheSameMatches() throws Exception {
        List<String> texts = new ArrayList<>(app.dossier.testing.VariedTexts.sentences());
        texts.addAll(app.dossier.testing.VariedTexts.random(3_000, 25, 11));
        int withLookAhead = 0;
        int lowerCaseCues = 0;
        int matches = 0;
        for (String language : List.of("en", "de")) {
            List<String> sources = new ArrayList<>();
            try (var in = CuePatternsTest.class.getResourceAsStream("/app/dossier/classify/cues_" + language + ".tsv")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[2])
                        .filter(r -> !CuePatterns.caseSensitiveParts(r)).forEach(sources::add);
            }
            for (String source : sources) {
                java.util.regex.Pattern fast = CuePatterns.forLowerCase(source);
                java.util.regex.Pattern plain = java.util.regex.Pattern.compile(CuePatterns.lowerCaseSource(source));
                lowerCaseCues++;
                withLookAhead += fast.pattern().equals(plain.pattern()) ? 0 : 1;
                for (String text : texts) {
                    String lower = RuleScores.lower(text);
                    var a = fast.matcher(lower);
                    var b = plain.matcher(lower);
                    while (true) {
                        boolean found = b.find();
                        assertThat(a.find()).as(source + " on: " + lower).isEqualTo(found);
                        if (!found) {
                            break;
                        }
                        matches++;
                        assertThat(a.groupCount()).isEqualTo(b.groupCount());
                        for (int g = 0; g <= b.groupCount(); g++) {
                            assertThat(a.start(g)).as(source + " group " + g + " on: " + lower).isEqualTo(b.start(g));
                            assertThat(a.end(g)).as(source + " group " + g + " on: " + lower).isEqualTo(b.end(g));
                        }
                    }
                }
            }
        }
        assertThat(matches).as("cue matches compared").isGreaterThan(5_000);
        assertThat(withLookAhead).as("lower-case cues with a look-ahead, of " + lowerCaseCues)
                .isGreaterThan(lowerCaseCues / 2);
    }

    /** A cue tried at the word starts its letters allow finds the first match its own search finds. */
    @Test
    void cuesTriedAtWordStartsFindTheFirstMatch() {
        List<String> texts = new ArrayList<>(app.dossier.testing.VariedTexts.sentences());
        texts.addAll(app.dossier.testing.VariedTexts.mails());
        texts.addAll(app.dossier.testing.VariedTexts.random(3_000, 25, 13));
        int matches = 0;
        int atWordStarts = 0;
        for (String language : List.of("en", "de")) {
            Lexicon lexicon = Lexicon.load(language);
            for (int i = 0; i < lexicon.cues().size(); i++) {
                Cue cue = lexicon.cues().get(i);
                atWordStarts += cue.wordStarts() == null ? 0 : 1;
                for (String text : texts) {
                    String lower = RuleScores.lower(text);
                    var expected = cue.pattern().matcher(cue.onLowerCase() ? lower : text);
                    boolean found = expected.find();
                    var actual = lexicon.find(i, text, lower);
                    assertThat(actual != null).as(cue.pattern() + " on: " + lower).isEqualTo(found);
                    if (found) {
                        matches++;
                        assertThat(actual.group()).isEqualTo(expected.group());
                        for (int g = 0; g <= expected.groupCount(); g++) {
                            assertThat(actual.start(g)).as(cue.pattern() + " group " + g + " on: " + lower).isEqualTo(expected.start(g));
                            assertThat(actual.end(g)).as(cue.pattern() + " group " + g + " on: " + lower).isEqualTo(expected.end(g));
                        }
                    }
                }
            }
        }
        assertThat(matches).as("first matches compared").isGreaterThan(5_000);
        assertThat(atWordStarts).as("cues tried at word starts").isGreaterThan(100);
    }

    @Test
    void wordStartsAreToldOnlyWhenEveryBranchBeginsWithABoundary() {
        assertThat(CueStarts.wordStarts("\\b(could|can|would|will) you\\b")).isEqualTo("cw");
        assertThat(CueStarts.wordStarts("\\b(ok|okay) by me\\b|\\bfine\\b")).isEqualTo("of");
        assertThat(CueStarts.wordStarts("(\\bok|\\bfine)")).isEqualTo("of");
        assertThat(CueStarts.wordStarts("\\b(ok|okay) by me\\b|fine\\b")).isNull();
        assertThat(CueStarts.wordStarts("(\\bok|fine)")).isNull();
        assertThat(CueStarts.wordStarts("\\b(e\\.g\\.|\\.net)")).isNull();
        assertThat(CueStarts.wordStarts("\\b\\d{1,2} uhr")).isEqualTo("0123456789");
    }

    private static String text(String jsonLine) {
        try {
            return new ObjectMapper().readTree(jsonLine).get("text").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
