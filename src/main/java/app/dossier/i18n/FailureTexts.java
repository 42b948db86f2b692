package app.dossier.i18n;

import app.dossier.model.CaseException;
import app.dossier.model.FailureReason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Failures in the user's words: an import failure's stored reason, and whatever a background
 * job threw (details of the latter go to the log, never on screen).
 */
public final class FailureTexts {
    private final Messages messages;

    public FailureTexts(Messages messages) {
        this.messages = messages;
    }

    /**
     * The reason in the user's words. Parameters that only name a Java class (which part of a
     * parser gave up) stay out of the sentence; they are in the stored English reason and the log.
     */
    public String describe(FailureReason reason) {
        String key = switch (reason.code()) {
            case SOURCE_MISSING -> "failure.sourceMissing";
            case SOURCE_UNREADABLE -> "failure.sourceUnreadable";
            case SOURCE_INCOMPLETE -> "failure.sourceIncomplete";
            case READER_FAILED -> "failure.readerFailed";
            case FOLDER_UNREADABLE -> "failure.folderUnreadable";
            case FILE_UNREADABLE -> "failure.fileUnreadable";
            case FILE_EMPTY -> "failure.fileEmpty";
            case UNKNOWN_FORMAT -> "failure.unknownFormat";
            case FILE_TOO_LARGE -> "failure.fileTooLarge";
            case MESSAGE_TOO_LARGE -> "failure.messageTooLarge";
            case EMPTY_MBOX_ENTRY -> "failure.emptyMboxEntry";
            case IMAP_FETCH_FAILED -> "failure.imapFetchFailed";
            case UNREADABLE_ITEM -> "failure.unreadableItem";
            case OUTLOOK_DAMAGED -> "failure.outlookDamaged";
            case NOT_OUTLOOK -> "failure.notOutlook";
            case NOTE_WITHOUT_DATE -> "failure.noteWithoutDate";
            case PARSE_TIMEOUT -> "failure.parseTimeout";
            case SAMPLE_MISSING -> "failure.sampleMissing";
            case TNEF_UNREADABLE -> "failure.tnefUnreadable";
            case PST_ITEM_NO_MAIL -> "failure.pstItemNoMail";
            case PST_ITEM_UNREADABLE -> "failure.pstItemUnreadable";
            case PST_UNREADABLE -> "failure.pstUnreadable";
            case PST_TREE_DAMAGED -> "failure.pstTreeDamaged";
            case TOOL_FOLDER_SKIPPED -> "failure.toolFolderSkipped";
            case NOT_OUTLOOK_ITEM -> "failure.notOutlookItem";
            case LEGACY -> "failure.legacy";
        };
        return messages.format(key, reason.parameters().toArray());
    }

    /** One sentence for a job's failure: what the user can act on, or that details are in the log. */
    public String describe(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof CaseException) && !(cause instanceof IOException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof CaseException e) {
            return new ProblemTexts(messages).describe(e);
        }
        if (cause instanceof NoSuchFileException e) {
            return messages.format("problem.fileMissing", e.getFile());
        }
        if (cause instanceof AccessDeniedException e) {
            return messages.format("problem.accessDenied", e.getFile());
        }
        if (cause instanceof IOException e) {
            return messages.format("problem.io", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (failure instanceof OutOfMemoryError) {
            return messages.get("problem.outOfMemory");
        }
        return messages.get("problem.unexpected");
    }
}
