package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.i18n.FailureTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.FailureCode;
import app.dossier.model.ImportFailure;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failure reasons in the case: new rows by code, rows of earlier versions (English sentences) read back and translated. */
class StoredFailureReasonsTest {
    @TempDir
    Path temp;

    @Test
    void reasonsAreStoredAsCodesAndThoseOfEarlierVersionsAreShownTranslated() {
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            SourceRef where = SourceRef.file(SourceKind.EML_FILE, "/mail/a.eml");
            try (ImportWriter writer = new ImportWriter(store, java.time.Clock.systemUTC())) {
                writer.write(List.of(), List.of(new ImportFailure(where, FailureCode.FILE_TOO_LARGE, 256)));
            }
            // Two rows as a version before V4 wrote them: only the English sentence.
            store.inTransaction(c -> {
                for (String sentence : List.of("the file is empty", "the tape drive jammed")) {
                    try (var s = c.prepareStatement("INSERT INTO import_failures (occurred_at, kind, location, reason) "
                            + "VALUES (CURRENT_TIMESTAMP, 'EML_FILE', '/mail/old.eml', ?)")) {
                        s.setString(1, sentence);
                        s.executeUpdate();
                    }
                }
                return null;
            });
            assertThat(TestCases.strings(store, "SELECT reason_code FROM import_failures ORDER BY id"))
                    .containsExactly("FILE_TOO_LARGE", null, null);

            List<ImportFailure> read = new MessageRepository(store).failures(10);
            FailureTexts german = new FailureTexts(new Messages(Locale.GERMAN));
            assertThat(read).extracting(f -> german.describe(f.reason())).containsExactly(
                    "von einer früheren Version gespeicherter Grund: the tape drive jammed",
                    "die Datei ist leer",
                    "die Datei ist größer als 256 MB");
        }
    }
}
