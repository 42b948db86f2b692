package app.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dossier}: without a subcommand the launcher opens the window, so here it only explains itself. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false)
final class RootCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }
}
