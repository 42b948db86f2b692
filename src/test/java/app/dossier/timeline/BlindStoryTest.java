package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole stories written by someone who never saw the classifier, its corpus or its rules: four
 * trades, two in German, two in English, each with its ground truth in {@code truth.json}. Read as
 * imported, without any review, and measured by {@link StoryScore}.
 *
 * <p><b>Spent, now regression checks.</b> They were scored once blind on 2026-12-01 (45 of 63 events
 * found, 44 extra, change sentence right 3 of 4, approval stated 1 of 4) and then looked at and tuned
 * on (docs/decisions/0034); their figures no longer estimate how the timeline does on stories it has
 * never seen. A new blind set, which nobody working on the classifier has seen, is scored by the lead.
 *
 * <p>What must hold — the paper trail never states the opposite of the truth, not even with its
 * "rests on unreviewed readings" caveat: no "no written approval" when there is one (written, or
 * noted from a call), no "the warning did not reach the requester" when it did, nor the reverse; and
 * the figures do not fall below those of 0034.
 */
class BlindStoryTest {
    @TempDir
    Path temp;

    @Test
    void thePaperTrailNeverStatesTheOppositeOfTheTruthAndTheFiguresHold() throws Exception {
        List<Path> stories = StoryReading.storiesIn("/app/dossier/timeline/blind");
        assertThat(stories).as("the blind stories are part of the test resources").hasSizeGreaterThanOrEqualTo(4);
        StoryScore all = new StoryReading(temp).scoreAll(stories);
        System.out.println(all.line("blind stories (spent: regression checks)"));
        all.opposite().forEach(o -> System.out.println("  " + o));
        assertThat(all.opposite()).as("what the paper trail states plainly is never the opposite of the truth").isEmpty();
        assertThat(all.found()).as("events found (regression check)").isGreaterThanOrEqualTo(MIN_FOUND);
        assertThat(all.extra()).as("extra events (regression check)").isLessThanOrEqualTo(MAX_EXTRA);
        assertThat(all.changeRight()).as("the change's sentence").isGreaterThanOrEqualTo(3);
    }

    /** Just below and above the figures of docs/decisions/0034: guards against a fall, not targets. */
    private static final int MIN_FOUND = 39;
    private static final int MAX_EXTRA = 40;
}
