package org.speakup.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    private String normalised(String text) {
        return normaliser.normalise(text).text();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I DON’T KNOW | i do not know",
                "I can't | i cannot",
                "she'll go | she will go",
                "he's sure | he is sure",
                "my mum's car | my mum car",
                "soooo tired | so tired",
                "killll | kill",
                "k1ll mys3lf | kill myself",
                "i want 2 die | i want to die",
                "2 years ago | 2 years ago",
                "24/7 | 24 7",
                "500mg | 500mg",
                "im gonna | i am going to",
                "wanna | want to",
                "u ok? | you ok?",
                "sucidal | suicidal",
                "self-harm | self harm",
                "selfharm | self harm",
                "kms | kill myself",
                "cuttin' again | cutting again"
            })
    void spellsWordsOneWay(String text, String expected) {
        assertThat(normalised(text)).isEqualTo(expected);
    }

    @Test
    void turnsLineBreaksIntoSentenceEndsAndOtherSymbolsIntoSingleSpaces() {
        assertThat(normalised("fine\nnot fine 💀💀  ok")).isEqualTo("fine.not fine ok");
    }

    @Test
    void mapsAVerbatimWordBackToItsExactOriginalCharacters() {
        NormalisedText text = normaliser.normalise("Well,   I WANT out");
        int at = text.text().indexOf("want");

        assertThat(text.originalStart(at)).isEqualTo(10);
        assertThat(text.originalEnd(at + 4)).isEqualTo(14);
    }

    @Test
    void mapsARewrittenWordBackToTheWholeOriginalWord() {
        String original = "ok so kms lol";
        NormalisedText text = normaliser.normalise(original);
        int at = text.text().indexOf("kill myself");

        int start = text.originalStart(at);
        int end = text.originalEnd(at + "kill myself".length());

        assertThat(original.substring(start, end)).isEqualTo("kms");
    }

    @Test
    void keepsOffsetsRightAfterCharactersOutsideTheBasicPlane() {
        String original = "😭😭 i want to die";
        NormalisedText text = normaliser.normalise(original);
        int at = text.text().indexOf("die");

        assertThat(original.substring(text.originalStart(at), text.originalEnd(at + 3)))
                .isEqualTo("die");
    }
}
