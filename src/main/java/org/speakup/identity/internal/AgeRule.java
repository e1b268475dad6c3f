package org.speakup.identity.internal;

import org.speakup.identity.Track;

/**
 * Who may join, and on which track, from a birth year alone. A birth year leaves the age
 * uncertain by one year, so the rule assumes the younger of the two possible ages: nobody who
 * might be 12 gets in, and anyone who might still be 17 gets the adolescent track.
 */
public final class AgeRule {

    static final int MINIMUM_AGE = 13;
    static final int ADULT_AGE = 18;
    static final int OLDEST_PLAUSIBLE_AGE = 120;

    public sealed interface Decision permits TooYoung, Allowed, NotPlausible {}

    /** @param joinFromYear the first calendar year in which they will certainly be 13 */
    public record TooYoung(int joinFromYear) implements Decision {}

    public record Allowed(Track track) implements Decision {}

    public record NotPlausible() implements Decision {}

    private AgeRule() {}

    public static Decision decide(int birthYear, int currentYear) {
        int youngestPossibleAge = currentYear - birthYear - 1;
        if (birthYear > currentYear || currentYear - birthYear > OLDEST_PLAUSIBLE_AGE) {
            return new NotPlausible();
        }
        if (youngestPossibleAge < MINIMUM_AGE) {
            return new TooYoung(birthYear + MINIMUM_AGE + 1);
        }
        return new Allowed(youngestPossibleAge < ADULT_AGE ? Track.ADOLESCENT : Track.ADULT);
    }
}
