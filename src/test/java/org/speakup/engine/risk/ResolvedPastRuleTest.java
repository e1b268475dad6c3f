package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolvedPastRuleTest {

    private final ResolvedPastRule rule = new ResolvedPastRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I used to self harm but I've been clean for two years | self-harm",
                "I used to cut myself. I stopped years ago and I'm proud of myself. | hurt-myself",
                "When I was 14 I wanted to die, but therapy really helped | want-to-die",
                "My ex used to hit me, but I left him and I'm safe now | violence"
            })
    void rulesOutAPastEventTheWriterSaysIsOver(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I used to self harm | self-harm",
                "I used to cut myself and last night I did it again | hurt-myself",
                "I was doing better but now I want to die again | want-to-die",
                "I've been clean for a year but I still think about killing myself | thoughts-of-suicide",
                "I tried to kill myself last year | want-to-die"
            })
    void letsThroughAPastThatIsNotClearlyOver(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isFalse();
    }
}
