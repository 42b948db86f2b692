package app.dossier.ingest.notes;

import app.dossier.model.NoteData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note file format: first line {@code Date: <ISO-8601>}, then an optional {@code # Title}
 * line, then free text; a line starting with "Participants:" or "Teilnehmende:" names who
 * took part. Typed notes are written in the same format, so they are stored and hashed alike.
 *
 * <p>Notes people write themselves rarely start so: the title comes first and the date is written as
 * they say it ("Tuesday 24 March 2026, 14:00-14:25 (Teams)", "Datum: Dienstag, 12.03.2026, 10:00 Uhr",
 * "- Date/time: Friday, 15 May 2026, 11:00"). Such a note is read from its head: the first
 * {@link #HEAD_LINES} lines that are not blank give the title, the date ({@link WrittenDate}) and who
 * took part, and those lines are not part of what was said.
 */
public final class NoteFormat {
    private static final Pattern DATE_LINE = Pattern.compile("^Date:\\s*(\\S+(?:[ T][0-9:.]+)?(?:Z|[+-]\\d{2}:?\\d{2})?)\\s*$");
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "^(?:Participants|Attendees|Present|Teilnehmende|Teilnehmer|Beteiligte|Anwesend)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** A participants line among the head lines of a note written freely, also as a list item. */
    private static final Pattern PARTICIPANTS_ITEM = Pattern.compile(
            "^[-*•]?\\s*(?:Participants|Attendees|Present|Teilnehmende|Teilnehmer|Beteiligte|Anwesend)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** How many lines that are not blank make a freely written note's head. */
    private static final int HEAD_LINES = 8;
    /** A line longer than this is what was said, not a date line. */
    private static final int HEAD_LINE_LENGTH = 200;

    private final ZoneId localZone;

    public NoteFormat(ZoneId localZone) {
        this.localZone = localZone;
    }

    /** Reads a note; empty when the first line carries no usable date. */
    public Optional<NoteData> parse(byte[] bytes, String fallbackTitle) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String first = firstBreak < 0 ? text : text.substring(0, firstBreak);
        Matcher m = DATE_LINE.matcher(first.strip());
        Optional<OffsetDateTime> when = m.matches() ? parseDate(m.group(1)) : Optional.empty();
        if (when.isEmpty()) {
            return fromHead(text, fallbackTitle);
        }
        String rest = firstBreak < 0 ? "" : text.substring(firstBreak + 1);
        String title = fallbackTitle;
        String stripped = rest.stripLeading();
        if (stripped.startsWith("#")) {
            int end = stripped.indexOf('\n');
            title = (end < 0 ? stripped : stripped.substring(0, end)).replaceFirst("^#+\\s*", "");
            rest = end < 0 ? "" : stripped.substring(end + 1);
        }
        Matcher participants = PARTICIPANTS.matcher(rest);
        String who = "";
        if (participants.find()) {
            who = participants.group(1);
            // A participants line that opens the text is a field, not part of what was said.
            if (rest.substring(0, participants.start()).isBlank()) {
                rest = rest.substring(participants.end());
            }
        }
        return Optional.of(new NoteData(when.get(), title, who, rest.strip()));
    }

    /** A note written freely: title, date and participants from its head lines, wherever they stand. */
    private Optional<NoteData> fromHead(String text, String fallbackTitle) {
        String[] lines = text.split("\n", -1);
        String title = null;
        String who = "";
        OffsetDateTime when = null;
        boolean[] head = new boolean[lines.length];
        for (int i = 0, seen = 0; i < lines.length && seen < HEAD_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher participants = PARTICIPANTS_ITEM.matcher(line);
            if (title == null && line.startsWith("#")) {
                title = line.replaceFirst("^#+\\s*", "");
                head[i] = true;
            } else if (who.isEmpty() && participants.matches()) {
                who = participants.group(1).strip();
                head[i] = true;
            } else if (when == null && line.length() <= HEAD_LINE_LENGTH) {
                Optional<OffsetDateTime> date = WrittenDate.in(line, localZone);
                if (date.isPresent()) {
                    when = date.get();
                    head[i] = true;
                }
            }
        }
        if (when == null) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!head[i]) {
                body.append(lines[i]).append('\n');
            }
        }
        return Optional.of(new NoteData(when, title == null ? fallbackTitle : title, who, body.toString().strip()));
    }

    private Optional<OffsetDateTime> parseDate(String value) {
        String v = value.strip().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // ISO without offset: the note was written in the user's own time zone.
        }
        try {
            return Optional.of(LocalDateTime.parse(v).atZone(localZone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // a date alone
        }
        try {
            return Optional.of(java.time.LocalDate.parse(v).atStartOfDay(localZone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Serialises a typed note into the file format, which becomes its original. */
    public static byte[] write(NoteData note) {
        StringBuilder out = new StringBuilder();
        out.append("Date: ").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(note.occurredAt())).append('\n');
        out.append("# ").append(note.title()).append("\n\n");
        if (!note.participants().isEmpty()) {
            out.append("Participants: ").append(note.participants()).append("\n\n");
        }
        out.append(note.body().strip()).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
