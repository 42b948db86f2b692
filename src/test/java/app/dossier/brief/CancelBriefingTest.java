package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A briefing being drawn stops at the next page when asked to. */
class CancelBriefingTest {
    @Test
    void drawingStopsAtTheNextPage() {
        StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>t</title></head><body>");
        for (int i = 0; i < 40; i++) {
            html.append("<p style=\"page-break-before: always; font-family: 'DejaVu Sans'\">page ").append(i).append("</p>");
        }
        html.append("</body></html>");
        AtomicInteger asked = new AtomicInteger();
        BriefingProgress stopAfterThree = new BriefingProgress() {
            @Override
            public void done(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 3;
            }
        };
        assertThatThrownBy(() -> new PdfWriter().write(html.toString(), "test", stopAfterThree, document -> { }))
                .isInstanceOf(CancellationException.class);
        assertThat(asked.get()).isEqualTo(4);
    }

    @Test
    void drawingReportsProgressPageByPage() {
        StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>t</title></head><body>");
        for (int i = 0; i < 10; i++) {
            String breaks = i == 0 ? "" : "page-break-before: always; ";
            html.append("<p style=\"").append(breaks).append("font-family: 'DejaVu Sans'\">page ").append(i).append("</p>");
        }
        html.append("</body></html>");
        java.util.List<Double> reported = new java.util.ArrayList<>();
        PdfWriter.Written written = new PdfWriter().write(html.toString(), "test", reported::add, document -> { });
        assertThat(written.pages()).isEqualTo(10);
        assertThat(reported).hasSize(10).isSorted();
        assertThat(reported.get(0)).isGreaterThan(0.6);
        assertThat(reported.get(9)).isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-9));
    }
}
