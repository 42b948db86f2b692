package app.dossier.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The cues of one language, read from {@code app/dossier/classify/cues_LANG.tsv} (readable and extendable). */
final class Lexicon {
    private final List<Cue> cues;
    private final int sourceHash;

    private final TriggerIndex triggers;
    /** Per cue the ids of its trigger strings in {@link #triggers}; empty: always tried. */
    private final int[][] cueTriggers;
    /** Per trigger id the cues it lets through, as bits; and the cues tried on every sentence. */
    private final long[][] cuesOfTrigger;
    private final long[] sentenceCuesAlwaysTried;
    /** The cues read per sentence (not the labels read on the whole text: NOISE, INSULT, HAPPENED). */
    private final long[] sentenceCues;

    private Lexicon(List<Cue> cues, int sourceHash) {
        this.cues = List.copyOf(cues);
        this.sourceHash = sourceHash;
        int count = this.cues.size();
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[count]);
        this.triggers = new TriggerIndex(cues.stream().flatMap(c -> c.triggers().stream()).toList());
        this.cueTriggers = new int[cues.size()][];
        int words = (cues.size() + 63) / 64;
        this.cuesOfTrigger = new long[triggers.size()][words];
        this.sentenceCuesAlwaysTried = new long[words];
        this.sentenceCues = new long[words];
        for (int i = 0; i < cues.size(); i++) {
            cueTriggers[i] = cues.get(i).triggers().stream().filter(t -> !t.isEmpty()).mapToInt(triggers::id).toArray();
            String label = cues.get(i).label();
            boolean perSentence = !label.equals("NOISE") && !label.equals("INSULT") && !label.equals("HAPPENED");
            if (perSentence) {
                sentenceCues[i >> 6] |= 1L << i;
            }
            if (cueTriggers[i].length == 0 && perSentence) {
                sentenceCuesAlwaysTried[i >> 6] |= 1L << i;
            }
            for (int id : cueTriggers[i]) {
                cuesOfTrigger[id][i >> 6] |= 1L << i;
            }
        }
    }

    /** The trigger strings found in a lower-case text, for {@link #mayMatch}. */
    java.util.BitSet triggersIn(String lowerCaseText) {
        return triggers.find(lowerCaseText);
    }

    /** Whether cue number {@code cue} can match a text whose triggers are {@code found} (see {@link Cue#mayMatch}). */
    boolean mayMatch(int cue, java.util.BitSet found) {
        int[] ids = cueTriggers[cue];
        if (ids.length == 0) {
            return true;
        }
        for (int id : ids) {
            if (found.get(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The per-sentence cues (all but NOISE, INSULT and HAPPENED) that may match a text whose triggers
     * are {@code found}, as bits by cue number: the same cues as asking {@link #mayMatch} of each.
     */
    long[] sentenceCuesFor(java.util.BitSet found) {
        long[] may = sentenceCuesAlwaysTried.clone();
        for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
            long[] cuesOf = cuesOfTrigger[id];
            for (int w = 0; w < may.length; w++) {
                may[w] |= cuesOf[w] & sentenceCues[w];
            }
        }
        return may;
    }

    /** A hash of the cue file's lines, so results of an edited lexicon are not taken for current. */
    int sourceHash() {
        return sourceHash;
    }

    List<Cue> cues() {
        return cues;
    }

    /**
     * Per reading thread one matcher per cue, reset for each text: a new matcher per cue tried and
     * sentence (with its arrays of groups) was much of what the reading threads allocated.
     */
    private final ThreadLocal<Matcher[]> matchers;

    /**
     * Cue number {@code cue}'s matcher on its text ({@code lower} or, for a case-sensitive cue,
     * {@code text}): this thread's, valid until it asks for the same cue again.
     */
    Matcher matcher(int cue, String text, String lower) {
        Cue c = cues.get(cue);
        String on = c.onLowerCase() ? lower : text;
        Matcher[] own = matchers.get();
        Matcher m = own[cue];
        if (m == null) {
            m = c.pattern().matcher(on);
            own[cue] = m;
        } else {
            m.reset(on);
        }
        return m;
    }

    /**
     * Whether cue number {@code cue} matches ({@code find}); its matcher ({@link #matcher}) then holds
     * the first match. A cue whose matches begin at a word start with one of a few letters is tried at
     * those word starts only: the expression's own search tried every character of the text.
     */
    Matcher find(int cue, String text, String lower) {
        Matcher m = matcher(cue, text, lower);
        String starts = cues.get(cue).wordStarts();
        boolean found = starts == null ? m.find() : MatchStarts.findAtWordStarts(m, lower, starts);
        return found ? m : null;
    }

    static Lexicon load(String language) {
        String resource = "/app/dossier/classify/cues_" + language + ".tsv";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            int hash = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                hash = 31 * hash + line.hashCode();
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length < 4) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 4 tab-separated fields");
                }
                boolean slow = CuePatterns.caseSensitiveParts(parts[2]);
                String lowerCaseSource = CuePatterns.lowerCaseSource(parts[2]);
                cues.add(new Cue(parts[0].strip(), Double.parseDouble(parts[1]),
                        slow ? CuePatterns.slow(parts[2]) : CuePatterns.forLowerCase(parts[2]), parts[3].strip(), !slow,
                        CuePatterns.triggers(lowerCaseSource), slow ? null : CueStarts.wordStarts(lowerCaseSource)));
            }
            return new Lexicon(cues, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
