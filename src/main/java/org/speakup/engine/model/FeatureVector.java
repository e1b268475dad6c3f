package org.speakup.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** The classifier's input: the sentence embedding followed by the hand-written features, under stable names. */
public record FeatureVector(float[] embedding, double[] hand) {

    private static final String[] NAMES = names(384);

    /**
     * Hand-written features are few and each one means something, so they are scaled up against the 384 embedding
     * dimensions: under L2 regularisation that makes them cheaper for the classifier to use.
     */
    private static final double HAND_WEIGHT = 3.0;

    private static String[] names(int dimension) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < dimension; i++) {
            names.add(String.format("e%03d", i));
        }
        HandFeatures.NAMES.forEach(n -> names.add("h_" + n));
        return names.toArray(String[]::new);
    }

    public Example<Label> toExample(Label label) {
        double[] values = new double[embedding.length + hand.length];
        for (int i = 0; i < embedding.length; i++) {
            values[i] = embedding[i];
        }
        for (int i = 0; i < hand.length; i++) {
            values[embedding.length + i] = hand[i] * HAND_WEIGHT;
        }
        return new ArrayExample<>(label, NAMES, values);
    }

    public Example<Label> toExample() {
        return toExample(LabelFactory.UNKNOWN_LABEL);
    }
}
