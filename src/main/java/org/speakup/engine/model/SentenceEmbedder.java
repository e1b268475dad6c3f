package org.speakup.engine.model;

import java.util.List;

/** Turns a reply into a fixed-length sentence vector. */
public interface SentenceEmbedder {

    int dimension();

    float[] embed(String text);

    /** Embeds several texts; implementations may batch them. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
