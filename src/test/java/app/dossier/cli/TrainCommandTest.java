package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    private final CliRunner cli = new CliRunner();

    @Test
    void trainsAModelFromAFolderOfJsonLines(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a-en.jsonl"), """
                {"id":"a-en-1","lang":"en","trade":"a","register":"curt","text":"Approved, go ahead.","labels":["APPROVAL"]}
                {"id":"a-en-2","lang":"en","trade":"a","register":"routine","text":"The invoice is attached.","labels":["OTHER"]}
                """);
        Files.writeString(corpus.resolve("b-de.jsonl"), """
                {"id":"b-de-1","lang":"de","trade":"b","register":"curt","text":"Ist freigegeben, bitte umsetzen.","labels":["APPROVAL"]}
                {"id":"b-de-2","lang":"de","trade":"b","register":"routine","text":"Die Rechnung liegt bei.","labels":[]}
                """);
        Path model = dir.resolve("out/model.bin");
        CliRunner.Result result = cli.run("train", "--corpus", corpus.toString(), "--out", model.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Trained on 4 sentences").contains(model.toString());
        assertThat(Files.size(model)).isPositive();
    }

    @Test
    void aBrokenLineIsOneErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x-en.jsonl"), "{\"id\":\"x-1\",\"text\":\"Hi\",\"labels\":[]}\n{not json\n");
        CliRunner.Result result = cli.run("train", "--corpus", dir.toString(), "--out", dir.resolve("m.bin").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(result.err().strip()).startsWith("dossier: cannot train: ").contains("x-en.jsonl:2").doesNotContain("\n");
        assertThat(dir.resolve("m.bin")).doesNotExist();
    }
}
