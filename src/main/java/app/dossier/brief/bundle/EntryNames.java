package app.dossier.brief.bundle;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Names of entries in a bundle. A ZIP entry may be called "../../.bashrc" or "/etc/passwd"; a
 * bundle is evidence from elsewhere, so any name that could land outside the target folder is refused.
 */
public final class EntryNames {
    private EntryNames() {
    }

    /** Whether {@code name} stays inside any folder it is unpacked into. */
    public static boolean safe(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            return false;
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Where an entry goes inside {@code folder}, or empty when it would escape it. */
    public static Optional<Path> inside(Path folder, String name) {
        if (!safe(name)) {
            return Optional.empty();
        }
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(name.replace('\\', '/')).normalize();
        return target.startsWith(root) && !target.equals(root) ? Optional.of(target) : Optional.empty();
    }
}
