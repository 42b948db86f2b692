package app.dossier.timeline;

import app.dossier.classify.Classification;
import app.dossier.classify.Classifier;
import app.dossier.classify.MatchStarts;
import app.dossier.classify.OwnText;
import app.dossier.classify.RequiredStrings;
import app.dossier.classify.SentenceSplitter;
import app.dossier.model.EventKind;
import java.util.ArrayList;
import java.util.List;
import app.dossier.model.MessageAnalysis;
import java.util.regex.Pattern;

/**
 * Reads one message once: the classifier's findings plus shouting and invitations, ready to be
 * stored; and what the timeline reads itself (see {@link EventRules#blameOfReader}).
 */
final class MessageReader {
    /** Raised when what this class adds to the classifier's findings changes: stored analyses are redone. */
    private static final String REVISION = "r1";
    private static final Pattern INVITATION = Pattern.compile("(?i)^(invitation|einladung)\\b|\\b(video ?conference|"
            + "videokonferenz|lade (Sie|dich|euch) .{0,40}ein|inviting you)\\b");

    private final Classifier classifier;

    MessageReader(Classifier classifier) {
        this.classifier = classifier;
    }

    /** The classifier's version and this reader's: analyses stored by another are made again. */
    String version() {
        return classifier.version() + "+" + REVISION;
    }

    MessageAnalysis read(long messageId, String subject, String text, boolean bulk) {
        String own = OwnText.of(text);
        Classification c = classifier.classifyOwnText("auto", subject, own, bulk);
        List<MessageAnalysis.Finding> findings = new ArrayList<>(c.evidence().stream()
                .map(e -> new MessageAnalysis.Finding(e.label(), e.sentence(), e.score(), e.reasons())).toList());
        String folded = RequiredStrings.fold(own); // for both pre-checks below: the whole text folded once
        if (!bulk && findings.stream().noneMatch(f -> f.label() == EventKind.BLAME)
                && EventRules.mayBlameReaderFolded(folded)) {
            EventRules.blameOfReader(SentenceSplitter.split(own), findings).ifPresent(findings::add);
        }
        return new MessageAnalysis(messageId, version(), findings, c.keySentence(), c.insults(),
                MessageFacts.isShouting(own), invitation(subject, RequiredStrings.fold(subject)) || invitation(own, folded));
    }

    /** What every match of {@link #INVITATION} holds, folded: most texts hold none of it. */
    private static final List<String> INVITATION_WORDS = RequiredStrings.of(INVITATION.pattern());

    /**
     * The letters a match of {@link #INVITATION} can start with after its {@code \b} (its other branch
     * starts at the text's start): "video", "videokonferenz", "lade", "inviting", in either case.
     */
    private static final String INVITATION_STARTS = "vVlLiI";

    private static boolean invitation(String text, String folded) {
        return RequiredStrings.anyIn(folded, INVITATION_WORDS) && MatchStarts.atWordStarts(INVITATION, text, INVITATION_STARTS);
    }
}
