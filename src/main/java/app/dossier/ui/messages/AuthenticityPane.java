package app.dossier.ui.messages;

import app.dossier.i18n.Messages;
import app.dossier.model.HeaderAnalysis;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What proves a mail authentic, in plain words: SPF, DKIM, DMARC, signature alignment, route, and warnings. */
final class AuthenticityPane extends VBox {
    private final Messages messages;

    AuthenticityPane(Messages messages) {
        super(6);
        this.messages = messages;
        setId("messageAuthenticity");
        setPadding(new Insets(10));
    }

    void show(HeaderAnalysis analysis, app.dossier.model.SmimeInfo smime) {
        getChildren().clear();
        if (analysis != null || smime != null) {
            for (SmimeLines.Line line : new SmimeLines(messages).lines(smime)) {
                Label label = new Label(line.text());
                label.setWrapText(true);
                label.getStyleClass().add(switch (line.tone()) {
                    case GOOD -> Styles.SUCCESS;
                    case BAD -> Styles.DANGER;
                    case NOTE -> Styles.TEXT_MUTED;
                });
                getChildren().add(label);
            }
        }
        if (analysis == null) {
            getChildren().add(new Label(messages.get("auth.outlook")));
            return;
        }
        getChildren().add(verdict("SPF", analysis.spf()));
        getChildren().add(verdict("DKIM", analysis.dkim()));
        getChildren().add(verdict("DMARC", analysis.dmarc()));
        getChildren().add(new Label(analysis.dkimDomains().isEmpty() ? messages.get("auth.noSignature")
                : messages.format(analysis.dkimAlignedWithFrom() ? "auth.aligned" : "auth.unaligned",
                String.join(", ", analysis.dkimDomains()))));
        getChildren().add(new Label(messages.format("auth.hops", analysis.hops().size())));
        for (app.dossier.model.HeaderFinding finding : analysis.findings()) {
            Label warning = new Label(messages.get(FlagTexts.findingKey(finding)), new FontIcon(Feather.ALERT_TRIANGLE));
            warning.setWrapText(true);
            warning.getStyleClass().add(Styles.WARNING);
            getChildren().add(warning);
        }
    }

    private Label verdict(String method, String result) {
        String shown = result.isEmpty() ? messages.get("auth.notRecorded") : result;
        Label label = new Label(method + ": " + shown);
        label.getStyleClass().add(result.equals("pass") ? Styles.SUCCESS : result.isEmpty() ? Styles.TEXT_MUTED
                : Styles.DANGER);
        return label;
    }
}
