package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a whole story as a user would: its mail and notes (not its truth) imported into a new case
 * in {@code work}, the timeline built without any review, and scored against {@code truth.json}.
 */
final class StoryReading {
    private static final CaseService CASES = new CaseService(new CaseStores(Clock.systemUTC()));

    private final TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());
    private final Path work;

    StoryReading(Path work) {
        this.work = work;
    }

    /** The story folders under a test resource folder, in name order. */
    static List<Path> storiesIn(String resource) throws IOException, URISyntaxException {
        var url = StoryReading.class.getResource(resource);
        assertThat(url).as("test resources %s", resource).isNotNull();
        try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Scores each story, printing its line, and returns the sum. */
    StoryScore scoreAll(List<Path> stories) throws IOException {
        StoryScore all = StoryScore.NONE;
        for (Path story : stories) {
            StoryScore score = score(story);
            System.out.println("  " + score.line(story.getFileName().toString()));
            all = all.plus(score);
        }
        return all;
    }

    /** Imports the story, builds its timeline and scores it. */
    StoryScore score(Path story) throws IOException {
        StoryScore.Truth truth = StoryScore.Truth.read(story);
        try (OpenCase open = open(story, truth)) {
            return StoryScore.of(truth, timelines.build(open));
        }
    }

    /** A new case holding the story's mail and notes; the caller closes it. */
    OpenCase open(Path story, StoryScore.Truth truth) throws IOException {
        OpenCase open = CASES.create(work.resolve(truth.name() + ".dossier"), truth.name(), new char[0]);
        try {
            TestCases.importPaths(open.store(), files(story, truth));
            return open;
        } catch (IOException | RuntimeException e) {
            open.close();
            throw e;
        }
    }

    Timeline build(OpenCase open) {
        return timelines.build(open);
    }

    /** The story's mail and notes alone, in a folder of their own. */
    private Path files(Path story, StoryScore.Truth truth) throws IOException {
        Path files = Files.createDirectories(work.resolve("files-" + truth.name()));
        for (String file : truth.events().keySet()) {
            Path to = files.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(story.resolve(file), to);
        }
        return files;
    }
}
