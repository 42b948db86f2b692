package app.dossier.ui.timeline;

import app.dossier.i18n.FactTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.ChangeProof;
import app.dossier.model.Fact;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Every change with what the paper trail shows about it; gaps in red; a click goes to the change. */
final class ChainOfProofView extends VBox {
    ChainOfProofView(TimelineViewModel model, Messages messages, FactTexts facts) {
        Label title = new Label(messages.get("timeline.chain"));
        title.getStyleClass().add(Styles.TITLE_4);
        ListView<ChangeProof> list = new ListView<>(model.chainOfProof());
        list.setId("timelineChain");
        list.setPlaceholder(new Label(messages.get("timeline.noChange")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeProof proof, boolean empty) {
                super.updateItem(proof, empty);
                setText(null);
                if (empty || proof == null) {
                    setGraphic(null);
                    return;
                }
                VBox box = new VBox(2);
                Label head = new Label(messages.format("timeline.proofHeading", facts.time(proof.change().time()),
                        proof.change().actor(), proof.change().key()));
                head.getStyleClass().add(Styles.TEXT_BOLD);
                box.getChildren().add(wrapped(head, getListView()));
                for (Fact f : proof.findings()) {
                    // A gap in red; what is not sure, or rests on readings nobody reviewed, asks to be checked.
                    boolean check = f.isUnsure() || f.unreviewed();
                    Label line = new Label((f.isGap() ? "\u26a0 " : check ? "? " : "\u2713 ") + facts.text(f));
                    line.getStyleClass().add(f.isGap() ? Styles.DANGER : check ? Styles.WARNING : Styles.SUCCESS);
                    box.getChildren().add(wrapped(line, getListView()));
                }
                setGraphic(box);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now.change());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        setSpacing(6);
        setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
    }

    private static Label wrapped(Label label, ListView<?> list) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.maxWidthProperty().bind(list.widthProperty().subtract(30));
        return label;
    }
}
