package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.store.OriginalRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier export CASE --message ID|SHA256 -o FILE}: writes an original byte for byte.
 * A SHA-256 names one original; a message number or Message-ID names a message, whose
 * best-evidenced original is written.
 */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {
    private final CaseService cases;
    private final Messages messages;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--message", required = true, paramLabel = "ID|SHA256", descriptionKey = "cli.option.message")
    String message;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.option.output")
    Path output;

    @Spec
    CommandSpec spec;

    ExportCommand(CaseService cases, Messages messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        try (OpenCase open = caseOptions.open(cases, messages)) {
            OriginalRepository originals = new OriginalRepository(open.store());
            long originalId = resolve(originals).orElseThrow(() ->
                    new UserInputException(messages.format("cli.export.notFound", message)));
            Path parent = output.toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
                Path temp = Files.createTempFile(parent, ".dossier-export", ".tmp");
                String sha;
                try (OutputStream out = Files.newOutputStream(temp)) {
                    sha = originals.copyTo(originalId, out);
                }
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getOut().println(messages.format("cli.export.done", output, sha));
                if (originals.format(originalId).filter("PST_ITEM"::equals).isPresent()) {
                    // Said where the file is written: a converted item must not pass for the exact bytes.
                    spec.commandLine().getOut().println(messages.get("cli.export.converted"));
                }
            } catch (IOException e) {
                throw new UserInputException(messages.format("cli.export.cannotWrite", output,
                        app.dossier.ingest.source.Reasons.of(e)));
            }
        }
        return ExitCode.OK;
    }

    private Optional<Long> resolve(OriginalRepository originals) {
        String value = message.strip();
        if (value.matches("(?i)[0-9a-f]{64}")) {
            return originals.findBySha(value.toLowerCase(java.util.Locale.ROOT));
        }
        if (value.matches("\\d{1,18}")) {
            Optional<Long> best = originals.bestOfMessage(Long.parseLong(value));
            if (best.isPresent()) {
                return best;
            }
        }
        List<Long> byHeader = originals.messagesWithHeaderId(value);
        return byHeader.isEmpty() ? Optional.empty() : originals.bestOfMessage(byHeader.get(0));
    }
}
