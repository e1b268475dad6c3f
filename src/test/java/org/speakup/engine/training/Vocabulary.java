package org.speakup.engine.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.speakup.engine.model.FeatureVector;

/**
 * Keeps only the words and word pairs that occur in several training replies. Rare ones are mostly names and
 * details of one situation: they cannot generalise, and they would make the model file large.
 */
final class Vocabulary {

    static final int MIN_REPLIES = 3;

    private Vocabulary() {}

    static List<FeatureVector> pruned(List<FeatureVector> vectors, int minReplies) {
        Map<String, Integer> counts = new HashMap<>();
        vectors.forEach(v -> v.words().forEach(w -> counts.merge(w, 1, Integer::sum)));
        return vectors.stream()
                .map(v -> new FeatureVector(
                        v.embedding(),
                        v.hand(),
                        v.words().stream()
                                .filter(w -> counts.get(w) >= minReplies)
                                .toList()))
                .toList();
    }
}
