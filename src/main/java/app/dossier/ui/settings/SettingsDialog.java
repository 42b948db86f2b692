package app.dossier.ui.settings;

import app.dossier.i18n.Messages;
import app.dossier.settings.Language;
import app.dossier.settings.Theme;
import app.dossier.settings.UserSettings;
import app.dossier.ui.forms.FormGrid;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Theme, language and how big an Outlook data file may be to be kept in the case; changes apply at once and are remembered. */
public final class SettingsDialog extends Dialog<Void> {
    public SettingsDialog(Window owner, Messages messages, UserSettings current, Consumer<Theme> onTheme,
                          Consumer<Language> onLanguage, java.util.function.IntConsumer onKeepPst) {
        initOwner(owner);
        setTitle(messages.get("settings.title"));
        setHeaderText(messages.get("settings.header"));

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settingsTheme");
        theme.getItems().setAll(Theme.values());
        theme.setValue(current.theme());
        theme.setConverter(converter(t -> messages.get(t == Theme.DARK ? "settings.theme.dark" : "settings.theme.light")));
        theme.valueProperty().addListener((obs, old, value) -> onTheme.accept(value));

        ComboBox<Language> language = new ComboBox<>();
        language.setId("settingsLanguage");
        language.getItems().setAll(Language.values());
        language.setValue(current.language());
        language.setConverter(converter(l -> switch (l) {
            case SYSTEM -> messages.get("settings.language.system");
            case ENGLISH -> "English";
            case GERMAN -> "Deutsch";
        }));
        language.valueProperty().addListener((obs, old, value) -> onLanguage.accept(value));

        javafx.scene.control.Spinner<Integer> keepPst = new javafx.scene.control.Spinner<>(0,
                UserSettings.MAX_KEEP_PST_MB, current.keepPstUnderMegabytes(), 10);
        keepPst.setId("settingsKeepPst");
        keepPst.setEditable(true);
        keepPst.setAccessibleText(messages.get("settings.keepPst"));
        keepPst.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                onKeepPst.accept(value);
            }
        });

        Label keepHint = new Label(messages.format("settings.keepPstHint", UserSettings.MAX_KEEP_PST_MB));
        keepHint.setWrapText(true);
        FormGrid form = new FormGrid()
                .row(messages.get("settings.theme"), theme)
                .row(messages.get("settings.language"), language)
                .full(new Label(messages.get("settings.languageHint")))
                .row(messages.get("settings.keepPst"), keepPst)
                .full(keepHint);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null; // choices are picked, never typed in
            }
        };
    }
}
