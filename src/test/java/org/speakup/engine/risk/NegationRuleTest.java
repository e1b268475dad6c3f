package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationRuleTest {

    private final NegationRule rule = new NegationRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I'm not feeling suicidal | suicidal",
                "I would never hurt myself | hurt-myself",
                "I have no thoughts of suicide | thoughts-of-suicide",
                "I don't want to kill myself | kill-myself",
                "I don't think I'm suicidal | suicidal",
                "Nobody hits me at home | violence"
            })
    void rulesOutAPhraseNegatedInItsOwnClause(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I'm not okay i want to die | want-to-die",
                "nobody knows I cut myself | hurt-myself",
                "I can't stop thinking about killing myself | thoughts-of-suicide",
                "I don't know why I want to die | want-to-die",
                "I'm not suicidal, but I've been cutting again | cutting-again",
                "I never told anyone that he hits me | violence",
                "no, I really want to die | want-to-die"
            })
    void letsThroughANegationThatBelongsToAnotherClauseOrVerb(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I don't want to be alive | do-not-want-to-live",
                "No one would miss me | no-one-would-miss-me",
                "I can't go on | cannot-go-on"
            })
    void neverRulesOutANegationThatIsItselfRisk(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isFalse();
    }
}
