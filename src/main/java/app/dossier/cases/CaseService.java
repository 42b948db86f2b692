package app.dossier.cases;

import app.dossier.store.CasePassword;
import app.dossier.store.CaseStores;
import java.nio.file.Path;

/** Creates and opens cases for both front ends. Failures arrive as {@link app.dossier.model.CaseException}. */
public final class CaseService {
    private final CaseStores stores;

    public CaseService(CaseStores stores) {
        this.stores = stores;
    }

    /** Creates a case; an empty or null {@code password} makes an unencrypted one. */
    public OpenCase create(Path location, String title, char[] password) {
        String name = title == null || title.isBlank() ? defaultTitle(location) : title.strip();
        return new OpenCase(stores.create(location, name, CasePassword.of(password)));
    }

    public OpenCase open(Path location, char[] password) {
        return new OpenCase(stores.open(location, CasePassword.of(password)));
    }

    public boolean needsPassword(Path location) {
        return stores.needsPassword(location);
    }

    /** The folder name without a {@code .dossier} ending, which is what users call the case. */
    public static String defaultTitle(Path location) {
        Path name = location.toAbsolutePath().normalize().getFileName();
        String text = name == null ? "Case" : name.toString();
        return text.endsWith(".dossier") ? text.substring(0, text.length() - ".dossier".length()) : text;
    }
}
