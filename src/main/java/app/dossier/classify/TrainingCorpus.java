package app.dossier.classify;

import app.dossier.model.EventKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads labeled sentences from JSON lines ({@code id, lang, trade, register, text, labels}), a file
 * or every {@code *.jsonl} of a folder in name order. A broken line is an error naming file and line:
 * training on a corpus that was read only in part would give a model nobody asked for.
 */
public final class TrainingCorpus {
    private static final Set<EventKind> ALLOWED = EnumSet.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.THREAT, EventKind.INCIDENT, EventKind.CHANGE, EventKind.BLAME);

    private TrainingCorpus() {
    }

    /** Thrown for a file that cannot be read or a line that is not a labeled sentence. */
    public static final class BadCorpusException extends Exception {
        public BadCorpusException(String message) {
            super(message);
        }
    }

    public static List<TrainingSentence> read(Path fileOrFolder) throws BadCorpusException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> list = Files.list(fileOrFolder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new BadCorpusException(fileOrFolder + ": " + e.getMessage());
            }
        } else if (Files.isRegularFile(fileOrFolder)) {
            files.add(fileOrFolder);
        } else {
            throw new BadCorpusException(fileOrFolder + ": no such file or folder");
        }
        List<TrainingSentence> sentences = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadCorpusException(file + ": " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    TrainingSentence s = parse(json, lines.get(i), file + ":" + (i + 1));
                    if (!ids.add(s.id())) {
                        throw new BadCorpusException(file + ":" + (i + 1) + ": id " + s.id() + " appears twice");
                    }
                    sentences.add(s);
                }
            }
        }
        return sentences;
    }

    private static TrainingSentence parse(ObjectMapper json, String line, String where) throws BadCorpusException {
        JsonNode row;
        try {
            row = json.readTree(line);
        } catch (IOException e) {
            throw new BadCorpusException(where + ": not valid JSON");
        }
        if (!row.hasNonNull("text") || !row.hasNonNull("id") || !row.path("labels").isArray()) {
            throw new BadCorpusException(where + ": needs id, text and labels");
        }
        String lang = row.path("lang").asText("en");
        if (!lang.equals("de") && !lang.equals("en")) {
            throw new BadCorpusException(where + ": lang must be de or en, not " + lang);
        }
        Set<EventKind> labels = EnumSet.noneOf(EventKind.class);
        for (JsonNode l : row.get("labels")) {
            String name = l.asText();
            if (name.equals("OTHER")) {
                continue;
            }
            EventKind kind;
            try {
                kind = EventKind.valueOf(name);
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null || !ALLOWED.contains(kind)) {
                throw new BadCorpusException(where + ": unknown label " + name);
            }
            labels.add(kind);
        }
        return new TrainingSentence(row.get("id").asText(), lang, row.path("trade").asText(""),
                row.path("register").asText(""), row.get("text").asText(), labels);
    }
}
