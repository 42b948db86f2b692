package app.dossier.model;

/**
 * The kinds of facts Dossier derives about an event. Each names a message text; the arguments of
 * a {@link Fact} fill it in, so every front end says the fact in the user's language.
 */
public enum FactType {
    /** A reply that went to one person only: (person, count removed, who). */
    REPLIED_ONLY_TO,
    /** People in copy of the message replied to are missing: (count removed, who). */
    RECIPIENTS_DROPPED,
    SHOUTING,
    /** Insulting words: (the words). */
    INSULT,
    /** Sent early, late or on a weekend: (sent at, in the sender's offset). */
    AFTER_HOURS,
    /** Forwarded: (to whom). */
    FORWARDED,
    /** Said by phone or in person, from the user's note: (the note's title). */
    ORAL,
    /** A change dated by the time the author states: (the stated time). */
    TIME_FROM_TEXT,
    NO_REQUEST,
    /** (count, last requester, last request time). */
    REQUESTED,
    /** (count, who asked): asked by phone or in person, from the user's notes. */
    REQUESTED_ORALLY,
    /** (time, the note): a warning said by phone or in person with the requester there. */
    WARNING_ORAL,
    /** (time, who warned): a warning before a change nobody asked for in writing. */
    WARNING_GIVEN,
    /** (time, who warned). */
    WARNING_REACHED,
    /** (time, who warned). */
    WARNING_NOT_REACHED,
    /** (who, when). */
    APPROVED_BEFORE,
    /** (who, when). */
    APPROVAL_AFTER,
    /** (who, when): an approval the user noted by hand (a call, a meeting), before the change. */
    APPROVAL_NOTED_BEFORE,
    /** (who, when): an approval after the change that confirms an earlier oral one. */
    APPROVAL_CONFIRMED_LATER,
    NO_APPROVAL,
    /** (how, when). */
    ESCALATED,
    NOT_ESCALATED,
    /** (the kind the classifier found). */
    KIND_SET_BY_YOU,
    /** (the kind the classifier found). */
    KIND_LEARNED,
    CORRECTED_BY_YOU,
    ADDED_BY_HAND,
    /** (the candidates, said as "who on when"): no written request for sure, but readings to check. */
    REQUEST_UNSURE,
    /** (the candidates): possible warnings before the change, too uncertain to count. */
    WARNING_UNSURE,
    /** (the candidates): no approval for sure, but readings to check. */
    APPROVAL_UNSURE,
    /** (who, when, the time of the oral approval): a written approval after the change confirming one noted by phone. */
    APPROVAL_CONFIRMS_NOTED,
    /** (the time of the oral approval, who): on a written approval that confirms one given by phone or in person. */
    CONFIRMS_ORAL_APPROVAL,
    /** (who was informed, when): the doer told someone who decides, but only after the change. */
    INFORMED_AFTER,
    /** (the corrected sentence, the kind set there): re-read like the user's decision on a similar sentence. */
    LEARNED_FROM,
    /** (the confirmed sentence): made more certain by the user's confirmation of a similar sentence. */
    SUPPORTED_BY,
    CONFIRMED_BY_YOU,
    /**
     * (the warnings, the requester): sure warnings that went to the requester's side (a colleague, a
     * director, written by one of them) but not plainly to the requester: not found for sure whether
     * they reached the requester.
     */
    WARNING_REACH_UNSURE
}
