package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.i18n.Messages;
import app.dossier.i18n.ProblemTexts;
import app.dossier.classify.Classifier;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.PathReader;
import app.dossier.ingest.source.SourceReader;
import app.dossier.timeline.TimelineService;
import java.nio.file.Path;
import java.util.function.Function;
import app.dossier.model.CaseException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The command line: builds the picocli tree from the services it is given and turns every
 * failure into one line on stderr and an {@link ExitCode}.
 */
public final class DossierCli {
    private static final Logger LOG = Logger.getLogger(DossierCli.class.getName());

    private final Messages messages;
    private final Map<String, Object> subcommands = new LinkedHashMap<>();
    private final Map<String, String> descriptionKeys = new LinkedHashMap<>();

    private final CaseService cases;
    private final ImportService imports;
    private final Classifier classifier;

    /** The services come from the composition root, the same ones the window uses. */
    public DossierCli(Messages messages, CaseService cases, ImportService imports, Classifier classifier,
                      TimelineService timelines, app.dossier.keyphrases.KeyPhraseService phrases,
                      app.dossier.brief.BriefingService briefing, app.dossier.brief.bundle.BundleWriter bundles) {
        this.messages = messages;
        this.cases = cases;
        this.imports = imports;
        this.classifier = classifier;
        add("new", new NewCommand(cases, messages, (open, me) -> phrases.setMe(open, me)), "cli.new.description");
        add("info", new InfoCommand(cases, timelines, phrases, messages), "cli.info.description");
        add("import", new ImportCommand(cases, imports, messages, PathReader::new), "cli.import.description");
        add("export", new ExportCommand(cases, messages), "cli.export.description");
        add("sample", new SampleCommand(cases, imports, messages,
                (open, language) -> app.dossier.keyphrases.SamplePhrases.tag(phrases, open, language)),
                "cli.sample.description");
        add("check", new CheckCommand(cases, messages), "cli.check.description");
        add("classify", new ClassifyCommand(classifier, messages, () -> System.in), "cli.classify.description");
        add("messages", new MessagesCommand(cases, new app.dossier.mailbox.MessageListing(java.time.ZoneId.systemDefault()),
                messages), "cli.messages.description");
        add("timeline", new TimelineCommand(cases, timelines, messages), "cli.timeline.description");
        add("phrases", new PhrasesCommand(cases, phrases, messages), "cli.phrases.description");
        add("tag", new TagCommand(cases, phrases, messages), "cli.tag.description");
        add("brief", new BriefCommand(cases, briefing, messages), "cli.brief.description");
        add("bundle", new BundleCommand(cases, bundles, messages), "cli.bundle.description");
        add("verify", new VerifyCommand(messages), "cli.verify.description");
        add("train", new TrainCommand(messages), "cli.train.description");
    }

    /** For tests: the same command line reading classify input from {@code input}. */
    DossierCli withClassifyInput(java.util.function.Supplier<java.io.InputStream> input) {
        subcommands.put("classify", new ClassifyCommand(classifier, messages, input));
        return this;
    }

    /** For tests: {@code import} reads each source with {@code readers} (e.g. a reader that fails part-way). */
    DossierCli withSourceReaders(Function<Path, SourceReader> readers) {
        subcommands.put("import", new ImportCommand(cases, imports, messages, (path, keep) -> readers.apply(path)));
        return this;
    }

    private void add(String name, Object command, String descriptionKey) {
        subcommands.put(name, command);
        descriptionKeys.put(name, descriptionKey);
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine root = new CommandLine(new RootCommand());
        root.getCommandSpec().usageMessage().description(messages.get("cli.description"));
        subcommands.forEach((name, command) -> {
            CommandLine sub = new CommandLine(command);
            sub.getCommandSpec().usageMessage().description(messages.get(descriptionKeys.get(name)));
            // Every subcommand answers --help with its usage, before its required parameters are checked.
            sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description(messages.get("cli.option.help")).build());
            root.addSubcommand(name, sub);
        });
        root.setResourceBundle(messages.bundle());
        root.setOut(out);
        root.setErr(err);
        root.setParameterExceptionHandler((ParameterException e, String[] a) -> {
            err.println("dossier: " + e.getMessage());
            err.println(messages.get("cli.error.seeHelp"));
            return ExitCode.USAGE_OR_CASE;
        });
        root.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CaseException caseProblem) {
                LOG.log(Level.FINE, "case problem", e);
                err.println("dossier: " + new ProblemTexts(messages).describe(caseProblem));
                return ExitCode.USAGE_OR_CASE;
            }
            if (e instanceof UserInputException input) {
                err.println("dossier: " + input.getMessage());
                return ExitCode.USAGE_OR_CASE;
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            err.println("dossier: " + messages.format("cli.error.internal", e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage())));
            return ExitCode.INTERNAL;
        });
        int code = root.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
