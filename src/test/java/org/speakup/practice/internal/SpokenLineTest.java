package org.speakup.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speakup.engine.risk.RiskDetector;

class SpokenLineTest {

    private final SpokenLine check = new SpokenLine(new RiskDetector());

    @Test
    void acceptsAnOrdinaryLineUpToTheLengthLimit() {
        assertThat(check.refusal("Fine, I'll ask someone else.")).isEmpty();
        assertThat(check.refusal("a".repeat(SpokenLine.MAX_LENGTH))).isEmpty();
    }

    @Test
    void refusesALineOneCharacterTooLong() {
        assertThat(check.refusal("a".repeat(SpokenLine.MAX_LENGTH + 1))).isPresent();
    }

    @Test
    void refusesOutOfRoleLinesWhateverTheApostrophe() {
        assertThat(check.refusal("I’m an AI, so I don't own a car.")).contains("line out of role");
        assertThat(check.refusal("Let's continue the role-play.")).contains("line out of role");
    }

    @Test
    void refusesRiskLanguage() {
        assertThat(check.refusal("Maybe you should just kill yourself.")).contains("line with risk language");
    }

    @Test
    void tidyingKeepsTheWordsAndDropsWrappingAndTheSpeakersLabel() {
        assertThat(SpokenLine.tidy("  PRIYA:  “Okay,\n fine.”  ", "Priya")).isEqualTo("Okay, fine.");
        assertThat(SpokenLine.tidy("Priyanka said hi", "Priya")).isEqualTo("Priyanka said hi");
        assertThat(SpokenLine.tidy(null, "Priya")).isEmpty();
    }
}
