package app.dossier.classify;

import app.dossier.model.EventKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tool, not a test: chooses the confidence below which a reading of the model alone stays a
 * candidate instead of an event on the timeline (app.dossier.timeline.Candidates, docs/decisions/0034).
 * Each writer group is labeled by a model trained on the other groups only (the folds of
 * leave-one-writer-out); over all labels, the out-of-fold readings are put in bands of probability
 * from the label's threshold up, and the precision of each band is printed. The chosen value is the
 * lowest band edge from which every band above holds at least {@link #RIGHT_MORE_OFTEN} right
 * readings: a reading shown as a fact-like event should be right more often than not on unseen writers.
 * The same edge is printed with wrong readings on OTHER sentences weighed by how much more common such
 * sentences are in whole mails, and the precision of cue labels that the model does not back (printed
 * for the decision; tried as candidates and dropped). With {@code mail}: the bands on whole mails.
 */
final class CandidateThreshold {
    static final double RIGHT_MORE_OFTEN = 0.5;
    private static final double[] EDGES = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.01};

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("mail")) {
            mail();
            return;
        }
        Path corpus = Path.of("training/corpus");
        List<TrainingSentence> sentences = TrainingCorpus.read(corpus);
        Map<String, String> writers = Training.writersOf(corpus);
        Map<String, List<TrainingSentence>> groups = new TreeMap<>();
        sentences.forEach(s -> groups.computeIfAbsent(writers.getOrDefault(s.trade(), s.trade()), g -> new ArrayList<>()).add(s));
        ModelTrainer trainer = Training.trainer(writers);
        int bands = EDGES.length - 1;
        int[][] right = new int[LabelModel.LABELS.size()][bands];
        int[][] said = new int[LabelModel.LABELS.size()][bands];
        int[][] wrongOnOther = new int[LabelModel.LABELS.size()][bands];
        int[] cueSaid = new int[2];
        int[] cueRight = new int[2];
        int[] cueWrongOnOther = new int[2];
        Map<String, Lexicon> lexicons = Map.of("en", Lexicon.load("en"), "de", Lexicon.load("de"));
        for (var held : groups.entrySet()) {
            List<TrainingSentence> rest = sentences.stream()
                    .filter(s -> !writers.getOrDefault(s.trade(), s.trade()).equals(held.getKey())).toList();
            LabelModel model = trainer.train(rest);
            SentenceFeatures features = new SentenceFeatures(new Stems(model.compoundParts()));
            for (TrainingSentence s : held.getValue()) {
                Lexicon lexicon = lexicons.getOrDefault(s.lang(), lexicons.get("en"));
                RuleScores rules = RuleScores.of(lexicon, s.text());
                double[] p = model.probabilities(features.of(s.lang(), s.text(), rules));
                for (int l = 0; l < p.length; l++) {
                    double from = Math.max(model.threshold(l), Combination.SHIPPED.floor()[l]);
                    boolean cue = rules.score(LabelModel.LABELS.get(l).name()) >= Combination.SHIPPED.cueThreshold()
                            && p[l] >= Combination.SHIPPED.cueNeedsModel();
                    if (cue) {
                        int band = p[l] >= from ? 1 : 0; // the cues against the model, or with it
                        cueSaid[band]++;
                        cueRight[band] += s.labels().contains(LabelModel.LABELS.get(l)) ? 1 : 0;
                        cueWrongOnOther[band] += !s.labels().contains(LabelModel.LABELS.get(l)) && isOther(s) ? 1 : 0;
                    }
                    if (p[l] < from) {
                        continue;
                    }
                    for (int b = 0; b < bands; b++) {
                        if (p[l] >= EDGES[b] && p[l] < EDGES[b + 1]) {
                            said[l][b]++;
                            right[l][b] += s.labels().contains(LabelModel.LABELS.get(l)) ? 1 : 0;
                            wrongOnOther[l][b] += isOther(s) ? 1 : 0;
                        }
                    }
                }
            }
            System.out.println("fold " + held.getKey() + " done");
        }
        System.out.println("band          all labels   " + String.join("  ", LabelModel.LABELS.stream()
                .map(k -> String.format(Locale.ROOT, "%-9s", k)).toList()));
        // Mail has more OTHER sentences than the corpus: a wrong reading on an OTHER sentence counts
        // as often as OTHER sentences are more frequent in mail (odds ratio of the two shares).
        double corpusOther = sentences.stream().filter(CandidateThreshold::isOther).count() / (double) sentences.size();
        double mailOther = mailOtherShare();
        double weight = (mailOther / (1 - mailOther)) / (corpusOther / (1 - corpusOther));
        System.out.printf(Locale.ROOT, "OTHER sentences: corpus %.2f, whole mails %.2f; wrong readings on them weigh %.2f%n",
                corpusOther, mailOther, weight);
        double chosen = EDGES[bands];
        double chosenForMail = EDGES[bands];
        for (int b = bands - 1; b >= 0; b--) {
            int r = 0;
            int n = 0;
            double wrongWeighed = 0;
            StringBuilder per = new StringBuilder();
            for (int l = 0; l < right.length; l++) {
                r += right[l][b];
                n += said[l][b];
                wrongWeighed += (said[l][b] - right[l][b] - wrongOnOther[l][b]) + weight * wrongOnOther[l][b];
                per.append(String.format(Locale.ROOT, "%4d/%-4d  ", right[l][b], said[l][b]));
            }
            double precision = n == 0 ? 1 : r / (double) n;
            double inMail = r + wrongWeighed == 0 ? 1 : r / (r + wrongWeighed);
            System.out.printf(Locale.ROOT, "[%.2f, %.2f)  %.2f (%4d)  in mail %.2f   %s%n", EDGES[b], EDGES[b + 1], precision, n,
                    inMail, per);
            if (precision >= RIGHT_MORE_OFTEN && chosen == EDGES[b + 1]) {
                chosen = EDGES[b];
            }
            if (inMail >= RIGHT_MORE_OFTEN && chosenForMail == EDGES[b + 1]) {
                chosenForMail = EDGES[b];
            }
        }
        System.out.printf(Locale.ROOT, "right more often than not: on the corpus from %.2f, in mail (OTHER weighed) from %.2f%n",
                chosen, chosenForMail);
        for (int band = 0; band < 2; band++) {
            double wrong = cueSaid[band] - cueRight[band] - cueWrongOnOther[band] + weight * cueWrongOnOther[band];
            System.out.printf(Locale.ROOT, "a cue label where the model is %s its threshold: right %d of %d (%.2f), in mail %.2f%n",
                    band == 0 ? "below" : "at or above", cueRight[band], cueSaid[band],
                    cueSaid[band] == 0 ? 0 : cueRight[band] / (double) cueSaid[band], cueRight[band] / (cueRight[band] + wrong));
        }
    }

    private CandidateThreshold() {
    }

    private static boolean isOther(TrainingSentence s) {
        return s.labels().stream().allMatch(l -> l == EventKind.OTHER);
    }

    /**
     * The share of OTHER sentences in whole mails: the dev set and heldout 1–6, each mail's own text
     * split as the classifier splits it, one key sentence per label the mail has (a lower bound of its
     * key sentences, so the share is if anything too high by a little).
     */
    private static double mailOtherShare() throws java.io.IOException {
        int sentences = 0;
        int keys = 0;
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : wholeMails()) {
            var mail = json.readTree(line);
            int n = SentenceSplitter.split(OwnText.of(mail.get("text").asText()), Classifier.MAX_SENTENCES).size();
            int k = 0;
            for (var l : mail.get("labels")) {
                k += l.asText().equals("OTHER") ? 0 : 1;
            }
            sentences += Math.max(n, k);
            keys += k;
        }
        return 1 - keys / (double) sentences;
    }

    private static List<String> wholeMails() throws java.io.IOException {
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(Path.of("../shared/labeled/dev.jsonl")));
        for (String h : List.of("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")) {
            lines.addAll(java.nio.file.Files.readAllLines(Path.of("src/test/resources/app/dossier/classify/" + h + ".jsonl")));
        }
        lines.removeIf(String::isBlank);
        return lines;
    }

    /**
     * The same bands on whole mails, where most sentences are OTHER (the corpus holds far fewer): the
     * dev set and heldout 1–6, read by the built-in model, which never saw them; each label a mail gets
     * from the model alone is counted in the band of its surest sentence. heldout7 is left out (never
     * tuned on).
     */
    private static void mail() throws Exception {
        List<String> lines = wholeMails();
        Classifier classifier = new Classifier();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int bands = EDGES.length - 1;
        int[] right = new int[bands];
        int[] said = new int[bands];
        String probability = app.dossier.model.Reason.of("reason.probability");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            var mail = json.readTree(line);
            java.util.Set<EventKind> truth = java.util.EnumSet.noneOf(EventKind.class);
            mail.get("labels").forEach(l -> truth.add(EventKind.valueOf(l.asText())));
            Classification c = classifier.classify(mail.get("lang").asText(), mail.path("subject").asText(""),
                    mail.get("text").asText());
            for (EventKind label : c.labels()) {
                var surest = c.evidence().stream().filter(e -> e.label() == label)
                        .max(java.util.Comparator.comparingDouble(Classification.Evidence::score));
                if (surest.isEmpty() || surest.get().reasons().isEmpty()
                        || !surest.get().reasons().get(0).startsWith(probability)) {
                    continue; // a cue or a rule decided: not what the threshold is about
                }
                for (int b = 0; b < bands; b++) {
                    if (surest.get().score() >= EDGES[b] && surest.get().score() < EDGES[b + 1]) {
                        said[b]++;
                        right[b] += truth.contains(label) ? 1 : 0;
                    }
                }
            }
        }
        double chosen = EDGES[bands];
        for (int b = bands - 1; b >= 0; b--) {
            double precision = said[b] == 0 ? 1 : right[b] / (double) said[b];
            System.out.printf(Locale.ROOT, "[%.2f, %.2f)  %.2f (%d of %d)%n", EDGES[b], EDGES[b + 1], precision, right[b], said[b]);
            if (precision >= RIGHT_MORE_OFTEN && chosen == EDGES[b + 1]) {
                chosen = EDGES[b];
            }
        }
        System.out.printf(Locale.ROOT, "whole mails: a label of the model alone is right more often than not from %.2f%n", chosen);
    }
}
