package app.dossier.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The strings and addresses the user wants out of a briefing (third parties' personal data).
 * Matching ignores case, so "Müller" also removes "MÜLLER"; longer terms win over shorter ones
 * they contain.
 */
public record Redactions(List<String> terms) {
    public static final Redactions NONE = new Redactions(List.of());

    public Redactions {
        Set<String> unique = new LinkedHashSet<>();
        for (String term : terms) {
            String t = term == null ? "" : term.strip();
            if (!t.isEmpty()) {
                unique.add(t);
            }
        }
        List<String> sorted = new ArrayList<>(unique);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        terms = List.copyOf(sorted);
    }

    /** One term per line; blank lines and lines starting with {@code #} are ignored. */
    public static Redactions parse(String text) {
        List<String> terms = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                terms.add(t);
            }
        }
        return new Redactions(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether {@code text} still holds a term (for checks after rendering). */
    public boolean occursIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return terms.stream().anyMatch(t -> lower.contains(t.toLowerCase(Locale.ROOT)));
    }
}
