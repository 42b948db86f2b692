package app.dossier.timeline;

import app.dossier.classify.Classifier;
import app.dossier.i18n.Messages;
import app.dossier.store.CaseStore;
import app.dossier.testing.TestCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryProbe {
    @TempDir
    Path temp;

    @Test
    void print() throws Exception {
        String story = System.getProperty("story", "energy-story");
        Path dir = Path.of("src/test/resources/app/dossier/timeline", story);
        try (CaseStore store = TestCases.create(temp.resolve("c.dossier"))) {
            TestCases.importPaths(store, dir);
            Timeline t = new TimelineService(new Classifier(), java.time.Clock.systemUTC()).build(store);
            System.out.println(new TimelineFormats(new Messages(Locale.ENGLISH)).text(t));
        }
    }
}
