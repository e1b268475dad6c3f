package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdiomRuleTest {

    private final IdiomRule rule = IdiomRule.standard();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I wanted to die of embarrassment | want-to-die",
                "so cringe, I wanted to die | want-to-die",
                "I'd rather die than sing in public | want-to-die",
                "my dad said he will kill me if I dent the car | threat",
                "she beat me at chess | violence",
                "I cut myself on a tin can | hurt-myself",
                "my uncle took his own life | end-my-life",
                "it hurts me so much when you laugh at me | hurts-me",
                "I'm giving away my old clothes to charity | giving-things-away",
                "my sister said she would kill me for reading her diary | threat"
            })
    void rulesOutAPhraseInsideAHarmlessSense(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I want to die | want-to-die",
                "my dad said he'll kill me if I tell anyone | threat",
                "he hits me | violence",
                "I cut myself on purpose | hurt-myself",
                "I'm giving away my things to my friends | giving-things-away"
            })
    void letsThroughTheRiskSense(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isFalse();
    }
}
