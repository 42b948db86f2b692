package app.dossier.ui.briefing;

import app.dossier.brief.BriefingSection;
import app.dossier.brief.Paper;
import app.dossier.i18n.Messages;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Briefing section: options on the left, the live page preview on the right. */
public final class BriefingView extends BorderPane {
    public BriefingView(BriefingViewModel model, Messages messages) {
        setId("briefingView");
        setPadding(new Insets(24, 28, 24, 28));
        setLeft(options(model, messages));
        setCenter(preview(model.preview(), messages));
    }

    private static ScrollPane options(BriefingViewModel model, Messages messages) {
        Label title = new Label(messages.get("section.briefing"));
        title.setId("sectionTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label(messages.get("briefing.lead"));
        lead.setWrapText(true);
        lead.getStyleClass().add(Styles.TEXT_MUTED);

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("briefingLanguage");
        language.getItems().addAll(Locale.GERMAN, Locale.ENGLISH);
        language.setConverter(converter(l -> messages.get(l.getLanguage().equals("de") ? "briefing.lang.de" : "briefing.lang.en")));
        language.valueProperty().bindBidirectional(model.choices().languageProperty());
        language.setAccessibleText(messages.get("briefing.language"));
        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("briefingPaper");
        paper.getItems().addAll(Paper.values());
        paper.setConverter(converter(p -> messages.get(p == Paper.A4 ? "briefing.paper.a4" : "briefing.paper.letter")));
        paper.valueProperty().bindBidirectional(model.choices().paperProperty());
        paper.setAccessibleText(messages.get("briefing.paper"));
        HBox choices = new HBox(8, labelled(messages.get("briefing.language"), language),
                labelled(messages.get("briefing.paper"), paper));

        VBox sections = new VBox(4);
        sections.getChildren().add(heading(messages.get("briefing.sections")));
        for (BriefingSection s : BriefingSection.values()) {
            CheckBox box = new CheckBox(messages.get(s.titleKey()));
            box.setId("briefingSection-" + s.id());
            box.selectedProperty().bindBidirectional(model.choices().sectionProperty(s));
            sections.getChildren().add(box);
        }
        Label later = new Label(messages.get("briefing.sectionsHint"));
        later.setWrapText(true);
        later.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        sections.getChildren().add(later);

        TextField exhibits = new TextField();
        exhibits.setId("briefingExhibits");
        exhibits.setPromptText(messages.get("briefing.exhibitsPrompt"));
        exhibits.setAccessibleText(messages.get("briefing.exhibits"));
        exhibits.textProperty().bindBidirectional(model.choices().exhibitsProperty());
        TextArea redactions = new TextArea();
        redactions.setId("briefingRedactions");
        redactions.setPromptText(messages.get("briefing.redactPrompt"));
        redactions.setAccessibleText(messages.get("briefing.redact"));
        redactions.setPrefRowCount(4);
        redactions.textProperty().bindBidirectional(model.choices().redactionsProperty());

        Button make = new Button(messages.get("briefing.make"), new FontIcon(Feather.FILE_TEXT));
        make.setId("briefingGenerate");
        make.getStyleClass().add(Styles.ACCENT);
        make.disableProperty().bind(model.runningProperty());
        make.setOnAction(e -> model.generate());
        Button cancel = new Button(messages.get("briefing.cancel"), new FontIcon(Feather.X));
        cancel.setId("briefingCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());

        Button save = new Button(messages.get("briefing.save"), new FontIcon(Feather.SAVE));
        save.setId("briefingSave");
        save.setOnAction(e -> choose(save, messages.get("briefing.save"), messages.get("briefing.fileName"), "*.pdf", messages)
                .ifPresent(model::save));
        Button print = new Button(messages.get("briefing.print"), new FontIcon(Feather.PRINTER));
        print.setId("briefingPrint");
        print.setOnAction(e -> model.print());
        Button open = new Button(messages.get("briefing.open"), new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("briefingOpen");
        open.setOnAction(e -> model.openExternally());
        for (Button b : List.of(save, print, open)) {
            b.disableProperty().bind(model.briefingProperty().isNull().or(model.runningProperty()));
        }
        Button bundle = new Button(messages.get("briefing.bundle"), new FontIcon(Feather.ARCHIVE));
        bundle.setId("briefingBundle");
        bundle.disableProperty().bind(model.runningProperty());
        bundle.setOnAction(e -> choose(bundle, messages.get("briefing.bundle"), "evidence.zip", "*.zip", messages)
                .ifPresent(model::bundle));

        Label status = new Label();
        status.setId("briefingStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        VBox box = new VBox(12, title, lead, choices, sections, labelled(messages.get("briefing.exhibits"), exhibits),
                labelled(messages.get("briefing.redact"), redactions), new HBox(8, make, cancel),
                new HBox(8, save, print, open), bundle, status);
        box.setPadding(new Insets(0, 16, 0, 0));
        box.setPrefWidth(360);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private static BorderPane preview(PagePreviewModel model, Messages messages) {
        ImageView image = new ImageView();
        image.setId("briefingPage");
        image.setPreserveRatio(true);
        image.imageProperty().bind(Bindings.createObjectBinding(() -> model.pageImageProperty().get() == null ? null
                : SwingFXUtils.toFXImage(model.pageImageProperty().get(), null), model.pageImageProperty()));
        image.accessibleTextProperty().bind(pageText(model, messages));
        Label empty = new Label(messages.get("briefing.previewEmpty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(model.pageImageProperty().isNull());
        // The page as a sheet on a grey desk, so its white edge is seen against the window.
        image.setEffect(new javafx.scene.effect.DropShadow(8, javafx.scene.paint.Color.gray(0, 0.35)));
        StackPane page = new StackPane(image, empty);
        page.setAlignment(Pos.TOP_CENTER);
        page.setPadding(new Insets(16));
        page.setStyle("-fx-background-color: #d9dce1;");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("briefingPreview");
        scroll.setFitToWidth(true);

        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("briefingPrevious");
        previous.setAccessibleText(messages.get("briefing.previous"));
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("briefingNext");
        next.setAccessibleText(messages.get("briefing.next"));
        next.setOnAction(e -> model.nextPage());
        Label where = new Label();
        where.setId("briefingPageLabel");
        where.textProperty().bind(pageText(model, messages));
        Button smaller = new Button(null, new FontIcon(Feather.ZOOM_OUT));
        smaller.setId("briefingZoomOut");
        smaller.setAccessibleText(messages.get("briefing.zoomOut"));
        smaller.setOnAction(e -> model.zoomOut());
        Button larger = new Button(null, new FontIcon(Feather.ZOOM_IN));
        larger.setId("briefingZoomIn");
        larger.setAccessibleText(messages.get("briefing.zoomIn"));
        larger.setOnAction(e -> model.zoomIn());
        Label zoom = new Label();
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(model.zoomProperty().get() * 100) + " %",
                model.zoomProperty()));
        for (Button b : List.of(previous, next, smaller, larger)) {
            b.disableProperty().bind(model.pagesProperty().isEqualTo(0));
        }
        HBox bar = new HBox(8, previous, where, next, new Label("  "), smaller, zoom, larger);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(bar);
        HBox.setHgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private static javafx.beans.binding.StringBinding pageText(PagePreviewModel model, Messages messages) {
        return Bindings.createStringBinding(() -> model.pagesProperty().get() == 0 ? ""
                        : messages.format("briefing.pageOf", model.pageProperty().get() + 1, model.pagesProperty().get()),
                model.pageProperty(), model.pagesProperty());
    }

    private static java.util.Optional<java.nio.file.Path> choose(javafx.scene.Node owner, String title, String name,
                                                                  String pattern, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private static VBox labelled(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
