package app.dossier.i18n;

import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
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
        String said = messages.format(key(fact.type()), args);
        // A fact that rests on readings nobody has reviewed says so wherever it is shown.
        return fact.unreviewed() ? messages.format("fact.unreviewedSuffix", said) : said;
    }

    /** How sure a reading is and whether it was reviewed, e.g. "not reviewed, 64 % sure". */
    public String review(app.dossier.model.Review review, double confidence) {
        int percent = (int) Math.round(confidence * 100);
        return switch (review) {
            case UNREVIEWED -> messages.format("review.unreviewed", percent);
            case LEARNED -> messages.format("review.learned", percent);
            case CONFIRMED -> messages.get("review.confirmed");
            case CORRECTED -> messages.get("review.corrected");
            case BY_HAND -> messages.get("review.byHand");
        };
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
        if (value instanceof java.util.List<?> candidates) {
            // Readings to check: who, when, what they were read as and how sure.
            return String.join("; ", candidates.stream().filter(TimelineEvent.class::isInstance)
                    .map(TimelineEvent.class::cast).map(c -> messages.format("fact.candidate",
                            c.actor().isEmpty() ? c.summary() : c.actor(), dateTime.format(c.time()),
                            messages.get(KindTexts.key(c.kind())), (int) Math.round(c.confidence() * 100)))
                    .toList());
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
            case REQUEST_UNSURE -> "fact.requestUnsure";
            case WARNING_UNSURE -> "fact.warningUnsure";
            case APPROVAL_UNSURE -> "fact.approvalUnsure";
            case APPROVAL_CONFIRMS_NOTED -> "fact.approvalConfirmsNoted";
            case CONFIRMS_ORAL_APPROVAL -> "fact.confirmsOralApproval";
            case INFORMED_AFTER -> "fact.informedAfter";
            case LEARNED_FROM -> "fact.learnedFrom";
            case SUPPORTED_BY -> "fact.supportedBy";
            case CONFIRMED_BY_YOU -> "fact.confirmedByYou";
            case WARNING_REACH_UNSURE -> "fact.warningReachUnsure";
        };
    }
}
