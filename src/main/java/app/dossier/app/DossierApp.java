package app.dossier.app;

import app.dossier.settings.Theme;
import app.dossier.settings.UserSettings;
import app.dossier.settings.WindowBounds;
import app.dossier.ui.shell.MainView;
import app.dossier.ui.shell.MainViewModel;
import app.dossier.ui.shell.SectionFactory;
import app.dossier.ui.importing.ImportViewModel;
import app.dossier.ui.messages.MessagesViewModel;
import app.dossier.ui.sections.BuiltSections;
import app.dossier.ui.tasks.TaskRunner;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window. Built from a {@link CompositionRoot}; owns the view model and the worker thread. */
public final class DossierApp extends Application {
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private final CompositionRoot root;
    private TaskRunner tasks;
    private MainViewModel model;
    private MainView view;
    private SectionFactory sections;
    private Stage stage;

    public DossierApp(CompositionRoot root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Starts the JavaFX runtime and shows the window; returns at once, the FX thread keeps the JVM alive. */
    static void launch(CompositionRoot root) {
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            DossierApp app = new DossierApp(root);
            app.start(new Stage());
        });
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        UserSettings settings = root.settingsStore().load();
        tasks = new TaskRunner();
        app.dossier.ui.shell.PreferencesViewModel preferences = new app.dossier.ui.shell.PreferencesViewModel(
                root.settingsStore(), settings, Locale.getDefault(), tasks);
        model = new MainViewModel(root.caseService(), root.importService(), preferences, tasks,
                root.configDirectory().resolve("samples"), new app.dossier.ui.shell.CaseSetup() {
                    @Override
                    public void caseMade(app.dossier.cases.OpenCase created, java.util.List<String> me) {
                        root.keyPhraseService().setMe(created, me);
                    }

                    @Override
                    public void sampleMade(app.dossier.cases.OpenCase created, String language) {
                        app.dossier.keyphrases.SamplePhrases.tag(root.keyPhraseService(), created, language);
                    }
                }, new app.dossier.ui.shell.StopWorkDialog(() -> stage));
        ImportViewModel importing = new ImportViewModel(root.importService(), root.messageService(), tasks,
                model.openCaseProperty(), model::refreshSummary, () -> preferences.settingsProperty().get().keepPstUnderBytes());
        MessagesViewModel messages = new MessagesViewModel(root.messageService(), tasks, model.openCaseProperty(),
                preferences.messagesProperty());
        app.dossier.ui.timeline.TimelineViewModel timeline = new app.dossier.ui.timeline.TimelineViewModel(
                root.timelineService(), root.messageService(), tasks, preferences.messagesProperty(), ZoneId.systemDefault(),
                model.openCaseProperty());
        app.dossier.ui.keyphrases.PhraseEditor phrases = new app.dossier.ui.keyphrases.PhraseEditor(
                root.keyPhraseService(), new app.dossier.ui.keyphrases.TaskWork(tasks), model.openCaseProperty(),
                preferences.messagesProperty());
        app.dossier.ui.keyphrases.KeyPhrasesViewModel keyPhrases = new app.dossier.ui.keyphrases.KeyPhrasesViewModel(
                phrases);
        importing.importsEndedProperty().addListener((obs, old, now) -> {
            messages.reload();
            timeline.rebuild();
            keyPhrases.reload();
        });
        app.dossier.ui.briefing.BriefingViewModel briefing = new app.dossier.ui.briefing.BriefingViewModel(
                root.briefingService(), root.bundleWriter(), tasks, model.openCaseProperty(), preferences.messagesProperty(),
                app.dossier.ui.briefing.BriefingActions.system());
        sections = new BuiltSections(importing, messages, timeline, phrases, keyPhrases, briefing);
        applyTheme(settings.theme());
        preferences.settingsProperty().addListener((obs, old, now) -> {
            if (old.theme() != now.theme()) {
                applyTheme(now.theme());
            }
        });
        preferences.messagesProperty().addListener((obs, old, now) -> rebuildView());

        view = new MainView(model, defaultCaseFolder(), sections);
        WindowBounds bounds = settings.window();
        Scene scene = new Scene(view, bounds.width(), bounds.height());
        scene.getStylesheets().add(Objects.requireNonNull(
                DossierApp.class.getResource("/app/dossier/ui/dossier.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::windowTitle,
                model.summaryProperty(), preferences.messagesProperty()));
        addIcons(stage);
        placeWindow(bounds);
        stage.setOnCloseRequest(e -> {
            rememberWindow();
            if (model.openCaseProperty().get() != null || model.closingProperty().get()) {
                // The case's jobs stop and its store closes before the window goes away; a running
                // long job is stopped only when the user says so, else the window stays.
                e.consume();
                model.closeCase(stage::close);
            }
        });
        stage.setOnHidden(e -> shutDown());
        stage.show();
        settings.lastCase().filter(Files::isDirectory).ifPresent(view::open);
    }

    private String windowTitle() {
        String app = model.preferences().messagesProperty().get().get("app.name");
        return model.summaryProperty().get() == null ? app : model.summaryProperty().get().info().title() + " — " + app;
    }

    private void rebuildView() {
        view.dispose();
        view = new MainView(model, defaultCaseFolder(), sections);
        stage.getScene().setRoot(view);
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void placeWindow(WindowBounds bounds) {
        boolean visible = bounds.hasPosition() && !Screen.getScreensForRectangle(
                bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty();
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
    }

    private void rememberWindow() {
        model.preferences().rememberWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    private void shutDown() {
        model.close();
        tasks.close();
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = DossierApp.class.getResourceAsStream("/app/dossier/icons/dossier-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // A missing icon size is cosmetic.
            }
        }
    }

    private static Path defaultCaseFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
