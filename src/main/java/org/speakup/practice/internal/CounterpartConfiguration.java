package org.speakup.practice.internal;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.speakup.engine.risk.RiskDetector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scripted counterpart, unless an admin has turned the language-model one on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LanguageModelSettings.class)
class CounterpartConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CounterpartConfiguration.class);

    /** Enough for one or two sentences; a longer answer would be refused anyway. */
    private static final int MAX_TOKENS = 120;

    /** Some variety between attempts at the same scenario, which is the point of rephrasing. */
    private static final double TEMPERATURE = 0.8;

    @Bean
    CounterpartVoice counterpartVoice(LanguageModelSettings settings, RiskDetector riskDetector) {
        return voice(settings, riskDetector, new ScriptedVoice(new Random()));
    }

    /** With the setting off nothing is built that could open a connection. */
    static CounterpartVoice voice(
            LanguageModelSettings settings, RiskDetector riskDetector, CounterpartVoice scripted) {
        if (!settings.enabled()) {
            return scripted;
        }
        settings.requireUsable();
        log.info(
                "Counterpart lines are phrased by model {} at {}; clients' replies are sent there",
                settings.model(),
                settings.baseUrl());
        return new LanguageModelVoice(chatModel(settings), riskDetector, scripted, settings.timeout());
    }

    private static ChatModel chatModel(LanguageModelSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.model())
                .apiKey(settings.apiKey())
                .timeout(settings.timeout())
                // A retry would only spend the time the client is waiting; the scripted line is ready.
                .maxRetries(0)
                .temperature(TEMPERATURE)
                .maxTokens(MAX_TOKENS)
                .build();
    }
}
