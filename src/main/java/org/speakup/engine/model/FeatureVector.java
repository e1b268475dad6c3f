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
        System.arraycopy(hand, 0, values, embedding.length, hand.length);
        return new ArrayExample<>(label, NAMES, values);
    }

    public Example<Label> toExample() {
        return toExample(LabelFactory.UNKNOWN_LABEL);
    }
}
