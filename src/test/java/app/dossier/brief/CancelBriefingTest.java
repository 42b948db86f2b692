package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A briefing stops soon when asked to: while its pages are drawn, and in the middle of laying out a long table. */
class CancelBriefingTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path temp;

    @Test
    void layoutOfALongTableStopsWithinASecond() {
        StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>t</title></head><body style=\"font-family: 'DejaVu Sans'\">");
        html.append("<table><thead><tr><th>n</th><th>text</th></tr></thead><tbody>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<tr><td>").append(i).append("</td><td>a row of a long table, laid out before any page is drawn</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        long[] askedToStop = {0};
        AtomicInteger pagesAsked = new AtomicInteger();
        // The stop is asked for at the 2,000th check, not after a time: the layout checks at every text
        // (40,000 here), so the request falls in the layout however fast the machine is.
        BriefingProgress stopSoon = new BriefingProgress() {
            private int checks;

            @Override
            public void done(double fraction) {
                pagesAsked.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                if (askedToStop[0] == 0 && ++checks >= 2_000) {
                    askedToStop[0] = System.nanoTime();
                }
                return askedToStop[0] != 0;
            }
        };
        assertThatThrownBy(() -> new PdfWriter().render(html.toString(), "test", stopSoon))
                .isInstanceOf(CancellationException.class);
        double after = (System.nanoTime() - askedToStop[0]) / 1e9;
        assertThat(askedToStop[0]).as("asked while laying out").isNotZero();
        assertThat(pagesAsked.get()).as("stopped in the layout, before any page was drawn").isZero();
        assertThat(after).as("seconds from the request to the stop").isLessThan(1.0);
    }

    @Test
    void aLargeBriefingStopsMidWay() throws Exception {
        java.nio.file.Path mbox = temp.resolve("large.mbox");
        app.dossier.bench.BriefingBenchmark.write(mbox, 200);
        app.dossier.cases.CaseService cases = new app.dossier.cases.CaseService(
                new app.dossier.store.CaseStores(java.time.Clock.systemUTC()));
        try (app.dossier.cases.OpenCase open = cases.create(temp.resolve("large.dossier"), "Large", null)) {
            app.dossier.testing.TestCases.importer().importSources(open.store(),
                    java.util.List.of(new app.dossier.ingest.source.PathReader(mbox)),
                    app.dossier.ingest.ImportListener.NONE, new java.util.concurrent.atomic.AtomicBoolean());
            app.dossier.timeline.TimelineService timelines = new app.dossier.timeline.TimelineService(
                    new app.dossier.classify.Classifier(), java.time.Clock.systemUTC());
            BriefingService service = new BriefingService(timelines,
                    new app.dossier.mailbox.MessageService(app.dossier.testing.TestCases.BERLIN), QuoteCardSource.NONE,
                    java.time.Clock.systemUTC());
            long[] askedToStop = {0};
            double[] reached = {0};
            BriefingProgress stopOnceDrawing = new BriefingProgress() {
                @Override
                public synchronized void done(double fraction) {
                    if (fraction > 0.6 && askedToStop[0] == 0) { // the first part is drawn, the others are not
                        reached[0] = fraction;
                        askedToStop[0] = System.nanoTime();
                    }
                }

                @Override
                public synchronized boolean cancelled() {
                    return askedToStop[0] != 0;
                }
            };
            assertThatThrownBy(() -> service.make(open,
                    BriefingOptions.defaults(java.util.Locale.ENGLISH, Paper.A4), stopOnceDrawing))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("cancelled");
            assertThat(reached[0]).as("stopped mid-way").isLessThan(0.9);
            assertThat((System.nanoTime() - askedToStop[0]) / 1e9).as("seconds from the request to the stop")
                    .isLessThan(1.5);
        }
    }

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
