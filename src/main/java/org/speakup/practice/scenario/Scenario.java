package org.speakup.practice.scenario;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A role-play scenario: who the counterpart is, the situation, and a dialogue graph whose steps
 * say where the conversation goes after a reply of each style. Loaded from a content file and
 * checked by {@link ScenarioValidator} before use.
 */
public record Scenario(
        String id,
        int version,
        String title,
        Context context,
        Skill skill,
        Audience track,
        int difficulty,
        Counterpart counterpart,
        String situation,
        String suggestedObjective,
        List<String> sources,
        @Nullable String help,
        String start,
        Map<String, Step> steps,
        Map<Ending, String> endings) {

    public Scenario {
        sources = List.copyOf(sources);
        steps = Map.copyOf(steps);
        endings = Map.copyOf(endings);
    }

    public Step step(String id) {
        Step step = steps.get(id);
        if (step == null) {
            throw new IllegalArgumentException("No step '" + id + "' in scenario " + this.id);
        }
        return step;
    }
}
