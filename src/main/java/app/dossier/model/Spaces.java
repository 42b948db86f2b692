package app.dossier.model;

import java.util.regex.Pattern;

/** Text on one line: stripped, each run of white space one space (how quotes are shown and sentences compared). */
public final class Spaces {
    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, and some callers run per event. */
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Spaces() {
    }

    /** {@code text} stripped, its runs of white space (as {@code \s} knows it) each one space. */
    public static String collapsed(String text) {
        return RUNS.matcher(text.strip()).replaceAll(" ");
    }
}
