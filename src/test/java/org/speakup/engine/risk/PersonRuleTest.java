package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonRuleTest {

    private final PersonRule rule = new PersonRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "people who want to die need support | want-to-die",
                "if someone says they want to die, listen | want-to-die",
                "do you ever feel suicidal? | suicidal",
                "in the book she wants to die | want-to-die",
                "it hit me | violence",
                "I am going to kill him in Fortnite | intent-to-harm",
                "my essay is about why people start to self harm | self-harm"
            })
    void rulesOutPhrasesNotAboutSomeoneAtRiskNow(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I want to die | want-to-die",
                "wanna die | want-to-die",
                "my friend says she wants to die | want-to-die",
                "Jess told me she's been feeling suicidal | suicidal",
                "someone in my class has been cutting herself | hurt-themselves",
                "he hits me | violence",
                "is it normal to want to die? | want-to-die"
            })
    void letsThroughTheWriterAndPeopleTheyKnow(String text, String family) {
        assertThat(PhraseFixture.find(text, family).ruledOutBy(rule)).isFalse();
    }
}
