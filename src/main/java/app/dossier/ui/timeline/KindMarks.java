package app.dossier.ui.timeline;

import app.dossier.model.EventKind;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * How each kind of event looks in the swimlane chart: a colour (the same as its badge in the list)
 * and a shape, so kinds stay apart for readers who do not tell the colours apart.
 */
final class KindMarks {
    private KindMarks() {
    }

    static Color color(EventKind kind) {
        return switch (kind) {
            case REQUEST -> Color.web("#2563eb");
            case WARNING -> Color.web("#d97706");
            case APPROVAL -> Color.web("#16a34a");
            case THREAT -> Color.web("#dc2626");
            case INCIDENT -> Color.web("#7c3aed");
            case CHANGE -> Color.web("#0891b2");
            case BLAME -> Color.web("#be185d");
            case MEETING -> Color.web("#4b5563");
            case NOTE -> Color.web("#65a30d");
            case OTHER -> Color.web("#9ca3af");
        };
    }

    /** Draws the mark of a kind centred at (x, y) with radius r. */
    static void draw(GraphicsContext g, EventKind kind, double x, double y, double r) {
        g.setFill(color(kind));
        g.setStroke(color(kind));
        g.setLineWidth(1.5);
        switch (kind) {
            case REQUEST -> g.fillOval(x - r, y - r, 2 * r, 2 * r);
            case WARNING -> g.fillPolygon(new double[] {x - r, x + r, x}, new double[] {y + r, y + r, y - r}, 3);
            case APPROVAL -> g.fillRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
            case THREAT -> g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r * 1.2, y, y + r * 1.2, y}, 4);
            case INCIDENT -> {
                g.setLineWidth(3);
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
            case CHANGE -> {
                double[] xs = new double[6];
                double[] ys = new double[6];
                for (int i = 0; i < 6; i++) {
                    xs[i] = x + r * Math.cos(Math.PI / 3 * i);
                    ys[i] = y + r * Math.sin(Math.PI / 3 * i);
                }
                g.fillPolygon(xs, ys, 6);
            }
            case BLAME -> g.fillPolygon(new double[] {x - r, x + r, x}, new double[] {y - r, y - r, y + r}, 3);
            case MEETING -> g.fillRoundRect(x - r * 1.2, y - r * 0.7, r * 2.4, r * 1.4, 4, 4);
            case NOTE -> g.strokeOval(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
            case OTHER -> g.fillOval(x - r * 0.5, y - r * 0.5, r, r);
        }
    }

    /** A small picture of the mark, for the legend. */
    static Canvas icon(EventKind kind) {
        Canvas canvas = new Canvas(16, 16);
        draw(canvas.getGraphicsContext2D(), kind, 8, 8, 5.5);
        return canvas;
    }
}
