package org.speakup.practice.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.speakup.practice.scenario.ProblemAssert.hasProblem;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {

    private static final String SOURCE = "friends-borrow-the-car.yaml";

    @Test
    void readsAValidScenarioIntoTheRecords() {
        Scenario scenario = ScenarioParser.parse(ScenarioFixture.VALID, SOURCE);

        assertThat(scenario.id()).isEqualTo("friends-borrow-the-car");
        assertThat(scenario.context()).isEqualTo(Context.FRIENDS);
        assertThat(scenario.counterpart()).isEqualTo(new Counterpart("Priya", "your flatmate", Temperament.PUSHY));
        assertThat(scenario.help()).isNull();
        assertThat(scenario.step("test").next()).containsEntry(ReplyStyle.ASSERTIVE, "respected");
        assertThat(scenario.step("test").id()).isEqualTo("test");
        assertThat(scenario.step("respected").end()).isEqualTo(Ending.HELD_POSITION);
        assertThat(scenario.endings()).containsKey(Ending.ESCALATED);
    }

    @Test
    void readsJsonWhenTheContentIsJson() {
        String json = ScenarioFixture.valid().json();

        assertThat(ScenarioParser.parse(json, "upload.json"))
                .isEqualTo(ScenarioParser.parse(ScenarioFixture.VALID, SOURCE));
        assertThat(ScenarioParser.parseJson(json, "upload.json").title()).isEqualTo("Lending the car again");
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() {
        String json = "\uFEFF" + ScenarioFixture.valid().json();

        assertThat(ScenarioParser.parse(json, "upload.json").id()).isEqualTo("friends-borrow-the-car");
        assertThat(ScenarioParser.parse("\uFEFF" + ScenarioFixture.VALID, SOURCE)
                        .id())
                .isEqualTo("friends-borrow-the-car");
    }

    @Test
    void reportsBadYamlWithItsLineForTheWholeFile() {
        String broken = ScenarioFixture.VALID.replace("  name: Priya", "  name: [Priya");

        List<ScenarioProblem> problems = problemsOf(broken);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(SOURCE);
            assertThat(problem.field()).isEqualTo(ScenarioProblem.WHOLE_FILE);
            assertThat(problem.message()).startsWith("is not valid YAML: line ");
        });
    }

    @Test
    void reportsBadJsonAsJson() {
        hasProblem(problemsOf("{\"id\": \"x\", }"), ScenarioProblem.WHOLE_FILE, "is not valid JSON");
    }

    @Test
    void namesAMissingTopLevelField() {
        hasProblem(problemsOf(ScenarioFixture.valid().remove("situation").yaml()), "situation", "is missing");
    }

    @Test
    void namesAMissingNestedField() {
        String yaml = ScenarioFixture.valid().remove("counterpart.temperament").yaml();

        hasProblem(problemsOf(yaml), "counterpart.temperament", "is missing");
    }

    @Test
    void namesAnUnknownContextAndListsTheKnownOnes() {
        String yaml = ScenarioFixture.valid().set("context", "sports").yaml();

        hasProblem(problemsOf(yaml), "context", "'sports' is not one of work, family, partner, friends, school");
    }

    @Test
    void namesAnUnknownSkill() {
        hasProblem(problemsOf(ScenarioFixture.valid().set("skill", "saying no").yaml()), "skill", "'saying no'");
    }

    @Test
    void namesAnUnknownTemperament() {
        String yaml =
                ScenarioFixture.valid().set("counterpart.temperament", "grumpy").yaml();

        hasProblem(problemsOf(yaml), "counterpart.temperament", "'grumpy' is not one of friendly, pushy, hostile");
    }

    @Test
    void namesAnUnknownReplyStyleInNext() {
        String yaml = ScenarioFixture.valid()
                .set("steps.test.next.shouting", "defensive")
                .yaml();

        hasProblem(problemsOf(yaml), "steps.test.next.shouting", "is not a reply style");
    }

    @Test
    void namesAFieldOfTheWrongType() {
        String yaml = ScenarioFixture.valid().set("difficulty", "three").yaml();

        hasProblem(problemsOf(yaml), "difficulty", "must be a whole number, but is 'three'");
    }

    @Test
    void namesALineThatIsNotText() {
        String yaml = ScenarioFixture.valid()
                .set("steps.opening.lines", List.of("Fine words here.", 42))
                .yaml();

        hasProblem(problemsOf(yaml), "steps.opening.lines[1]", "must be text, but is a number");
    }

    @Test
    void namesAMisspeltFieldSoItIsNotSilentlyIgnored() {
        String yaml = ScenarioFixture.valid()
                .set("hepl", "Talk to someone you trust.")
                .yaml();

        hasProblem(problemsOf(yaml), "hepl", "is not a known field");
    }

    @Test
    void rejectsAStepWrittenTwiceInsteadOfKeepingTheLastOne() {
        String twice = ScenarioFixture.VALID.replace(
                "  respected:\n", "  respected:\n    lines: [\"Fine.\"]\n    end: held_position\n  respected:\n");

        hasProblem(problemsOf(twice), ScenarioProblem.WHOLE_FILE, "respected");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String yaml = ScenarioFixture.valid()
                .set("context", "sports")
                .remove("title")
                .set("steps.respected.end", "won")
                .yaml();

        assertThat(problemsOf(yaml))
                .extracting(ScenarioProblem::field)
                .containsExactlyInAnyOrder("title", "context", "steps.respected.end");
    }

    @Test
    void rejectsAnEmptyFileAndAList() {
        hasProblem(problemsOf(""), ScenarioProblem.WHOLE_FILE, "is empty");
        hasProblem(problemsOf("- a\n- b\n"), ScenarioProblem.WHOLE_FILE, "must be a mapping of fields");
    }

    private static List<ScenarioProblem> problemsOf(String content) {
        ScenarioInvalid invalid =
                catchThrowableOfType(ScenarioInvalid.class, () -> ScenarioParser.parse(content, SOURCE));
        assertThat(invalid).as("parsing should fail").isNotNull();
        assertThat(invalid.getMessage()).contains(SOURCE);
        return invalid.problems();
    }
}
