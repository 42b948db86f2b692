package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.SourceReader;
import app.dossier.model.ImportFailure;
import app.dossier.model.ImportSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier import CASE SOURCE...}: the last line on stdout is "imported N, duplicates D, failed F". */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {
    private final CaseService cases;
    private final ImportService imports;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE", descriptionKey = "cli.option.source")
    List<Path> sources;

    @Option(names = "--stats", descriptionKey = "cli.option.stats")
    boolean stats;

    @Option(names = "--keep-pst-under", paramLabel = "MB", descriptionKey = "cli.option.keepPst", defaultValue = "50")
    long keepPstMegabytes;

    @Spec
    CommandSpec spec;

    private final java.util.function.BiFunction<Path, Long, SourceReader> readerFor;

    ImportCommand(CaseService cases, ImportService imports, Messages messages,
                  java.util.function.BiFunction<Path, Long, SourceReader> readerFor) {
        this.readerFor = readerFor;
        this.cases = cases;
        this.imports = imports;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path source : sources) {
            if (!java.nio.file.Files.exists(source)) {
                throw new UserInputException(messages.format("cli.import.missingSource", source));
            }
        }
        long started = System.nanoTime();
        try (OpenCase open = caseOptions.open(cases, messages); HeapSampler heap = new HeapSampler()) {
            List<SourceReader> readers = new ArrayList<>();
            if (keepPstMegabytes < 0) {
                throw new UserInputException(messages.format("cli.import.badKeepPst", keepPstMegabytes));
            }
            long keepPstBytes = keepPstMegabytes * 1024 * 1024;
            sources.forEach(p -> readers.add(readerFor.apply(p, keepPstBytes)));
            AtomicBoolean cancel = new AtomicBoolean();
            Thread hook = new Thread(() -> cancel.set(true));
            Runtime.getRuntime().addShutdownHook(hook);
            ImportSummary summary;
            try {
                summary = imports.importSources(open.store(), readers, new ImportListener() {
                    @Override
                    public void progress(app.dossier.model.ImportProgress progress) {
                        // The CLI stays quiet while working; --stats reports at the end.
                    }

                    @Override
                    public void skipped(ImportFailure notice) {
                        err.println(messages.format("cli.import.skipped", notice.source().describe(), notice.reason()));
                    }

                    @Override
                    public void failed(ImportFailure failure) {
                        err.println(messages.format("cli.import.failed", failure.source().describe(),
                                new app.dossier.i18n.FailureTexts(messages).describe(failure.reason())));
                    }
                }, cancel);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
            }
            if (stats) {
                double seconds = (System.nanoTime() - started) / 1e9;
                long items = summary.imported() + summary.duplicates() + summary.failed();
                out.printf(java.util.Locale.ROOT, "stats: %d items, %.1f MB in %.1f s, %.0f items/s, %.1f MB/s, peak heap %d MB%n",
                        items, summary.bytes() / 1e6, seconds, items / seconds, summary.bytes() / 1e6 / seconds,
                        heap.peakMegabytes());
            }
            out.println(summary.line());
            return summary.failed() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
        }
    }
}
