package app.dossier.ui.forms;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form (label, field) so dialogs do not lay out each row by hand. */
public final class FormGrid extends GridPane {
    private int rows;

    public FormGrid() {
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(8, 4, 8, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "…"
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(120);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a labelled field; the label is linked to the field for screen readers. */
    public FormGrid row(String labelText, Node field) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        add(label, 0, rows);
        add(field, 1, rows);
        rows++;
        return this;
    }

    /** Adds a node spanning both columns (hints, checkboxes, errors). */
    public FormGrid full(Node node) {
        add(node, 0, rows, 2, 1);
        rows++;
        return this;
    }
}
