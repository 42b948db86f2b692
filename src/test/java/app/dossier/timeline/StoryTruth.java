package app.dossier.timeline;

import app.dossier.model.EventKind;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story written for the tests and its ground truth ({@code truth.json} beside the mails): the
 * kinds of events each message or note gives ("REQUEST", or "REQUEST by Name" for what a note says
 * someone said; "OTHER" for a message on the timeline for its facts alone), the facts some events
 * must carry, the change with its time and key sentence, and the chain-of-proof findings.
 */
record StoryTruth(String name, Path folder, Map<String, List<Expected>> events, Map<String, List<FactType>> facts,
                  String changeFile, OffsetDateTime changeTime, String changeKey, List<FactType> chain,
                  Map<String, String> fileByMessageId, Map<String, String> fileByNoteTitle,
                  Map<String, OffsetDateTime> timeByFile) {
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*<([^>]+)>");
    private static final Pattern DATE = Pattern.compile("(?im)^Date:\\s*(.+?)\\s*$");
    /** The text the review in the tests gives an event it adds by hand for what a file says. */
    static final String ADDED = "as said in %s";
    private static final Pattern ADDED_FOR = Pattern.compile("^as said in (\\S+)$");
    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*(.+?)\\s*$");

    /** One expected event: its kind and, for what a note says someone said, who. */
    record Expected(EventKind kind, String actor) {
        static Expected parse(String text) {
            String[] parts = text.split(" by ", 2);
            return new Expected(EventKind.valueOf(parts[0].strip()), parts.length > 1 ? parts[1].strip() : "");
        }
    }

    /** Copies the story's files out of the test resources into {@code temp} and reads its truth. */
    static StoryTruth load(String name, Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        JsonNode truth;
        try (InputStream in = resource(name + "/truth.json")) {
            truth = new ObjectMapper().readTree(in);
        }
        Map<String, List<Expected>> events = new LinkedHashMap<>();
        Map<String, String> byMessageId = new LinkedHashMap<>();
        Map<String, String> byTitle = new LinkedHashMap<>();
        Map<String, OffsetDateTime> times = new LinkedHashMap<>();
        for (var it = truth.get("events").fields(); it.hasNext(); ) {
            var entry = it.next();
            List<Expected> kinds = new ArrayList<>();
            entry.getValue().forEach(k -> kinds.add(Expected.parse(k.asText())));
            events.put(entry.getKey(), kinds);
            byte[] bytes;
            try (InputStream in = resource(name + "/" + entry.getKey())) {
                bytes = in.readAllBytes();
            }
            Files.write(folder.resolve(entry.getKey()), bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Matcher date = DATE.matcher(text);
            date.find();
            if (entry.getKey().endsWith(".eml")) {
                Matcher id = MESSAGE_ID.matcher(text);
                id.find();
                byMessageId.put(id.group(1), entry.getKey());
                times.put(entry.getKey(), OffsetDateTime.parse(date.group(1), DateTimeFormatter.RFC_1123_DATE_TIME));
            } else {
                Matcher title = TITLE.matcher(text);
                title.find();
                byTitle.put(title.group(1), entry.getKey());
                times.put(entry.getKey(), OffsetDateTime.parse(date.group(1)));
            }
        }
        Map<String, List<FactType>> facts = new LinkedHashMap<>();
        for (var it = truth.get("facts").fields(); it.hasNext(); ) {
            var entry = it.next();
            List<FactType> types = new ArrayList<>();
            entry.getValue().forEach(t -> types.add(FactType.valueOf(t.asText())));
            facts.put(entry.getKey(), types);
        }
        List<FactType> chain = new ArrayList<>();
        truth.get("chain").forEach(t -> chain.add(FactType.valueOf(t.asText())));
        JsonNode change = truth.get("change");
        return new StoryTruth(name, folder, events, facts, change.get("file").asText(),
                OffsetDateTime.parse(change.get("time").asText()), change.get("key").asText(), chain, byMessageId,
                byTitle, times);
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = StoryTruth.class.getResourceAsStream("/app/dossier/timeline/" + path);
        if (in == null) {
            throw new IOException("missing test resource " + path);
        }
        return in;
    }

    /** The story file an event comes from, if it comes from one (not from a hand-added event). */
    Optional<String> fileOf(TimelineEvent e) {
        if (e.source() == app.dossier.model.EventSource.MESSAGE) {
            return Optional.ofNullable(fileByMessageId.get(e.messageId()));
        }
        if (e.source() == app.dossier.model.EventSource.NOTE) {
            return Optional.ofNullable(fileByNoteTitle.get(e.summary()));
        }
        Matcher added = ADDED_FOR.matcher(e.summary());
        return added.find() ? Optional.of(added.group(1)) : Optional.empty();
    }

    /** The kinds a file's events have on a timeline, NOTE events of notes left out (every note gives one). */
    List<EventKind> found(List<TimelineEvent> timeline, String file) {
        return timeline.stream().filter(e -> fileOf(e).filter(file::equals).isPresent() && e.kind() != EventKind.NOTE)
                .map(TimelineEvent::kind).toList();
    }

    List<EventKind> expectedKinds(String file) {
        return events.getOrDefault(file, List.of()).stream().map(Expected::kind).toList();
    }
}
