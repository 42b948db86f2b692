package app.dossier.ingest.msg;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;

/**
 * Tells an Outlook item from the other OLE2 files that share its first bytes. A Word or Excel
 * file renamed .msg used to come out as an empty mail without sender, date or body; for evidence
 * a clear refusal is better than an empty message that looks real.
 */
final class OleContainer {
    /** Raised for an OLE2 file that holds no Outlook item; the message says what it is instead. */
    static final class NotOutlookException extends Exception {
        private static final long serialVersionUID = 1L;

        NotOutlookException(String message) {
            super(message);
        }
    }

    private OleContainer() {
    }

    static void refuseIfNotOutlook(DirectoryNode root) throws NotOutlookException {
        Set<String> names = new HashSet<>();
        boolean mapi = false;
        for (Entry entry : root) {
            String name = entry.getName();
            names.add(name.toLowerCase(Locale.ROOT));
            if (name.startsWith("__substg1.0_") || name.startsWith("__properties_version1.0")
                    || name.startsWith("__recip_version1.0_") || name.startsWith("__attach_version1.0_")
                    || name.startsWith("__nameid_version1.0")) {
                mapi = true;
            }
        }
        if (mapi) {
            return;
        }
        String what;
        if (names.contains("worddocument")) {
            what = "a Word document (.doc)";
        } else if (names.contains("workbook") || names.contains("book")) {
            what = "an Excel workbook (.xls)";
        } else if (names.contains("powerpoint document")) {
            what = "a PowerPoint file (.ppt)";
        } else if (names.contains("visiodocument")) {
            what = "a Visio drawing (.vsd)";
        } else {
            what = "an OLE2 file of another program";
        }
        throw new NotOutlookException("not an Outlook item: the file is " + what + ", whatever its name says");
    }
}
