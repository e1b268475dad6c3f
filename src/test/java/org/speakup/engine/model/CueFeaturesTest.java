package org.speakup.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speakup.engine.marker.Words;

class CueFeaturesTest {

    private static double cue(String name, String text) {
        return CueFeatures.of(Words.of(text), text)[CueFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aPartialYesAfterARefusalIsSeen() {
        assertThat(cue("cue_no_but_yes", "Not today. Another Sunday, with a bit of notice."))
                .isEqualTo(1.0);
        assertThat(cue("cue_no_but_yes", "Nope, no hourly check-ins. One goodnight text, though."))
                .isEqualTo(1.0);
        assertThat(cue("cue_no_but_yes", "No. I won't lend it.")).isZero();
    }

    @Test
    void anOptionIsAnOrThatDoesNotOpenAThreat() {
        assertThat(cue("cue_or_option", "Email it or leave it at reception.")).isPositive();
        assertThat(cue("cue_or_option", "Pay by Friday or I'll report it.")).isZero();
        assertThat(cue("cue_or_option", "Take it down, or else.")).isZero();
    }

    @Test
    void benefitTalkCountsWhateverTheWording() {
        assertThat(cue("cue_benefit", "It'd save you a trip on Saturday.")).isPositive();
        assertThat(cue("cue_result", "That way you won't be stuck chasing me.")).isPositive();
        assertThat(cue("cue_future_other", "You'd be home sooner.")).isPositive();
    }

    @Test
    void factsFeelingsAndMoneyAreCounted() {
        assertThat(cue("cue_fact", "You've been late three times this week.")).isPositive();
        assertThat(cue("cue_past_other", "You posted the photo at midnight.")).isPositive();
        assertThat(cue("cue_money", "The quote said £30 and the invoice says £40."))
                .isEqualTo(2.0 / 3);
        assertThat(cue("cue_feeling", "Honestly, that stung.")).isPositive();
        assertThat(cue("cue_opinion", "Honestly, that stung.")).isPositive();
    }

    @Test
    void valuesStayBetweenZeroAndOneForAnyText() {
        String longText = "or ".repeat(5000) + "£".repeat(100);
        for (double value : CueFeatures.of(Words.of(longText), longText)) {
            assertThat(value).isBetween(0.0, 1.0);
        }
        for (double value : CueFeatures.of(Words.of(""), "")) {
            assertThat(value).isZero();
        }
    }
}
