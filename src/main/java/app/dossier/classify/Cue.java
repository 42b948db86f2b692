package app.dossier.classify;

import java.util.regex.Pattern;

/**
 * One phrase pattern that points to a label, with its weight and the reason shown to the user.
 * {@code onLowerCase} says the pattern was prepared for lower-cased text (the fast path);
 * otherwise it is matched case-insensitively against the text as written.
 */
record Cue(String label, double weight, Pattern pattern, String why, boolean onLowerCase) {
}
