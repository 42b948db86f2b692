package app.dossier.timeline;

import app.dossier.model.Spaces;
import app.dossier.store.TimelineSource.MessageRow;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups messages into conversations: by Message-ID, In-Reply-To and References (a message
 * joins every message it names, even one that is not in the case), and — for replies and forwards
 * whose mail program dropped those headers — by the subject without "Re:", "AW:", "Fwd:", "WG:".
 * A thread is named by the Message-ID of its earliest message.
 */
final class Threads {
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^\\s*((re|aw|antw|fw|fwd|wg|sv|vs|tr|rif|odp|r)(\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*|\\[[^\\]]{1,40}\\]\\s*)");

    private Threads() {
    }

    /** The thread of every message, by the message's row id. */
    static Map<Long, String> of(List<MessageRow> messages) {
        Map<String, String> parent = new HashMap<>();
        for (MessageRow m : messages) {
            String self = key(m);
            find(parent, self);
            for (String ref : m.references()) {
                union(parent, self, "<" + ref + ">");
            }
            if (!m.inReplyTo().isEmpty()) {
                union(parent, self, "<" + m.inReplyTo() + ">");
            }
        }
        Map<String, String> bySubject = new HashMap<>();
        List<MessageRow> inOrder = messages.stream()
                .sorted(Comparator.comparing(MessageRow::sentAt, Comparator.nullsLast(OffsetDateTime::compareTo))).toList();
        for (MessageRow m : inOrder) {
            String base = baseSubject(m.subject());
            if (base.isEmpty()) {
                continue;
            }
            String earlier = bySubject.putIfAbsent(base, key(m));
            boolean unlinked = m.references().isEmpty() && m.inReplyTo().isEmpty();
            if (earlier != null && unlinked && isReplyOrForward(m.subject())) {
                union(parent, earlier, key(m));
            }
        }
        Map<String, MessageRow> earliest = new HashMap<>();
        for (MessageRow m : inOrder) {
            earliest.putIfAbsent(find(parent, key(m)), m);
        }
        Map<Long, String> threads = new HashMap<>();
        for (MessageRow m : messages) {
            MessageRow root = earliest.get(find(parent, key(m)));
            threads.put(m.id(), root.messageId().isEmpty() ? "#" + root.id() : root.messageId());
        }
        return threads;
    }

    /** The subject without reply and forward prefixes or list tags, in lower case with single spaces. */
    static String baseSubject(String subject) {
        String s = subject == null ? "" : subject;
        String before;
        do {
            before = s;
            s = PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return Spaces.collapsed(s).toLowerCase(Locale.ROOT);
    }

    static boolean isReplyOrForward(String subject) {
        return subject != null && PREFIX.matcher(subject).lookingAt() && !subject.strip().startsWith("[");
    }

    /** Messages without a Message-ID still need a node of their own. */
    private static String key(MessageRow m) {
        return m.messageId().isEmpty() ? "#" + m.id() : "<" + m.messageId() + ">";
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        String next;
        while ((next = parent.putIfAbsent(root, root)) != null && !next.equals(root)) {
            root = next;
        }
        // Path compression keeps long reply chains cheap.
        String walk = x;
        while (!walk.equals(root)) {
            String up = parent.get(walk);
            parent.put(walk, root);
            walk = up;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
