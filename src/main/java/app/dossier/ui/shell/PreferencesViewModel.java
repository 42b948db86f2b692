package app.dossier.ui.shell;

import app.dossier.i18n.Messages;
import app.dossier.settings.Language;
import app.dossier.settings.SettingsStore;
import app.dossier.settings.SettingsWriter;
import app.dossier.settings.Theme;
import app.dossier.settings.UserSettings;
import app.dossier.settings.WindowBounds;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The user's settings as the window sees them: theme, language (and so the texts), the limit for
 * keeping Outlook files, the window's place and the recent cases. Every change is shown at once and
 * written in the background; a failed write reaches the status bar and the Problems list like any
 * other failure. Holds no nodes.
 */
public final class PreferencesViewModel implements AutoCloseable {
    private final SettingsWriter writer;
    private final Locale systemLocale;
    private final ReadOnlyObjectWrapper<UserSettings> settings;
    private final ReadOnlyObjectWrapper<Messages> messages;

    /** {@code systemLocale} is what "the system's language" means; {@code tasks} hears failed writes. */
    public PreferencesViewModel(SettingsStore store, UserSettings initial, Locale systemLocale, TaskRunner tasks) {
        Objects.requireNonNull(tasks, "tasks");
        this.systemLocale = Objects.requireNonNull(systemLocale, "systemLocale");
        this.writer = new SettingsWriter(store,
                failure -> tasks.callbacks().execute(() -> tasks.report("activity.saveSettings", failure)));
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", initial);
        this.messages = new ReadOnlyObjectWrapper<>(this, "messages",
                new Messages(initial.language().resolve(systemLocale)));
    }

    public ReadOnlyObjectProperty<UserSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The texts in the language chosen (or the system's); views rebuild when it changes. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    public void setTheme(Theme theme) {
        change(settings.get().withTheme(theme));
    }

    public void setLanguage(Language language) {
        change(settings.get().withLanguage(language));
        messages.set(new Messages(language.resolve(systemLocale)));
    }

    /** How big an Outlook data file may be to be kept whole in the case (0: never); out-of-range values are refused. */
    public void setKeepPstUnderMegabytes(int megabytes) {
        if (megabytes >= 0 && megabytes <= UserSettings.MAX_KEEP_PST_MB) {
            change(settings.get().withKeepPstUnderMegabytes(megabytes));
        }
    }

    public void rememberWindow(WindowBounds bounds) {
        change(settings.get().withWindow(bounds));
    }

    /** The case at {@code location} was opened: first in the recent list, and opened again on the next start. */
    void caseOpened(Path location) {
        change(settings.get().withCaseOpened(location));
    }

    /** The case at {@code location} is gone: it leaves the recent list. */
    void caseGone(Path location) {
        change(settings.get().withoutRecent(location));
    }

    private void change(UserSettings changed) {
        settings.set(changed);
        writer.save(changed);
    }

    /** Waits until the settings changed so far are written (or their failure reported). */
    public void flush() {
        writer.flush();
    }

    /** Writes what is still pending; later changes are written on the caller's thread. */
    @Override
    public void close() {
        writer.close();
    }
}
