package app.dossier.ui.briefing;

import app.dossier.brief.PdfPreview;
import app.dossier.ui.tasks.TaskRunner;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The page preview of a made briefing: which page, the zoom, and that page drawn by PDFBox on
 * the quick lane (a page takes a moment; the window must not wait for it). Only the shown page is drawn.
 */
public final class PagePreviewModel {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3;

    private final TaskRunner tasks;
    private final Consumer<Throwable> failure;
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final ObjectProperty<Double> zoom = new SimpleObjectProperty<>(this, "zoom", 1.0);
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(this, "pages", 0);
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>(this, "pageImage");
    private PdfPreview preview;

    PagePreviewModel(TaskRunner tasks, Consumer<Throwable> failure) {
        this.tasks = tasks;
        this.failure = failure;
        page.addListener((obs, old, now) -> render());
        zoom.addListener((obs, old, now) -> render());
    }

    /** Shows a new PDF from its first page. */
    void show(byte[] pdf) {
        clear();
        preview = new PdfPreview(pdf);
        pages.set(preview.pages());
        if (page.get() == 0) {
            render();
        } else {
            page.set(0);
        }
    }

    void clear() {
        if (preview != null) {
            PdfPreview old = preview;
            preview = null;
            synchronized (old) {
                old.close();
            }
        }
        pages.set(0);
        pageImage.set(null);
    }

    public void nextPage() {
        page.set(Math.min(pages.get() - 1, page.get() + 1));
    }

    public void previousPage() {
        page.set(Math.max(0, page.get() - 1));
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25));
    }

    private void render() {
        PdfPreview shown = preview;
        if (shown == null || pages.get() == 0) {
            pageImage.set(null);
            return;
        }
        int index = Math.max(0, Math.min(pages.get() - 1, page.get()));
        float scale = zoom.get().floatValue();
        tasks.quick("activity.previewPage", job -> {
            synchronized (shown) {
                return shown.page(index, scale);
            }
        }, image -> {
            if (shown == preview && index == page.get()) {
                pageImage.set(image);
            }
        }, failure);
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ObjectProperty<Double> zoomProperty() {
        return zoom;
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }
}
