package app.dossier.timeline;

import app.dossier.classify.Classification;
import app.dossier.classify.Classifier;
import app.dossier.classify.OwnText;
import app.dossier.model.MessageAnalysis;
import java.util.regex.Pattern;

/** Reads one message once: the classifier's findings plus shouting and invitations, ready to be stored. */
final class MessageReader {
    private static final Pattern INVITATION = Pattern.compile("(?i)^(invitation|einladung)\\b|\\b(video ?conference|"
            + "videokonferenz|lade (Sie|dich|euch) .{0,40}ein|inviting you)\\b");

    private final Classifier classifier;

    MessageReader(Classifier classifier) {
        this.classifier = classifier;
    }

    MessageAnalysis read(long messageId, String subject, String text, boolean bulk) {
        String own = OwnText.of(text);
        Classification c = classifier.classifyOwnText("auto", subject, own, bulk);
        return new MessageAnalysis(messageId, classifier.version(), c.evidence().stream()
                .map(e -> new MessageAnalysis.Finding(e.label(), e.sentence(), e.score(), e.reasons())).toList(),
                c.keySentence(), c.insults(), MessageFacts.isShouting(own),
                INVITATION.matcher(subject).find() || INVITATION.matcher(own).find());
    }
}
