package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.ingest.msg.TnefReader;
import app.dossier.model.EventKind;
import app.dossier.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference story: per message, the labels found against the events its README expects. The
 * hand-written cues were tuned on this story (20 of 26 mails exact); the trained model never saw
 * it and reads 10-11 of 26 exactly, mostly adding a second label to long mails (a warning mail's
 * attack scenario read as an incident, a side remark as blame). The guard sits just below.
 */
class ScenarioClassificationTest {
    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void labelsMatchTheExpectedEventsOfMostMessages(String lang) throws Exception {
        Path scenario = SharedData.scenario();
        String readme = Files.readString(scenario.resolve("README.md"));
        int start = readme.indexOf("```json");
        JsonNode truth = new ObjectMapper().readTree(readme.substring(start + 7, readme.indexOf("```", start + 7)));
        MimeMessageParser parser = new MimeMessageParser(new TnefReader());
        Classifier classifier = new Classifier();
        int exact = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode entry : truth) {
            byte[] mail = Files.readAllBytes(scenario.resolve(entry.get("files").get(lang).asText()));
            var data = parser.parse(mail).data();
            Set<EventKind> expected = EnumSet.noneOf(EventKind.class);
            entry.get("events").forEach(e -> expected.add(EventKind.valueOf(e.asText())));
            expected.remove(EventKind.MEETING); // the timeline recognises invitations, not the classifier
            if (expected.isEmpty()) {
                expected.add(EventKind.OTHER);
            }
            Set<EventKind> actual = classifier.classify(lang, data.subject(), data.text()).labels();
            if (actual.equals(expected)) {
                exact++;
            } else {
                report.append(entry.get("n").asInt()).append(": expected ").append(expected).append(" got ")
                        .append(actual).append('\n');
            }
        }
        System.out.println(lang + ": " + exact + " of 26 messages labelled exactly\n" + report);
        assertThat(exact).as(report.toString()).isGreaterThanOrEqualTo(8);
    }
}
