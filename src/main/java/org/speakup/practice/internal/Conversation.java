package org.speakup.practice.internal;

import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.speakup.practice.scenario.ReplyStyle;
import org.speakup.practice.scenario.Scenario;
import org.speakup.practice.scenario.Step;

/**
 * How the counterpart reacts, given the scenario's dialogue graph: each reply's style picks the
 * next step (the graph encodes that pressure follows a passive reply, defensiveness an aggressive
 * one, confusion a passive-aggressive one, and a test or two before respect for an assertive one),
 * and each step is said in one of several phrasings so repeat practice does not feel canned.
 */
public final class Conversation {

    /** A conversation that has not reached an ending by then stops, and the summary says so. */
    public static final int TURN_LIMIT = 12;

    private Conversation() {}

    public static Step nextStep(Scenario scenario, String currentStep, ReplyStyle style) {
        Step current = scenario.step(currentStep);
        String next = current.next().get(style);
        if (next == null) {
            throw new IllegalStateException(
                    "Step " + currentStep + " of " + scenario.id() + " has no way on for " + style);
        }
        return scenario.step(next);
    }

    /** One of the step's phrasings, preferring one that differs from what was just said. */
    public static String line(Step step, @Nullable String previousLine, Random random) {
        List<String> lines = step.lines();
        if (lines.size() == 1) {
            return lines.get(0);
        }
        String pick = lines.get(random.nextInt(lines.size()));
        if (pick.equals(previousLine)) {
            pick = lines.get((lines.indexOf(pick) + 1) % lines.size());
        }
        return pick;
    }

    public static boolean turnLimitReached(int turnsTaken) {
        return turnsTaken >= TURN_LIMIT;
    }
}
