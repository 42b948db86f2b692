package app.dossier.classify;

import java.util.regex.Pattern;

/**
 * Sentences whose form says what they are not, whatever their words: thanks for the other's message,
 * a report of a conversation, the announcement of one's own mail to come.
 */
final class SentenceForm {
    /**
     * Thanks for the other's message that opens a reply ("Thank you for your message and for explaining
     * the background – …", "Vielen Dank für Ihre Nachricht"): courtesy, whatever words follow it.
     */
    private static final Pattern THANKS_FOR_MESSAGE = Pattern.compile("(?iu)^(thank you|thanks|many thanks|thank you very much|"
            + "vielen dank|danke|herzlichen dank|besten dank|danke schön)( (very|so) much)?( again)?\\s+(for|für)\\s+"
            + "(your|the|ihre|ihr|deine|dein|die|den|das)\\s+(\\p{L}+\\s+)?(message|mail|e-mail|email|reply|response|"
            + "note|letter|feedback|nachricht|antwort|rückmeldung|schreiben|zeilen)\\b");
    /**
     * Done verbs of talking, reading and writing: "I presented your proposals internally", "Ich habe
     * gestern mit Dr. Hoffmann gesprochen" report a conversation, not a change made to anything.
     */
    private static final Pattern COMMUNICATED = Pattern.compile("(?iu)\\b(gesprochen|vorgestellt|besprochen|telefoniert|"
            + "informiert|weitergeleitet|gelesen|geschrieben|geantwortet|nachgefragt|erklärt|mitgeteilt|abgestimmt|"
            + "spoke|spoken|talked|presented|discussed|told|informed|forwarded|read|wrote|written|replied|asked|"
            + "explained|called|mentioned)\\b");
    /**
     * The author announces a mail of their own to come ("Ich schicke ihm vorher eine schriftliche
     * Bestätigung, in der wir unsere Bedenken festhalten", "I will send him a confirmation stating our
     * concerns"): the warning is given in that mail, to its readers; this one only says it will be.
     */
    private static final Pattern ANNOUNCES_MAIL = Pattern.compile("(?iu)^(ich|wir)\\s+(schicke|schicken|sende|senden|"
            + "schreibe|schreiben)\\s+(\\p{L}+\\s+){0,4}?(eine?n?\\s+)?(\\p{L}+\\s+)?(bestätigung|mail|e-mail|nachricht|schreiben|brief)\\b"
            + "|^(i|we)(\\s+will|'ll|\\s+am going to|\\s+are going to)?\\s+(send|write)\\s+(\\p{L}+\\s+){0,4}?(an?\\s+)?(\\p{L}+\\s+)?"
            + "(confirmation|mail|e-mail|email|message|letter)\\b");

    private SentenceForm() {
    }

    /** Thanks for the other's message opening a reply: courtesy (OTHER). */
    static boolean thanksForTheMessage(String sentence) {
        // lookingAt, not find: the expression starts with ^ (the text's start), and find tried every character.
        return THANKS_FOR_MESSAGE.matcher(sentence).lookingAt();
    }

    /** A done verb of talking, reading or writing: a conversation, not a change made to anything. */
    static boolean reportsTalking(String sentence) {
        return COMMUNICATED.matcher(sentence).find();
    }

    /** One's own mail to come: the warning or threat is in that mail, not in this one. */
    static boolean announcesOwnMail(String sentence) {
        return ANNOUNCES_MAIL.matcher(sentence).lookingAt(); // each branch starts with ^: see thanksForTheMessage
    }

    /** What {@link #thanksForTheMessage} and {@link #announcesOwnMail} search, for the test that lookingAt finds the same. */
    static java.util.List<Pattern> anchoredPatterns() {
        return java.util.List.of(THANKS_FOR_MESSAGE, ANNOUNCES_MAIL);
    }
}
