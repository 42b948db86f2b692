package app.dossier.cli;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The case argument and its password, shared by every command that works on a case. */
final class CaseOptions {
    @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "cli.option.case")
    Path casePath;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile")
    Path passwordFile;

    /** The password from {@code --password-file} (its first line), or none. */
    char[] password(Messages messages) {
        if (passwordFile == null) {
            return new char[0];
        }
        try {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new UserInputException(messages.format("cli.error.passwordFileEmpty", passwordFile));
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UserInputException(messages.format("cli.error.passwordFileUnreadable", passwordFile));
        }
    }

    /** Opens the case, asking on the terminal for a password when it is encrypted and none was given. */
    OpenCase open(CaseService cases, Messages messages) {
        char[] password = password(messages);
        if (password.length == 0 && cases.needsPassword(casePath)) {
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("%s", messages.format("cli.prompt.password", casePath));
                password = typed == null ? new char[0] : typed;
            }
        }
        return cases.open(casePath, password);
    }
}
