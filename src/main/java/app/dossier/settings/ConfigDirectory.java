package app.dossier.settings;

import java.nio.file.Path;
import java.util.Map;

/** Where Dossier keeps its settings and log, following each platform's convention. */
public final class ConfigDirectory {
    private ConfigDirectory() {
    }

    /**
     * {@code -Ddossier.home} or {@code DOSSIER_HOME} win (tests and portable installs use them);
     * otherwise the platform's usual place for per-user application data.
     */
    public static Path resolve(Map<String, String> environment, String osName, Path userHome) {
        String explicit = System.getProperty("dossier.home", environment.get("DOSSIER_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return appData != null ? Path.of(appData, "Dossier") : userHome.resolve("AppData/Roaming/Dossier");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Dossier");
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".config")).resolve("dossier");
    }
}
