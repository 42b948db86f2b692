package app.dossier.timeline;

import app.dossier.model.Address;
import app.dossier.store.TimelineSource.MessageRow;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Facts about one message that are visible without reading it: dropped recipients, shouting, sending hours, forwards. */
final class MessageFacts {
    private MessageFacts() {
    }

    static List<String> of(MessageRow message, MessageRow parent, String ownText) {
        List<String> facts = new ArrayList<>();
        if (parent != null) {
            Set<String> before = people(parent);
            Set<String> now = people(message);
            before.removeAll(now);
            before.remove(message.from().normalizedEmail());
            if (!before.isEmpty()) {
                String to = message.to().isEmpty() ? "" : message.to().get(0).display();
                boolean alone = message.to().size() == 1 && message.cc().isEmpty();
                facts.add((alone ? "replied only to " + to + ", " : "") + before.size() + " "
                        + (before.size() == 1 ? "person" : "people") + " removed from copy ("
                        + String.join(", ", before) + ")");
            }
        }
        if (isShouting(ownText)) {
            facts.add("shouting: large parts written in capitals");
        }
        OffsetDateTime sent = message.sentAt();
        if (sent != null) {
            int hour = sent.getHour();
            boolean weekend = sent.getDayOfWeek() == DayOfWeek.SATURDAY || sent.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (hour < 7 || hour >= 20 || weekend) {
                facts.add(String.format(Locale.ROOT, "sent outside working hours (%s %02d:%02d sender's time)",
                        sent.getDayOfWeek().toString().substring(0, 3).toLowerCase(Locale.ROOT), hour, sent.getMinute()));
            }
        }
        String subject = message.subject().toLowerCase(Locale.ROOT);
        if (subject.startsWith("fwd:") || subject.startsWith("fw:") || subject.startsWith("wg:")) {
            facts.add("forwarded to " + String.join(", ", message.to().stream().map(Address::display).toList()));
        }
        return facts;
    }

    static boolean isShouting(String text) {
        int letters = 0;
        int upper = 0;
        int capsWords = 0;
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() >= 4 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT))) {
                capsWords++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 20 && (upper * 100 / letters >= 30 || capsWords >= 5);
    }

    private static Set<String> people(MessageRow m) {
        Set<String> all = new LinkedHashSet<>();
        all.add(m.from().normalizedEmail());
        m.to().forEach(a -> all.add(a.normalizedEmail()));
        m.cc().forEach(a -> all.add(a.normalizedEmail()));
        all.remove("");
        return all;
    }
}
