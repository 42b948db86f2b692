package app.dossier.bench;

import app.dossier.brief.Briefing;
import app.dossier.brief.BriefingOptions;
import app.dossier.brief.BriefingProgress;
import app.dossier.brief.BriefingService;
import app.dossier.brief.Paper;
import app.dossier.brief.QuoteCardSource;
import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.PathReader;
import app.dossier.ingest.source.SampleSource;
import app.dossier.mailbox.MessageService;
import app.dossier.store.CaseStores;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The briefing of a large case: about 3,000 timeline events from 1,500 generated mails, 300 of them
 * chosen as exhibits, every section on; then the sample case's briefing. The case is made once
 * (import and the first timeline build are not timed); the briefing is timed from reading the
 * case to the finished PDF. Run by bench/briefing.sh.
 */
public final class BriefingBenchmark {
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ROOT);

    private BriefingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/dossier-brief-bench");
        Files.createDirectories(work);
        Clock clock = Clock.systemUTC();
        CaseService cases = new CaseService(new CaseStores(clock));
        TimelineService timelines = new TimelineService(new Classifier(), clock);
        BriefingService briefings = new BriefingService(timelines, new MessageService(ZoneId.of("Europe/Berlin")),
                QuoteCardSource.NONE, clock);
        Path large = work.resolve("large.dossier");
        if (!Files.exists(large)) {
            Path mbox = work.resolve("large.mbox");
            write(mbox, 1500); // about 3,000 events
            try (OpenCase open = cases.create(large, "Benchmark: Portal GmbH ./. Kunde AG", null)) {
                new ImportService(clock, ZoneId.of("Europe/Berlin")).importSources(open.store(),
                        List.of(new PathReader(mbox)), ImportListener.NONE, new AtomicBoolean());
                timelines.build(open.store()); // stores the analyses, as the first look at the timeline does
            }
        }
        try (OpenCase open = cases.open(large, new char[0])) {
            Timeline timeline = timelines.build(open.store());
            Set<Integer> exhibits = new TreeSet<>();
            for (int n = 1; exhibits.size() < 300; n += 3) {
                exhibits.add(n);
            }
            for (int run = 1; run <= 2; run++) {
                long t0 = System.nanoTime();
                Briefing b = briefings.make(open, BriefingOptions.defaults(Locale.ENGLISH, Paper.A4).withExhibits(exhibits),
                        BriefingProgress.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                Files.write(work.resolve("large.pdf"), b.pdf());
                System.out.printf(Locale.ROOT, "large case, run %d: %.1f s, %,d pages (%.0f pages/s), %,d events, "
                        + "%d exhibits, %.1f MB PDF%n", run, s, b.pages(), b.pages() / s, timeline.events().size(),
                        b.exhibits(), b.pdf().length / 1e6);
            }
        }
        Path sample = work.resolve("sample-" + System.nanoTime() + ".dossier");
        try (OpenCase open = cases.create(sample, "Kessler", null)) {
            new ImportService(clock, ZoneId.of("Europe/Berlin")).importSources(open.store(),
                    List.of(new SampleSource("en")), ImportListener.NONE, new AtomicBoolean());
            for (int run = 1; run <= 3; run++) {
                long t0 = System.nanoTime();
                Briefing b = briefings.make(open, BriefingOptions.defaults(Locale.ENGLISH, Paper.A4), BriefingProgress.NONE);
                System.out.printf(Locale.ROOT, "sample case, run %d: %.1f s, %d pages%s%n", run,
                        (System.nanoTime() - t0) / 1e9, b.pages(), run == 1 ? " (first timeline build of the case included)" : "");
            }
        }
        System.out.printf(Locale.ROOT, "heap pools' peaks summed %d MB (max heap %d MB)%n",
                ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Mails of a long dispute: requests, warnings, approvals and changes among a dozen people. */
    public static void write(Path file, int count) throws IOException {
        String[] people = {"Anna Nowak", "Björn Sørensen", "Γιώργος Παπαδόπουλος", "Ольга Иванова", "Jonas Becker",
                "Miriam Vogt", "Markus Wendt", "Claire Dubois", "Łukasz Wiśniewski", "Petra Öztürk", "Sam Lee", "Eva Král"};
        OffsetDateTime start = OffsetDateTime.parse("2025-01-06T09:00:00+01:00");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String from = people[i % people.length];
                String to = people[(i * 7 + 3) % people.length];
                String cc = people[(i * 5 + 1) % people.length];
                OffsetDateTime when = start.plusHours(5L * i);
                out.write("From " + mail(from) + " Mon Jan  6 09:00:00 2025\n");
                out.write("From: " + from + " <" + mail(from) + ">\n");
                out.write("To: " + to + " <" + mail(to) + ">\n");
                out.write("Cc: " + cc + " <" + mail(cc) + ">\n");
                out.write("Subject: Portal change " + (i / 4) + ": session timeout and lockout\n");
                out.write("Date: " + RFC.format(when) + "\n");
                out.write("Message-ID: <bench-" + i + "@example.org>\n");
                if (i % 4 != 0) {
                    out.write("In-Reply-To: <bench-" + (i - i % 4) + "@example.org>\n");
                }
                out.write("Content-Type: text/plain; charset=utf-8\n\n");
                out.write("Hello " + to.split(" ")[0] + ",\n\n");
                out.write("Could you please switch off the account lockout for team " + i + " by Friday?\n\n");
                out.write("I must warn you that without the lockout a single leaked password is enough to read "
                        + "all customer data of the portal.\n\n");
                out.write("We confirm the change for team " + i + " as requested in your mail.\n\n");
                if (i % 25 == 0) { // changes are rare: most mails argue about them
                    out.write("The configuration change was applied at 19:42 and the portal was restarted.\n\n");
                }
                for (int p = 0; p < 6; p++) {
                    out.write("Background " + p + ": the back office logs in several times a day; the shift change "
                            + "makes shared accounts lock each other out, and the help desk spends an hour a day on "
                            + "unlocking them. Ticket KES-" + (1000 + i) + " holds the details.\n\n");
                }
                out.write("Kind regards\n" + from + "\n\n");
            }
        }
    }

    private static String mail(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "");
        String local = ascii.isBlank() ? "person" + Math.abs(name.hashCode()) : ascii.toLowerCase(Locale.ROOT).strip().replace(' ', '.');
        return local + "@example.org";
    }
}
