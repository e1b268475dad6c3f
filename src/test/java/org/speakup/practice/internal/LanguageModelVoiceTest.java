package org.speakup.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speakup.practice.internal.CounterpartFixture.RESPECTED;
import static org.speakup.practice.internal.CounterpartFixture.SCENARIO;
import static org.speakup.practice.internal.CounterpartFixture.TEST;
import static org.speakup.practice.internal.CounterpartFixture.TRANSCRIPT;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speakup.engine.risk.RiskDetector;
import org.speakup.practice.scenario.ReplyStyle;
import org.speakup.practice.scenario.Step;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The language-model counterpart against a small OpenAI-compatible server on loopback. */
class LanguageModelVoiceTest {

    private static final RiskDetector RISK_DETECTOR = new RiskDetector();
    private static final ObjectMapper JSON = new ObjectMapper();
    // The loopback server answers at once; this only has to cover the client library's first, cold call.
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private FakeChatServer server;
    private CounterpartVoice voice;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeChatServer();
    }

    @AfterEach
    void stop() throws Exception {
        if (voice instanceof AutoCloseable closeable) {
            closeable.close();
        }
        server.close();
    }

    @Test
    void usesTheModelsLineWhenTheEndpointAnswersWell() {
        server.saying("Come on, I'll even fill the tank this time.");

        assertThat(answer(GENEROUS, TEST)).isEqualTo("Come on, I'll even fill the tank this time.");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void sendsThePersonaTheSituationTheStepsLinesAndTheConversationSoFar() {
        answer(GENEROUS, TEST);

        JsonNode request = JSON.readTree(server.lastRequestBody());
        assertThat(request.path("model").asString()).isEqualTo("test-model");
        JsonNode messages = request.path("messages");
        assertThat(messages.values())
                .extracting(m -> m.path("role").asString())
                .containsExactly("system", "assistant", "user");
        assertThat(messages.get(0).path("content").asString())
                .contains("You are Priya, your flatmate", "pushy", "you need it on Saturday")
                .contains(TEST.lines());
        assertThat(messages.get(1).path("content").asString()).isEqualTo("Can I take the car this weekend?");
        assertThat(messages.get(2).path("content").asString()).isEqualTo("No, I need the car on Saturday.");
    }

    @Test
    void removesQuotesAndANameLabelAroundAGoodLine() {
        server.saying("Priya: \"Fine, keep your car then.\"");

        assertThat(answer(GENEROUS, TEST)).isEqualTo("Fine, keep your car then.");
    }

    @Test
    void fallsBackToTheScriptedLineWhenTheEndpointFails() {
        server.failingWith(500);

        assertThat(answer(GENEROUS, TEST)).isIn(TEST.lines());
        assertThat(server.requests()).as("no retries").isEqualTo(1);
    }

    @Test
    void fallsBackToTheScriptedLineWhenTheEndpointIsSlowerThanTheTimeout() {
        server.after(Duration.ofSeconds(2));

        long started = System.nanoTime();
        String line = answer(Duration.ofMillis(300), TEST);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(line).isIn(TEST.lines());
        assertThat(waited).as("did not wait for the slow answer").isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void fallsBackToTheScriptedLineWhenNothingListens() {
        String unreachable = server.baseUrl();
        server.close();

        assertThat(answer(unreachable, GENEROUS, TEST)).isIn(TEST.lines());
    }

    @Test
    void neverShowsALineWithRiskLanguage() {
        server.saying("Honestly, you should kill yourself.");

        assertThat(answer(GENEROUS, TEST)).isIn(TEST.lines());
    }

    @Test
    void neverShowsALineThatFallsOutOfRole() {
        server.saying("As an AI language model, I can't pretend to be your flatmate.");

        assertThat(answer(GENEROUS, TEST)).isIn(TEST.lines());
    }

    @Test
    void neverShowsAnEmptyOrOverlongLine() {
        server.saying("   ");
        assertThat(answer(GENEROUS, RESPECTED)).isIn(RESPECTED.lines());

        server.saying("Fine. ".repeat(60));
        assertThat(answer(GENEROUS, RESPECTED)).isIn(RESPECTED.lines());
    }

    @Test
    void keepsAConversationThatHoldsRiskLanguageInTheInstallation() {
        voice = CounterpartConfiguration.voice(
                CounterpartFixture.on(server.baseUrl(), GENEROUS), RISK_DETECTOR, new ScriptedVoice(new Random()));
        List<Turn> transcript = List.of(
                new Turn(1, "Can I take the car this weekend?", "I want to kill myself.", ReplyStyle.PASSIVE, 0.6, 1));

        assertThat(voice.line(SCENARIO, TEST, transcript)).isIn(TEST.lines());
        assertThat(server.requests()).isZero();
    }

    @Test
    void makesNoRequestAtAllWhenSwitchedOff() {
        voice = CounterpartConfiguration.voice(
                CounterpartFixture.off(server.baseUrl()), RISK_DETECTOR, new ScriptedVoice(new Random()));

        assertThat(voice.line(SCENARIO, TEST, TRANSCRIPT)).isIn(TEST.lines());
        assertThat(voice).isInstanceOf(ScriptedVoice.class);
        assertThat(server.requests()).isZero();
    }

    private String answer(Duration timeout, Step step) {
        return answer(server.baseUrl(), timeout, step);
    }

    private String answer(String baseUrl, Duration timeout, Step step) {
        if (voice == null) {
            voice = CounterpartConfiguration.voice(
                    CounterpartFixture.on(baseUrl, timeout), RISK_DETECTOR, new ScriptedVoice(new Random()));
        }
        return voice.line(SCENARIO, step, TRANSCRIPT);
    }
}
