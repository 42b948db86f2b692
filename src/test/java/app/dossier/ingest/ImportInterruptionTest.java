package app.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.app.Launcher;
import app.dossier.ingest.source.PathReader;
import app.dossier.model.ImportProgress;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.store.IntegrityCheck;
import app.dossier.store.MessageSearch;
import app.dossier.testing.SyntheticMailbox;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled or killed import leaves a consistent case, and importing again completes it without duplicates. */
class ImportInterruptionTest {
    @TempDir
    Path temp;

    @Test
    void cancelledImportIsConsistentAndCompletesOnReimport() throws Exception {
        Path mbox = temp.resolve("box.mbox");
        SyntheticMailbox.write(mbox, 4000, 1);
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            AtomicBoolean cancel = new AtomicBoolean();
            ImportSummary first = TestCases.importer().importSources(store, List.of(new PathReader(mbox)),
                    new ImportListener() {
                        @Override
                        public void progress(ImportProgress progress) {
                            if (progress.items() >= 800) {
                                cancel.set(true);
                            }
                        }
                    }, cancel);
            assertThat(first.cancelled()).isTrue();
            assertThat(first.imported()).isBetween(1L, 3999L);
            assertThat(new IntegrityCheck(store).run()).isEmpty();

            ImportSummary second = TestCases.importPaths(store, mbox);
            assertThat(second.imported()).isEqualTo(4000 - first.imported());
            assertThat(second.duplicates()).isEqualTo(first.imported());
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isEqualTo(4000);
            assertThat(new MessageSearch(store).search("token3999x", 10)).hasSize(1);
        }
    }

    @Test
    void importKilledWithSigkillLeavesACaseThatOpensChecksAndCompletes() throws Exception {
        Path mbox = temp.resolve("big.mbox");
        int total = 12000;
        SyntheticMailbox.write(mbox, total, 2);
        Path casePath = temp.resolve("case");
        TestCases.create(casePath).close();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Ddossier.home=" + temp.resolve("home"), "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "import", casePath.toString(), mbox.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long delay = 1500 + random.nextInt(2500);
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
                child.waitFor(30, TimeUnit.SECONDS);
            }
            try (CaseStore store = TestCases.open(casePath)) {
                assertThat(new IntegrityCheck(store).run()).as("round %d, seed %d", round, seed).isEmpty();
                assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages"))
                        .isEqualTo(TestCases.count(store, "SELECT COUNT(*) FROM originals"));
            }
        }
        try (CaseStore store = TestCases.open(casePath)) {
            ImportSummary rest = TestCases.importPaths(store, mbox);
            assertThat(rest.failed()).isZero();
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).as("seed %d", seed).isEqualTo(total);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM originals")).isEqualTo(total);
            assertThat(new IntegrityCheck(store).run()).isEmpty();
            assertThat(new MessageSearch(store).search("token" + (total - 1) + "x", 10)).hasSize(1);
            assertThat(new MessageSearch(store).search("token0x", 10)).hasSize(1);
        }
    }
}
