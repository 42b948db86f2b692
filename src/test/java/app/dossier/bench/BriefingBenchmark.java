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
 * The briefing of the large case: 3,000 timeline events from 1,000 generated mails, 300 of
 * them chosen as exhibits, every section on (three runs in one JVM, as the app makes them); then an
 * older, larger case of 1,500 mails (about 4,500 events) twice; then the sample case's briefing.
 * Each case is made once (import and the first timeline build are not timed); the briefing is
 * timed from reading the case to the finished PDF, in wall and in CPU seconds. Run by
 * bench/briefing.sh, which also times the cold command line.
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
        // The case: 1,000 mails of three events each; then the older, larger case (1,500 mails, a fourth event in every 25th).
        large(work.resolve("large-3000.dossier"), 1000, true, cases, timelines, briefings, clock, 3);
        if (!Boolean.getBoolean("bench.only3000")) {
            large(work.resolve("large.dossier"), 1500, false, cases, timelines, briefings, clock, 2);
        }
        Path sample = work.resolve("sample-" + System.nanoTime() + ".dossier");
        try (OpenCase open = cases.create(sample, "Kessler", null)) {
            new ImportService(clock, ZoneId.of("Europe/Berlin")).importSources(open.store(),
                    List.of(new SampleSource("en")), ImportListener.NONE, new AtomicBoolean());
            for (int run = 1; run <= 3; run++) {
                Clocks c = Clocks.start();
                Briefing b = briefings.make(open, BriefingOptions.defaults(Locale.ENGLISH, Paper.A4), BriefingProgress.NONE);
                System.out.printf(Locale.ROOT, "sample case, run %d: %s, %d pages%s%n", run, c.stop(), b.pages(),
                        run == 1 ? " (first timeline build of the case included)" : "");
            }
        }
        System.out.printf(Locale.ROOT, "heap pools' peaks summed %d MB (max heap %d MB)%n",
                ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Makes the case once (import and first timeline build not timed), then renders its briefing {@code runs} times. */
    private static void large(Path location, int mails, boolean threeEventsEach, CaseService cases, TimelineService timelines,
                              BriefingService briefings, Clock clock, int runs) throws IOException {
        if (!Files.exists(location)) {
            Path mbox = location.resolveSibling(location.getFileName() + ".mbox");
            write(mbox, mails, threeEventsEach);
            try (OpenCase open = cases.create(location, "Benchmark: Portal GmbH ./. Kunde AG", null)) {
                new ImportService(clock, ZoneId.of("Europe/Berlin")).importSources(open.store(),
                        List.of(new PathReader(mbox)), ImportListener.NONE, new AtomicBoolean());
                timelines.build(open.store()); // stores the analyses, as the first look at the timeline does
            }
        }
        try (OpenCase open = cases.open(location, new char[0])) {
            Timeline timeline = timelines.build(open.store());
            Set<Integer> exhibits = new TreeSet<>();
            for (int n = 1; exhibits.size() < 300; n += 3) {
                exhibits.add(n);
            }
            for (int run = 1; run <= runs; run++) {
                Clocks c = Clocks.start();
                Briefing b = briefings.make(open, BriefingOptions.defaults(Locale.ENGLISH, Paper.A4).withExhibits(exhibits),
                        BriefingProgress.NONE);
                String took = c.stop();
                Files.write(location.resolveSibling(location.getFileName() + ".pdf"), b.pdf());
                System.out.printf(Locale.ROOT, "%s, run %d: %s, %,d pages (%.0f pages/s), %,d events, "
                        + "%d exhibits, %.1f MB PDF%n", location.getFileName(), run, took, b.pages(),
                        b.pages() / c.wall(), timeline.events().size(), b.exhibits(), b.pdf().length / 1e6);
            }
        }
    }

    /** Wall and CPU seconds of this process (all threads, JIT and GC included): the machine is shared. */
    private record Clocks(long wall0, long cpu0, long[] end) {
        static Clocks start() {
            return new Clocks(System.nanoTime(), cpu(), new long[2]);
        }

        String stop() {
            end[0] = System.nanoTime();
            end[1] = cpu();
            return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU", wall(), (end[1] - cpu0) / 1e9);
        }

        double wall() {
            return (end[0] - wall0) / 1e9;
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    /** Mails of a long dispute: requests, warnings, approvals and changes among a dozen people. */
    public static void write(Path file, int count) throws IOException {
        write(file, count, false);
    }

    /**
     * As above; with {@code threeEventsEach} a mail that reports a change does not also approve
     * one, so that every mail gives the timeline exactly three events (1,000 mails: 3,000 events).
     */
    public static void write(Path file, int count, boolean threeEventsEach) throws IOException {
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
                boolean change = i % 25 == 0; // changes are rare: most mails argue about them
                if (!(change && threeEventsEach)) {
                    out.write("We confirm the change for team " + i + " as requested in your mail.\n\n");
                }
                if (change) {
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
