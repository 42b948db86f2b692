package app.dossier.ui.briefing;

import app.dossier.brief.BriefingOptions;
import app.dossier.brief.BriefingSection;
import app.dossier.brief.Paper;
import app.dossier.brief.Redactions;
import app.dossier.i18n.Messages;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the user chose for the next briefing: its language, paper, sections, the exhibits by number
 * (empty: the default choice) and the strings to redact; read into {@link BriefingOptions}, or a
 * sentence saying what is wrong. Holds no nodes.
 */
public final class BriefingChoices {
    private final ObjectProperty<Locale> language;
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final Map<BriefingSection, BooleanProperty> sections = new EnumMap<>(BriefingSection.class);
    private final StringProperty redactions = new SimpleStringProperty(this, "redactions", "");
    private final StringProperty exhibits = new SimpleStringProperty(this, "exhibits", "");

    /** Every section on; the briefing in German when the window is, else in English. */
    BriefingChoices(Locale windowLanguage) {
        this.language = new SimpleObjectProperty<>(this, "language",
                windowLanguage.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH);
        for (BriefingSection s : BriefingSection.values()) {
            sections.put(s, new SimpleBooleanProperty(this, s.id(), true));
        }
    }

    /** The options as chosen; empty after telling {@code problem} what is wrong, in {@code text}'s language. */
    Optional<BriefingOptions> read(Messages text, Consumer<String> problem) {
        Set<BriefingSection> chosen = new LinkedHashSet<>();
        sections.forEach((s, on) -> {
            if (on.get()) {
                chosen.add(s);
            }
        });
        Set<Integer> numbers = new LinkedHashSet<>();
        String list = exhibits.get() == null ? "" : exhibits.get().strip();
        if (!list.isEmpty()) {
            for (String part : list.split("[,;\\s]+")) {
                if (!part.matches("\\d{1,6}") || Integer.parseInt(part) < 1) {
                    problem.accept(text.format("briefing.error.exhibits", part));
                    return Optional.empty();
                }
                numbers.add(Integer.parseInt(part));
            }
        }
        if (chosen.isEmpty()) {
            problem.accept(text.get("briefing.error.noSection"));
            return Optional.empty();
        }
        return Optional.of(new BriefingOptions(language.get(), paper.get(), chosen, numbers,
                Redactions.parse(redactions.get() == null ? "" : redactions.get())));
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty sectionProperty(BriefingSection section) {
        return sections.get(section);
    }

    /** One string or address per line; lines starting with # are comments. */
    public StringProperty redactionsProperty() {
        return redactions;
    }

    /** Exhibit numbers separated by commas, semicolons or spaces; empty for the default choice. */
    public StringProperty exhibitsProperty() {
        return exhibits;
    }
}
