package org.speakup.practice.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Walks a scenario's steps as a graph. Tolerates broken scenarios (missing targets are skipped)
 * because the validator asks these questions before it knows the graph is sound.
 */
final class DialogueGraph {

    /** A path that has not ended after this many replies is going round in a loop. */
    private static final int MAX_REPLIES = 12;

    private final Scenario scenario;
    private final Map<String, Step> steps;

    DialogueGraph(Scenario scenario) {
        this.scenario = scenario;
        this.steps = scenario.steps();
    }

    /**
     * Steps in conversation order: breadth first from start, styles in their fixed order, then any
     * unreachable steps by id. The record's map has no order, and authors read errors and exports
     * more easily in the order the conversation runs.
     */
    List<String> order() {
        Set<String> ordered = reachableFromStart();
        ordered.addAll(new TreeSet<>(steps.keySet()));
        return List.copyOf(ordered);
    }

    Set<String> reachableFromStart() {
        Set<String> seen = new LinkedHashSet<>();
        if (!steps.containsKey(scenario.start())) {
            return seen;
        }
        Deque<String> queue = new ArrayDeque<>(List.of(scenario.start()));
        seen.add(scenario.start());
        while (!queue.isEmpty()) {
            for (String target : targets(queue.poll())) {
                if (seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return seen;
    }

    /** Steps from which some sequence of replies reaches an end step. */
    Set<String> stepsThatCanEnd() {
        Set<String> canEnd = new TreeSet<>();
        steps.forEach((id, step) -> {
            if (step.isEnd()) {
                canEnd.add(id);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String id : steps.keySet()) {
                if (!canEnd.contains(id) && targets(id).stream().anyMatch(canEnd::contains)) {
                    canEnd.add(id);
                    grew = true;
                }
            }
        }
        return canEnd;
    }

    /** The ways the conversation can end once it is at this step. */
    Set<Ending> endsReachableFrom(String from) {
        Set<Ending> ends = EnumSet.noneOf(Ending.class);
        Set<String> seen = new LinkedHashSet<>(List.of(from));
        Deque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            Step step = steps.get(id);
            if (step != null && step.isEnd()) {
                ends.add(step.end());
                continue;
            }
            for (String target : targets(id)) {
                if (seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return ends;
    }

    /** Where replying in one style every time leads, and after how many replies. */
    Walk follow(ReplyStyle style) {
        String at = scenario.start();
        int replies = 0;
        while (endOf(at) == null && replies < MAX_REPLIES) {
            Step step = steps.get(at);
            if (step == null || !step.next().containsKey(style)) {
                return new Walk(null, replies);
            }
            at = step.next().get(style);
            replies++;
        }
        return new Walk(endOf(at), replies);
    }

    @Nullable
    Ending endOf(String id) {
        Step step = steps.get(id);
        return step == null ? null : step.end();
    }

    private List<String> targets(String id) {
        Step step = steps.get(id);
        if (step == null || step.isEnd()) {
            return List.of();
        }
        List<String> targets = new ArrayList<>();
        for (ReplyStyle style : ReplyStyle.values()) {
            String target = step.next().get(style);
            if (target != null && steps.containsKey(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** The end a one-style walk reached (null if it never ended) and how many replies it took. */
    record Walk(@Nullable Ending end, int replies) {}
}
