package app.dossier.cli;

import app.dossier.classify.Training;
import app.dossier.classify.TrainingCorpus;
import app.dossier.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier train [--corpus DIR] [--out FILE] [--evaluate]}: trains the classifier's model
 * from the labeled corpus of the repository and writes it where the build takes it from, so a
 * model is reproduced offline from the repository alone. {@code --evaluate} first prints the
 * leave-one-trade-out figures.
 */
@Command(name = "train")
final class TrainCommand implements Callable<Integer> {
    private final Messages messages;

    @Option(names = "--corpus", paramLabel = "DIR", descriptionKey = "cli.option.trainCorpus")
    Path corpus = Path.of("training/corpus");

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.option.trainOut")
    Path out = Path.of("src/main/resources/app/dossier/classify/model.bin");

    @Option(names = "--evaluate", descriptionKey = "cli.option.trainEvaluate")
    boolean evaluate;

    @Spec
    CommandSpec spec;

    TrainCommand(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (evaluate) {
                stdout.println(messages.get("cli.train.evaluating"));
                var sentences = TrainingCorpus.read(corpus);
                var writers = Training.writersOf(corpus);
                java.util.function.Consumer<String> progress = line -> {
                    stdout.println(line);
                    stdout.flush();
                };
                Training.Evaluation trades = Training.leaveOneTradeOut(sentences, writers, progress);
                stdout.println(messages.get("cli.train.tradeOutAlone"));
                stdout.print(trades.modelAlone().table());
                stdout.println(messages.get("cli.train.tradeOutShipped"));
                stdout.print(trades.shipped().table());
                Training.Evaluation byWriter = Training.leaveOneWriterOut(sentences, writers, progress);
                stdout.println(messages.get("cli.train.writerOutAlone"));
                stdout.print(byWriter.modelAlone().table());
                stdout.println(messages.get("cli.train.writerOutShipped"));
                stdout.print(byWriter.shipped().table());
            }
            Training.Result result = Training.train(corpus, out);
            stdout.println(messages.format("cli.train.done", result.sentences(), result.features(), result.bytes(),
                    result.checksum(), result.model().toString()));
            return ExitCode.OK;
        } catch (TrainingCorpus.BadCorpusException e) {
            throw new UserInputException(messages.format("cli.train.badCorpus", e.getMessage()));
        } catch (IOException e) {
            throw new UserInputException(messages.format("cli.train.cannotWrite", out.toString(), e.getMessage()));
        }
    }
}
