package app.dossier.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings are written on a thread of their own: the newest wins, closing writes what is pending, failures are heard. */
class SettingsWriterTest {
    @TempDir
    Path temp;

    private final List<String> failures = new CopyOnWriteArrayList<>();

    private SettingsWriter writer(Path config) {
        return new SettingsWriter(new SettingsStore(config),
                e -> failures.add(Thread.currentThread().getName() + ": " + e.getClass().getSimpleName()));
    }

    @Test
    void theLastOfManyQuickSavesIsWhatTheFileHolds() {
        Path config = temp.resolve("config");
        try (SettingsWriter writer = writer(config)) {
            UserSettings settings = UserSettings.DEFAULT;
            for (int i = 0; i < 200; i++) {
                settings = settings.withWindow(new WindowBounds(i, i, 800 + i, 600, false))
                        .withTheme(i % 2 == 0 ? Theme.DARK : Theme.LIGHT);
                writer.save(settings);
            }
            writer.flush();
            assertThat(new SettingsStore(config).load()).isEqualTo(settings);
            assertThat(new SettingsStore(config).load().window().width()).isEqualTo(999);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void closingWritesWhatIsStillPending() {
        Path config = temp.resolve("config");
        UserSettings last = UserSettings.DEFAULT.withLanguage(Language.GERMAN).withCaseOpened(temp.resolve("a.dossier"));
        SettingsWriter writer = writer(config);
        writer.save(UserSettings.DEFAULT.withTheme(Theme.DARK));
        writer.save(last);
        writer.close();
        assertThat(new SettingsStore(config).load()).isEqualTo(last);

        // Saved after closing (the window already gone): still written, on the caller's thread.
        UserSettings afterwards = last.withTheme(Theme.DARK);
        writer.save(afterwards);
        writer.close();
        assertThat(new SettingsStore(config).load()).isEqualTo(afterwards);
    }

    @Test
    void aFailedWriteIsHeardOnTheWritersThreadAndTheNextOneStillWorks() throws IOException {
        Path blocked = temp.resolve("config");
        Files.writeString(blocked, "a file where the folder should be");
        try (SettingsWriter writer = writer(blocked)) {
            writer.save(UserSettings.DEFAULT.withTheme(Theme.DARK));
            writer.flush();
            assertThat(failures).singleElement().asString().startsWith("dossier-settings: ");
            Files.delete(blocked);
            writer.save(UserSettings.DEFAULT.withTheme(Theme.DARK));
            writer.flush();
        }
        assertThat(failures).hasSize(1);
        assertThat(new SettingsStore(blocked).load().theme()).isEqualTo(Theme.DARK);
    }
}
