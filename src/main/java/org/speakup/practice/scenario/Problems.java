package org.speakup.practice.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects problems for one source, so a check can report everything wrong in one pass. */
final class Problems {

    private final String source;
    private final List<ScenarioProblem> found = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(String field, String message) {
        found.add(new ScenarioProblem(source, field, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<ScenarioProblem> list() {
        return List.copyOf(found);
    }
}
