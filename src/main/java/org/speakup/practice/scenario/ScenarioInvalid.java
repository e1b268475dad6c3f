package org.speakup.practice.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be read or failed validation. The message lists every problem with its
 * file and field, because it is what an author sees when start-up stops.
 */
public class ScenarioInvalid extends RuntimeException {

    private final List<ScenarioProblem> problems;

    public ScenarioInvalid(List<ScenarioProblem> problems) {
        super(messageFor(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String messageFor(List<ScenarioProblem> problems) {
        return problems.stream()
                .map(ScenarioProblem::describe)
                .collect(Collectors.joining("\n  ", "Invalid scenario content:\n  ", ""));
    }
}
