package app.dossier.ui.shell;

import static app.dossier.testing.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.i18n.Messages;
import app.dossier.settings.Language;
import app.dossier.settings.SettingsStore;
import app.dossier.settings.Theme;
import app.dossier.settings.UserSettings;
import app.dossier.settings.WindowBounds;
import app.dossier.ui.tasks.ProblemTextsView;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's settings as the window sees them: shown at once, written in the background. No FX toolkit. */
class PreferencesViewModelTest {
    @TempDir
    Path temp;

    private TaskRunner tasks;
    private PreferencesViewModel preferences;

    @BeforeEach
    void setUp() {
        tasks = new TaskRunner(Runnable::run, Clock.systemUTC());
        preferences = new PreferencesViewModel(new SettingsStore(temp.resolve("config")),
                UserSettings.DEFAULT.withLanguage(Language.ENGLISH), Locale.ENGLISH, tasks);
    }

    @AfterEach
    void tearDown() {
        // Pending writes land before the temporary folder is deleted.
        preferences.close();
        tasks.close();
    }

    @Test
    void settingsAreSavedInTheBackgroundAndAFailedSaveReachesTheProblemsList() throws Exception {
        preferences.setTheme(Theme.DARK);
        preferences.rememberWindow(new WindowBounds(5, 6, 1111, 777, false));
        preferences.flush();
        SettingsStore saved = new SettingsStore(temp.resolve("config"));
        assertThat(saved.load().theme()).isEqualTo(Theme.DARK);
        assertThat(saved.load().window().width()).isEqualTo(1111);
        assertThat(tasks.problems()).isEmpty();

        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file where the settings folder should be");
        PreferencesViewModel unlucky = new PreferencesViewModel(new SettingsStore(blocked), UserSettings.DEFAULT,
                Locale.ENGLISH, tasks);
        unlucky.setTheme(Theme.DARK);
        unlucky.flush();
        waitFor("the failed save in the problems list", () -> !tasks.problems().isEmpty());
        assertThat(tasks.problems()).extracting(p -> p.activityKey()).containsExactly("activity.saveSettings");
        assertThat(new ProblemTextsView(new Messages(Locale.GERMAN)).describe(tasks.problems().get(0)))
                .startsWith("Einstellungen speichern: ").doesNotContain("Exception");
        assertThat(unlucky.settingsProperty().get().theme()).as("the window keeps the choice").isEqualTo(Theme.DARK);
        unlucky.close();
    }

    @Test
    void choosingALanguageChangesTheTextsAtOnceAndIsRemembered() {
        assertThat(preferences.messages().get("stopWork.keep")).isEqualTo("Keep working");
        preferences.setLanguage(Language.GERMAN);
        assertThat(preferences.messagesProperty().get().get("stopWork.keep")).isEqualTo("Weiterarbeiten");
        preferences.flush();
        assertThat(new SettingsStore(temp.resolve("config")).load().language()).isEqualTo(Language.GERMAN);
    }

    @Test
    void theLimitForKeepingOutlookDataFilesIsRememberedAndOutOfRangeValuesAreRefused() {
        preferences.setKeepPstUnderMegabytes(0);
        assertThat(preferences.settingsProperty().get().keepPstUnderMegabytes()).isZero();
        preferences.flush();
        assertThat(new SettingsStore(temp.resolve("config")).load().keepPstUnderMegabytes()).isZero();
        preferences.setKeepPstUnderMegabytes(UserSettings.MAX_KEEP_PST_MB + 1);
        preferences.setKeepPstUnderMegabytes(-1);
        assertThat(preferences.settingsProperty().get().keepPstUnderMegabytes()).isZero();
        preferences.setKeepPstUnderMegabytes(80);
        preferences.flush();
        assertThat(new SettingsStore(temp.resolve("config")).load().keepPstUnderMegabytes()).isEqualTo(80);
    }
}
