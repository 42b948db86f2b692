package app.dossier.classify;

/**
 * The words of a sentence as the classifier reads them: runs of letters and numbers of any script,
 * each followed by any {@code 'letters} parts ("don't", "l'état"), the expression
 * {@code [\p{L}\p{N}]+(?:['’]\p{L}+)*}. Found by plain loops: the expression's search tested the
 * Unicode type of every character through its machinery, these ask ASCII characters only their range
 * ({@code WordsTest} compares the two).
 */
final class Words {
    private Words() {
    }

    /** Where the next word from {@code from} on begins, or the text's length. */
    static int next(String lower, int from) {
        int p = from;
        while (p < lower.length()) {
            int c = lower.codePointAt(p);
            if (letterOrNumber(c)) {
                return p;
            }
            p += Character.charCount(c);
        }
        return lower.length();
    }

    /** The end of the word that begins at {@code start}: letters and numbers, then {@code 'letters} parts. */
    static int end(String lower, int start) {
        int p = run(lower, start, true);
        while (p + 1 < lower.length() && (lower.charAt(p) == '\'' || lower.charAt(p) == '\u2019')
                && Character.isLetter(lower.codePointAt(p + 1))) {
            p = run(lower, p + 1, false);
        }
        return p;
    }

    /** The end of the run of letters (and, if {@code numbers}, numbers) from {@code p}. */
    private static int run(String text, int p, boolean numbers) {
        while (p < text.length()) {
            int c = text.codePointAt(p);
            if (numbers ? !letterOrNumber(c) : !Character.isLetter(c)) {
                break;
            }
            p += Character.charCount(c);
        }
        return p;
    }

    /** {@code [\p{L}\p{N}]}: a letter or any kind of number (decimal digit, letter number, other number). */
    private static boolean letterOrNumber(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
