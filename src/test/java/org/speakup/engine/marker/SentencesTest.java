package org.speakup.engine.marker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsOnEndPunctuationAndKeepsOffsets() {
        String text = "No.  I can't do Friday! Can we do Monday?";
        assertThat(Sentences.split(text))
                .extracting(s -> s.of(text))
                .containsExactly("No.", "I can't do Friday!", "Can we do Monday?");
    }

    @Test
    void anEllipsisBeforeALowerCaseWordDoesNotEndTheSentence() {
        String text = "Oh. I'll... try to fit it in.";
        assertThat(Sentences.split(text))
                .extracting(s -> s.of(text))
                .containsExactly("Oh.", "I'll... try to fit it in.");
    }

    @Test
    void keepsTheLastSentenceWithoutPunctuation() {
        String text = "fine whatever";
        assertThat(Sentences.split(text)).extracting(s -> s.of(text)).containsExactly("fine whatever");
    }

    @Test
    void hasNoSentencesInBlankText() {
        assertThat(Sentences.split("   \n ")).isEmpty();
    }
}
