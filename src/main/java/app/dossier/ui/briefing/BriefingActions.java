package app.dossier.ui.briefing;

import app.dossier.brief.BriefingPrinter;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What the section does with a finished PDF outside the window: save, print, open. Run on the worker. */
public interface BriefingActions {
    void save(byte[] pdf, Path target) throws Exception;

    /** True when printed, false when the user cancelled the print dialog. */
    boolean print(byte[] pdf, String jobName) throws Exception;

    void open(byte[] pdf) throws Exception;

    /** The real thing: atomic save, the system print dialog, the system's PDF viewer. */
    static BriefingActions system() {
        return new BriefingActions() {
            @Override
            public void save(byte[] pdf, Path target) throws IOException {
                Path parent = target.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temp = Files.createTempFile(parent, ".dossier-brief", ".part");
                try {
                    Files.write(temp, pdf);
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }

            @Override
            public boolean print(byte[] pdf, String jobName) throws Exception {
                return new BriefingPrinter().print(pdf, jobName) == BriefingPrinter.Outcome.PRINTED;
            }

            @Override
            public void open(byte[] pdf) throws IOException {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    throw new IOException("no PDF viewer can be started from here");
                }
                Path file = Files.createTempFile("dossier-briefing-", ".pdf");
                Files.write(file, pdf);
                file.toFile().deleteOnExit();
                Desktop.getDesktop().open(file.toFile());
            }
        };
    }
}
