package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.i18n.Messages;
import app.dossier.i18n.ProblemTexts;
import app.dossier.ingest.ImportService;
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

    public DossierCli(Messages messages, CaseService cases, ImportService imports) {
        this.messages = messages;
        add("new", new NewCommand(cases, messages), "cli.new.description");
        add("info", new InfoCommand(cases, messages), "cli.info.description");
        add("import", new ImportCommand(cases, imports, messages), "cli.import.description");
        add("export", new ExportCommand(cases, messages), "cli.export.description");
        add("sample", new SampleCommand(cases, imports, messages), "cli.sample.description");
        add("check", new CheckCommand(cases, messages), "cli.check.description");
        app.dossier.classify.Classifier classifier = new app.dossier.classify.Classifier();
        add("classify", new ClassifyCommand(classifier, messages, () -> System.in), "cli.classify.description");
        add("train", new TrainCommand(messages), "cli.train.description");
        add("timeline", new TimelineCommand(cases, new app.dossier.timeline.TimelineService(classifier, java.time.Clock.systemDefaultZone()), messages),
                "cli.timeline.description");
    }

    /** For tests: the same command line reading classify input from {@code input}. */
    DossierCli withClassifyInput(java.util.function.Supplier<java.io.InputStream> input) {
        subcommands.put("classify", new ClassifyCommand(new app.dossier.classify.Classifier(), messages, input));
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
