package app.dossier.ui.timeline;

import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The story at a glance: one lane per participant (the most active first, the rest in one lane),
 * time left to right, each event a mark whose shape and colour say its kind. The wheel zooms
 * around the pointer, dragging pans, a double click shows everything again; a click chooses the
 * event (and the list follows), and the chosen event's audience is drawn as a line to their lanes.
 */
final class SwimlaneChart extends Region {
    private static final int MAX_LANES = 9;
    private static final double LABEL_WIDTH = 170;
    private static final double AXIS_HEIGHT = 26;
    private static final double MARK_RADIUS = 6;

    private final Canvas canvas = new Canvas();
    private final ObservableList<TimelineEvent> events;
    private final ObjectProperty<TimelineEvent> selected;
    private final String othersLane;
    private final String withoutPersonLane;
    private final TimeTicks ticks;
    private final DateTimeFormatter hoverFormat;
    private final java.util.function.UnaryOperator<String> quote;
    private final ReadOnlyStringWrapper pointed = new ReadOnlyStringWrapper(this, "pointedEvent", "");
    /** Colours from the theme, read from styled text nodes so the chart follows light and dark. */
    private final Text textColor = styled("swimlane-text");
    private final Text mutedColor = styled("swimlane-muted");
    private final Text stripeColor = styled("swimlane-stripe");
    private final List<Mark> marks = new ArrayList<>();
    private Lanes lanes = Lanes.of(List.of(), MAX_LANES, "", "");
    private double viewStart;
    private double viewEnd;
    private double dragFromX = Double.NaN;

    private record Mark(double x, double y, TimelineEvent event) {
    }

