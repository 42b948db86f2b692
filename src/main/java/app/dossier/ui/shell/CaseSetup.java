package app.dossier.ui.shell;

import app.dossier.cases.OpenCase;
import java.util.List;

/** What finishes a case the window made, run in the background before it opens. */
public interface CaseSetup {
    /** A new case: {@code me} are the addresses the user gave as their own. */
    void caseMade(OpenCase created, List<String> me);

    /** The sample case, its mail imported, in {@code language}. */
    void sampleMade(OpenCase created, String language);

    CaseSetup NONE = new CaseSetup() {
        @Override
        public void caseMade(OpenCase created, List<String> me) {
        }

        @Override
        public void sampleMade(OpenCase created, String language) {
        }
    };
}
