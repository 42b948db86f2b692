package app.dossier.classify;

import app.dossier.model.EventKind;
import java.util.Set;

/** One labeled text of the training corpus; {@code labels} is empty for OTHER. */
public record TrainingSentence(String id, String lang, String trade, String register, String text,
                               Set<EventKind> labels) {
    public TrainingSentence {
        labels = Set.copyOf(labels);
    }
}
