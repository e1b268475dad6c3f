package org.speakup.practice.scenario;

import java.util.List;

/**
 * Checks a parsed scenario against every rule in the scenario format (SPEC.md): its fields, its
 * dialogue graph, and how the counterpart reacts to each style of reply. Used at start-up for the
 * bundled files and for therapists' uploads, so both meet the same bar.
 *
 * <p>Which scenarios must carry {@code help}: those whose id, title or situation mention bullying,
 * harassment or controlling behaviour (see {@code FieldRules}).
 */
public final class ScenarioValidator {

    private ScenarioValidator() {}

    /** Every problem found, each naming the source and the exact field; empty when the scenario is fine. */
    public static List<ScenarioProblem> check(Scenario scenario, String source) {
        Problems problems = new Problems(source);
        DialogueGraph graph = new DialogueGraph(scenario);
        new FieldRules(scenario, problems).check();
        boolean sound = new GraphRules(scenario, problems, graph).check();
        // Reaction rules follow edges; on a broken graph they would only repeat the problems above.
        if (sound) {
            new ReactionRules(scenario, problems, graph).check();
        }
        return problems.list();
    }
}
