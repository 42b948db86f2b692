package app.dossier.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path temp;

    @Test
    void remembersThemeLanguageWindowAndRecentCases() throws Exception {
        SettingsStore store = new SettingsStore(temp);
        assertThat(store.load()).isEqualTo(UserSettings.DEFAULT);

        UserSettings changed = UserSettings.DEFAULT.withTheme(Theme.DARK).withLanguage(Language.GERMAN)
                .withWindow(new WindowBounds(10, 20, 1000, 700, true))
                .withCaseOpened(temp.resolve("a")).withCaseOpened(temp.resolve("b")).withCaseOpened(temp.resolve("a"));
        store.save(changed);

        UserSettings loaded = new SettingsStore(temp).load();
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.language()).isEqualTo(Language.GERMAN);
        assertThat(loaded.window()).isEqualTo(new WindowBounds(10, 20, 1000, 700, true));
        assertThat(loaded.recentCases()).containsExactly(temp.resolve("a"), temp.resolve("b"));
        assertThat(loaded.lastCase()).contains(temp.resolve("a"));
    }

    @Test
    void remembersTheSizeUpToWhichOutlookDataFilesAreKept() throws Exception {
        assertThat(UserSettings.DEFAULT.keepPstUnderMegabytes()).isEqualTo(50);
        new SettingsStore(temp).save(UserSettings.DEFAULT.withKeepPstUnderMegabytes(120));
        UserSettings loaded = new SettingsStore(temp).load();
        assertThat(loaded.keepPstUnderMegabytes()).isEqualTo(120);
        assertThat(loaded.keepPstUnderBytes()).isEqualTo(120L * 1024 * 1024);

        Files.writeString(temp.resolve("settings.properties"), "keepPstUnderMegabytes=-3\n");
        assertThat(new SettingsStore(temp).load().keepPstUnderMegabytes()).as("out of range").isEqualTo(50);
        Files.writeString(temp.resolve("settings.properties"), "keepPstUnderMegabytes=99999\n");
        assertThat(new SettingsStore(temp).load().keepPstUnderMegabytes()).isEqualTo(50);
    }

    @Test
    void recentListIsBounded() {
        UserSettings settings = UserSettings.DEFAULT;
        for (int i = 0; i < 20; i++) {
            settings = settings.withCaseOpened(temp.resolve("case" + i));
        }
        assertThat(settings.recentCases()).hasSize(UserSettings.MAX_RECENT).first().isEqualTo(temp.resolve("case19"));
    }

    @Test
    void aDamagedFileGivesDefaultsNotAnError() throws Exception {
        Files.writeString(temp.resolve("settings.properties"), "theme=PURPLE\nwindow.width=abc\nlanguage=\\u00");
        UserSettings loaded = new SettingsStore(temp).load();
        assertThat(loaded.theme()).isEqualTo(Theme.LIGHT);
        assertThat(loaded.window().width()).isEqualTo(WindowBounds.DEFAULT.width());
    }

    @Test
    void languageFollowsTheSystemUnlessChosen() {
        assertThat(Language.SYSTEM.resolve(java.util.Locale.GERMANY)).isEqualTo(java.util.Locale.GERMAN);
        assertThat(Language.SYSTEM.resolve(java.util.Locale.FRANCE)).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(Language.GERMAN.resolve(java.util.Locale.US)).isEqualTo(java.util.Locale.GERMAN);
    }

    @Test
    void configFolderFollowsPlatformConventions() {
        Path home = Path.of("/home/jonas");
        assertThat(ConfigDirectory.resolve(Map.of(), "Linux", home)).isEqualTo(home.resolve(".config/dossier"));
        assertThat(ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", home))
                .isEqualTo(Path.of("/cfg/dossier"));
        assertThat(ConfigDirectory.resolve(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/Dossier"));
        assertThat(ConfigDirectory.resolve(Map.of("APPDATA", "C:/Users/j/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("C:/Users/j/AppData/Roaming/Dossier"));
    }
}
