package app.dossier.brief;

import app.dossier.cases.OpenCase;
import app.dossier.model.QuoteCard;
import java.util.List;

/**
 * Where the briefing gets its quote cards from. The key phrases service provides them; until it
 * is wired in the composition root the briefing has none and leaves the section out.
 */
@FunctionalInterface
public interface QuoteCardSource {
    List<QuoteCard> cards(OpenCase open);

    QuoteCardSource NONE = open -> List.of();
}
