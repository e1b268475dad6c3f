package org.speakup.practice.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Shared check: among the problems there is one at exactly this field, saying this. */
final class ProblemAssert {

    private ProblemAssert() {}

    static void hasProblem(List<ScenarioProblem> problems, String field, String messagePart) {
        assertThat(problems).as("problems: %s", problems).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(messagePart);
        });
    }
}
