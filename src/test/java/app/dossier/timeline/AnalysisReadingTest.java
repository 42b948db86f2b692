package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.model.MessageAnalysis;
import app.dossier.store.AnalysisRepository;
import app.dossier.store.CaseStore;
import app.dossier.store.TimelineSource;
import app.dossier.store.TimelineSource.MessageRow;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading threads, over more messages than a chunk, read and store each message once, as reading one by one does. */
class AnalysisReadingTest {
    @TempDir
    Path temp;

    @Test
    void severalChunksGiveWhatReadingEachMessageAloneGives() throws Exception {
        try (CaseStore store = TestCases.withSyntheticMail(temp, 600, 5)) {
            MessageReader reader = new MessageReader(new Classifier());
            TimelineSource source = new TimelineSource(store);
            List<MessageRow> messages = source.messages();
            assertThat(messages).hasSize(600);
            List<Long> progress = new CopyOnWriteArrayList<>();

            Map<Long, MessageAnalysis> read = new AnalysisReading(reader).analyses(store, source, messages,
                    (done, total) -> progress.add(done));

            Map<Long, MessageAnalysis> stored = new AnalysisRepository(store).current(reader.version());
            Map<Long, String> texts = source.texts(messages.stream().map(MessageRow::id).toList());
            assertThat(read).hasSize(messages.size());
            assertThat(stored).hasSize(messages.size());
            int labelled = 0;
            for (MessageRow m : messages) {
                MessageAnalysis alone = reader.read(m.id(), m.subject(), texts.getOrDefault(m.id(), ""), m.bulk());
                assertThat(read.get(m.id())).as("message %d as read", m.id()).isEqualTo(alone);
                assertThat(stored.get(m.id())).as("message %d as stored", m.id()).isEqualTo(alone);
                labelled += alone.findings().isEmpty() ? 0 : 1;
            }
            assertThat(labelled).as("messages with findings").isGreaterThan(0);
            assertThat(progress).containsExactly(250L, 500L, 600L); // chunks of 250, the last one short
        }
    }
}
