package app.dossier.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@link UserSettings} as a small properties file in the user's
 * configuration folder. A missing or damaged file gives the defaults, never an error:
 * settings are a convenience, not evidence.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final String FILE_NAME = "settings.properties";

    private final Path file;

    public SettingsStore(Path configDirectory) {
        this.file = configDirectory.resolve(FILE_NAME);
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "settings unreadable, using defaults: " + file, e);
            return UserSettings.DEFAULT;
        }
        WindowBounds defaults = WindowBounds.DEFAULT;
        WindowBounds window = new WindowBounds(
                number(p, "window.x", defaults.x()), number(p, "window.y", defaults.y()),
                number(p, "window.width", defaults.width()), number(p, "window.height", defaults.height()),
                Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < UserSettings.MAX_RECENT; i++) {
            String value = p.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                try {
                    recent.add(Path.of(value));
                } catch (RuntimeException e) {
                    LOG.fine("ignoring unusable recent path " + value);
                }
            }
        }
        return new UserSettings(
                enumValue(Theme.class, p.getProperty("theme"), Theme.LIGHT),
                enumValue(Language.class, p.getProperty("language"), Language.SYSTEM),
                window, recent, keepPst(p));
    }

    /** Writes atomically, so a crash while saving cannot leave half a file. */
    public void save(UserSettings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", settings.theme().name());
        p.setProperty("language", settings.language().name());
        WindowBounds w = settings.window();
        p.setProperty("window.x", Double.toString(w.x()));
        p.setProperty("window.y", Double.toString(w.y()));
        p.setProperty("window.width", Double.toString(w.width()));
        p.setProperty("window.height", Double.toString(w.height()));
        p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        p.setProperty("keepPstUnderMegabytes", Integer.toString(settings.keepPstUnderMegabytes()));
        for (int i = 0; i < settings.recentCases().size(); i++) {
            p.setProperty("recent." + i, settings.recentCases().get(i).toString());
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "Dossier settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int keepPst(Properties p) {
        double value = number(p, "keepPstUnderMegabytes", UserSettings.DEFAULT_KEEP_PST_MB);
        return value >= 0 && value <= UserSettings.MAX_KEEP_PST_MB && value == Math.rint(value) ? (int) value
                : UserSettings.DEFAULT_KEEP_PST_MB;
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            String value = p.getProperty(key);
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
