package app.dossier.i18n;

import app.dossier.model.EventKind;
import app.dossier.model.Reason;
import java.util.List;

/**
 * The reasons behind a reading (see {@link Reason}) in the reader's language: a label named in a
 * reason is said as the kind's name, a probability as a number of the locale. A reason stored as
 * plain text, before reasons were coded, is shown as it is.
 */
public final class ReasonTexts {
    private final Messages messages;

    public ReasonTexts(Messages messages) {
        this.messages = messages;
    }

    public String text(String reason) {
        return Reason.decode(reason).map(this::text).orElse(reason);
    }

    /** The reasons one after the other, as the timeline and the review queue show them. */
    public String joined(List<String> reasons) {
        return String.join("; ", reasons.stream().map(this::text).toList());
    }

    private String text(Reason reason) {
        Object[] arguments = new Object[reason.parameters().size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = argument(reason.parameters().get(i));
        }
        return messages.format(reason.key(), arguments);
    }

    private Object argument(String parameter) {
        if (parameter.startsWith("kind:")) {
            try {
                return messages.get(KindTexts.key(EventKind.valueOf(parameter.substring(5))));
            } catch (IllegalArgumentException e) {
                return parameter.substring(5);
            }
        }
        if (parameter.startsWith("p:")) {
            try {
                return Double.valueOf(parameter.substring(2));
            } catch (NumberFormatException e) {
                return parameter.substring(2);
            }
        }
        return parameter;
    }
}
