package app.dossier.i18n;

import app.dossier.model.CaseException;

/** One sentence a user understands for each way a case can fail to open or save. */
public final class ProblemTexts {
    private final Messages messages;

    public ProblemTexts(Messages messages) {
        this.messages = messages;
    }

    public String describe(CaseException e) {
        String key = switch (e.problem()) {
            case NOT_FOUND -> "case.problem.notFound";
            case NOT_A_CASE -> "case.problem.notACase";
            case ALREADY_EXISTS -> "case.problem.alreadyExists";
            case PASSWORD_REQUIRED -> "case.problem.passwordRequired";
            case WRONG_PASSWORD -> "case.problem.wrongPassword";
            case IN_USE -> "case.problem.inUse";
            case NEWER_VERSION -> "case.problem.newerVersion";
            case STORAGE -> "case.problem.storage";
        };
        return messages.format(key, e.location().toString());
    }
}
