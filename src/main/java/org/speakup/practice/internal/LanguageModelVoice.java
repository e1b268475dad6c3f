package org.speakup.practice.internal;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.speakup.engine.risk.RiskDetector;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.Step;

/**
 * Lines phrased by a language model, guided by the persona and the step's scripted lines. The
 * practice must go on whatever the model does, so any failure (no answer in time, an error, an
 * empty, unsafe or out-of-role line) gives the scripted line instead, with a warning that names
 * the scenario, the step and the reason but never what the client or the model wrote. A
 * conversation that holds risk language is not sent at all.
 */
final class LanguageModelVoice implements CounterpartVoice, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LanguageModelVoice.class);

    /**
     * A local model serves few requests at once; past this many waiting calls a turn takes the
     * scripted line at once rather than queueing behind a slow endpoint.
     */
    static final int MAX_CALLS_IN_FLIGHT = 16;

    private final ChatModel model;
    private final RiskDetector riskDetector;
    private final SpokenLine check;
    private final CounterpartVoice fallback;
    private final Duration timeout;
    private final ExecutorService calls;

    LanguageModelVoice(ChatModel model, RiskDetector riskDetector, CounterpartVoice fallback, Duration timeout) {
        this.model = model;
        this.riskDetector = riskDetector;
        this.check = new SpokenLine(riskDetector);
        this.fallback = fallback;
        this.timeout = timeout;
        this.calls = new ThreadPoolExecutor(
                0, MAX_CALLS_IN_FLIGHT, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads());
    }

    @Override
    public String line(Scenario scenario, Step step, List<Turn> transcript) {
        if (holdsRisk(transcript)) {
            return fallBack(scenario, step, transcript, "the conversation holds risk language, so it was not sent");
        }
        String reason;
        try {
            String line =
                    SpokenLine.tidy(ask(CounterpartPrompt.messages(scenario, step, transcript)), speaker(scenario));
            Optional<String> refusal = check.refusal(line);
            if (refusal.isEmpty()) {
                return line;
            }
            reason = refusal.get();
        } catch (TimeoutException e) {
            reason = "no answer within " + timeout.toMillis() + " ms";
        } catch (RejectedExecutionException e) {
            reason = MAX_CALLS_IN_FLIGHT + " calls already waiting";
        } catch (ExecutionException e) {
            reason = describe(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted";
        } catch (RuntimeException e) {
            reason = describe(e);
        }
        return fallBack(scenario, step, transcript, reason);
    }

    /**
     * A client who has written about risk has carried on after seeing the crisis panel; those words
     * are the most sensitive they have written and stay in the installation.
     */
    private boolean holdsRisk(List<Turn> transcript) {
        return transcript.stream()
                .anyMatch(turn -> riskDetector.assess(turn.reply()).isCrisis());
    }

    private String fallBack(Scenario scenario, Step step, List<Turn> transcript, String reason) {
        log.warn(
                "Language-model counterpart fell back to the scripted line (scenario {}, step {}): {}",
                scenario.id(),
                step.id(),
                reason);
        return fallback.line(scenario, step, transcript);
    }

    /**
     * The client library's own timeout covers waiting for the response headers; this deadline also
     * bounds a server that answers and then trickles.
     */
    private String ask(List<ChatMessage> messages) throws InterruptedException, ExecutionException, TimeoutException {
        Future<String> answer =
                calls.submit(() -> model.chat(messages).aiMessage().text());
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            answer.cancel(true);
        }
    }

    private static String speaker(Scenario scenario) {
        return scenario.counterpart().name();
    }

    /** Only the kind of failure: an error's message may echo the request, and so the client's words. */
    private static String describe(@Nullable Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = failure.getClass().getSimpleName();
        return root == failure ? kind : kind + " (" + root.getClass().getSimpleName() + ")";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "counterpart-llm-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
