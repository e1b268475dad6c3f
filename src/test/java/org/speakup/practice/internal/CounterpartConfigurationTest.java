package org.speakup.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.speakup.engine.risk.RiskDetector;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which counterpart an installation gets from its settings. */
class CounterpartConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(RiskDetector.class, RiskDetector::new)
            .withUserConfiguration(CounterpartConfiguration.class);

    @Test
    void theScriptedCounterpartIsTheDefault() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(CounterpartVoice.class)).isInstanceOf(ScriptedVoice.class);
            assertThat(started.getBean(LanguageModelSettings.class).timeout()).isEqualTo(Duration.ofSeconds(4));
        });
    }

    @Test
    void anAdminWhoTurnsItOnGetsTheLanguageModelCounterpart() {
        context.withPropertyValues(
                        "speakup.counterpart.llm.enabled=true",
                        "speakup.counterpart.llm.base-url=http://127.0.0.1:9/v1",
                        "speakup.counterpart.llm.model=llama3.2",
                        "speakup.counterpart.llm.timeout=750ms")
                .run(started -> {
                    assertThat(started.getBean(CounterpartVoice.class)).isInstanceOf(LanguageModelVoice.class);
                    assertThat(started.getBean(LanguageModelSettings.class).timeout())
                            .isEqualTo(Duration.ofMillis(750));
                });
    }

    @Test
    void refusesToStartWhenTurnedOnWithoutAnEndpoint() {
        context.withPropertyValues("speakup.counterpart.llm.enabled=true", "speakup.counterpart.llm.model=llama3.2")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("speakup.counterpart.llm.base-url"));
    }
}
