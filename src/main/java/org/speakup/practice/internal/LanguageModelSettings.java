package org.speakup.practice.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional language-model counterpart. Off unless an admin turns it on, because with it on the
 * client's replies leave the installation for the configured endpoint.
 *
 * @param enabled whether the counterpart's lines are phrased by a language model
 * @param baseUrl an OpenAI-compatible API root, such as {@code http://localhost:11434/v1}
 * @param model the model name the endpoint knows
 * @param apiKey sent as a bearer token when set; local servers usually need none
 * @param timeout how long one line may take before the scripted line is used instead
 */
@ConfigurationProperties("speakup.counterpart.llm")
record LanguageModelSettings(
        boolean enabled,
        @Nullable String baseUrl,
        @Nullable String model,
        @Nullable String apiKey,
        Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(4);

    LanguageModelSettings {
        baseUrl = blankToNull(baseUrl);
        model = blankToNull(model);
        apiKey = blankToNull(apiKey);
        // The binder passes null when the setting is absent.
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** A half-configured endpoint would silently do nothing, or worse talk to a default host: refuse to start. */
    void requireUsable() {
        if (baseUrl == null) {
            throw new IllegalStateException("speakup.counterpart.llm.base-url must be set when the counterpart is on");
        }
        if (model == null) {
            throw new IllegalStateException("speakup.counterpart.llm.model must be set when the counterpart is on");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException("speakup.counterpart.llm.timeout must be positive");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
