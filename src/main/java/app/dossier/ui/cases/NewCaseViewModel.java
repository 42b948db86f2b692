package app.dossier.ui.cases;

import app.dossier.i18n.Messages;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The fields of the "new case" form and what is wrong with them, if anything. */
public final class NewCaseViewModel {
    private static final String ENDING = ".dossier";

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty parentFolder = new SimpleStringProperty(this, "parentFolder", "");
    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt", false);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    /** The user's own addresses, comma separated; empty leaves it to the mailbox owner found later. */
    private final StringProperty me = new SimpleStringProperty(this, "me", "");
    private final ObjectBinding<Path> location;
    private final StringBinding problem;

    public NewCaseViewModel(Messages messages, Path defaultParent) {
        parentFolder.set(defaultParent.toString());
        location = Bindings.createObjectBinding(this::computeLocation, title, parentFolder);
        problem = Bindings.createStringBinding(() -> validate(messages), title, parentFolder, encrypt, password,
                repeat, location, me);
    }

    private Path computeLocation() {
        String name = safeFileName(title.get().strip());
        if (name.isEmpty() || parentFolder.get().isBlank()) {
            return null;
        }
        try {
            return Path.of(parentFolder.get()).resolve(name + ENDING);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Keeps letters, digits and a few safe marks so any title gives a valid folder name on every OS. */
    static String safeFileName(String title) {
        return title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "").strip();
    }

    private String validate(Messages messages) {
        if (title.get().isBlank()) {
            return messages.get("newCase.problem.title");
        }
        if (location.get() == null) {
            return messages.get("newCase.problem.folder");
        }
        if (java.nio.file.Files.exists(location.get())) {
            return messages.format("newCase.problem.exists", location.get());
        }
        for (String address : meAddresses()) {
            if (!address.matches("[^@\\s]+@[^@\\s]+")) {
                return messages.format("newCase.problem.me", address);
            }
        }
        if (encrypt.get()) {
            if (password.get().length() < 8) {
                return messages.get("newCase.problem.passwordShort");
            }
            if (!password.get().equals(repeat.get())) {
                return messages.get("newCase.problem.passwordMismatch");
            }
        }
        return "";
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty parentFolderProperty() {
        return parentFolder;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ObjectBinding<Path> locationProperty() {
        return location;
    }

    /** Empty when the form can be submitted, else the first thing to fix. */
    public StringBinding problemProperty() {
        return problem;
    }

    public StringProperty meProperty() {
        return me;
    }

    /** The addresses typed as the user's own. */
    public java.util.List<String> meAddresses() {
        return java.util.Arrays.stream(me.get().split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
    }

    public char[] passwordOrEmpty() {
        return encrypt.get() ? password.get().toCharArray() : new char[0];
    }
}
