package org.speakup.engine.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.speakup.engine.DearManPart;
import org.speakup.engine.model.FeatureVector;
import org.speakup.engine.model.HandFeatures;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Compares ways of deciding the DEAR MAN parts: trained on the training split, scored (F1 of "yes") on the held-out
 * situations and, as totals only, on each challenge set. Run with
 * {@code ./mvnw -q exec:java -Dexec.mainClass=org.speakup.engine.training.DearManProbe -Dexec.classpathScope=test}.
 */
public final class DearManProbe {

    private DearManProbe() {}

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        SituationSplit split = SituationSplit.of(Corpus.training());
        Map<String, List<LabelledReply>> sets = new LinkedHashMap<>();
        sets.put("held-out", split.heldOut());
        for (Path file : Corpus.CHALLENGE_FILES) {
            sets.put(file.getFileName().toString().replace(".jsonl", ""), Corpus.challenge(file));
        }
        List<LabelledReply> train = split.train();
        List<FeatureVector> trainFeatures = Vocabulary.pruned(Featurizer.of(train), Vocabulary.MIN_REPLIES);
        Map<String, List<FeatureVector>> setFeatures = new LinkedHashMap<>();
        sets.forEach((name, replies) -> setFeatures.put(name, Featurizer.of(replies)));

        Map<String, UnaryOperator<FeatureVector>> views = new LinkedHashMap<>();
        views.put("all", v -> v);
        if (args.length < 3 || !args[2].equals("all-only")) {
            views.put("no-emb", v -> new FeatureVector(new float[v.embedding().length], v.hand(), v.words()));
            views.put("no-words", v -> new FeatureVector(v.embedding(), v.hand(), List.of()));
        }
        double[] cs = args.length > 0 ? parse(args[0]) : new double[] {4, 1};
        double[] thresholds = {0.2, 0.3, 0.4, 0.5};
        for (DearManPart part : DearManPart.values()) {
            System.out.println("== " + part.label());
            String rule = Map.of(
                            DearManPart.DESCRIBE, "m_fact",
                            DearManPart.EXPRESS, "m_i_statement",
                            DearManPart.ASSERT, "m_clear_request",
                            DearManPart.REINFORCE, "m_benefit",
                            DearManPart.NEGOTIATE, "m_compromise")
                    .get(part);
            int ruleIndex = HandFeatures.NAMES.indexOf(rule);
            StringBuilder ruleLine = new StringBuilder(String.format(Locale.ROOT, "%-22s", "rule " + rule));
            sets.forEach((name, replies) -> {
                Confusion c = new Confusion(List.of("yes", "no"));
                List<FeatureVector> f = setFeatures.get(name);
                for (int i = 0; i < replies.size(); i++) {
                    c.add(
                            yesNo(replies.get(i).dearMan().contains(part)),
                            yesNo(f.get(i).hand()[ruleIndex] > 0));
                }
                ruleLine.append(String.format(
                        Locale.ROOT, " %s %.3f(p%.2f r%.2f)", name, c.f1(0), c.precision(0), c.recall(0)));
            });
            System.out.println(ruleLine);
            for (var view : views.entrySet()) {
                for (double c : cs) {
                    Map<String, Model<Label>> byWriter = new LinkedHashMap<>();
                    for (String writer : writers(train)) {
                        List<LabelledReply> others = new ArrayList<>();
                        List<FeatureVector> otherFeatures = new ArrayList<>();
                        for (int i = 0; i < train.size(); i++) {
                            if (!writerOf(train.get(i)).equals(writer)) {
                                others.add(train.get(i));
                                otherFeatures.add(trainFeatures.get(i));
                            }
                        }
                        byWriter.put(writer, fit(others, otherFeatures, part, view.getValue(), c));
                    }
                    Model<Label> model = fit(train, trainFeatures, part, view.getValue(), c);
                    for (double threshold : thresholds) {
                        StringBuilder line = new StringBuilder(
                                String.format(Locale.ROOT, "%-8s C=%-4s t=%.1f   ", view.getKey(), c, threshold));
                        double lowo = 0;
                        for (var entry : byWriter.entrySet()) {
                            Confusion conf = new Confusion(List.of("yes", "no"));
                            for (int i = 0; i < train.size(); i++) {
                                if (!writerOf(train.get(i)).equals(entry.getKey())) {
                                    continue;
                                }
                                var scores = entry.getValue()
                                        .predict(view.getValue()
                                                .apply(trainFeatures.get(i))
                                                .toExample())
                                        .getOutputScores();
                                double yes = scores.containsKey("yes")
                                        ? scores.get("yes").getScore()
                                        : 0;
                                boolean truth = train.get(i).dearMan().contains(part);
                                conf.add(yesNo(truth), yesNo(yes >= threshold));
                                if (args.length > 1
                                        && args[1].equals(part.label())
                                        && truth != (yes >= threshold)
                                        && view.getKey().equals("all")
                                        && threshold == 0.3
                                        && c == cs[0]) {
                                    System.out.printf(
                                            Locale.ROOT,
                                            "  %s %.2f %s [%s] %s%n",
                                            truth ? "MISSED" : "FALSE ",
                                            yes,
                                            train.get(i).style().label(),
                                            train.get(i).id(),
                                            train.get(i).text());
                                }
                            }
                            lowo += conf.f1(0);
                            line.append(String.format(Locale.ROOT, " %s:%.3f", entry.getKey(), conf.f1(0)));
                        }
                        line.append(String.format(Locale.ROOT, " LOWO %.3f |", lowo / byWriter.size()));
                        double sum = 0;
                        for (var set : sets.entrySet()) {
                            Confusion conf = new Confusion(List.of("yes", "no"));
                            List<FeatureVector> f = setFeatures.get(set.getKey());
                            for (int i = 0; i < set.getValue().size(); i++) {
                                var scores = model.predict(
                                                view.getValue().apply(f.get(i)).toExample())
                                        .getOutputScores();
                                double yes = scores.containsKey("yes")
                                        ? scores.get("yes").getScore()
                                        : 0;
                                conf.add(
                                        yesNo(set.getValue().get(i).dearMan().contains(part)), yesNo(yes >= threshold));
                            }
                            sum += conf.f1(0);
                            line.append(String.format(Locale.ROOT, " %s %.3f", set.getKey(), conf.f1(0)));
                        }
                        line.append(String.format(Locale.ROOT, "   mean %.3f", sum / sets.size()));
                        System.out.println(line);
                    }
                }
            }
        }
    }

    private static Model<Label> fit(
            List<LabelledReply> replies,
            List<FeatureVector> features,
            DearManPart part,
            UnaryOperator<FeatureVector> view,
            double c) {
        var examples = new ArrayList<org.tribuo.Example<Label>>();
        for (int i = 0; i < replies.size(); i++) {
            examples.add(view.apply(features.get(i))
                    .toExample(new Label(yesNo(replies.get(i).dearMan().contains(part)))));
        }
        var source = new ListDataSource<>(
                examples, new LabelFactory(), new SimpleDataSourceProvenance("probe", new LabelFactory()));
        return new LibLinearClassificationTrainer(
                        new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), c, 1000, 0.01)
                .train(new MutableDataset<>(source));
    }

    private static String writerOf(LabelledReply reply) {
        return reply.situationKey().substring(0, reply.situationKey().indexOf(':'));
    }

    private static List<String> writers(List<LabelledReply> replies) {
        return replies.stream().map(DearManProbe::writerOf).distinct().sorted().toList();
    }

    private static double[] parse(String list) {
        return java.util.Arrays.stream(list.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
