package app.dossier.keyphrases;

/** A quote to tag does not stand in the text of the message or note it was meant for. */
public final class QuoteNotFoundException extends RuntimeException {
    public QuoteNotFoundException(String quote) {
        super(quote);
    }
}
