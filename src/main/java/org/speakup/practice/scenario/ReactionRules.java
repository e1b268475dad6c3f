package org.speakup.practice.scenario;

import java.util.Map;
import java.util.Set;

/**
 * The clinical heart of SPEC.md: how the counterpart reacts to each style of reply. Only run on a
 * sound graph (every step answers every style), because each rule follows edges.
 *
 * <p>Source: the reaction pattern of classic assertiveness training, as set out in SPEC.md
 * (Smith 1975, broken record; Linehan, DBT interpersonal effectiveness).
 */
final class ReactionRules {

    private static final Set<Ending> GOOD = Set.of(Ending.HELD_POSITION, Ending.COMPROMISE);
    private static final Set<Ending> BAD = Set.of(Ending.GAVE_IN, Ending.ESCALATED);

    private final Scenario scenario;
    private final Problems problems;
    private final DialogueGraph graph;

    ReactionRules(Scenario scenario, Problems problems, DialogueGraph graph) {
        this.scenario = scenario;
        this.problems = problems;
        this.graph = graph;
    }

    void check() {
        for (String id : graph.order()) {
            Step step = scenario.step(id);
            if (!step.isEnd()) {
                neverRewardedOrPunishedWrongly(id, step.next());
                aggressionTwiceEscalates(id, step.next().get(ReplyStyle.AGGRESSIVE));
            }
        }
        walksInOneStyle();
    }

    /** An assertive reply is never punished at once; passive or aggressive replies never win at once. */
    private void neverRewardedOrPunishedWrongly(String id, Map<ReplyStyle, String> next) {
        straightTo(id, next, ReplyStyle.ASSERTIVE, BAD, "an assertive reply is tested, respected or negotiated");
        straightTo(id, next, ReplyStyle.PASSIVE, GOOD, "a passive reply invites more pressure");
        straightTo(id, next, ReplyStyle.AGGRESSIVE, GOOD, "an aggressive reply makes them defensive or escalates");
    }

    private void straightTo(String id, Map<ReplyStyle, String> next, ReplyStyle style, Set<Ending> wrong, String why) {
        Ending ending = graph.endOf(next.get(style));
        if (ending != null && wrong.contains(ending)) {
            problems.add(
                    "steps." + id + ".next." + style.label(), "leads straight to " + ending.label() + ", but " + why);
        }
    }

    /** After one aggressive reply, a second one escalates, and an assertive one can still recover. */
    private void aggressionTwiceEscalates(String from, String defensive) {
        Step step = scenario.step(defensive);
        if (step.isEnd()) {
            return;
        }
        if (graph.endOf(step.next().get(ReplyStyle.AGGRESSIVE)) != Ending.ESCALATED) {
            problems.add(
                    "steps." + defensive + ".next.aggressive",
                    "must lead to an escalated ending: it is the second aggressive reply in a row (after steps." + from
                            + ")");
        }
        String recovery = step.next().get(ReplyStyle.ASSERTIVE);
        if (graph.endsReachableFrom(recovery).stream().noneMatch(GOOD::contains)) {
            problems.add(
                    "steps." + defensive + ".next.assertive",
                    "must let an assertive reply recover the conversation after an aggressive one (steps." + from
                            + "), but from here it can never end well");
        }
    }

    private void walksInOneStyle() {
        DialogueGraph.Walk assertive = graph.follow(ReplyStyle.ASSERTIVE);
        if (!GOOD.contains(assertive.end())) {
            problems.add(
                    "steps",
                    "replying assertively every time should end in held_position or compromise, but ends in "
                            + name(assertive.end()));
        } else {
            testsMatchDifficulty(assertive);
        }
        DialogueGraph.Walk passive = graph.follow(ReplyStyle.PASSIVE);
        if (passive.end() != Ending.GAVE_IN || passive.replies() > 3) {
            problems.add(
                    "steps",
                    "replying passively every time should end in gave_in within 2 or 3 replies, but ends in "
                            + name(passive.end()) + " after " + passive.replies());
        }
        DialogueGraph.Walk aggressive = graph.follow(ReplyStyle.AGGRESSIVE);
        if (aggressive.end() != Ending.ESCALATED || aggressive.replies() != 2) {
            problems.add(
                    "steps",
                    "replying aggressively every time should end in escalated at the second reply, but ends in "
                            + name(aggressive.end()) + " after " + aggressive.replies());
        }
    }

    /**
     * Level 1 gives in to the first assertive reply, levels 2-3 test it once, 4-5 twice. A compromise
     * offer may add one step, since the offer itself is not a test.
     */
    private void testsMatchDifficulty(DialogueGraph.Walk assertive) {
        int difficulty = scenario.difficulty();
        int wanted = difficulty <= 1 ? 0 : difficulty <= 3 ? 1 : 2;
        int tests = assertive.replies() - 1;
        boolean matches = tests == wanted || (assertive.end() == Ending.COMPROMISE && tests - 1 == wanted);
        if (!matches && difficulty >= 1 && difficulty <= 5) {
            problems.add(
                    "difficulty",
                    "is " + difficulty + ", so an assertive reply should be tested " + wanted
                            + " time(s) before it is respected, but replying assertively every time meets " + tests
                            + " test(s)");
        }
    }

    private static String name(Ending ending) {
        return ending == null ? "no ending (it goes round in a loop)" : ending.label();
    }
}
