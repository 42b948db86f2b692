package app.dossier.ui.shell;

import app.dossier.i18n.Messages;
import app.dossier.settings.Theme;
import app.dossier.ui.cases.NewCaseDialog;
import app.dossier.ui.cases.NewCaseViewModel;
import app.dossier.ui.cases.PasswordDialog;
import app.dossier.ui.section.PlannedSectionView;
import app.dossier.ui.settings.SettingsDialog;
import app.dossier.ui.start.StartView;
import app.dossier.ui.tasks.StatusBarView;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: header with case actions, the section navigation on the left,
 * the chosen section in the middle and the status bar at the bottom. Built for one language;
 * the app builds a new one when the language changes.
 */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final Messages messages;
    private final Path defaultCaseFolder;
    private final ToggleGroup navigation = new ToggleGroup();
    private final VBox navBox = new VBox(2);
    private final java.util.List<Runnable> unsubscribers = new java.util.ArrayList<>();

    private final SectionFactory sections;

    public MainView(MainViewModel model, Path defaultCaseFolder, SectionFactory sections) {
        this.model = model;
        this.sections = sections;
        this.messages = model.preferences().messagesProperty().get();
        this.defaultCaseFolder = defaultCaseFolder;
        setId("mainView");
        getStyleClass().add("main-view");
        setTop(buildHeader());
        setLeft(buildNavigation());
        setBottom(new StatusBarView(model.tasks(), model.caseTextProperty(), messages));
        listen(model.openCaseProperty(), (obs, old, now) -> showContent());
        listen(model.sectionProperty(), (obs, old, now) -> showContent());
        listen(model.problemProperty(), (obs, old, now) -> showProblem(now));
        showContent();
    }

    /** Adds a listener to the long-lived view model and remembers how to remove it again. */
    private <T> void listen(javafx.beans.value.ObservableValue<T> value, javafx.beans.value.ChangeListener<? super T> listener) {
        value.addListener(listener);
        unsubscribers.add(() -> value.removeListener(listener));
    }

    /** Detaches this view from the view model, before a view in another language replaces it. */
    public void dispose() {
        unsubscribers.forEach(Runnable::run);
        unsubscribers.clear();
    }

    private Node buildHeader() {
        Label brand = new Label(messages.get("app.name"), new FontIcon(Feather.LAYERS));
        brand.getStyleClass().addAll(Styles.TITLE_4, "brand");

        Label caseTitle = new Label();
        caseTitle.setId("headerCaseTitle");
        caseTitle.getStyleClass().add(Styles.TEXT_MUTED);
        caseTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.summaryProperty().get() == null ? "" : model.summaryProperty().get().info().title(),
                model.summaryProperty()));

        Button newCase = iconButton("headerNewCase", Feather.FOLDER_PLUS, "action.newCase", this::newCase);
        Button openCase = iconButton("headerOpenCase", Feather.FOLDER, "action.openCase", this::chooseAndOpen);
        MenuButton recent = new MenuButton(messages.get("action.recent"), new FontIcon(Feather.CLOCK));
        recent.setId("headerRecent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path path : model.preferences().settingsProperty().get().recentCases()) {
                MenuItem item = new MenuItem(path.toString());
                item.setOnAction(a -> open(path));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(messages.get("action.recentNone"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        Button closeCase = iconButton("headerCloseCase", Feather.X_SQUARE, "action.closeCase", model::closeCase);
        closeCase.disableProperty().bind(model.openCaseProperty().isNull());
        // While a case opens or closes, starting another open would only queue behind it.
        javafx.beans.binding.BooleanBinding caseWork = model.busyProperty().or(model.closingProperty());
        newCase.disableProperty().bind(caseWork);
        openCase.disableProperty().bind(caseWork);
        recent.disableProperty().bind(caseWork);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleButton dark = new ToggleButton(null, new FontIcon(Feather.MOON));
        dark.setId("headerTheme");
        dark.setSelected(model.preferences().settingsProperty().get().theme() == Theme.DARK);
        dark.setTooltip(new Tooltip(messages.get("action.darkTheme")));
        dark.setAccessibleText(messages.get("action.darkTheme"));
        dark.selectedProperty().addListener((obs, old, on) -> model.preferences().setTheme(on ? Theme.DARK : Theme.LIGHT));
        listen(model.preferences().settingsProperty(), (obs, old, now) -> dark.setSelected(now.theme() == Theme.DARK));
        Button settings = iconButton("headerSettings", Feather.SETTINGS, "action.settings",
                () -> new SettingsDialog(window(), messages, model.preferences().settingsProperty().get(), model.preferences()::setTheme,
                        model.preferences()::setLanguage, model.preferences()::setKeepPstUnderMegabytes).showAndWait());

        HBox header = new HBox(8, brand, new Separator(javafx.geometry.Orientation.VERTICAL), caseTitle, spacer,
                newCase, openCase, recent, closeCase, new Separator(javafx.geometry.Orientation.VERTICAL), dark,
                settings);
        header.setId("header");
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::newCase);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        this::chooseAndOpen);
            }
        });
        return header;
    }

    private Button iconButton(String id, Feather icon, String textKey, Runnable action) {
        Button button = new Button(messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(messages.get(textKey));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node buildNavigation() {
        navBox.setId("navigation");
        navBox.getStyleClass().add("navigation");
        navBox.setPadding(new Insets(12, 8, 12, 8));
        navBox.setPrefWidth(200);
        int index = 1;
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get(section.titleKey()), new FontIcon(section.icon()));
            button.setId("nav-" + section.id());
            button.setToggleGroup(navigation);
            button.setUserData(section);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setAccessibleText(messages.get(section.titleKey()));
            button.setTooltip(new Tooltip(messages.format("nav.shortcut", index)));
            button.setSelected(model.sectionProperty().get() == section);
            navBox.getChildren().add(button);
            final int number = index++;
            sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scene.getAccelerators().put(new KeyCodeCombination(digit(number), KeyCombination.SHORTCUT_DOWN),
                            () -> model.sectionProperty().set(section));
                }
            });
        }
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one section is always chosen
            } else {
                model.sectionProperty().set((Section) now.getUserData());
            }
        });
        listen(model.sectionProperty(), (obs, old, now) -> navigation.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        navBox.disableProperty().bind(model.openCaseProperty().isNull());
        return navBox;
    }

    private static KeyCode digit(int number) {
        return KeyCode.valueOf("DIGIT" + number);
    }

    private void showContent() {
        Node content;
        if (model.openCaseProperty().get() == null) {
            content = scrolling(new StartView(messages, model.preferences().settingsProperty().get().recentCases(), this::newCase,
                    this::chooseAndOpen, this::open, model::createSampleCase));
        } else {
            Section section = model.sectionProperty().get();
            // Built sections lay themselves out (lists scroll on their own); planned ones are text.
            content = sections.create(section, messages).orElseGet(() -> scrolling(new PlannedSectionView(section.id(),
                    messages.get(section.titleKey()), messages.get(section.purposeKey()), section.icon(), messages)));
        }
        setCenter(content);
    }

    private static Node scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("content");
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private void newCase() {
        NewCaseViewModel form = new NewCaseViewModel(messages, defaultCaseFolder);
        boolean confirmed = new NewCaseDialog(window(), messages, form).showAndWait().orElse(false);
        if (confirmed) {
            model.createCase(form.locationProperty().get(), form.titleProperty().get().strip(), form.passwordOrEmpty(),
                    form.meAddresses());
        }
    }

    private void chooseAndOpen() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("open.title"));
        File folder = defaultCaseFolder.toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a case, asking for its password first when it is encrypted. */
    public void open(Path location) {
        // Reading the file header is file work: it happens on the case thread, the dialog here.
        model.needsPassword(location, encrypted -> {
            char[] password = new char[0];
            if (encrypted) {
                password = new PasswordDialog(window(), messages, location).showAndWait().orElse(null);
                if (password == null) {
                    return;
                }
            }
            model.openCase(location, password);
        });
    }

    private void showProblem(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(window());
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        alert.getDialogPane().setId("problemDialog");
        model.clearProblem();
        alert.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
