package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector runs on everything a client can type; it must never throw or point outside the text. */
class RobustnessTest {

    private final RiskDetector detector = new RiskDetector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\n\n\t",
                "'",
                "''''",
                "...",
                "2",
                "!!!???",
                "\u0000\u0001\u0007",
                "\uD83D",
                "\uDE00 lonely half",
                "💀💀💀",
                "ⓘ ⓦⓐⓝⓣ ⓣⓞ ⓓⓘⓔ",
                "İstanbul",
                "ß",
                "\u200B\u200Bkms\u200B",
                "a'",
                "'kms'",
                "I'd've",
                "o'clock"
            })
    void assessesOddInputWithoutThrowing(String text) {
        assertThatCode(() -> detector.assess(text)).doesNotThrowAnyException();
    }

    @Test
    void treatsNullAsNoText() {
        assertThat(detector.assess(null).isCrisis()).isFalse();
    }

    @Test
    void findsRiskAfterControlCharactersAndEmoji() {
        RiskAssessment assessment = detector.assess("\u0007😶‍🌫️\u0000 i want to die \uD83D\uDC80");

        assertThat(assessment.isCrisis()).isTrue();
        assertThat(assessment.primary().orElseThrow().phrase()).isEqualTo("want to die");
    }

    @Test
    void readsAHugeTextToItsEnd() {
        String huge = "I had a normal day at work and the commute was fine. ".repeat(20_000) + "kms";

        RiskAssessment assessment = detector.assess(huge);

        assertThat(assessment.isCrisis()).isTrue();
        RiskTrigger trigger = assessment.primary().orElseThrow();
        assertThat(huge.substring(trigger.start(), trigger.end())).isEqualTo("kms");
    }

    @Test
    void reportsAPhraseOnAWindowSeamOnce() {
        String padding = "x".repeat(RiskDetector.WINDOW - RiskDetector.OVERLAP - 5);
        String text = padding + " I want to die. " + "fine. ".repeat(5_000);

        assertThat(detector.assess(text).triggers()).hasSize(1);
    }

    @Test
    void assessesRandomCharactersWithoutThrowingAndKeepsSpansInsideTheText() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(
                        random.nextInt(5) == 0
                                ? (char) random.nextInt(0x3000)
                                : " kill myself die i'm 2 ".charAt(random.nextInt(23)));
            }
            String input = text.toString();
            RiskAssessment assessment = detector.assess(input);
            assessment.triggers().forEach(t -> {
                assertThat(t.end()).isLessThanOrEqualTo(input.length());
                assertThat(input.substring(t.start(), t.end())).isEqualTo(t.phrase());
            });
        }
    }
}
