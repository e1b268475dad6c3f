package org.speakup.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speakup.identity.internal.AgeRule;

class AgeRuleTest {

    @Test
    void someoneWhoMightStillBeTwelveIsAskedToWaitUntilTheYearTheyAreSurelyThirteen() {
        assertThat(AgeRule.decide(2013, 2026)).isEqualTo(new AgeRule.TooYoung(2027));
    }

    @Test
    void someoneSurelyThirteenJoinsTheAdolescentTrack() {
        assertThat(AgeRule.decide(2012, 2026)).isEqualTo(new AgeRule.Allowed(Track.ADOLESCENT));
    }

    @Test
    void someoneWhoMightStillBeSeventeenStaysOnTheAdolescentTrack() {
        assertThat(AgeRule.decide(2008, 2026)).isEqualTo(new AgeRule.Allowed(Track.ADOLESCENT));
    }

    @Test
    void someoneSurelyEighteenJoinsTheAdultTrack() {
        assertThat(AgeRule.decide(2007, 2026)).isEqualTo(new AgeRule.Allowed(Track.ADULT));
    }

    @Test
    void birthYearsInTheFutureOrOverAHundredAndTwentyYearsAgoAreNotPlausible() {
        assertThat(AgeRule.decide(2027, 2026)).isInstanceOf(AgeRule.NotPlausible.class);
        assertThat(AgeRule.decide(1900, 2026)).isInstanceOf(AgeRule.NotPlausible.class);
    }
}
