package app.dossier.timeline;

import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How a whole story's timeline, as read without any review, compares with its ground truth: the
 * kinds of events per message found and extra (one per kind and message, as the timeline gives
 * them), whether the chain of proof of the story's change has the right key sentence and time,
 * whether the approval that exists is stated, whether the warning's reach is stated rightly, whether
 * "replied only to me" is shown, how many changes in the chain of proof come from a message that
 * made none, and anything the chain of the story's change states plainly that is the opposite of the
 * truth. Readings the timeline only suggests (candidates, see {@link Timeline#candidates()}) are
 * counted apart: they are not on the timeline.
 */
record StoryScore(int found, int expected, int extra, int changeRight, int timeRight, int approvalStated,
                  int approvalExists, int warningStated, int repliedOnlyShown, int repliedOnlyTotal, int falseChanges, int candidates,
                  int stories, List<String> opposite) {
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*<([^>]+)>");
    private static final Pattern TITLE = Pattern.compile("(?m)^#\\s*(.+?)\\s*$");
    private static final Pattern FROM = Pattern.compile("(?im)^From:(.*)$");
    private static final Pattern DATE = Pattern.compile("(?im)^Date:(.*)$");
    /** Kinds that are not judgements of a sentence: every note gives a NOTE, OTHER marks a message shown for its facts. */
    private static final Set<EventKind> NOT_SCORED = EnumSet.of(EventKind.OTHER, EventKind.NOTE, EventKind.MEETING);

    StoryScore {
        opposite = List.copyOf(opposite);
    }

    static final StoryScore NONE = new StoryScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    /**
     * A story's ground truth: the kinds per file (a mail by its Message-ID, a note by its title), the
     * change (file, key sentence, time), whether an approval exists before it (in writing or noted from
     * a call), whether the warning reached the requester (null: the truth does not say), and the files
     * that reply only to the user.
     */
    record Truth(String name, Map<String, Set<EventKind>> events, Map<String, String> fileByKey, String changeFile,
                 String changeKey, OffsetDateTime changeTime, boolean approvalExists, Boolean warningReached,
                 List<String> repliedOnly, boolean requestExists) {
        Optional<String> fileOf(TimelineEvent e) {
            return Optional.ofNullable(fileByKey.get(e.messageId())).or(() -> Optional.ofNullable(fileByKey.get(e.summary())));
        }

        /**
         * Reads {@code truth.json} of a story folder. Two forms are read: the blind stories' (with
         * {@code written_approval_before_change}, {@code approval_file}, {@code warning_reached_requester},
         * {@code replied_only_to_user}) and the tests' own ({@code facts} and the expected {@code chain}).
         */
        static Truth read(Path folder) throws IOException {
            JsonNode truth = new ObjectMapper().readTree(Files.readAllBytes(folder.resolve("truth.json")));
            Map<String, Set<EventKind>> events = new LinkedHashMap<>();
            Map<String, String> fileByKey = new LinkedHashMap<>();
            for (var it = truth.get("events").fields(); it.hasNext(); ) {
                var entry = it.next();
                Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
                entry.getValue().forEach(k -> kinds.add(EventKind.valueOf(k.asText().split(" ")[0])));
                kinds.removeAll(NOT_SCORED);
                events.put(entry.getKey(), kinds);
                // Message-ID and the note's title line are ASCII in mail; a note is UTF-8 (a Latin-1 mail body reads as junk here, unharmed)
                String text = new String(Files.readAllBytes(folder.resolve(entry.getKey())),
                        entry.getKey().endsWith(".md") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
                Matcher m = (entry.getKey().endsWith(".md") ? TITLE : MESSAGE_ID).matcher(text);
                if (m.find()) {
                    fileByKey.put(m.group(1), entry.getKey());
                }
            }
            JsonNode change = truth.get("change");
            boolean approval;
            Boolean reached;
            List<String> repliedOnly = new ArrayList<>();
            boolean requested;
            if (truth.has("chain")) {
                List<FactType> chain = new ArrayList<>();
                truth.get("chain").forEach(t -> chain.add(FactType.valueOf(t.asText())));
                requested = chain.contains(FactType.REQUESTED);
                approval = chain.contains(FactType.APPROVED_BEFORE) || chain.contains(FactType.APPROVAL_NOTED_BEFORE);
                reached = chain.contains(FactType.WARNING_REACHED) ? Boolean.TRUE
                        : chain.contains(FactType.WARNING_NOT_REACHED) ? Boolean.FALSE : null;
                truth.get("facts").fields().forEachRemaining(f -> f.getValue().forEach(t -> {
                    if (t.asText().equals(FactType.REPLIED_ONLY_TO.name())) {
                        repliedOnly.add(f.getKey());
                    }
                }));
            } else {
                approval = truth.get("written_approval_before_change").asBoolean()
                        || truth.get("approval_file").asText().endsWith(".md");
                requested = writtenRequestBefore(folder, events, truth.get("user").asText(),
                        OffsetDateTime.parse(change.get("time").asText()));
                reached = truth.get("warning_reached_requester").asBoolean();
                truth.get("replied_only_to_user").forEach(f -> repliedOnly.add(f.asText()));
            }
            return new Truth(folder.getFileName().toString(), events, fileByKey, change.get("file").asText(),
                    change.get("key").asText().strip(), OffsetDateTime.parse(change.get("time").asText()), approval,
                    reached, repliedOnly, requested);
        }

        /** Whether a mail labelled REQUEST, from someone other than the user, was sent before the change. */
        private static boolean writtenRequestBefore(Path folder, Map<String, Set<EventKind>> events, String user,
                                                    OffsetDateTime change) throws IOException {
            for (var entry : events.entrySet()) {
                if (entry.getKey().endsWith(".md") || !entry.getValue().contains(EventKind.REQUEST)) {
                    continue;
                }
                String text = new String(Files.readAllBytes(folder.resolve(entry.getKey())), StandardCharsets.ISO_8859_1);
                String head = text.split("\\r?\\n\\r?\\n", 2)[0];
                Matcher from = FROM.matcher(head);
                Matcher date = DATE.matcher(head);
                if (from.find() && date.find() && !from.group(1).toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT))
                        && java.time.ZonedDateTime.parse(date.group(1).replaceAll("\\(.*\\)", "").strip(),
                                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().isBefore(change)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Scores the timeline of one story. */
    static StoryScore of(Truth truth, Timeline timeline) {
        List<TimelineEvent> events = timeline.events();
        int found = 0;
        int expected = 0;
        int extra = 0;
        for (var entry : truth.events().entrySet()) {
            Set<EventKind> got = EnumSet.noneOf(EventKind.class);
            events.stream().filter(e -> truth.fileOf(e).filter(entry.getKey()::equals).isPresent())
                    .map(TimelineEvent::kind).filter(k -> !NOT_SCORED.contains(k)).forEach(got::add);
            expected += entry.getValue().size();
            found += (int) entry.getValue().stream().filter(got::contains).count();
            extra += (int) got.stream().filter(k -> !entry.getValue().contains(k)).count();
            if (System.getenv("DOSSIER_STORY_DETAIL") != null) { // for a person looking for what to fix next
                events.stream().filter(e -> truth.fileOf(e).filter(entry.getKey()::equals).isPresent())
                        .filter(e -> !NOT_SCORED.contains(e.kind()) && !entry.getValue().contains(e.kind()))
                        .forEach(e -> System.out.printf(Locale.ROOT, "    extra %s %s %.2f %s | %s%n", truth.name(), entry.getKey(),
                                e.confidence(), e.kind(), e.key()));
                entry.getValue().stream().filter(k -> !got.contains(k)).forEach(k -> System.out.printf(Locale.ROOT,
                        "    missed %s %s %s%n", truth.name(), entry.getKey(), k));
            }
        }
        Optional<ChangeProof> proof = timeline.chainOfProof().stream()
                .filter(p -> truth.fileOf(p.change()).filter(truth.changeFile()::equals).isPresent()).findFirst();
        int changeRight = proof.filter(p -> p.change().key().strip().equals(truth.changeKey())).isPresent() ? 1 : 0;
        int timeRight = proof.filter(p -> p.change().time().isEqual(truth.changeTime())).isPresent() ? 1 : 0;
        List<String> opposite = new ArrayList<>();
        // The truth speaks of the story's change; another change in the chain (a routine update, a
        // restoration) has its own approvals or none, and a false one is counted below.
        for (ChangeProof p : proof.stream().toList()) {
            for (Fact f : plain(p.findings())) {
                if (f.type() == FactType.NO_REQUEST && truth.requestExists()) {
                    opposite.add(truth.name() + ": \"no written request\" stated, but there is one");
                }
                if (f.type() == FactType.NO_APPROVAL && truth.approvalExists()) {
                    opposite.add(truth.name() + ": \"no approval\" stated, but there is one");
                }
                if (f.type() == FactType.WARNING_NOT_REACHED && Boolean.TRUE.equals(truth.warningReached())) {
                    opposite.add(truth.name() + ": \"warning did not reach the requester\" stated, but it did");
                }
                if (f.type() == FactType.WARNING_REACHED && Boolean.FALSE.equals(truth.warningReached())) {
                    opposite.add(truth.name() + ": \"warning reached the requester\" stated, but it did not");
                }
            }
        }
        int approvalStated = 0;
        int warningStated = 0;
        if (proof.isPresent()) {
            List<FactType> said = plain(proof.get().findings()).stream().map(Fact::type).toList();
            if (truth.approvalExists() && Stream.of(FactType.APPROVED_BEFORE, FactType.APPROVAL_NOTED_BEFORE)
                    .anyMatch(said::contains)) {
                approvalStated = 1;
            }
            if (truth.warningReached() != null
                    && said.contains(truth.warningReached() ? FactType.WARNING_REACHED : FactType.WARNING_NOT_REACHED)) {
                warningStated = 1;
            }
        }
        int shown = 0;
        for (String file : truth.repliedOnly()) {
            if (events.stream().filter(e -> truth.fileOf(e).filter(file::equals).isPresent())
                    .anyMatch(e -> e.has(FactType.REPLIED_ONLY_TO))) {
                shown++;
            }
        }
        int falseChanges = (int) timeline.chainOfProof().stream().filter(p -> truth.fileOf(p.change())
                .map(f -> !truth.events().getOrDefault(f, Set.of()).contains(EventKind.CHANGE)).orElse(false)).count();
        int candidates = (int) timeline.candidates().stream().filter(e -> truth.fileOf(e).isPresent()).count();
        return new StoryScore(found, expected, extra, changeRight, timeRight, approvalStated,
                truth.approvalExists() ? 1 : 0, warningStated, shown, truth.repliedOnly().size(), falseChanges, candidates, 1, opposite);
    }

    StoryScore plus(StoryScore o) {
        List<String> all = new ArrayList<>(opposite);
        all.addAll(o.opposite);
        return new StoryScore(found + o.found, expected + o.expected, extra + o.extra, changeRight + o.changeRight,
                timeRight + o.timeRight, approvalStated + o.approvalStated, approvalExists + o.approvalExists,
                warningStated + o.warningStated, repliedOnlyShown + o.repliedOnlyShown,
                repliedOnlyTotal + o.repliedOnlyTotal, falseChanges + o.falseChanges, candidates + o.candidates, stories + o.stories, all);
    }

    /** One line for the test output and the README. */
    String line(String what) {
        return String.format(Locale.ROOT, "%s (%d): %d of %d expected events found (recall %.2f), %d extra;"
                        + " change sentence right %d, its time right %d; approval stated %d of %d; warning's reach stated"
                        + " rightly %d; \"replied only to me\" shown %d of %d; false changes in the chain %d; candidates to check %d;"
                        + " opposite of the truth %d",
                what, stories, found, expected, expected == 0 ? 0 : found / (double) expected, extra, changeRight, timeRight,
                approvalStated, approvalExists, warningStated, repliedOnlyShown, repliedOnlyTotal, falseChanges, candidates,
                opposite.size());
    }

    /** What the chain says as a finding, caveat "not reviewed" or not; "not found for sure — check these" left out. */
    private static List<Fact> plain(List<Fact> findings) {
        return findings.stream().filter(f -> !f.isUnsure()).toList();
    }
}
