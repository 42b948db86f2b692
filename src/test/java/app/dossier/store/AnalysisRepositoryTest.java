package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import app.dossier.model.MessageAnalysis;
import app.dossier.model.MessageAnalysis.Finding;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored findings come back exactly as they were saved, whatever characters their sentences hold. */
class AnalysisRepositoryTest {
    @TempDir
    Path temp;

    @Test
    void findingsSurviveTheRoundTripAndADamagedRowReadsAsNothingFound() throws Exception {
        try (CaseStore store = TestCases.withSyntheticMail(temp, 3, 7)) {
            List<Long> ids = new TimelineSource(store).messages().stream().map(TimelineSource.MessageRow::id).toList();
            assertThat(ids).hasSize(3);
            List<Finding> findings = List.of(
                    new Finding(EventKind.WARNING, "Bitte NICHT abschalten: \"Das ist gefährlich\" \\ sagt\n\tSicherheit — Ж ω 日本 😀",
                            0.8734567890123, List.of("probability 87 %", "words \"nicht\" + \"abschalten\"")),
                    new Finding(EventKind.APPROVAL, "Fine, do it then.", 1.0E-7, List.of()));
            AnalysisRepository repository = new AnalysisRepository(store);
            repository.saveAll(List.of(
                    new MessageAnalysis(ids.get(0), "v1", findings, "Bitte NICHT abschalten", List.of("idiot"), true, false),
                    new MessageAnalysis(ids.get(1), "v1", List.of(), "", List.of(), false, true),
                    new MessageAnalysis(ids.get(2), "v1", findings, "", List.of(), false, false)));
            store.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE message_analysis SET findings = '[{\"label\":\"NO_SUCH_KIND\"' WHERE message_id = " + ids.get(2)));

            Map<Long, MessageAnalysis> read = repository.current("v1");

            assertThat(read.get(ids.get(0)).findings()).isEqualTo(findings);
            assertThat(read.get(ids.get(0)).insults()).containsExactly("idiot");
            assertThat(read.get(ids.get(1)).findings()).isEmpty();
            assertThat(read.get(ids.get(1)).invitation()).isTrue();
            assertThat(read.get(ids.get(2)).findings()).as("a damaged row").isEmpty();
            assertThat(repository.findingsOf(ids)).containsEntry(ids.get(0), findings);
            assertThat(repository.current("v2")).isEmpty();
        }
    }
}
