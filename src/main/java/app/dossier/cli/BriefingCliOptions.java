package app.dossier.cli;

import app.dossier.brief.BriefingOptions;
import app.dossier.brief.BriefingSection;
import app.dossier.brief.Paper;
import app.dossier.brief.Redactions;
import app.dossier.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --lang}, {@code --paper}, {@code --sections}, {@code --redact}: what a briefing holds, for brief and bundle. */
final class BriefingCliOptions {
    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "cli.option.briefLang")
    String language;

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "cli.option.paper")
    String paper = "a4";

    @Option(names = "--sections", paramLabel = "LIST", split = ",", descriptionKey = "cli.option.sections")
    java.util.List<String> sections;

    @Option(names = "--redact", paramLabel = "FILE", descriptionKey = "cli.option.redact")
    Path redact;

    @Option(names = "--exhibits", paramLabel = "LIST", split = ",", descriptionKey = "cli.option.exhibits")
    java.util.List<String> exhibits;

    BriefingOptions options(Messages messages) {
        String lang = language == null ? (Locale.getDefault().getLanguage().equals("de") ? "de" : "en") : language;
        if (!lang.equals("de") && !lang.equals("en")) {
            throw new UserInputException(messages.format("cli.error.language", lang));
        }
        Paper chosenPaper = Paper.byId(paper).orElseThrow(() ->
                new UserInputException(messages.format("cli.error.paper", paper)));
        Set<BriefingSection> chosen = EnumSet.noneOf(BriefingSection.class);
        if (sections == null || sections.isEmpty()) {
            chosen = BriefingSection.all();
        } else {
            for (String s : sections) {
                chosen.add(BriefingSection.byId(s).orElseThrow(() ->
                        new UserInputException(messages.format("cli.error.section", s, ids()))));
            }
        }
        Redactions redactions = Redactions.NONE;
        if (redact != null) {
            try {
                redactions = Redactions.parse(Files.readString(redact, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserInputException(messages.format("cli.error.redactFile", redact));
            }
        }
        Set<Integer> numbers = new java.util.TreeSet<>();
        if (exhibits != null) {
            for (String e : exhibits) {
                if (!e.strip().matches("\\d{1,6}") || Integer.parseInt(e.strip()) < 1) {
                    throw new UserInputException(messages.format("cli.error.exhibit", e));
                }
                numbers.add(Integer.parseInt(e.strip()));
            }
        }
        return new BriefingOptions(Locale.forLanguageTag(lang), chosenPaper, chosen, numbers, redactions);
    }

    private static String ids() {
        return String.join(", ", BriefingSection.all().stream().map(BriefingSection::id).toList());
    }
}
