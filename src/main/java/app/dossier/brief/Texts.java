package app.dossier.brief;

import app.dossier.i18n.FactTexts;
import app.dossier.i18n.KindTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.PhraseCategory;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The briefing's words in its own language (which need not be the app's). */
final class Texts {
    private final Messages messages;
    private final FactTexts facts;
    private final DateTimeFormatter dateTime;

    Texts(Locale language) {
        this.messages = new Messages(language);
        this.facts = new FactTexts(messages);
        this.dateTime = DateTimeFormatter.ofPattern(messages.get("brief.format.dateTime"), messages.locale());
    }

    Locale locale() {
        return messages.locale();
    }

    String get(String key) {
        return messages.get(key);
    }

    String format(String key, Object... args) {
        return messages.format(key, args);
    }

    /** Date and time with the offset it was written in: a lawyer must see which clock it was. */
    String time(OffsetDateTime time) {
        return time == null ? "" : dateTime.format(time);
    }

    String kind(EventKind kind) {
        return messages.get(KindTexts.key(kind));
    }

    String fact(Fact fact) {
        return facts.text(fact);
    }

    String category(PhraseCategory category) {
        return switch (category) {
            case THEIR_WORDS -> messages.get("brief.category.theirWords");
            case MY_WARNING -> messages.get("brief.category.myWarning");
            case APPROVAL -> messages.get("brief.category.approval");
            case THREAT -> messages.get("brief.category.threat");
            case INSTRUCTION -> messages.get("brief.category.instruction");
            case ADMISSION_RISK -> messages.get("brief.category.admissionRisk");
            case CUSTOM -> messages.get("brief.category.custom");
        };
    }

    static String kindClass(EventKind kind) {
        return "k-" + kind.name().toLowerCase(Locale.ROOT);
    }

    static String categoryClass(PhraseCategory category) {
        return "c-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
