package app.dossier.ui.tasks;

import app.dossier.i18n.FailureTexts;
import app.dossier.i18n.Messages;

/** A problem as one sentence in the user's language: what was being done, and what went wrong. */
public final class ProblemTextsView {
    private final Messages messages;
    private final FailureTexts failures;

    public ProblemTextsView(Messages messages) {
        this.messages = messages;
        this.failures = new FailureTexts(messages);
    }

    public String describe(Problem problem) {
        return messages.format("problems.line", messages.get(problem.activityKey()), failures.describe(problem.failure()));
    }
}
