package app.dossier.classify;

import java.nio.file.Path;

/** A tool, not a test: prints leave-one-writer-out for the model alone and as shipped (what ClassifierEvaluationTest checks). */
final class EvaluateWriters {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("training/corpus");
        var sentences = TrainingCorpus.read(corpus);
        var result = args.length > 0 && args[0].equals("trades")
                ? Training.leaveOneTradeOut(sentences, Training.writersOf(corpus), System.out::println)
                : Training.leaveOneWriterOut(sentences, Training.writersOf(corpus), System.out::println);
        System.out.println("model alone:\n" + result.modelAlone().table());
        System.out.println("as shipped:\n" + result.shipped().table());
    }
}