    SwimlaneChart(ObservableList<TimelineEvent> events, ObjectProperty<TimelineEvent> selected, ZoneId zone,
                  Locale locale, String othersLane, String withoutPersonLane,
                  java.util.function.UnaryOperator<String> quote) {
        this.quote = quote;
        this.events = events;
        this.selected = selected;
        this.othersLane = othersLane;
        this.withoutPersonLane = withoutPersonLane;
        this.ticks = new TimeTicks(zone, locale);
        this.hoverFormat = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale);
        getStyleClass().add("swimlane");
        getChildren().addAll(canvas, textColor, mutedColor, stripeColor);
        textColor.setManaged(false);
        mutedColor.setManaged(false);
        stripeColor.setManaged(false);
        setMinHeight(140);
        setPrefHeight(260);
        events.addListener((ListChangeListener<TimelineEvent>) c -> {
            computeLanes();
            fit();
        });
        selected.addListener((obs, old, now) -> {
            reveal(now);
            draw();
        });
        canvas.setOnScroll(e -> {
            double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
            zoom(factor, e.getX());
            e.consume();
        });
        canvas.setOnMousePressed(e -> dragFromX = e.getX());
        canvas.setOnMouseDragged(e -> {
            if (!Double.isNaN(dragFromX)) {
                double seconds = (dragFromX - e.getX()) * secondsPerPixel();
                viewStart += seconds;
                viewEnd += seconds;
                dragFromX = e.getX();
                draw();
            }
        });
        canvas.setOnMouseReleased(e -> dragFromX = Double.NaN);
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            if (e.getClickCount() == 2) {
                fit();
            } else {
                Mark m = nearest(e.getX(), e.getY());
                if (m != null) {
                    selected.set(m.event());
                }
            }
        });
        canvas.setOnMouseMoved(e -> {
            Mark m = nearest(e.getX(), e.getY());
            pointed.set(m == null ? "" : hoverFormat.format(m.event().time()) + " \u00b7 " + People.name(m.event().actor())
                    + (m.event().key().isEmpty() ? "" : " \u00b7 " + quote.apply(m.event().key())));
        });
        canvas.setOnMouseExited(e -> pointed.set(""));
        computeLanes();
        fit();
    }

    /** A line describing the event under the pointer (empty when there is none). */
    ReadOnlyStringProperty pointedEventProperty() {
        return pointed.getReadOnlyProperty();
    }

    /** Shows the whole span of the events shown. */
    void fit() {
        if (events.isEmpty()) {
            viewStart = Instant.now().getEpochSecond() - 86400;
            viewEnd = viewStart + 2 * 86400;
        } else {
            double first = seconds(events.get(0));
            double last = seconds(events.get(events.size() - 1));
            double margin = Math.max(3600, (last - first) * 0.03);
            viewStart = first - margin;
            viewEnd = last + margin;
        }
        draw();
    }

    /** Zooms by a factor around the given x position (1/factor more detail when below 1). */
    void zoom(double factor, double aroundX) {
        double anchor = timeAt(aroundX);
        double span = Math.max(600, (viewEnd - viewStart) * factor);
        double share = (anchor - viewStart) / (viewEnd - viewStart);
        viewStart = anchor - share * span;
        viewEnd = viewStart + span;
        draw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void computeLanes() {
        lanes = Lanes.of(events, MAX_LANES, othersLane, withoutPersonLane);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        marks.clear();
        if (w < LABEL_WIDTH + 50 || h < AXIS_HEIGHT + 20 || lanes.size() == 0) {
            return;
        }
        double laneHeight = (h - AXIS_HEIGHT) / lanes.size();
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lanes.size(); i++) {
            if (i % 2 == 0) {
                g.setFill(stripeColor.getFill());
                g.fillRect(0, i * laneHeight, w, laneHeight);
            }
            g.setFill(textColor.getFill());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(clip(lanes.labels().get(i), 24), 8, i * laneHeight + laneHeight / 2);
        }
        drawAxis(g, w, h);
        g.save();
        g.beginPath();
        g.rect(LABEL_WIDTH, 0, w - LABEL_WIDTH, h - AXIS_HEIGHT);
        g.clip();
        TimelineEvent chosen = selected.get();
        if (chosen != null) {
            drawAudience(g, chosen, laneHeight);
        }
        int plotWidth = (int) Math.ceil(w - LABEL_WIDTH) + 1;
        // With many events, several fall on the same pixel: each lane, pixel and kind is drawn once.
        boolean[] drawn = new boolean[lanes.size() * plotWidth * EventKind.values().length];
        // Marks that would cover each other in a lane step up and down, so every kind stays visible.
        double[] lastX = new double[lanes.size()];
        int[] stack = new int[lanes.size()];
        java.util.Arrays.fill(lastX, Double.NEGATIVE_INFINITY);
        for (TimelineEvent e : events) {
            double x = xOf(seconds(e));
            if (x < LABEL_WIDTH - MARK_RADIUS || x > w + MARK_RADIUS) {
                continue;
            }
            int lane = lanes.of(e.actor());
            if (lane < 0) {
                continue;
            }
            int px = (int) Math.max(0, Math.min(plotWidth - 1, x - LABEL_WIDTH));
            int slot = (lane * plotWidth + px) * EventKind.values().length + e.kind().ordinal();
            if (drawn[slot]) {
                continue;
            }
            drawn[slot] = true;
            stack[lane] = x - lastX[lane] < MARK_RADIUS * 1.6 ? stack[lane] + 1 : 0;
            lastX[lane] = x;
            double y = lane * laneHeight + laneHeight / 2 + offset(stack[lane], laneHeight);
            KindMarks.draw(g, e.kind(), x, y, MARK_RADIUS);
            marks.add(new Mark(x, y, e));
        }
        if (chosen != null) {
            marks.stream().filter(m -> m.event().equals(chosen)).findFirst().ifPresent(m -> {
                g.setStroke(textColor.getFill());
                g.setLineWidth(2);
                g.strokeOval(m.x() - MARK_RADIUS - 4, m.y() - MARK_RADIUS - 4, 2 * MARK_RADIUS + 8, 2 * MARK_RADIUS + 8);
            });
        }
        g.restore();
    }

    /** 0, up, down, further up, further down … within the lane. */
    private static double offset(int stacked, double laneHeight) {
        if (stacked == 0) {
            return 0;
        }
        double step = Math.min(MARK_RADIUS, laneHeight / 4);
        int level = (stacked + 1) / 2;
        return (stacked % 2 == 1 ? -1 : 1) * Math.min(level * step, laneHeight / 2 - 2);
    }

    /** A dashed line from the chosen event down or up to the lane of everyone it went to. */
    private void drawAudience(GraphicsContext g, TimelineEvent e, double laneHeight) {
        int from = lanes.of(e.actor());
        if (from < 0) {
            return;
        }
        double x = xOf(seconds(e));
        g.setStroke(mutedColor.getFill());
        g.setLineWidth(1.2);
        g.setLineDashes(4, 4);
        for (String person : e.audience()) {
            int to = lanes.of(person);
            if (to >= 0 && to != from) {
                double y = to * laneHeight + laneHeight / 2;
                g.strokeLine(x, from * laneHeight + laneHeight / 2, x, y);
                g.setFill(mutedColor.getFill());
                g.fillOval(x - 3, y - 3, 6, 6);
            }
        }
        g.setLineDashes((double[]) null);
    }

    private void drawAxis(GraphicsContext g, double w, double h) {
        double top = h - AXIS_HEIGHT;
        g.setStroke(mutedColor.getFill());
        g.setLineWidth(1);
        g.strokeLine(LABEL_WIDTH, top, w, top);
        g.setFill(mutedColor.getFill());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (TimeTicks.Tick tick : ticks.between(viewStart, viewEnd, secondsPerPixel())) {
            double x = xOf(tick.epochSecond());
            g.strokeLine(x, 0, x, top + 4);
            g.fillText(tick.label(), x, top + AXIS_HEIGHT / 2 + 2);
        }
    }

    /** Moves the view so the chosen event is inside it, keeping the zoom. */
    private void reveal(TimelineEvent e) {
        if (e == null) {
            return;
        }
        double t = seconds(e);
        if (t < viewStart || t > viewEnd) {
            double span = viewEnd - viewStart;
            viewStart = t - span / 2;
            viewEnd = t + span / 2;
        }
    }

    private Mark nearest(double x, double y) {
        Mark best = null;
        double bestDistance = (MARK_RADIUS + 4) * (MARK_RADIUS + 4);
        for (Mark m : marks) {
            double d = (m.x() - x) * (m.x() - x) + (m.y() - y) * (m.y() - y);
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private double secondsPerPixel() {
        return (viewEnd - viewStart) / Math.max(1, canvas.getWidth() - LABEL_WIDTH);
    }

    private double xOf(double seconds) {
        return LABEL_WIDTH + (seconds - viewStart) / secondsPerPixel();
    }

    private double timeAt(double x) {
        return viewStart + (Math.max(LABEL_WIDTH, x) - LABEL_WIDTH) * secondsPerPixel();
    }

    private static double seconds(TimelineEvent e) {
        return e.time().toEpochSecond();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static Text styled(String styleClass) {
        Text text = new Text();
        text.getStyleClass().add(styleClass);
        text.setVisible(false);
        return text;
    }
}
