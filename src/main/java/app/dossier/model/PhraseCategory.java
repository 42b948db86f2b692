package app.dossier.model;

/**
 * What a key phrase is to the user. {@code CUSTOM} carries a name of the user's own (see
 * {@link QuoteCard#customCategory()}).
 */
public enum PhraseCategory {
    THEIR_WORDS, MY_WARNING, APPROVAL, THREAT, INSTRUCTION, ADMISSION_RISK, CUSTOM
}
