package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trigger points at the phrase as the writer typed it, so a reviewer can see it highlighted. */
class OffsetsTest {

    private final RiskDetector detector = new RiskDetector();

    private RiskTrigger primary(String text) {
        return detector.assess(text).primary().orElseThrow();
    }

    @Test
    void pointsAtThePhraseInTheOriginalText() {
        String text = "Long day. Honestly everyone would be better off without me.";
        RiskTrigger trigger = primary(text);

        assertThat(text.substring(trigger.start(), trigger.end())).isEqualTo(trigger.phrase());
        assertThat(trigger.phrase()).isEqualTo("be better off without me");
    }

    @Test
    void keepsTheWritersOwnSpellingCurlyQuotesAndStretchedLetters() {
        String text = "I don’t wanna be aliiiive";
        RiskTrigger trigger = primary(text);

        assertThat(trigger.phrase()).isEqualTo("don’t wanna be aliiiive");
        assertThat(trigger.start()).isEqualTo(2);
    }

    @Test
    void coversTheWholeSlangWord() {
        String text = "ugh KMS";
        RiskTrigger trigger = primary(text);

        assertThat(trigger.phrase()).isEqualTo("KMS");
        assertThat(trigger.start()).isEqualTo(4);
        assertThat(trigger.end()).isEqualTo(7);
    }

    @Test
    void reportsEveryTriggerInReadingOrder() {
        RiskAssessment assessment = detector.assess("My dad hits me. Some nights I want to die.");

        assertThat(assessment.triggers())
                .extracting(RiskTrigger::category)
                .containsExactly(RiskCategory.HARM_FROM_OTHERS, RiskCategory.SUICIDAL_THOUGHTS);
        assertThat(assessment.category()).contains(RiskCategory.HARM_FROM_OTHERS);
    }

    @Test
    void namesTheFamilyThatMatched() {
        assertThat(primary("I've been giving my things away").family()).isEqualTo("giving-things-away");
    }
}
