package app.dossier.cli;

import app.dossier.classify.Classification;
import app.dossier.classify.Classifier;
import app.dossier.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier classify [--lang de|en|auto] < in.jsonl > out.jsonl}: one JSON object per line in
 * ({@code id}, {@code lang}?, {@code subject}?, {@code text}), one out ({@code id}, {@code labels},
 * {@code key}, {@code why}). A bad line is reported on stderr and the rest goes on (exit code 3).
 */
@Command(name = "classify")
final class ClassifyCommand implements Callable<Integer> {
    private final Classifier classifier;
    private final Messages messages;
    private final Supplier<InputStream> input;

    @Option(names = "--lang", paramLabel = "de|en|auto", descriptionKey = "cli.option.classifyLang")
    String language = "auto";

    @Spec
    CommandSpec spec;

    private final app.dossier.i18n.ReasonTexts reasons;

    ClassifyCommand(Classifier classifier, Messages messages, Supplier<InputStream> input) {
        this.classifier = classifier;
        this.messages = messages;
        this.reasons = new app.dossier.i18n.ReasonTexts(messages);
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        if (!language.equals("de") && !language.equals("en") && !language.equals("auto")) {
            throw new UserInputException(messages.format("cli.error.language", language));
        }
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        int number = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(input.get(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode row;
            try {
                row = json.readTree(line);
            } catch (IOException e) {
                err.println("dossier: " + messages.format("cli.classify.badLine", number));
                failed++;
                continue;
            }
            if (!row.isObject() || !row.hasNonNull("text")) {
                err.println("dossier: " + messages.format("cli.classify.noText", number));
                failed++;
                continue;
            }
            String lang = row.hasNonNull("lang") ? row.get("lang").asText() : language;
            Classification result = classifier.classify(lang, row.path("subject").asText(""), row.get("text").asText());
            ObjectNode answer = json.createObjectNode();
            answer.set("id", row.get("id"));
            ArrayNode labels = answer.putArray("labels");
            result.labels().stream().map(Enum::name).sorted().forEach(labels::add);
            answer.put("key", result.keySentence());
            answer.put("why", result.evidence().stream().max(java.util.Comparator.comparingDouble(
                    Classification.Evidence::score)).map(e -> e.label().name() + ": " + reasons.joined(e.reasons()))
                    .orElse(""));
            out.println(json.writeValueAsString(answer));
        }
        out.flush();
        return failed > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
