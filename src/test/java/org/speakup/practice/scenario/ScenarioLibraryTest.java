package org.speakup.practice.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.speakup.practice.scenario.ProblemAssert.hasProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ScenarioLibraryTest {

    @TempDir
    Path folder;

    @Test
    void loadsYamlAndJsonFilesFromAFolder() throws IOException {
        write("friends-borrow-the-car.yaml", ScenarioFixture.VALID);
        write(
                "friends-borrow-the-van.json",
                ScenarioFixture.valid().set("id", "friends-borrow-the-van").json());

        ScenarioLibrary library = new ScenarioLibrary(location());

        assertThat(library.all())
                .extracting(Scenario::id)
                .containsExactlyInAnyOrder("friends-borrow-the-car", "friends-borrow-the-van");
    }

    @Test
    void rejectsTheSameIdInTwoFiles() throws IOException {
        write("friends-borrow-the-car.json", ScenarioFixture.valid().json());
        write("friends-borrow-the-car.yaml", ScenarioFixture.VALID);

        ScenarioInvalid invalid = catchThrowableOfType(ScenarioInvalid.class, () -> new ScenarioLibrary(location()));

        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).endsWith("friends-borrow-the-car.yaml");
            assertThat(problem.field()).isEqualTo("id");
            assertThat(problem.message())
                    .contains("'friends-borrow-the-car' is already used by")
                    .contains(".json");
        });
    }

    @Test
    void rejectsAFileNotNamedAfterItsId() throws IOException {
        write("borrowing.yaml", ScenarioFixture.VALID);

        ScenarioInvalid invalid = catchThrowableOfType(ScenarioInvalid.class, () -> new ScenarioLibrary(location()));

        hasProblem(invalid.problems(), "id", "the file must be named after the id (friends-borrow-the-car.yaml)");
    }

    @Test
    void stopsStartUpWithAMessageNamingTheFileAndTheField() throws IOException {
        write(
                "friends-borrow-the-car.yaml",
                ScenarioFixture.valid().set("difficulty", 6).yaml());

        new ApplicationContextRunner()
                .withBean(ScenarioLibrary.class, () -> new ScenarioLibrary(location()))
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(ScenarioInvalid.class)
                        .hasMessageContaining("friends-borrow-the-car.yaml: difficulty: must be 1 (gentle) to 5"));
    }

    @Test
    void validatingAnUploadNeverThrows() {
        assertThat(ScenarioLibrary.validate("", "empty.yaml")).isNotEmpty();
        assertThat(ScenarioLibrary.validate("{", "broken.json")).isNotEmpty();
        assertThat(ScenarioLibrary.validate("steps: 3", "odd.yaml")).isNotEmpty();
        assertThat(ScenarioLibrary.validate("x".repeat(ScenarioParser.MAX_CHARS + 1), "huge.yaml"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("is too large"));
    }

    @Test
    void exportsEveryBundledScenarioAsYamlThatReadsBackTheSame() {
        for (Scenario scenario : new ScenarioLibrary().all()) {
            String yaml = ScenarioLibrary.toYaml(scenario);

            assertThat(ScenarioParser.parse(yaml, scenario.id())).as(yaml).isEqualTo(scenario);
            assertThat(ScenarioLibrary.validate(yaml, scenario.id())).isEmpty();
        }
    }

    @Test
    void exportsEveryBundledScenarioAsJsonThatReadsBackTheSame() {
        for (Scenario scenario : new ScenarioLibrary().all()) {
            String json = ScenarioLibrary.toJson(scenario);

            assertThat(json).startsWith("{");
            assertThat(ScenarioParser.parseJson(json, scenario.id())).isEqualTo(scenario);
            assertThat(ScenarioParser.parse(json, scenario.id())).isEqualTo(scenario);
        }
    }

    @Test
    void exportsInConversationOrderStartingWithTheStartStep() {
        String yaml = ScenarioLibrary.toYaml(ScenarioParser.parse(ScenarioFixture.VALID, "car.yaml"));

        assertThat(yaml).startsWith("id: friends-borrow-the-car\n");
        assertThat(yaml.indexOf("  opening:")).isLessThan(yaml.indexOf("  test:"));
        assertThat(yaml.indexOf("  test:")).isLessThan(yaml.indexOf("  respected:"));
        assertThat(yaml).contains("help: null");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }

    private String location() {
        return folder.toUri().toString();
    }
}
