package app.dossier.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What Dossier remembers between starts. Immutable; change it with the {@code with…} methods. */
public record UserSettings(Theme theme, Language language, WindowBounds window, List<Path> recentCases,
                           int keepPstUnderMegabytes) {
    public static final int MAX_RECENT = 8;
    /** An Outlook data file up to this size is copied into the case whole, unless the user says otherwise. */
    public static final int DEFAULT_KEEP_PST_MB = 50;
    /**
     * The largest limit the window accepts: a kept file passes through memory once on its way into
     * the case, and a larger copy is better made by hand than by an import in a 512 MB heap.
     */
    public static final int MAX_KEEP_PST_MB = 200;
    public static final UserSettings DEFAULT = new UserSettings(Theme.LIGHT, Language.SYSTEM, WindowBounds.DEFAULT, List.of(),
            DEFAULT_KEEP_PST_MB);

    public UserSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(window, "window");
        recentCases = List.copyOf(recentCases);
        if (keepPstUnderMegabytes < 0 || keepPstUnderMegabytes > MAX_KEEP_PST_MB) {
            throw new IllegalArgumentException("keepPstUnderMegabytes must be 0.." + MAX_KEEP_PST_MB);
        }
    }

    /** The case opened last, which the app offers to reopen. */
    public Optional<Path> lastCase() {
        return recentCases.isEmpty() ? Optional.empty() : Optional.of(recentCases.get(0));
    }

    public UserSettings withTheme(Theme value) {
        return new UserSettings(value, language, window, recentCases, keepPstUnderMegabytes);
    }

    public UserSettings withLanguage(Language value) {
        return new UserSettings(theme, value, window, recentCases, keepPstUnderMegabytes);
    }

    public UserSettings withWindow(WindowBounds value) {
        return new UserSettings(theme, language, value, recentCases, keepPstUnderMegabytes);
    }

    /** Outlook data files up to {@code megabytes} are kept whole in the case on import (0: never). */
    public UserSettings withKeepPstUnderMegabytes(int megabytes) {
        return new UserSettings(theme, language, window, recentCases, megabytes);
    }

    /** The limit in bytes, as the import takes it. */
    public long keepPstUnderBytes() {
        return keepPstUnderMegabytes * 1024L * 1024L;
    }

    /** Puts {@code opened} first in the recent list, without duplicates and at most {@link #MAX_RECENT}. */
    public UserSettings withCaseOpened(Path opened) {
        Path normalized = opened.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>();
        list.add(normalized);
        recentCases.stream().filter(p -> !p.equals(normalized)).limit(MAX_RECENT - 1L).forEach(list::add);
        return new UserSettings(theme, language, window, list, keepPstUnderMegabytes);
    }

    public UserSettings withoutRecent(Path gone) {
        Path normalized = gone.toAbsolutePath().normalize();
        return new UserSettings(theme, language, window,
                recentCases.stream().filter(p -> !p.equals(normalized)).toList(), keepPstUnderMegabytes);
    }
}
