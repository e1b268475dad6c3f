package org.speakup.engine.training;

import java.util.List;
import java.util.stream.IntStream;
import org.speakup.engine.marker.Markers;
import org.speakup.engine.marker.Words;
import org.speakup.engine.model.FeatureVector;
import org.speakup.engine.model.HandFeatures;
import org.speakup.engine.model.MiniLmEmbedder;

/** Computes the classifier input for many replies, in parallel. */
final class Featurizer {

    private Featurizer() {}

    static List<FeatureVector> of(List<LabelledReply> replies) {
        MiniLmEmbedder embedder = MiniLmEmbedder.shared();
        return IntStream.range(0, replies.size())
                .parallel()
                .mapToObj(i -> {
                    String text = replies.get(i).text();
                    Words words = Words.of(text);
                    return FeatureVector.of(embedder.embed(text), HandFeatures.of(text, Markers.scan(words)), words);
                })
                .toList();
    }
}
