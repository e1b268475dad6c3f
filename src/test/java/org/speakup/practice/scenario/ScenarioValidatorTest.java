package org.speakup.practice.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speakup.practice.scenario.ProblemAssert.hasProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioValidatorTest {

    private static final String SOURCE = "upload.yaml";

    @Test
    void acceptsTheValidFixture() {
        assertThat(problemsOf(ScenarioFixture.valid())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void rejectsADifficultyOutsideOneToFive(int difficulty) {
        hasProblem(problemsOf(ScenarioFixture.valid().set("difficulty", difficulty)), "difficulty", "must be 1");
    }

    @Test
    void rejectsAnIdThatIsNotLowerCaseWordsJoinedByHyphens() {
        hasProblem(problemsOf(ScenarioFixture.valid().set("id", "Borrow_The_Car")), "id", "lower-case");
    }

    @Test
    void rejectsAnOverLongCounterpartLine() {
        String longLine = "Please. ".repeat(40);
        ScenarioFixture fixture = ScenarioFixture.valid().set("steps.opening.lines", List.of(longLine, "Go on then?"));

        hasProblem(problemsOf(fixture), "steps.opening.lines[0]", "must be 3 to 300 characters, but has 319");
    }

    @Test
    void rejectsAnOverLongTitle() {
        hasProblem(problemsOf(ScenarioFixture.valid().set("title", "x".repeat(81))), "title", "3 to 80");
    }

    @Test
    void rejectsAStepThatCannotBeReachedFromStart() {
        ScenarioFixture fixture =
                ScenarioFixture.valid().set("steps.orphan", step("pushes", "test", "defensive", "puzzled"));

        hasProblem(problemsOf(fixture), "steps.orphan", "cannot be reached from the start step 'opening'");
    }

    @Test
    void rejectsANextThatPointsToAMissingStep() {
        ScenarioFixture fixture = ScenarioFixture.valid().set("steps.test.next.assertive", "respectd");

        hasProblem(problemsOf(fixture), "steps.test.next.assertive", "points to 'respectd', which is not a step");
    }

    @Test
    void rejectsAStepWithoutAnAnswerForOneStyle() {
        ScenarioFixture fixture = ScenarioFixture.valid().remove("steps.puzzled.next.passive_aggressive");

        hasProblem(
                problemsOf(fixture),
                "steps.puzzled.next.passive_aggressive",
                "every step needs an answer for each reply style");
    }

    @Test
    void rejectsALoopThatCanNeverEnd() {
        ScenarioFixture fixture = ScenarioFixture.valid()
                .set("steps.puzzled.next.passive_aggressive", "loop_a")
                .set("steps.loop_a", step("loop_b", "loop_b", "loop_b", "loop_b"))
                .set("steps.loop_b", step("loop_a", "loop_a", "loop_a", "loop_a"));

        List<ScenarioProblem> problems = problemsOf(fixture);

        hasProblem(problems, "steps.loop_a", "is a dead end");
        hasProblem(problems, "steps.loop_b", "is a dead end");
        assertThat(problems).noneMatch(problem -> problem.field().equals("steps.puzzled"));
    }

    @Test
    void rejectsAScenarioThatCanNeverEscalate() {
        ScenarioFixture fixture = ScenarioFixture.valid().set("steps.escalated_end.end", "gave_in");

        hasProblem(problemsOf(fixture), "steps", "no sequence of replies can reach the ending 'escalated'");
    }

    @Test
    void rejectsAnEndingUsedWithoutItsSummaryText() {
        ScenarioFixture fixture = ScenarioFixture.valid().remove("endings.gave_in");

        hasProblem(problemsOf(fixture), "endings.gave_in", "is missing: step 'gave_in_end' ends with gave_in");
    }

    @Test
    void requiresHelpForABullyingScenario() {
        ScenarioFixture bullying = ScenarioFixture.valid().set("title", "Bullied at the bus stop");

        hasProblem(problemsOf(bullying), "help", "is required because this scenario is about bullying");
        assertThat(problemsOf(bullying.set("help", "Tell someone you trust, like a friend, a teacher or a helpline.")))
                .isEmpty();
    }

    @Test
    void requiresHelpForAControllingPartnerScenario() {
        ScenarioFixture controlling = ScenarioFixture.valid()
                .set("situation", "Your partner is controlling about who you see and asks for your phone again.");

        hasProblem(problemsOf(controlling), "help", "'controlling'");
    }

    @Test
    void rejectsAStepWithBothNextAndEnd() {
        ScenarioFixture fixture = ScenarioFixture.valid().set("steps.test.end", "held_position");

        hasProblem(problemsOf(fixture), "steps.test", "has both next and end");
    }

    @Test
    void rejectsAStepWithNeitherNextNorEnd() {
        ScenarioFixture fixture = ScenarioFixture.valid().remove("steps.puzzled.next");

        hasProblem(problemsOf(fixture), "steps.puzzled", "has neither next nor end");
    }

    @Test
    void rejectsTooFewPhrasingsForAStepThatGoesOn() {
        ScenarioFixture fixture = ScenarioFixture.valid().set("steps.opening.lines", List.of("Can I take the car?"));

        hasProblem(problemsOf(fixture), "steps.opening.lines", "has 1 phrasings; a step that goes on needs 2 to 4");
    }

    @Test
    void rejectsFewerThanSixSteps() {
        ScenarioFixture fixture = ScenarioFixture.valid()
                .remove("steps.puzzled")
                .remove("steps.defensive")
                .remove("steps.pushes");

        hasProblem(problemsOf(fixture), "steps", "has 5 steps; a scenario needs 6 to 12");
    }

    @Test
    void rejectsAnAssertiveReplyThatLeadsStraightToGivingIn() {
        ScenarioFixture fixture = ScenarioFixture.valid().set("steps.test.next.assertive", "gave_in_end");

        hasProblem(problemsOf(fixture), "steps.test.next.assertive", "leads straight to gave_in");
    }

    @Test
    void requiresASecondAggressiveReplyToEscalate() {
        ScenarioFixture fixture = ScenarioFixture.valid().set("steps.defensive.next.aggressive", "puzzled");

        hasProblem(problemsOf(fixture), "steps.defensive.next.aggressive", "second aggressive reply");
    }

    @Test
    void requiresTwoTestsOfAnAssertiveReplyAtDifficultyFour() {
        hasProblem(problemsOf(ScenarioFixture.valid().set("difficulty", 4)), "difficulty", "tested 2 time(s)");
    }

    private static Map<String, Object> step(
            String passive, String assertive, String aggressive, String passiveAggressive) {
        return Map.of(
                "lines", List.of("Hmm, are you sure about that?", "Really? Think about it."),
                "next",
                        Map.of(
                                "passive", passive,
                                "assertive", assertive,
                                "aggressive", aggressive,
                                "passive_aggressive", passiveAggressive));
    }

    private static List<ScenarioProblem> problemsOf(ScenarioFixture fixture) {
        List<ScenarioProblem> problems = ScenarioLibrary.validate(fixture.yaml(), SOURCE);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.source()).isEqualTo(SOURCE));
        return problems;
    }
}
