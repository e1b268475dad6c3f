package org.speakup.engine.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.speakup.engine.DearManPart;
import org.speakup.engine.Style;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
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

    public ReplyModels(Map<String, Model<Label>> models) {
        this.models = Map.copyOf(models);
        require(STYLE);
        require(I_STATEMENT);
        for (DearManPart part : DearManPart.values()) {
            require(part.label());
        }
    }

    /** The models bundled with the application, loaded once per JVM. */
    public static ReplyModels bundled() {
        return Holder.INSTANCE;
    }

    public ModelPrediction predict(FeatureVector features) {
        Example<Label> example = features.toExample();
        Map<Style, Double> styles = new EnumMap<>(Style.class);
        Prediction<Label> style = models.get(STYLE).predict(example);
        for (Style s : Style.values()) {
            Label scored = style.getOutputScores().get(s.label());
            styles.put(s, scored == null ? 0.0 : scored.getScore());
        }
        Map<DearManPart, Double> parts = new EnumMap<>(DearManPart.class);
        for (DearManPart part : DearManPart.values()) {
            parts.put(part, yes(part.label(), example));
        }
        return new ModelPrediction(styles, yes(I_STATEMENT, example), parts);
    }

    private double yes(String name, Example<Label> example) {
        Label scored = models.get(name).predict(example).getOutputScores().get(YES);
        return scored == null ? 0.0 : scored.getScore();
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
