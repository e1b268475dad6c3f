package org.speakup.engine.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.speakup.engine.DearManPart;
import org.speakup.engine.model.FeatureVector;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Compares trainers by five-fold cross-validation over whole situations of the training split only. */
public final class Experiment {

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        SituationSplit split = SituationSplit.of(Corpus.training());
        List<LabelledReply> replies = split.train();
        int minReplies = Integer.parseInt(args.length > 0 ? args[0] : String.valueOf(Vocabulary.MIN_REPLIES));
        List<FeatureVector> features = Vocabulary.pruned(Featurizer.of(replies), minReplies);
        Map<String, Supplier<Trainer<Label>>> trainers = new LinkedHashMap<>();
        for (double c : new double[] {4}) {
            trainers.put(
                    "liblinear-C" + c,
                    () -> new LibLinearClassificationTrainer(
                            new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), c, 1000, 0.01));
        }
        Map<String, Function<LabelledReply, String>> targets = new LinkedHashMap<>();
        targets.put("style", r -> r.style().label());
        targets.put("istmt", r -> String.valueOf(r.iStatement()));
        for (DearManPart p : DearManPart.values()) {
            targets.put(p.label(), r -> r.dearMan().contains(p) ? "yes" : "no");
        }
        List<String> situations = new ArrayList<>(
                new TreeSet<>(replies.stream().map(LabelledReply::situationKey).toList()));
        java.util.Collections.shuffle(situations, new java.util.Random(7));
        for (var t : trainers.entrySet()) {
            StringBuilder line = new StringBuilder(t.getKey());
            for (var target : targets.entrySet()) {
                List<String> truth = new ArrayList<>();
                List<String> pred = new ArrayList<>();
                List<Double> yes = new ArrayList<>();
                List<double[]> styleScores = new ArrayList<>();
                for (int fold = 0; fold < 5; fold++) {
                    List<Example<Label>> train = new ArrayList<>();
                    List<Integer> test = new ArrayList<>();
                    for (int i = 0; i < replies.size(); i++) {
                        boolean held = situations.indexOf(replies.get(i).situationKey()) % 5 == fold;
                        if (held) {
                            test.add(i);
                        } else {
                            train.add(features.get(i)
                                    .toExample(new Label(target.getValue().apply(replies.get(i)))));
                        }
                    }
                    var source = new ListDataSource<>(
                            train, new LabelFactory(), new SimpleDataSourceProvenance("cv", new LabelFactory()));
                    Model<Label> model = t.getValue().get().train(new MutableDataset<>(source));
                    for (int i : test) {
                        truth.add(target.getValue().apply(replies.get(i)));
                        var prediction = model.predict(features.get(i).toExample());
                        pred.add(prediction.getOutput().getLabel());
                        var score = prediction.getOutputScores().get("yes");
                        yes.add(score == null ? 0.0 : score.getScore());
                        double[] all = new double[4];
                        for (var style : org.speakup.engine.Style.values()) {
                            var l = prediction.getOutputScores().get(style.label());
                            all[style.ordinal()] = l == null ? 0 : l.getScore();
                        }
                        styleScores.add(all);
                    }
                }
                List<String> classes = new ArrayList<>(new TreeSet<>(truth));
                Confusion c = new Confusion(classes);
                for (int i = 0; i < truth.size(); i++) {
                    if (!classes.contains(pred.get(i))) continue;
                    c.add(truth.get(i), pred.get(i));
                }
                double score = target.getKey().equals("style")
                        ? c.macroF1()
                        : target.getKey().equals("istmt") ? c.accuracy() : c.f1(classes.indexOf("yes"));
                line.append(String.format(Locale.ROOT, "  %s=%.3f", target.getKey(), score));
                if (target.getKey().equals("style")) {
                    for (double temperature : new double[] {1, 1.5, 2, 3, 4, 6}) {
                        double nll = 0;
                        for (int i = 0; i < truth.size(); i++) {
                            double[] p = styleScores.get(i);
                            double z = 0;
                            for (double v : p) {
                                z += Math.pow(Math.max(v, 1e-12), 1 / temperature);
                            }
                            int k = org.speakup.engine.Style.fromLabel(truth.get(i))
                                    .ordinal();
                            nll -= Math.log(Math.pow(Math.max(p[k], 1e-12), 1 / temperature) / z);
                        }
                        line.append(String.format(Locale.ROOT, " T%.1f:nll=%.3f", temperature, nll / truth.size()));
                    }
                }
                Map<String, String> ruleOf = Map.of(
                        "describe",
                        "m_fact",
                        "express",
                        "m_i_statement",
                        "assert",
                        "m_clear_request",
                        "reinforce",
                        "m_benefit",
                        "negotiate",
                        "m_compromise");
                if (ruleOf.containsKey(target.getKey())) {
                    int feature = org.speakup.engine.model.HandFeatures.NAMES.indexOf(ruleOf.get(target.getKey()));
                    Confusion rule = new Confusion(List.of("yes", "no"));
                    Confusion either = new Confusion(List.of("yes", "no"));
                    int k = 0;
                    for (int fold = 0; fold < 5; fold++) {
                        for (int i = 0; i < replies.size(); i++) {
                            if (situations.indexOf(replies.get(i).situationKey()) % 5 != fold) {
                                continue;
                            }
                            boolean fired = features.get(i).hand()[feature] > 0;
                            rule.add(truth.get(k), fired ? "yes" : "no");
                            either.add(truth.get(k), fired || yes.get(k) >= 0.3 ? "yes" : "no");
                            k++;
                        }
                    }
                    line.append(String.format(Locale.ROOT, "/rule:%.3f/or:%.3f", rule.f1(0), either.f1(0)));
                }
                if (classes.contains("yes")) {
                    for (double threshold : new double[] {0.2, 0.25, 0.3}) {
                        Confusion atThreshold = new Confusion(List.of("yes", "no"));
                        for (int i = 0; i < truth.size(); i++) {
                            atThreshold.add(truth.get(i), yes.get(i) >= threshold ? "yes" : "no");
                        }
                        line.append(String.format(Locale.ROOT, "/%.1f:%.3f", threshold, atThreshold.f1(0)));
                    }
                }
            }
            System.out.println(line);
        }
    }
}
