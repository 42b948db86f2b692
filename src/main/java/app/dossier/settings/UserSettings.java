package app.dossier.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What Dossier remembers between starts. Immutable; change it with the {@code with…} methods. */
public record UserSettings(Theme theme, Language language, WindowBounds window, List<Path> recentCases) {
    public static final int MAX_RECENT = 8;
    public static final UserSettings DEFAULT = new UserSettings(Theme.LIGHT, Language.SYSTEM, WindowBounds.DEFAULT, List.of());

    public UserSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(window, "window");
        recentCases = List.copyOf(recentCases);
    }

    /** The case opened last, which the app offers to reopen. */
    public Optional<Path> lastCase() {
        return recentCases.isEmpty() ? Optional.empty() : Optional.of(recentCases.get(0));
    }

    public UserSettings withTheme(Theme value) {
        return new UserSettings(value, language, window, recentCases);
    }

    public UserSettings withLanguage(Language value) {
        return new UserSettings(theme, value, window, recentCases);
    }

    public UserSettings withWindow(WindowBounds value) {
        return new UserSettings(theme, language, value, recentCases);
    }

    /** Puts {@code opened} first in the recent list, without duplicates and at most {@link #MAX_RECENT}. */
    public UserSettings withCaseOpened(Path opened) {
        Path normalized = opened.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>();
        list.add(normalized);
        recentCases.stream().filter(p -> !p.equals(normalized)).limit(MAX_RECENT - 1L).forEach(list::add);
        return new UserSettings(theme, language, window, list);
    }

    public UserSettings withoutRecent(Path gone) {
        Path normalized = gone.toAbsolutePath().normalize();
        return new UserSettings(theme, language, window,
                recentCases.stream().filter(p -> !p.equals(normalized)).toList());
    }
}
