package app.dossier.classify;

import app.dossier.model.EventKind;
import app.dossier.model.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lists of a text and the line that introduces each ("Please implement the following changes:",
 * "Bitte setzen Sie folgende Punkte um:", "the following changes are needed:"). When the introduction
 * asks, the items are what is asked: "- switch off two-factor authentication" under it is part of
 * the request, not a change the author made nor a warning the author gave. A list under "the
 * following changes were applied:" is not such a list (the introduction does not ask), so its items
 * may well be changes.
 */
final class RequestLists {
    private static final Pattern ITEM = Pattern.compile("^\\s*([-*\u2022\u2013]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S.*");
    private static final Pattern MARK = Pattern.compile("^\\s*([-*\u2022\u2013]|\\d{1,2}[.)]|[a-z][.)])\\s+");
    /** Words that make an introduction ask, whatever the model makes of it; "please note" warns and is not among them. */
    private static final Pattern ASKS = Pattern.compile("(?iu)\\b(please (?!note|be aware|bear in mind|keep in mind)|kindly|"
            + "could you|would you|can you|we need|i need|are needed|is needed|needed|required|we require|i expect|"
            + "we expect|we ask|i ask|we request|i request|must be|have to be|"
            + "bitte (?!beachten)|könnten sie|können sie|würden sie|wir benötigen|ich benötige|benötigt|brauchen wir|"
            + "ich brauche|erforderlich|wir erwarten|ich erwarte|wir bitten|ich bitte|wir fordern|ich fordere|"
            + "müssen|muss)\\b");

    /** One list: its introduction (the last sentence before the items) and its items, as the splitter gives them. */
    record Block(String intro, boolean introAsks, List<String> items) {
    }

    private RequestLists() {
    }

    /** The lists of {@code text} that an introduction ending in ":" opens. */
    static List<Block> of(String text) {
        if (!text.contains(":\n") && !text.contains(": \n") && !text.contains(":\r")) {
            return List.of();
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i + 1 < lines.length; i++) {
            if (!lines[i].strip().endsWith(":") || ITEM.matcher(lines[i]).matches()) {
                continue;
            }
            int first = i + 1;
            while (first < lines.length && lines[first].isBlank()) {
                first++;
            }
            if (first >= lines.length || !ITEM.matcher(lines[first]).matches()) {
                continue;
            }
            int start = i;
            while (start > 0 && !lines[start - 1].isBlank()) {
                start--;
            }
            List<String> intro = SentenceSplitter.split(String.join("\n", java.util.Arrays.asList(lines).subList(start, i + 1)));
            if (intro.isEmpty()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            StringBuilder item = null;
            int j = first;
            for (; j < lines.length; j++) {
                String line = lines[j];
                if (ITEM.matcher(line).matches()) {
                    if (item != null) {
                        items.add(normal(item.toString()));
                    }
                    item = new StringBuilder(MARK.matcher(line).replaceFirst(""));
                } else if (!line.isBlank() && item != null) {
                    item.append(' ').append(line.strip()); // the item goes on on the next line
                } else {
                    break;
                }
            }
            if (item != null) {
                items.add(normal(item.toString()));
            }
            String last = intro.get(intro.size() - 1);
            blocks.add(new Block(normal(last), ASKS.matcher(last).find(), items));
            i = j - 1;
        }
        return blocks;
    }

    /** Whether {@code sentence} is (part of) one of the block's items. */
    static boolean isItem(Block block, String sentence) {
        String s = normal(MARK.matcher(sentence).replaceFirst(""));
        return !s.isEmpty() && block.items().stream().anyMatch(i -> i.contains(s));
    }

    static String normal(String text) {
        return Spaces.collapsed(text).toLowerCase(Locale.ROOT);
    }

    /**
     * The items of a list that a request opens are what is asked: drops every other reading of them
     * (not the author's changes or warnings), unless the list's opening sentence itself warns.
     */
    static void keepOnlyTheRequest(String own, List<Classification.Evidence> evidence) {
        for (Block block : of(own)) {
            boolean asks = block.introAsks() || evidence.stream().anyMatch(e -> e.label() == EventKind.REQUEST
                    && normal(e.sentence()).equals(block.intro()));
            boolean warns = evidence.stream().anyMatch(e -> e.label() == EventKind.WARNING
                    && normal(e.sentence()).equals(block.intro()));
            if (asks && !warns) {
                evidence.removeIf(e -> e.label() != EventKind.REQUEST && isItem(block, e.sentence()));
            }
        }
    }
}
