package app.dossier.classify;

/** For looking into sentences: the labels each gets as mail text. java -cp … app.dossier.classify.ExplainText LANG TEXT… */
public final class ExplainText {
    private ExplainText() {
    }

    public static void main(String[] args) {
        Classifier c = new Classifier();
        for (int i = 1; i < args.length; i++) {
            var result = c.classify(args[0], "", args[i]);
            System.out.println(result.labels() + " | " + args[i]);
            for (var e : result.evidence()) {
                System.out.printf("    %-9s %.2f%n", e.label(), e.score());
            }
        }
    }
}
