package app.dossier.i18n;

import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Says a derived fact in the user's language: times in the local style, kinds by their names. */
public final class FactTexts {
    private final Messages messages;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dayAndTime;

    public FactTexts(Messages messages) {
        this.messages = messages;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());
        this.dayAndTime = DateTimeFormatter.ofPattern("EEE HH:mm", messages.locale());
    }

    public String text(Fact fact) {
        Object[] args = fact.args().stream().map(a -> argument(fact.type(), a)).toArray();
        return messages.format(key(fact.type()), args);
    }

    /** A time as this language writes it (the offset the time was recorded in is kept). */
    public String time(OffsetDateTime time) {
        return dateTime.format(time);
    }

    private Object argument(FactType type, Object value) {
        if (value instanceof OffsetDateTime t) {
            return type == FactType.AFTER_HOURS ? dayAndTime.format(t) : dateTime.format(t);
        }
        if (value instanceof EventKind k) {
            return messages.get(KindTexts.key(k));
        }
        return value;
    }

    static String key(FactType type) {
        return switch (type) {
            case REPLIED_ONLY_TO -> "fact.repliedOnlyTo";
            case RECIPIENTS_DROPPED -> "fact.recipientsDropped";
            case SHOUTING -> "fact.shouting";
            case INSULT -> "fact.insult";
            case AFTER_HOURS -> "fact.afterHours";
            case FORWARDED -> "fact.forwarded";
            case ORAL -> "fact.oral";
            case TIME_FROM_TEXT -> "fact.timeFromText";
            case NO_REQUEST -> "fact.noRequest";
            case REQUESTED -> "fact.requested";
            case REQUESTED_ORALLY -> "fact.requestedOrally";
            case WARNING_ORAL -> "fact.warningOral";
            case WARNING_GIVEN -> "fact.warningGiven";
            case WARNING_REACHED -> "fact.warningReached";
            case WARNING_NOT_REACHED -> "fact.warningNotReached";
            case APPROVED_BEFORE -> "fact.approvedBefore";
            case APPROVAL_AFTER -> "fact.approvalAfter";
            case APPROVAL_NOTED_BEFORE -> "fact.approvalNotedBefore";
            case APPROVAL_CONFIRMED_LATER -> "fact.approvalConfirmedLater";
            case NO_APPROVAL -> "fact.noApproval";
            case ESCALATED -> "fact.escalated";
            case NOT_ESCALATED -> "fact.notEscalated";
            case KIND_SET_BY_YOU -> "fact.kindSetByYou";
            case KIND_LEARNED -> "fact.kindLearned";
            case CORRECTED_BY_YOU -> "fact.correctedByYou";
            case ADDED_BY_HAND -> "fact.addedByHand";
        };
    }
}
