package org.speakup.engine.model;

import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.speakup.engine.DearManPart;
import org.speakup.engine.Style;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.protos.core.ModelProto;

/**
 * The trained Tribuo classifiers: one for style, one yes/no model for 'I' statements and one per DEAR MAN part. They
 * are stored together in one file, {@value #RESOURCE} on the classpath, written by the training step.
 */
public final class ReplyModels {

    public static final String RESOURCE = "engine/reply-models.bin";
    public static final String STYLE = "style";
    public static final String I_STATEMENT = "i_statement";
    public static final String YES = "yes";
    public static final String NO = "no";
    private static final int FORMAT = 1;

    private final Map<String, Model<Label>> models;

    /**
     * Set when every model is a liblinear model over the same feature map (as the training step writes them): the
     * reply's features are then looked up once for all seven models instead of once per model, which was most of the
     * Java time of an analysis. {@code null} otherwise, and each model predicts on its own.
     */
    private final @Nullable SharedFeatures shared;

    public ReplyModels(Map<String, Model<Label>> models) {
        this.models = Map.copyOf(models);
        require(STYLE);
        require(I_STATEMENT);
        for (DearManPart part : DearManPart.values()) {
            require(part.label());
        }
        this.shared = SharedFeatures.of(this.models);
    }

    /** The models bundled with the application, loaded once per JVM. */
    public static ReplyModels bundled() {
        return Holder.INSTANCE;
    }

    public ModelPrediction predict(FeatureVector features) {
        if (shared != null) {
            return predictWith(shared.scorer(features));
        }
        Example<Label> example = features.toExample();
        return predictWith(name -> scores(models.get(name).predict(example)));
    }

    /** Tribuo's own prediction, one model at a time: the reference the shared path must agree with. */
    ModelPrediction predictEachOnItsOwn(FeatureVector features) {
        Example<Label> example = features.toExample();
        return predictWith(name -> scores(models.get(name).predict(example)));
    }

    boolean sharesFeatures() {
        return shared != null;
    }

    private static ModelPrediction predictWith(Function<String, Map<String, Double>> scorer) {
        Map<Style, Double> styles = new EnumMap<>(Style.class);
        Map<String, Double> style = scorer.apply(STYLE);
        for (Style s : Style.values()) {
            styles.put(s, style.getOrDefault(s.label(), 0.0));
        }
        Map<DearManPart, Double> parts = new EnumMap<>(DearManPart.class);
        for (DearManPart part : DearManPart.values()) {
            parts.put(part, scorer.apply(part.label()).getOrDefault(YES, 0.0));
        }
        return new ModelPrediction(styles, scorer.apply(I_STATEMENT).getOrDefault(YES, 0.0), parts);
    }

    private static Map<String, Double> scores(Prediction<Label> prediction) {
        Map<String, Double> scores = new HashMap<>();
        prediction.getOutputScores().forEach((name, label) -> scores.put(name, label.getScore()));
        return scores;
    }

    /** The liblinear models behind Tribuo's, when they all index the same features the same way. */
    private record SharedFeatures(
            ImmutableFeatureMap featureMap,
            int[] denseIds,
            Map<String, de.bwaldvogel.liblinear.Model> inner,
            Map<String, String[]> labels) {

        static @Nullable SharedFeatures of(Map<String, Model<Label>> models) {
            ImmutableFeatureMap first = null;
            Map<String, de.bwaldvogel.liblinear.Model> inner = new HashMap<>();
            Map<String, String[]> labels = new HashMap<>();
            for (var entry : models.entrySet()) {
                if (!(entry.getValue() instanceof LibLinearClassificationModel)) {
                    return null;
                }
                LibLinearClassificationModel model = (LibLinearClassificationModel) entry.getValue();
                ImmutableFeatureMap map = model.getFeatureIDMap();
                if (first == null) {
                    first = map;
                } else if (!sameIds(first, map)) {
                    return null;
                }
                de.bwaldvogel.liblinear.Model linear = model.getInnerModels().get(0);
                if (!linear.isProbabilityModel()) {
                    return null;
                }
                int[] ids = linear.getLabels();
                String[] names = new String[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    names[i] = model.getOutputIDInfo().getOutput(ids[i]).getLabel();
                }
                inner.put(entry.getKey(), linear);
                labels.put(entry.getKey(), names);
            }
            if (first == null) {
                return null;
            }
            // The embedding and hand-written features always have the same names: their ids are found once here.
            String[] dense = FeatureVector.denseNames();
            int[] denseIds = new int[dense.length];
            for (int i = 0; i < dense.length; i++) {
                denseIds[i] = first.getID(dense[i]);
            }
            return new SharedFeatures(first, denseIds, Map.copyOf(inner), Map.copyOf(labels));
        }

        private static boolean sameIds(ImmutableFeatureMap a, ImmutableFeatureMap b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (VariableInfo info : a) {
                if (b.getID(info.getName()) != a.getID(info.getName())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Turns the reply's features into liblinear's input once (ids are liblinear's, one above Tribuo's, and a
         * last node carries the bias, as Tribuo's own conversion does); each model then scores the same nodes.
         */
        Function<String, Map<String, Double>> scorer(FeatureVector features) {
            double[] dense = features.denseValues();
            List<FeatureNode> list =
                    new ArrayList<>(dense.length + features.words().size() + 1);
            for (int i = 0; i < dense.length; i++) {
                if (denseIds[i] >= 0) {
                    list.add(new FeatureNode(denseIds[i] + 1, dense[i]));
                }
            }
            for (String word : features.words()) {
                int id = featureMap.getID(word);
                if (id >= 0) {
                    list.add(new FeatureNode(id + 1, FeatureVector.wordValue()));
                }
            }
            list.sort(java.util.Comparator.comparingInt(FeatureNode::getIndex));
            list.add(new FeatureNode(featureMap.size() + 1, 1.0));
            FeatureNode[] nodes = list.toArray(FeatureNode[]::new);
            return name -> {
                String[] names = labels.get(name);
                double[] probabilities = new double[names.length];
                Linear.predictProbability(inner.get(name), nodes, probabilities);
                Map<String, Double> scores = new HashMap<>();
                for (int i = 0; i < names.length; i++) {
                    scores.put(names[i], probabilities[i]);
                }
                return scores;
            };
        }
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(models.size());
        for (var entry : new java.util.TreeMap<>(models).entrySet()) {
            data.writeUTF(entry.getKey());
            entry.getValue().serialize().writeDelimitedTo(data);
        }
        data.flush();
    }

    @SuppressWarnings("unchecked")
    public static ReplyModels read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != FORMAT) {
            throw new IOException("unknown reply model format");
        }
        int count = data.readInt();
        Map<String, Model<Label>> models = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            models.put(name, (Model<Label>) Model.deserialize(ModelProto.parseDelimitedFrom(data)));
        }
        return new ReplyModels(models);
    }

    private void require(String name) {
        if (!models.containsKey(name)) {
            throw new IllegalArgumentException("reply models lack the '" + name + "' model");
        }
    }

    private static final class Holder {
        static final ReplyModels INSTANCE = load();

        private static ReplyModels load() {
            try (InputStream in = ReplyModels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: run ./mvnw -Ptrain-engine first");
                }
                return read(new java.io.BufferedInputStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
