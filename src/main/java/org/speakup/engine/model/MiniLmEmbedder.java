package org.speakup.engine.model;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.Executor;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 ONNX model that ships inside LangChain4j's in-process
 * embedding artifact, so nothing is downloaded at run time. Loading takes about a second, so one instance is shared
 * per JVM ({@link #shared()}).
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Replies are short; longer text is cut so one huge paste cannot stall the model. */
    static final int MAX_CHARS = 2_000;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEmbedder() {
        // Runs on the caller's thread: the analyser already decides how many replies run in parallel.
        Executor sameThread = Runnable::run;
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(sameThread);
    }

    public static MiniLmEmbedder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(prepare(text)).content().vector();
    }

    /** Control characters carry no meaning for the model; an empty input still needs one token. */
    static String prepare(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String clean = cut.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").strip();
        return clean.isEmpty() ? "." : clean;
    }

    private static final class Holder {
        static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    }
}
