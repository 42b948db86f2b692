package app.dossier.timeline;

import app.dossier.classify.OwnText;
import app.dossier.classify.SentenceSplitter;
import java.util.List;

/**
 * The sentences of a message's own text written in capitals, as the shouting fact judges a whole
 * text: the key phrases offer them as "their words" when the other side wrote them.
 */
public final class ShoutedSentences {
    private ShoutedSentences() {
    }

    public static List<String> in(String messageText) {
        return SentenceSplitter.split(OwnText.of(messageText)).stream()
                .filter(MessageFacts::isShouting).toList();
    }
}
