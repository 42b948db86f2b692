package app.dossier.classify;

import java.util.regex.Pattern;

/** One phrase pattern that points to a label, with its weight and the reason shown to the user. */
record Cue(String label, double weight, Pattern pattern, String why) {
}
